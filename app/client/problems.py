"""The board's problems: future orders whose provider no longer qualifies for them.

When a certificate expires, is revoked or its review date passes, the server flags every
future order already given to that provider that now breaks a hard rule (``flag_code`` and
the reason in both languages on the order itself, see
``app.server.services.certification_expiry``). The flag reaches every dispatcher's cache with
the order; this module lists the flagged orders from the cache (by the cached, indexed
``flag_code`` column) and builds the commands of a reassignment.

A reassignment is two Outbox commands sent in order: unassign at the version the dispatcher
saw (which clears the flag and puts the order back to pending), then assign the chosen
provider at the next version. If someone changed the order first, the unassign is refused
(412) and shown as a conflict; the assign then meets an order that is not pending and is
refused too, never overwriting the other change.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.client.cache import CacheReader, table_of
from app.client.orders import order_command
from app.rules.orders import BOOKED, OrderAction


@dataclass(frozen=True, slots=True)
class FlaggedOrder:
    """One line of the problems panel."""

    id: int
    version: int
    code: str
    status: str
    category: str
    district: str
    provider_id: int | None
    provider_name: str
    scheduled_start: datetime
    reason_zh: str
    reason_en: str


def flagged_orders(reader: CacheReader, now: datetime) -> list[FlaggedOrder]:
    """Flagged orders still booked and not yet started by their appointment, soonest first."""
    table = table_of("order")
    found = reader.connection.execute(
        f"SELECT data FROM {table} WHERE flag_code > '' "
        "AND status IN (SELECT value FROM json_each(?)) ORDER BY scheduled_start, id",
        (json.dumps(sorted(s.value for s in BOOKED)),),
    ).fetchall()
    datas = [json.loads(d) for (d,) in found]
    future = [d for d in datas if datetime.fromisoformat(d["scheduled_start"]) > now]
    ids = [int(d["provider_id"]) for d in future if d.get("provider_id") is not None]
    names = {int(p["id"]): str(p.get("name") or "") for p in reader.many("provider", ids)}
    return [_flagged(d, names) for d in future]


def _flagged(d: dict[str, Any], names: dict[int, str]) -> FlaggedOrder:
    provider = d.get("provider_id")
    return FlaggedOrder(
        id=int(d["id"]),
        version=int(d["version"]),
        code=str(d.get("code") or ""),
        status=str(d.get("status") or ""),
        category=str(d.get("category") or ""),
        district=str(d.get("district") or ""),
        provider_id=int(provider) if provider is not None else None,
        provider_name=names.get(int(provider), "") if provider is not None else "",
        scheduled_start=datetime.fromisoformat(d["scheduled_start"]),
        reason_zh=str(d.get("flag_zh") or ""),
        reason_en=str(d.get("flag_en") or ""),
    )


def reassign_commands(
    order: FlaggedOrder, assign_body: dict[str, Any], labels: tuple[str, str]
) -> list[dict[str, Any]]:
    """The Outbox commands of a reassignment (unassign, then assign at the next version);
    ``labels``: what the outbox shows for each."""
    return [
        order_command(order.id, order.version, OrderAction.UNASSIGN, None, labels[0]),
        order_command(order.id, order.version + 1, OrderAction.ASSIGN, assign_body, labels[1]),
    ]
