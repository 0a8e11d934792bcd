"""Order KPIs: volume per hour against last week, dispatch before deadline, on-time arrival,
cancellations by reason, completions and unassigned orders at risk now."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models.enums import OrderStatus
from app.rules.beijing import BEIJING
from app.rules.kpi.definitions import (
    CANCELLATIONS,
    COMPLETED,
    DISPATCHED_IN_TIME,
    ON_TIME_ARRIVAL,
    ORDERS_CREATED,
    UNASSIGNED_AT_RISK,
    KpiValue,
    Period,
    rate,
)
from app.rules.kpi.facts import OrderKpiFacts
from app.rules.masking import mask_free_text
from app.rules.orders import DEADLINE_WARNING, DeadlineState, dispatch_deadline_state

ARRIVAL_GRACE = timedelta(minutes=15)  # "on time": started by the scheduled start + this
WEEK = timedelta(days=7)
UNSPECIFIED_REASON = ""  # the key of cancellations given no reason


@dataclass(frozen=True, slots=True)
class HourlyVolume:
    """Orders created per Beijing hour of the day: today (to the cut-off) and the same
    weekday a week earlier (the whole day, for the shape; ``value`` compares like hours)."""

    today: tuple[int, ...]
    last_week: tuple[int, ...]
    value: KpiValue  # today's orders so far; denominator: last week's to the same time


def _hour(moment: datetime) -> int:
    return moment.astimezone(BEIJING).hour


def last_week(today: Period) -> tuple[Period, Period]:
    """What ``today`` is compared with: the same whole days a week earlier (the chart's line),
    and the same span a week earlier up to the same time (the figure's comparison)."""
    days = max(1, -(-(today.cut_off - today.start) // timedelta(days=1)))
    return Period(today.start - WEEK, today.start - WEEK + timedelta(days=days)), today.shifted(
        -WEEK
    )


def hourly_volume(orders: Iterable[OrderKpiFacts], today: Period) -> HourlyVolume:
    """Orders created per hour in ``today`` (a period from a Beijing midnight: within one day,
    or whole days for the weekly report), against the same days a week earlier."""
    last_week_day, last_week_so_far = last_week(today)
    now_counts = [0] * 24
    then_counts = [0] * 24
    then_so_far = 0
    for order in orders:
        created = order.created_at
        if created is None:
            continue
        if today.holds(created):
            now_counts[_hour(created)] += 1
        elif last_week_day.holds(created):
            then_counts[_hour(created)] += 1
            then_so_far += last_week_so_far.holds(created)
    return volume_of(now_counts, then_counts, then_so_far, today)


def volume_of(
    now_counts: Sequence[int], then_counts: Sequence[int], then_so_far: int, today: Period
) -> HourlyVolume:
    """The volume KPI from orders counted per Beijing hour (in memory, or by the server in
    SQL): ``then_so_far`` is last week's count up to the same time (:func:`last_week`)."""
    total = sum(now_counts)
    value = KpiValue(ORDERS_CREATED, float(total), total, then_so_far, today)
    return HourlyVolume(tuple(now_counts), tuple(then_counts), value)


def dispatched_in_time(orders: Iterable[OrderKpiFacts], period: Period) -> KpiValue:
    due = on_time = 0
    for order in orders:
        if not period.holds(order.dispatch_by):
            continue
        if order.assigned_at is None and _cancelled_by(order, order.dispatch_by):
            continue
        due += 1
        on_time += order.assigned_at is not None and order.assigned_at <= order.dispatch_by
    return KpiValue(DISPATCHED_IN_TIME, rate(on_time, due), on_time, due, period)


def _cancelled_by(order: OrderKpiFacts, moment: datetime) -> bool:
    return order.cancelled_at is not None and order.cancelled_at <= moment


def on_time_arrival(orders: Iterable[OrderKpiFacts], period: Period) -> KpiValue:
    due = on_time = 0
    for order in orders:
        latest = order.scheduled_start + ARRIVAL_GRACE
        if not period.holds(latest):
            continue
        if order.started_at is None and _cancelled_by(order, latest):
            continue
        due += 1
        on_time += order.started_at is not None and order.started_at <= latest
    return KpiValue(ON_TIME_ARRIVAL, rate(on_time, due), on_time, due, period)


REASON_KEY_CHARS = 40  # a reason typed in full counts under its first words


def reason_key(text: str) -> str:
    """What a cancellation counts under: the chosen reason ("preset: details" -> "preset"),
    else the start of what was typed, with any phone or ID number in it masked (the key
    reaches the dashboard and the daily PDF)."""
    head = re.split(r"[:：]", text.strip(), maxsplit=1)[0].strip()
    if not head:
        return UNSPECIFIED_REASON
    return mask_free_text(head[:REASON_KEY_CHARS])


def cancellations_by_reason(
    orders: Iterable[OrderKpiFacts], period: Period
) -> tuple[KpiValue, Mapping[str, int]]:
    """The number cancelled in ``period`` and the count per reason, most first."""
    reasons = Counter(
        reason_key(order.cancel_reason)
        for order in orders
        if order.status is OrderStatus.CANCELLED and period.holds(order.cancelled_at)
    )
    total = sum(reasons.values())
    by_reason = dict(sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    return KpiValue(CANCELLATIONS, float(total), total, None, period), by_reason


def completed(orders: Iterable[OrderKpiFacts], period: Period) -> KpiValue:
    n = sum(
        1
        for order in orders
        if order.status is OrderStatus.COMPLETED and period.holds(order.completed_at)
    )
    return KpiValue(COMPLETED, float(n), n, None, period)


AT_RISK = frozenset({DeadlineState.SOON, DeadlineState.OVERDUE})


def unassigned_at_risk(orders: Iterable[OrderKpiFacts], period: Period) -> KpiValue:
    """Pending orders overdue for dispatch, or due within the board's warning time, at the
    cut-off (a snapshot: the period's start does not matter)."""
    now = period.cut_off
    n = sum(
        1
        for order in orders
        if dispatch_deadline_state(order.status, order.dispatch_by, now, DEADLINE_WARNING)
        in AT_RISK
    )
    return KpiValue(UNASSIGNED_AT_RISK, float(n), n, None, period)
