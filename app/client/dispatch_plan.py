"""A batch plan as typed values, and the calls that make and apply one (off the UI thread)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.client.api import ApiClient
from app.client.cache import CacheReader
from app.client.dispatch import APPLY_PATH, PLAN_PATH, Words
from app.client.errors import ClientError
from app.schemas.dispatch import ApplyResult

PLAN_CONFLICT = "plan_conflict"
DISPATCH_BY = "dispatch_by"  # plan the orders that must be dispatched within the window


@dataclass(frozen=True, slots=True)
class PlanWindow:
    """The orders to plan: pending ones whose dispatch-by time (``basis``) falls in the window."""

    start: datetime
    end: datetime
    district: str | None = None
    basis: str = DISPATCH_BY

    def to_wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "window_start": self.start.isoformat(),
            "window_end": self.end.isoformat(),
            "basis": self.basis,
        }
        if self.district:
            body["district"] = self.district
        return body


@dataclass(frozen=True, slots=True)
class PlanLine:
    """One order of a plan: assigned to a provider, or left unassigned with the reasons."""

    order_id: int
    order_code: str
    order_version: int
    start: datetime | None
    district: str
    category: str
    provider_id: int | None
    provider_name: str
    travel_minutes: float | None
    reasons: tuple[Words, ...] = ()
    dispatch_by: datetime | None = None  # when the order had to be dispatched by

    @property
    def assigned(self) -> bool:
        return self.provider_id is not None


@dataclass(frozen=True, slots=True)
class PlanPreview:
    """A plan as the dispatcher reviews it; ``key`` makes re-sending the same apply idempotent."""

    window: PlanWindow
    orders: int
    lines: tuple[PlanLine, ...]
    total_travel_minutes: float
    greedy_total_travel_minutes: float | None
    pending_outside: int = 0  # pending orders the window leaves out
    key: str = field(default_factory=lambda: uuid.uuid4().hex)

    @property
    def assigned(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines if line.assigned)

    @property
    def unassigned(self) -> tuple[PlanLine, ...]:
        return tuple(line for line in self.lines if not line.assigned)

    @property
    def travel_ratio(self) -> float | None:
        """Plan travel / nearest-first travel (below 1: the plan drives less)."""
        greedy = self.greedy_total_travel_minutes
        if greedy is None or greedy <= 0:
            return None
        return self.total_travel_minutes / greedy

    def apply_body(self) -> dict[str, Any]:
        return {
            "assignments": [
                {
                    "order_id": line.order_id,
                    "provider_id": line.provider_id,
                    "order_version": line.order_version,
                }
                for line in self.assigned
            ]
        }


def preview_from_wire(
    window: PlanWindow,
    plan: Mapping[str, Any],
    orders: Mapping[int, Mapping[str, Any]],
    names: Mapping[int, str],
) -> PlanPreview:
    def moment(value: object) -> datetime | None:
        return datetime.fromisoformat(value) if isinstance(value, str) else None

    def order_facts(order_id: int) -> tuple[datetime | None, str, str]:
        o = orders.get(order_id) or {}
        return (
            moment(o.get("scheduled_start")),
            str(o.get("district", "")),
            str(o.get("category", "")),
        )

    def due(order_id: int) -> datetime | None:
        return moment((orders.get(order_id) or {}).get("dispatch_by"))

    lines: list[PlanLine] = []
    for a in plan.get("assignments") or ():
        order_id, provider_id = int(a["order_id"]), int(a["provider_id"])
        lines.append(
            PlanLine(
                order_id,
                str(a.get("order_code", "")),
                int(a["order_version"]),
                *order_facts(order_id),
                provider_id=provider_id,
                provider_name=names.get(provider_id, f"#{provider_id}"),
                travel_minutes=float(a.get("travel_minutes") or 0.0),
                dispatch_by=due(order_id),
            )
        )
    for u in plan.get("unassigned") or ():
        order_id = int(u["order_id"])
        version = int((orders.get(order_id) or {}).get("version") or 0)
        lines.append(
            PlanLine(
                order_id,
                str(u.get("order_code", "")),
                version,
                *order_facts(order_id),
                provider_id=None,
                provider_name="",
                travel_minutes=None,
                reasons=tuple(Words.from_reason(r) for r in u.get("reasons") or ()),
                dispatch_by=due(order_id),
            )
        )
    lines.sort(key=_line_order)
    greedy = plan.get("greedy_total_travel_minutes")
    return PlanPreview(
        window=window,
        orders=int(plan.get("orders") or len(lines)),
        lines=tuple(lines),
        total_travel_minutes=float(plan.get("total_travel_minutes") or 0.0),
        greedy_total_travel_minutes=float(greedy) if greedy is not None else None,
        pending_outside=int(plan.get("pending_outside") or 0),
    )


def _line_order(line: PlanLine) -> tuple[bool, float, str]:
    """Unassigned first (they need a person), then by start time, then by code."""
    return (line.assigned, line.start.timestamp() if line.start else 0.0, line.order_code)


def make_plan(api: ApiClient, window: PlanWindow) -> dict[str, Any]:
    """Ask the server for a plan of the window (nothing is written)."""
    return api.command(
        PLAN_PATH, window.to_wire(), if_match=None, idempotency_key=str(uuid.uuid4())
    )


def plan_preview(reader: CacheReader, window: PlanWindow, plan: Mapping[str, Any]) -> PlanPreview:
    """The server's plan with what the dispatcher reads beside it (each order's start, district
    and service; each provider's name) from the local cache, where the feed keeps them."""
    ids = {int(a["order_id"]) for a in plan.get("assignments") or ()}
    ids |= {int(u["order_id"]) for u in plan.get("unassigned") or ()}
    orders = {int(o["id"]): o for o in reader.many("order", ids)}
    provider_ids = {int(a["provider_id"]) for a in plan.get("assignments") or ()}
    names = {int(p["id"]): str(p.get("name") or "") for p in reader.many("provider", provider_ids)}
    return preview_from_wire(window, plan, orders, names)


def apply_plan(api: ApiClient, preview: PlanPreview) -> int:
    """Apply the whole plan or nothing: how many orders were assigned. A 409
    ``plan_conflict`` lists what changed."""
    answer = api.command(
        APPLY_PATH, preview.apply_body(), if_match=None, idempotency_key=f"apply-{preview.key}"
    )
    return len(ApplyResult.model_validate(answer).applied)


@dataclass(frozen=True, slots=True)
class PlanConflict:
    """An order the server would not assign as planned, and why."""

    order_id: int
    code: str
    status: str = ""
    words: Words | None = None


def plan_conflicts(exc: ClientError) -> list[PlanConflict]:
    """The orders a refused apply names (empty when the error is not a plan conflict)."""
    if exc.code != PLAN_CONFLICT:
        return []
    out: list[PlanConflict] = []
    raw: Sequence[Any] = exc.details.get("conflicts") or ()
    for item in raw:
        if not isinstance(item, Mapping) or "order_id" not in item:
            continue
        current = item.get("current")
        status = str(current.get("status", "")) if isinstance(current, Mapping) else ""
        words = Words.from_reason(item) if item.get("message") else None
        out.append(PlanConflict(int(item["order_id"]), str(item.get("code", "")), status, words))
    return out
