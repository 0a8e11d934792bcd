"""Complaint KPIs: SLA compliance per severity (the clocks of ``app.rules.sla``) and the
complaint rate per 1,000 completed orders by district or service category, suppressed below
:data:`~app.rules.kpi.definitions.MIN_ORDERS_FOR_RATE` orders."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime

from app.models.enums import OrderStatus, Severity
from app.rules.kpi.definitions import (
    COMPLAINT_RATE,
    FIRST_RESPONSE_SLA,
    MIN_ORDERS_FOR_RATE,
    RESOLUTION_SLA,
    KpiDefinition,
    KpiValue,
    Period,
    per_thousand,
    rate,
)
from app.rules.kpi.facts import ComplaintKpiFacts, OrderKpiFacts
from app.rules.sla import SEVERITY_RANK, deadlines

SEVERITIES: tuple[Severity, ...] = tuple(sorted(Severity, key=SEVERITY_RANK.__getitem__))


def _sla(
    complaints: Iterable[ComplaintKpiFacts],
    period: Period,
    definition: KpiDefinition,
    clock: Callable[[ComplaintKpiFacts], tuple[datetime, datetime | None]],
) -> dict[Severity, KpiValue]:
    due: Counter[Severity] = Counter()
    kept: Counter[Severity] = Counter()
    for complaint in complaints:
        deadline, met_at = clock(complaint)
        if not period.holds(deadline):
            continue
        due[complaint.severity] += 1
        kept[complaint.severity] += met_at is not None and met_at <= deadline
    return {
        s: KpiValue(definition, rate(kept[s], due[s]), kept[s], due[s], period) for s in SEVERITIES
    }


def first_response_sla(
    complaints: Iterable[ComplaintKpiFacts], period: Period
) -> dict[Severity, KpiValue]:
    """Per severity: acknowledged by the deadline ÷ first-response deadlines in ``period``."""

    def clock(c: ComplaintKpiFacts) -> tuple[datetime, datetime | None]:
        return deadlines(c.severity, c.opened_at).first_response, c.acknowledged_at

    return _sla(complaints, period, FIRST_RESPONSE_SLA, clock)


def resolution_sla(
    complaints: Iterable[ComplaintKpiFacts], period: Period
) -> dict[Severity, KpiValue]:
    """Per severity: resolved by the deadline ÷ resolution deadlines in ``period``."""

    def clock(c: ComplaintKpiFacts) -> tuple[datetime, datetime | None]:
        return deadlines(c.severity, c.opened_at).resolution, c.resolved_at

    return _sla(complaints, period, RESOLUTION_SLA, clock)


def overall(values: Mapping[Severity, KpiValue]) -> KpiValue:
    """The severities pooled: all kept ÷ all due (one tile for the whole SLA)."""
    first = next(iter(values.values()))
    kept = int(sum(v.numerator for v in values.values()))
    due = sum(v.denominator or 0 for v in values.values())
    return KpiValue(first.definition, rate(kept, due), kept, due, first.period)


def complaint_rate(
    complaints: Iterable[ComplaintKpiFacts],
    orders: Mapping[int, OrderKpiFacts],
    period: Period,
    group: Callable[[OrderKpiFacts], str],
    minimum: int = MIN_ORDERS_FOR_RATE,
    completed: Iterable[OrderKpiFacts] | None = None,
) -> dict[str, KpiValue]:
    """Complaints per 1,000 completed orders, per group of orders (``group`` names it, e.g.
    the district). Complaints count when opened in ``period`` about a known order; orders
    when completed in ``period`` (``completed``: those orders, when the caller has picked them
    already for another grouping). A group under ``minimum`` orders gets None (suppressed)."""
    if completed is None:
        completed = completed_in(orders.values(), period)
    done: Counter[str] = Counter(group(o) for o in completed)
    raised: Counter[str] = Counter()
    for complaint in complaints:
        order = orders.get(complaint.order_id) if complaint.order_id is not None else None
        if order is not None and period.holds(complaint.opened_at):
            raised[group(order)] += 1
    return rates_of(raised, done, period, minimum)


def rates_of(
    raised: Mapping[str, int],
    done: Mapping[str, int],
    period: Period,
    minimum: int = MIN_ORDERS_FOR_RATE,
) -> dict[str, KpiValue]:
    """The complaint rate per group from counts (in memory, or by the server in SQL): the
    complaints ``raised`` about each group's orders, the orders ``done`` (completed)."""
    raised, done = Counter(raised), Counter(done)
    return {
        key: KpiValue(
            COMPLAINT_RATE,
            per_thousand(raised[key], done[key], minimum),
            raised[key],
            done[key],
            period,
        )
        for key in sorted(set(done) | set(raised))
    }


def completed_in(orders: Iterable[OrderKpiFacts], period: Period) -> list[OrderKpiFacts]:
    return [o for o in orders if o.status is OrderStatus.COMPLETED and period.holds(o.completed_at)]


def by_district(order: OrderKpiFacts) -> str:
    return order.district


def by_category(order: OrderKpiFacts) -> str:
    return order.category
