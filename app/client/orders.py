"""Orders on the wire: the commands the board sends through the Outbox.

The views say what should happen to which order (an ``OrderAction`` and the version the user
saw); the path and the command's shape are this module's business.
"""

from __future__ import annotations

from typing import Any

from app.client import endpoints
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
