"""Orders on the wire: the commands the board sends through the Outbox.

The views say what should happen to which order (an ``OrderAction`` and the version the user
saw); the path and the command's shape are this module's business.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.client import endpoints
from app.models.enums import ServiceCategory
from app.rules.orders import OrderAction


def order_command(
    order_id: int, version: int, action: OrderAction, body: dict[str, Any] | None, label: str
) -> dict[str, Any]:
    """The Outbox command for ``action``; the server refuses it (412) if the order moved on
    from ``version``, the one the user decided on."""
    return {
        "path": endpoints.order_action(order_id, action.value),
        "body": body,
        "if_match": version,
        "entity": "order",
        "entity_id": order_id,
        "label": label,
    }


@dataclass(frozen=True, slots=True)
class OrderDraft:
    """A phone booking as the dispatcher filled it in; empty address/district: the customer's."""

    customer_id: int
    category: ServiceCategory
    start: datetime
    duration_minutes: int
    price_cents: int
    premium: bool = False
    note: str = ""
    address: str = ""
    district: str = ""

    def to_wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "customer_id": self.customer_id,
            "category": self.category.value,
            "scheduled_start": self.start.isoformat(),
            "duration_minutes": self.duration_minutes,
            "price_cents": self.price_cents,
            "premium": self.premium,
            "note": self.note.strip(),
        }
        if self.address.strip():
            body["address"] = self.address.strip()
        if self.district:
            body["district"] = self.district
        return body


def new_order_command(draft: OrderDraft, label: str) -> dict[str, Any]:
    """The Outbox command that books ``draft``: sent once however often it is retried (its
    Idempotency-Key), kept in the Outbox while the server cannot be reached."""
    return {
        "path": endpoints.ORDERS,
        "body": draft.to_wire(),
        "if_match": None,
        "entity": "order",
        "entity_id": 0,  # the server gives the id
        "label": label,
    }
