"""The demo's past: the Beijing days before today, each with its orders' whole lives and the
complaints customers made about them afterwards.

Today's demo is one rolling day around "now"; the dashboard compares today with the same
weekday last week, and the reports are made for yesterday and last week, so the demo needs
days behind it. Each past day is drawn like today (the same categories, start times, lead
times and dispatch timings: ``orders._plan`` and ``orders._timeline``), its volume scaled
by the weekday (weekends are busier for home services), and lived up to now: nearly every
order is completed or cancelled, and a complaint opened after an order went only as far
through its SLA steps as the time since allowed. With the past come the bookings already
made for the days ahead, so that today's and yesterday's bookings per hour are whole.
"""

from __future__ import annotations

from datetime import date, timedelta

from app.models.enums import ComplaintCategory as K
from app.models.enums import ComplaintStatus
from app.server.demo.base import BEIJING, Ctx, Row, Weighted
from app.server.demo.complaints import SEVERITIES, SEVERITY_MIX, Subject
from app.server.demo.orders import (
    ROLLING_AHEAD,
    ROLLING_PAST,
    Built,
    Roster,
    booked_ahead,
    past_day_orders,
)

# Orders on a weekday relative to each other, Monday first: Saturday is the busiest day.
WEEKDAY_VOLUME: tuple[float, ...] = (0.93, 0.9, 0.91, 0.95, 1.03, 1.2, 1.14)
BOOKING_DAYS = 2  # customers book up to two days ahead (orders._booked_at: 48 hours)
COMPLAINT_SHARE = 0.012  # of completed orders, a complaint within a day and a half
# What customers complain about after a completed visit (not a no-show: it took place).
AFTER_VISIT = Weighted({
    K.QUALITY: 28, K.ATTITUDE: 13, K.LATENESS: 15, K.PRICING: 9, K.DAMAGE: 11, K.SAFETY: 4,
    K.THEFT: 2, K.INJURY: 2, K.OTHER: 6,
})  # fmt: skip


def volume(today: date, day: date, per_day: int) -> int:
    """Orders scheduled on ``day`` when today has ``per_day``: the weekday's share."""
    return round(per_day * WEEKDAY_VOLUME[day.weekday()] / WEEKDAY_VOLUME[today.weekday()])


def past_orders(
    ctx: Ctx, days: int, per_day: int, customers: list[Row], roster: Roster
) -> list[Built]:
    """The orders scheduled on the ``days`` Beijing days before today, in creation order.

    Booked on ``roster`` day by day (each with fresh daily caps); today's orders are booked
    on it after them. Slots of yesterday that today's rolling day covers (from 12 hours
    before now) are left to it, so no hour is counted twice."""
    before = ctx.now - ROLLING_PAST
    built: list[Built] = []
    for back in range(days, 0, -1):
        day = ctx.today - timedelta(days=back)
        roster.next_day()
        count = volume(ctx.today, day, per_day)
        built += past_day_orders(ctx, day, count, customers, roster, before)
    roster.next_day()
    built.sort(key=lambda b: b[0]["created_at"])
    return built


def booked(ctx: Ctx, per_day: int, customers: list[Row], roster: Roster) -> list[Built]:
    """The orders for the days after today's rolling day that customers booked by now (up
    to two days ahead), in creation order: the rest of today's (and yesterday's) bookings."""
    after = ctx.now + ROLLING_AHEAD
    built: list[Built] = []
    for ahead in range(BOOKING_DAYS + 1):
        day = ctx.today + timedelta(days=ahead)
        roster.next_day()
        built += booked_ahead(ctx, day, volume(ctx.today, day, per_day), customers, roster, after)
    built.sort(key=lambda b: b[0]["created_at"])
    return built


def codes(built: list[Built]) -> list[str]:
    """SM{YYYYMMDD}-{n:06d}, numbered per Beijing day of creation (as the service does)."""
    per_day: dict[str, int] = {}
    out = []
    for order, _steps in built:
        day = order["created_at"].astimezone(BEIJING).strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        out.append(f"SM{day}-{per_day[day]:06d}")
    return out


def complaint_subjects(ctx: Ctx, orders: list[Row]) -> list[Subject]:
    """Complaints about some completed past orders, each opened after its order ended (and
    not after now); their stages are lived from the opening (``Subject.opened_at``)."""
    out = []
    rng = ctx.rng
    for order in orders:
        if order["status"] != "completed" or rng.random() >= COMPLAINT_SHARE:
            continue
        opened = (order["updated_at"] + ctx.hours(0.5, 36)).replace(microsecond=0)
        if opened >= ctx.now:
            continue
        category = AFTER_VISIT.pick(rng)
        severity = rng.choices(SEVERITIES, weights=SEVERITY_MIX[category])[0]
        out.append(
            Subject(
                ComplaintStatus.CLOSED, category, severity, order["customer_id"],
                order["provider_id"], about=order, opened_at=opened,
            )
        )  # fmt: skip
    return out
