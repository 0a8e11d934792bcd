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


def activity_of(
    assigned: Iterable[tuple[int, str, str]],
    done: int,
    provider_days: int,
    period: Period,
    on_hold: Collection[int] = (),
) -> Activity:
    """The KPIs from counts (in memory, or by the server in SQL): ``assigned`` the (provider,
    category, district) of orders scheduled to start in ``period`` and not cancelled (repeats
    allowed), ``done`` the orders completed in ``period`` by a provider and ``provider_days``
    the distinct (provider, Beijing day) of those completions."""
    active: set[int] = set()
    categories: dict[str, set[int]] = {}
    districts: dict[str, set[int]] = {}
    for provider, category, district in assigned:
        if provider in on_hold:
            continue
        active.add(provider)
        categories.setdefault(category, set()).add(provider)
        districts.setdefault(district, set()).add(provider)
    return Activity(
        _count(len(active), period),
        {k: _count(len(v), period) for k, v in sorted(categories.items())},
        {k: _count(len(v), period) for k, v in sorted(districts.items())},
        KpiValue(
            UTILISATION,
            done / provider_days if provider_days else None,
            done,
            provider_days,
            period,
        ),
    )


def activity(
    orders: Iterable[OrderKpiFacts], period: Period, on_hold: Collection[int] = ()
) -> Activity:
    """Providers with an order scheduled to start in ``period`` (not cancelled) and not in
    ``on_hold`` (held at the cut-off); orders completed in ``period`` per provider-day."""
    assigned: list[tuple[int, str, str]] = []
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
        if order.status is not OrderStatus.CANCELLED and period.holds(order.scheduled_start):
            assigned.append((provider, order.category, order.district))
    return activity_of(assigned, done, len(provider_days), period, on_hold)
