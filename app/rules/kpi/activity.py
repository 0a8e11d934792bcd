"""Workforce activity: active providers per service category and district, and utilisation
as orders completed per provider-day worked (the data holds orders and their times, not the
providers' available hours, so utilisation is measured on the work done)."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.models.enums import OrderStatus
from app.rules.beijing import local_day
from app.rules.kpi.definitions import ACTIVE_PROVIDERS, UTILISATION, KpiValue, Period
from app.rules.kpi.facts import OrderKpiFacts


@dataclass(frozen=True, slots=True)
class Activity:
    active: KpiValue  # distinct active providers
    by_category: dict[str, KpiValue]
    by_district: dict[str, KpiValue]
    utilisation: KpiValue  # numerator: orders completed, denominator: provider-days


def _count(n: int, period: Period) -> KpiValue:
    return KpiValue(ACTIVE_PROVIDERS, float(n), n, None, period)


def activity(
    orders: Iterable[OrderKpiFacts], period: Period, on_hold: Collection[int] = ()
) -> Activity:
    """Providers with an order scheduled to start in ``period`` (not cancelled) and not in
    ``on_hold`` (held at the cut-off); orders completed in ``period`` per provider-day."""
    active: set[int] = set()
    categories: dict[str, set[int]] = {}
    districts: dict[str, set[int]] = {}
    provider_days: set[tuple[int, object]] = set()
    done = 0
    for order in orders:
        provider = order.provider_id
        if provider is None:
            continue
        if (
            order.status is OrderStatus.COMPLETED
            and order.completed_at is not None
            and period.holds(order.completed_at)
        ):
            done += 1
            provider_days.add((provider, local_day(order.completed_at)))
        if (
            order.status is OrderStatus.CANCELLED
            or provider in on_hold
            or not period.holds(order.scheduled_start)
        ):
            continue
        active.add(provider)
        categories.setdefault(order.category, set()).add(provider)
        districts.setdefault(order.district, set()).add(provider)
    days = len(provider_days)
    return Activity(
        _count(len(active), period),
        {k: _count(len(v), period) for k, v in sorted(categories.items())},
        {k: _count(len(v), period) for k, v in sorted(districts.items())},
        KpiValue(UTILISATION, done / days if days else None, done, days, period),
    )
