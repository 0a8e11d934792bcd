"""Workforce activity: active providers per service category and district, and utilisation
as orders completed per provider-day worked (the data holds orders and their times, not the
providers' available hours, so utilisation is measured on the work done)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from app.models.enums import OrderStatus
from app.rules.kpi.definitions import ACTIVE_PROVIDERS, UTILISATION, KpiValue, Period
from app.rules.kpi.facts import OrderKpiFacts

BEIJING_OFFSET = 8 * 3600  # seconds east of UTC, all year
DAY_SECONDS = 86_400
DAY_KEYS = 10_000_000  # more days than any timestamp counts (year 29,000)


@dataclass(frozen=True, slots=True)
class Activity:
    active: KpiValue  # distinct active providers
    by_category: dict[str, KpiValue]
    by_district: dict[str, KpiValue]
    utilisation: KpiValue  # numerator: orders completed, denominator: provider-days


def _count(n: int, period: Period) -> KpiValue:
    return KpiValue(ACTIVE_PROVIDERS, float(n), n, None, period)


def activity_of(
    by_category: Iterable[tuple[int, str]],
    by_district: Iterable[tuple[int, str]],
    done: int,
    provider_days: int,
    period: Period,
    on_hold: Collection[int] = (),
) -> Activity:
    """The KPIs from counts (in memory, or by the server in SQL): the distinct (provider,
    category) and (provider, district) of orders scheduled to start in ``period`` and not
    cancelled, ``done`` the orders completed in ``period`` by a provider and
    ``provider_days`` the distinct (provider, Beijing day) of those completions."""
    categories = Counter(c for p, c in set(by_category) if p not in on_hold)
    district_pairs = {(p, d) for p, d in by_district if p not in on_hold}
    districts = Counter(d for _, d in district_pairs)
    active = len({p for p, _ in district_pairs})
    return Activity(
        _count(active, period),
        {k: _count(n, period) for k, n in sorted(categories.items())},
        {k: _count(n, period) for k, n in sorted(districts.items())},
        KpiValue(
            UTILISATION,
            done / provider_days if provider_days else None,
            done,
            provider_days,
            period,
        ),
    )


def activity(
    orders: Iterable[OrderKpiFacts],
    period: Period,
    on_hold: Collection[int] = (),
    completed: Iterable[OrderKpiFacts] | None = None,
) -> Activity:
    """Providers with an order scheduled to start in ``period`` (not cancelled) and not in
    ``on_hold`` (held at the cut-off); orders completed in ``period`` per provider-day
    (``completed``: the orders completed in ``period``, when the caller has picked them
    already). One plain pass: the Beijing day is the UTC timestamp shifted by 8 hours, whole
    days counted (Beijing keeps no daylight saving time)."""
    orders = list(orders) if completed is None else orders
    start, cut_off, cancelled = period.start, period.cut_off, OrderStatus.CANCELLED
    if completed is None:
        done_status = OrderStatus.COMPLETED
        completed = [
            o
            for o in orders
            if o.status is done_status
            and o.completed_at is not None
            and start <= o.completed_at < cut_off
        ]
    days = {  # (provider, day) as one int: hashing an int is cheaper than a tuple
        o.provider_id * DAY_KEYS + int((o.completed_at.timestamp() + BEIJING_OFFSET) // DAY_SECONDS)
        for o in completed
        if o.provider_id is not None and o.completed_at is not None
    }
    done = sum(1 for o in completed if o.provider_id is not None)
    assigned = [
        o
        for o in orders
        if o.provider_id is not None
        and start <= o.scheduled_start < cut_off
        and o.status is not cancelled
    ]
    return activity_of(
        {(o.provider_id, o.category) for o in assigned},  # type: ignore[misc]
        {(o.provider_id, o.district) for o in assigned},  # type: ignore[misc]
        done,
        len(days),
        period,
        on_hold,
    )
