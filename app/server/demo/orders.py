"""The demo's orders (订单) and their timelines, following Beijing's daily demand curve:
today's rolling day, and (for app.server.demo.history) past days and bookings ahead.

Each order gets planned times for every step (assign, accept, depart, start, complete); the
steps whose time is not after "now" have happened, the rest have not. So an order's status
and its events always agree, and the board looks like a real day seen at ``now``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from app.models.enums import OrderStatus
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.orders import OrderAction, transition
from app.server.demo.base import AGENT_ID, BEIJING, DISPATCHER_ID, Ctx, Row, Weighted
from app.server.services.orders import DISPATCH_LEAD

# Share of each category in a day's orders (routine cleaning dominates).
DEMAND = Weighted({
    S.CLEANING: 28, S.DEEP_CLEANING: 9, S.NANNY: 6, S.MATERNITY: 3, S.ELDERLY_CARE: 9,
    S.HOME_NURSING: 7, S.APPLIANCE_REPAIR: 11, S.PLUMBING_ELECTRICAL: 11,
    S.APPLIANCE_CLEANING: 9, S.MOVING: 7,
})  # fmt: skip
LONG_SERVICE_MINUTES = 480  # nannies and maternity nurses start their shift in the morning
CANCEL_SHARE = 0.05
TRAVEL_BEFORE = timedelta(minutes=60)  # a provider's booking covers the trip there...
REST_AFTER = timedelta(minutes=30)  # ...and a break after, so bookings never overlap
NIGHT_ENDS = 7  # Beijing hour: nobody books a home service between midnight and 07:00

CANCEL_REASONS = (
    "客户临时有事，改约其他时间",
    "客户已自行解决，无需上门",
    "客户重复下单",
    "客户联系不上，无法确认上门",
    "服务人员临时生病，客户不同意换人",
    "天气原因，客户要求取消",
    "客户对报价有异议",
)
NO_PROVIDER_REASON = "暂无可派服务人员，已与客户协商改期"
ORDER_NOTES = (
    "家里有猫，进门请注意",
    "请自带鞋套",
    "小区需登记，请提前电话联系",
    "老人行动不便，请耐心沟通",
    "需自带清洁工具",
    "请按门铃，不要敲门，孩子在睡觉",
    "停车位紧张，建议公共交通",
)


@dataclass
class Roster:
    """Who may take what today: qualified providers by category and district, and bookings.

    Orders are booked in order of start time, so a provider is free for a slot when the
    slot begins after the end of their last booking; pools are walked round-robin, which
    spreads the day's work over everyone instead of piling it on the first names drawn.
    """

    pools: dict[tuple[str, str], list[int]] = field(default_factory=dict)
    caps: dict[int, int] = field(default_factory=dict)
    booked: dict[int, int] = field(default_factory=dict)  # bookings so far
    free_at: dict[int, datetime] = field(default_factory=dict)
    cursor: dict[tuple[str, str], int] = field(default_factory=dict)

    @classmethod
    def build(cls, ctx: Ctx, providers: Iterable[Row], qualified: dict[int, set[str]]) -> Roster:
        pools: defaultdict[tuple[str, str], list[int]] = defaultdict(list)
        roster = cls()
        for p in providers:
            for category in sorted(qualified.get(p["id"], ())):
                pools[(category, "")].append(p["id"])  # "" = anywhere
                for district in p["districts_served"]:
                    pools[(category, district)].append(p["id"])
            roster.caps[p["id"]] = p["daily_cap"]
            roster.booked[p["id"]] = 0
        for pool in pools.values():
            ctx.rng.shuffle(pool)
        roster.pools = dict(pools)
        return roster

    def book(self, category: str, district: str, start: datetime, end: datetime) -> int | None:
        """A free qualified provider for the slot (booked now), preferring the district."""
        begin = start - TRAVEL_BEFORE
        for key in ((category, district), (category, "")):
            pool = self.pools.get(key, [])
            at = self.cursor.get(key, 0)
            for step in range(min(len(pool), 64)):
                provider_id = pool[(at + step) % len(pool)]
                if self.booked[provider_id] < self.caps[provider_id] and (
                    provider_id not in self.free_at or self.free_at[provider_id] <= begin
                ):
                    self.cursor[key] = at + step + 1
                    self.booked[provider_id] += 1
                    self.free_at[provider_id] = end + REST_AFTER
                    return provider_id
        return None

    def next_day(self) -> None:
        """A new working day: daily caps start afresh (the bookings' ends still count)."""
        self.booked = dict.fromkeys(self.booked, 0)


@dataclass
class _Plan:
    customer: Row
    category: str
    start: datetime
    end: datetime
    price_cents: int
    premium: bool
    note: str


def _start_minute(ctx: Ctx, long_service: bool) -> int:
    """Minutes after Beijing midnight: peaks mid-morning and early afternoon, 07:00-20:30."""
    rng = ctx.rng
    if long_service:
        return rng.randrange(7 * 60, 10 * 60, 30)
    roll = rng.random()
    if roll < 0.4:
        minute = rng.gauss(10 * 60, 90)
    elif roll < 0.75:
        minute = rng.gauss(14.5 * 60, 100)
    else:
        minute = rng.uniform(7 * 60, 20 * 60)
    return int(min(max(minute, 7 * 60), 20 * 60 + 30) // 30) * 30


ROLLING_PAST = timedelta(hours=12)
ROLLING_AHEAD = timedelta(days=1) - ROLLING_PAST


def _plan(ctx: Ctx, customers: list[Row], day: date | None = None) -> _Plan:
    """One order's plan: today's rolling day, or (``day``) that past Beijing day's."""
    rng = ctx.rng
    category = DEMAND.pick(rng)
    info = CATEGORIES[S(category)]
    minutes = rng.randrange(info.duration_min, info.duration_max + 1, 30)
    minute = _start_minute(ctx, info.duration_min >= LONG_SERVICE_MINUTES)
    start = ctx.local(day or ctx.today, 0) + timedelta(minutes=minute)
    # A rolling day around now: an evening demo still has tomorrow morning to dispatch, and a
    # demo before dawn has yesterday afternoon's work done (completed orders to complain about).
    if day is None and start < ctx.now - ROLLING_PAST:
        start += timedelta(days=1)
    elif day is None and start >= ctx.now + ROLLING_AHEAD:
        start -= timedelta(days=1)
    return _Plan(
        customer=rng.choice(customers),
        category=category,
        start=start,
        end=start + timedelta(minutes=minutes),
        price_cents=rng.randrange(info.price_min_cny, info.price_max_cny + 1, 10) * 100,
        premium=rng.random() < 0.08,
        note=rng.choice(ORDER_NOTES) if rng.random() < 0.15 else "",
    )


Built = tuple[Row, list[Row]]  # an order and its events, not numbered yet


def generate_orders(
    ctx: Ctx, count: int, customers: list[Row], roster: Roster, *, after: int = 0,
    events_after: int = 0,
) -> tuple[list[Row], list[Row]]:  # fmt: skip
    """``count`` orders scheduled today (Beijing) and their events, ids in creation order
    from ``after + 1`` (events: ``events_after + 1``); codes SM{today}-{n:06d} from 1."""
    if not customers:
        return [], []
    plans = sorted((_plan(ctx, customers) for _ in range(count)), key=lambda p: p.start)
    built = [_timeline(ctx, plan, roster) for plan in plans]
    built.sort(key=lambda b: b[0]["created_at"])
    day = ctx.today.strftime("%Y%m%d")
    codes = [f"SM{day}-{n:06d}" for n in range(1, len(built) + 1)]
    return number(built, codes, after, events_after)


def past_day_orders(
    ctx: Ctx, day: date, count: int, customers: list[Row], roster: Roster, before: datetime
) -> list[Built]:
    """Up to ``count`` orders scheduled on the past Beijing ``day`` (those starting at or
    after ``before`` are left out: today's rolling day has those slots), with timelines
    lived up to now; booked on ``roster`` in order of start, after its earlier bookings."""
    plans = (_plan(ctx, customers, day) for _ in range(count))
    kept = sorted((p for p in plans if p.start < before), key=lambda p: p.start)
    return [_timeline(ctx, plan, roster) for plan in kept]


def booked_ahead(
    ctx: Ctx, day: date, count: int, customers: list[Row], roster: Roster, after: datetime
) -> list[Built]:
    """Of ``count`` orders for the coming Beijing ``day`` (today's rolling day has the
    slots before ``after``), those already booked by now, in order of start."""
    plans = (_plan(ctx, customers, day) for _ in range(count))
    later = sorted((p for p in plans if p.start >= after), key=lambda p: p.start)
    booked = ((plan, _booked_at(ctx, plan)) for plan in later)
    return [_timeline(ctx, plan, roster, at) for plan, at in booked if at <= ctx.now]


def number(
    built: list[Built], codes: list[str], after: int, events_after: int
) -> tuple[list[Row], list[Row]]:
    """Give ``built`` (in creation order) ids from ``after + 1`` and ``codes``; their events
    ids from ``events_after + 1`` in time order. Returns the orders and the events."""
    orders: list[Row] = []
    events: list[tuple[datetime, int, int, Row]] = []
    for n, ((order, steps), code) in enumerate(zip(built, codes, strict=True), start=after + 1):
        order["id"] = n
        order["code"] = code
        orders.append(order)
        for i, step in enumerate(steps):
            step["order_id"] = n
            events.append((step["at"], n, i, step))
    events.sort(key=lambda e: e[:3])
    for event_id, (_at, _n, _i, step) in enumerate(events, start=events_after + 1):
        step["id"] = event_id
    return orders, [e[3] for e in events]


def _booked_at(ctx: Ctx, plan: _Plan) -> datetime:
    """When the customer booked: hours or days ahead, in waking hours (a booking that
    would fall in the small hours was made the evening before)."""
    lead = ctx.hours(6, 48) if ctx.rng.random() < 0.7 else ctx.hours(2.5, 6)
    created = plan.start - lead
    if created.astimezone(BEIJING).hour < NIGHT_ENDS:
        evening = ctx.local(created.astimezone(BEIJING).date(), 0) - ctx.minutes(30, 240)
        created = min(created, evening)
    return created


def _timeline(
    ctx: Ctx, plan: _Plan, roster: Roster, created: datetime | None = None
) -> tuple[Row, list[Row]]:
    """The order and its events as lived up to now; ``created``: when it was booked (drawn
    when not given; a booking not made yet is "just now", for later today)."""
    rng, now = ctx.rng, ctx.now
    dispatch_by = plan.start - DISPATCH_LEAD
    created = _booked_at(ctx, plan) if created is None else created
    if created > now:  # booked this morning (or just now), for later today
        since = (now - ctx.local(ctx.today, NIGHT_ENDS)) / timedelta(minutes=1)
        created = now - ctx.minutes(1, max(90, since))
    roll = rng.random()  # most are dispatched in the hours before their deadline; some late
    if roll < 0.03:
        t_assign = dispatch_by + ctx.minutes(30, 150)
    elif roll < 0.12:
        t_assign = dispatch_by + ctx.minutes(0, 40)
    else:
        t_assign = dispatch_by - ctx.hours(0, 6)
    t_assign = max(t_assign, created + ctx.minutes(2, 15))
    t_accept = t_assign + ctx.minutes(2, 45)
    t_depart = max(plan.start - ctx.minutes(25, 75), t_accept + timedelta(minutes=1))
    t_start = max(plan.start + ctx.minutes(-5, 15), t_depart + timedelta(minutes=5))
    t_complete = max(plan.end + ctx.minutes(-10, 20), t_start + timedelta(minutes=30))
    planned = [
        (OrderAction.ASSIGN, t_assign), (OrderAction.ACCEPT, t_accept),
        (OrderAction.DEPART, t_depart), (OrderAction.START, t_start),
        (OrderAction.COMPLETE, t_complete),
    ]  # fmt: skip

    cancel_at: datetime | None = None
    reason = ""
    if rng.random() < CANCEL_SHARE:
        latest = max(created, min(plan.start, now))
        cancel_at = created + (latest - created) * rng.random()
        reason = rng.choice(CANCEL_REASONS)
    cutoff = cancel_at or now
    done = [(action, at) for action, at in planned if at <= cutoff]
    provider_id: int | None = None
    if done:
        provider_id = roster.book(plan.category, plan.customer["district"], plan.start, plan.end)
        if provider_id is None:
            done = []
            if cancel_at is None and plan.start <= now:
                # Nobody could be sent and the slot has come: the dispatcher called it off.
                cancel_at = min(max(created + timedelta(minutes=1), t_assign), now)
                reason = NO_PROVIDER_REASON

    steps = [_event(created, "create", OrderStatus.PENDING, "", None, plan.note)]
    status = OrderStatus.PENDING
    actor_for = {OrderAction.ASSIGN: DISPATCHER_ID}
    for action, at in done:
        target = transition(status, action)
        assert isinstance(target, OrderStatus)
        steps.append(_event(at, action.value, target, status.value, provider_id))
        steps[-1]["actor_id"] = actor_for.get(action)
        status = target
    if cancel_at is not None:
        step = _event(cancel_at, "cancel", OrderStatus.CANCELLED, status.value, provider_id, reason)
        step["actor_id"] = DISPATCHER_ID if reason == NO_PROVIDER_REASON else _maybe_agent(ctx)
        steps.append(step)
        status = OrderStatus.CANCELLED
    steps[0]["actor_id"] = AGENT_ID if rng.random() < 0.12 else None

    customer = plan.customer
    rated = status is OrderStatus.COMPLETED and rng.random() < 0.65
    order: Row = {
        "id": 0, "version": 1, "updated_at": steps[-1]["at"], "code": "",
        "customer_id": customer["id"], "provider_id": provider_id, "category": plan.category,
        "status": status.value, "district": customer["district"],
        "address": customer["address"], "lat": customer["lat"], "lng": customer["lng"],
        "scheduled_start": plan.start, "scheduled_end": plan.end, "dispatch_by": dispatch_by,
        "price_cents": plan.price_cents, "premium": plan.premium, "note": plan.note,
        "cancel_reason": reason if status is OrderStatus.CANCELLED else "",
        "override_reason": "",
        "rating": rng.choices((5, 4, 3, 2, 1), weights=(80, 15, 3, 1, 1))[0] if rated else None,
        "created_at": created, "flag_code": "", "flag_zh": "", "flag_en": "", "flagged_at": None,
    }  # fmt: skip
    return order, steps


def _maybe_agent(ctx: Ctx) -> int | None:
    return AGENT_ID if ctx.rng.random() < 0.5 else None


def _event(
    at: datetime, action: str, to: OrderStatus, before: str, provider_id: int | None, note: str = ""
) -> dict[str, Any]:
    return {
        "id": 0, "order_id": 0, "at": at, "action": action, "from_status": before,
        "to_status": to.value, "actor_id": None, "provider_id": provider_id, "note": note,
    }  # fmt: skip
