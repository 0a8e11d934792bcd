"""Dispatch: the eligibility check on assignment, ranked candidates, batch plan and apply."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import OrderStatus, ProviderStatus
from app.rules.dispatch import (
    Candidates,
    Plan,
    local_day,
    plan_dispatch,
    rank_candidates,
)
from app.rules.orders import OrderAction
from app.server.errors import ApiError, not_found
from app.server.services import orders as order_service
from app.server.services.context import Actor
from app.server.services.dispatch_facts import (
    candidate_providers,
    customer_facts,
    order_facts,
    provider_facts,
)
from app.server.services.eligibility import SETTINGS


def candidates(
    session: Session, order_id: int, now: datetime, top_n: int = 10, ineligible_n: int = 10
) -> tuple[t.Order, Candidates]:
    order = session.get(t.Order, order_id)
    if order is None:
        raise not_found("order", order_id)
    of = order_facts(order)
    providers = provider_facts(
        session, candidate_providers(session, order.category), [local_day(of.start)], now
    )
    customer = customer_facts(session, [order.customer_id])[order.customer_id]
    return order, rank_candidates(
        of, providers, customer, SETTINGS, top_n=top_n, ineligible_n=ineligible_n
    )


@dataclass(frozen=True, slots=True)
class PlanInput:
    window_start: datetime
    window_end: datetime
    district: str | None = None
    basis: str = "scheduled_start"  # or "dispatch_by": which of the order's times is in window


def pending_in(window: PlanInput) -> tuple[Any, Any]:
    """(pending orders of the district, of those the ones in the window) as conditions."""
    o = t.Order
    pending = [o.status == OrderStatus.PENDING.value]
    if window.district:
        pending.append(o.district == window.district)
    moment = o.dispatch_by if window.basis == "dispatch_by" else o.scheduled_start
    inside = [moment >= window.window_start, moment < window.window_end]
    return and_(*pending), and_(*pending, *inside)


def pending_outside(session: Session, window: PlanInput) -> int:
    """Pending orders the window leaves out (the page says how many, so none are forgotten)."""
    pending, inside = pending_in(window)
    return int(
        session.scalar(select(func.count()).select_from(t.Order).where(pending, ~inside)) or 0
    )


def plan(session: Session, window: PlanInput, now: datetime) -> tuple[list[t.Order], Plan]:
    o = t.Order
    _pending, inside = pending_in(window)
    stmt = select(o).where(inside)
    orders = list(session.scalars(stmt.order_by(o.scheduled_start, o.id)))
    if not orders:
        return [], Plan((), 0.0, 0.0, ())
    facts = [order_facts(x) for x in orders]
    days = {local_day(f.start) for f in facts}
    providers = [p for p in candidate_providers(session) if p.status == ProviderStatus.ACTIVE.value]
    pfacts = provider_facts(session, providers, days, now)
    customers = customer_facts(session, [x.customer_id for x in orders])
    return orders, plan_dispatch(facts, pfacts, customers, SETTINGS)


@dataclass(frozen=True, slots=True)
class PlannedAssignment:
    order_id: int
    provider_id: int
    order_version: int


def apply(
    session: Session, actor: Actor, now: datetime, items: list[PlannedAssignment]
) -> dict[str, Any]:
    """Assign every planned pair in this one transaction, or report what changed.

    An order whose version moved since planning, or a pair that has become ineligible, is
    reported back and nothing at all is written: a plan is applied whole or not at all.
    """
    conflicts: list[dict[str, Any]] = []
    applied: list[t.Order] = []
    # Lock every provider of the plan first, in id order: concurrent applies and single
    # assignments then wait for each other instead of double-booking (or deadlocking).
    for provider_id in sorted({i.provider_id for i in items}):
        session.get(t.Provider, provider_id, with_for_update=True)
    for item in items:
        order = session.get(t.Order, item.order_id, with_for_update=True)
        if order is None:
            conflicts.append({"order_id": item.order_id, "code": "not_found"})
            continue
        if order.version != item.order_version or order.status != OrderStatus.PENDING.value:
            conflicts.append(
                {
                    "order_id": item.order_id,
                    "code": "changed",
                    "current": {
                        "version": order.version,
                        "status": order.status,
                        "provider_id": order.provider_id,
                    },
                }
            )
            continue
        try:
            applied.append(
                order_service.act(
                    session,
                    actor,
                    now,
                    order.id,
                    order.version,
                    OrderAction.ASSIGN,
                    provider_id=item.provider_id,
                )
            )
        except ApiError as exc:
            conflicts.append(
                {
                    "order_id": item.order_id,
                    "code": exc.code,
                    "message": exc.zh,
                    "message_en": exc.en,
                    "details": exc.details,
                }
            )
    if conflicts:
        raise ApiError(
            409,
            "plan_conflict",
            f"计划生成后有 {len(conflicts)} 个订单发生变化，未应用任何派单，请重新规划。",
            f"{len(conflicts)} order(s) changed since planning; nothing was applied. Plan again.",
            details={"conflicts": conflicts},
        )
    return {
        "applied": [
            {"order_id": o.id, "provider_id": o.provider_id, "version": o.version} for o in applied
        ]
    }
