"""A batch plan as typed values, and the calls that make and apply one (off the UI thread)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from app.client import endpoints
from app.client.api import ApiClient
from app.client.dispatch import APPLY_PATH, PLAN_PATH, Words
from app.client.errors import ClientError

ORDERS_PAGE = 500  # the server's largest page of /orders
MAX_ORDER_PAGES = 20
MAX_NAME_LOOKUPS = 400  # per plan; beyond this a provider shows as "#id" (see ProviderNames)
PLAN_CONFLICT = "plan_conflict"


@dataclass(frozen=True, slots=True)
class PlanWindow:
    start: datetime
    end: datetime
    district: str | None = None

    def to_wire(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "window_start": self.start.isoformat(),
            "window_end": self.end.isoformat(),
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


class ProviderNames:
    """Provider names by id, remembered across plans (the plan answer carries only ids).

    Used by one call at a time (the page starts the next only after the answer), so no lock.
    TODO(lead): the plan endpoint could return provider names, as candidates already do.
    """

    def __init__(self) -> None:
        self._names: dict[int, str] = {}

    def lookup(self, api: ApiClient, ids: Iterable[int]) -> dict[int, str]:
        wanted = sorted(set(ids))
        for provider_id in [i for i in wanted if i not in self._names][:MAX_NAME_LOOKUPS]:
            data = api.get(endpoints.item("provider", provider_id))
            self._names[provider_id] = str(data.get("name", ""))
        return {i: self._names[i] for i in wanted if i in self._names}


def _pending_orders(api: ApiClient, window: PlanWindow, ids: set[int]) -> dict[int, Any]:
    """The planned orders' details (start, district, service), page by page until all found."""
    params: dict[str, Any] = {
        "status": "pending",
        "scheduled_from": window.start.isoformat(),
        "scheduled_to": window.end.isoformat(),
        "limit": ORDERS_PAGE,
    }
    if window.district:
        params["district"] = window.district
    found: dict[int, Any] = {}
    for page in range(MAX_ORDER_PAGES):
        body = api.get(endpoints.ORDERS, {**params, "offset": page * ORDERS_PAGE})
        data = body.get("data") or []
        found.update({int(o["id"]): o for o in data if int(o["id"]) in ids})
        if len(data) < ORDERS_PAGE or ids <= found.keys():
            break
    return found


def preview_from_wire(
    window: PlanWindow,
    plan: Mapping[str, Any],
    orders: Mapping[int, Mapping[str, Any]],
    names: Mapping[int, str],
) -> PlanPreview:
    def order_facts(order_id: int) -> tuple[datetime | None, str, str]:
        o = orders.get(order_id) or {}
        start = o.get("scheduled_start")
        when = datetime.fromisoformat(start) if isinstance(start, str) else None
        return when, str(o.get("district", "")), str(o.get("category", ""))

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
    )


def _line_order(line: PlanLine) -> tuple[bool, float, str]:
    """Unassigned first (they need a person), then by start time, then by code."""
    return (line.assigned, line.start.timestamp() if line.start else 0.0, line.order_code)


def make_plan(api: ApiClient, window: PlanWindow, names: ProviderNames) -> PlanPreview:
    """Ask the server for a plan (nothing is written) and gather what the preview shows."""
    plan = api.command(
        PLAN_PATH, window.to_wire(), if_match=None, idempotency_key=str(uuid.uuid4())
    )
    ids = {int(a["order_id"]) for a in plan.get("assignments") or ()}
    ids |= {int(u["order_id"]) for u in plan.get("unassigned") or ()}
    orders = _pending_orders(api, window, ids) if ids else {}
    found = names.lookup(api, (int(a["provider_id"]) for a in plan.get("assignments") or ()))
    return preview_from_wire(window, plan, orders, found)


def apply_plan(api: ApiClient, preview: PlanPreview) -> dict[str, Any]:
    """Apply the whole plan or nothing; a 409 ``plan_conflict`` lists what changed."""
    return api.command(
        APPLY_PATH, preview.apply_body(), if_match=None, idempotency_key=f"apply-{preview.key}"
    )


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
