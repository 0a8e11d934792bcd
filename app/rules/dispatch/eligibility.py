"""May this provider be sent to this order? Every failed hard rule, each with its reason.

``static_reasons`` covers what does not depend on the provider's schedule (account, sanctions,
certificates, training, area, the customer's block list); ``schedule_reasons`` covers the rest
(clashes with other bookings including the travel between them, and the daily cap). The batch
planner vectorises the first and calls the second per candidate; ``check_eligibility`` is both.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from app.models.enums import (
    CertificationKind,
    CertificationStatus,
    ProviderStatus,
    SanctionLevel,
    ServiceCategory,
)
from app.rules.beijing import end_of_day
from app.rules.catalog import CATEGORIES
from app.rules.certification.validity import counts_for, lapses_on
from app.rules.dispatch.facts import (
    Booking,
    CertFact,
    CustomerFacts,
    OrderFacts,
    ProviderFacts,
    local_day,
)
from app.rules.dispatch.labels import CERTIFICATE_NAMES, STATUS_NAMES
from app.rules.dispatch.settings import DispatchSettings
from app.rules.dispatch.travel import (
    end_key,
    great_circle_km,
    next_booking,
    previous_booking,
    start_key,
)
from app.rules.dispatch.travel import travel_minutes as trip_minutes
from app.rules.reasons import Reason
from app.rules.training.certificates import TRAINING_LAPSED as _TRAINING_LAPSED
from app.rules.training.certificates import TRAINING_NOT_PASSED as _TRAINING_NOT_PASSED
from app.rules.training.certificates import course_reason

# Stable reason codes (clients switch on these; never rename one).
NOT_ACTIVE = "provider_not_active"
RETRAINING_HOLD = "retraining_hold"
SUSPENDED = "suspended"
DISQUALIFIED = "disqualified"
CATEGORY_NOT_OFFERED = "category_not_offered"
CERTIFICATE_MISSING = "certificate_missing"
CERTIFICATE_PENDING = "certificate_pending"
CERTIFICATE_EXPIRED = "certificate_expired"
CERTIFICATE_REVIEW_DUE = "certificate_review_due"
BACKGROUND_CHECK_NOT_PASSED = "background_check_not_passed"
TRAINING_NOT_PASSED = _TRAINING_NOT_PASSED
TRAINING_LAPSED = _TRAINING_LAPSED
OUT_OF_AREA = "out_of_area"
CUSTOMER_BLOCKED = "customer_blocked"
SCHEDULE_CONFLICT = "schedule_conflict"
DAILY_CAP_REACHED = "daily_cap_reached"

_SANCTION_REASONS: dict[SanctionLevel, Reason] = {
    SanctionLevel.RETRAINING: Reason(
        RETRAINING_HOLD,
        "停单培训中，通过复训考核前不可派单",
        "On a retraining hold: not dispatchable until the retraining assessment is passed",
    ),
    SanctionLevel.SUSPENSION: Reason(SUSPENDED, "已暂停接单", "Suspended from taking orders"),
    SanctionLevel.DISQUALIFICATION: Reason(DISQUALIFIED, "已清退", "Disqualified"),
}


def certificate_valid_until(last_day: date) -> datetime:
    """The instant a certificate stops counting: the end of its last day, Beijing time."""
    return end_of_day(last_day)


# Not yet decided: still in the queue (a four-eyes kind with one approval waits there too).
_UNDER_REVIEW = frozenset({CertificationStatus.SUBMITTED, CertificationStatus.IN_REVIEW})


def _certificate_reason(
    kind: CertificationKind, certs: tuple[CertFact, ...], order_end: datetime
) -> Reason | None:
    """None when some certificate of ``kind`` counts for an order ending at ``order_end``."""
    mine = [c for c in certs if c.kind is kind]
    if any(counts_for(c, order_end) for c in mine):
        return None
    zh, en = CERTIFICATE_NAMES[kind]
    background = kind is CertificationKind.BACKGROUND_CHECK
    approved = [c for c in mine if c.status is CertificationStatus.APPROVED and lapses_on(c)]
    if approved:
        best = max(approved, key=lambda c: lapses_on(c) or date.max)
        last = lapses_on(best)
        assert last is not None
        if best.review_due is not None and best.review_due == last:
            return Reason(
                BACKGROUND_CHECK_NOT_PASSED if background else CERTIFICATE_REVIEW_DUE,
                f"{zh}须于{last.isoformat()}前复审，早于订单结束",
                f"The {en} is due for review on {last.isoformat()}, before the order ends",
            )
        return Reason(
            BACKGROUND_CHECK_NOT_PASSED if background else CERTIFICATE_EXPIRED,
            f"{zh}于{last.isoformat()}到期，早于订单结束",
            f"The {en} expires on {last.isoformat()}, before the order ends",
        )
    if any(c.status in _UNDER_REVIEW for c in mine):
        return Reason(
            BACKGROUND_CHECK_NOT_PASSED if background else CERTIFICATE_PENDING,
            f"{zh}尚在审核中",
            f"The {en} is still under review",
        )
    return Reason(
        BACKGROUND_CHECK_NOT_PASSED if background else CERTIFICATE_MISSING,
        f"没有已通过的{zh}",
        f"No approved {en}",
    )


def certificate_reasons(
    category: ServiceCategory, certs: tuple[CertFact, ...], order_end: datetime
) -> list[Reason]:
    """Why ``certs`` do not let their holder serve a ``category`` order ending at
    ``order_end`` (empty: they do). Background check first, then the rest in a fixed order so
    the list reads the same each time (dispatch, the order detail)."""
    kinds = sorted(CATEGORIES[category].required_certifications, key=_cert_order)
    return [r for k in kinds if (r := _certificate_reason(k, certs, order_end)) is not None]


def static_reasons(
    order: OrderFacts,
    provider: ProviderFacts,
    customer: CustomerFacts | None,
    settings: DispatchSettings,
) -> list[Reason]:
    """The failed rules that do not depend on the provider's other bookings."""
    reasons: list[Reason] = []
    if provider.account_status is not ProviderStatus.ACTIVE:
        zh, en = STATUS_NAMES[provider.account_status]
        reasons.append(Reason(NOT_ACTIVE, f"账号状态：{zh}", f"Account is {en}"))
    if provider.sanction_hold is not None and provider.sanction_hold in _SANCTION_REASONS:
        reasons.append(_SANCTION_REASONS[provider.sanction_hold])
    info = CATEGORIES[order.category]
    if order.category not in provider.categories:
        reasons.append(
            Reason(
                CATEGORY_NOT_OFFERED,
                f"不提供{info.name_zh}服务",
                f"Does not offer {info.name_en.lower()}",
            )
        )
    reasons.extend(certificate_reasons(order.category, provider.certifications, order.end))
    training = course_reason(
        info.training_course, info.name_zh, info.name_en.lower(), provider.training, order.end
    )
    if training is not None:
        reasons.append(training)
    if order.district not in provider.districts:
        km = great_circle_km(provider.lat, provider.lng, order.lat, order.lng)
        if km > settings.radius_km:
            reasons.append(
                Reason(
                    OUT_OF_AREA,
                    f"不服务该区域，距离{km:.1f}公里，超出{settings.radius_km:g}公里",
                    f"Does not serve this district and is {km:.1f} km away "
                    f"(limit {settings.radius_km:g} km)",
                )
            )
    if customer is not None and provider.id in customer.blocked_provider_ids:
        reasons.append(
            Reason(
                CUSTOMER_BLOCKED,
                "客户已要求不再派此人",
                "The customer asked never to get this provider again",
            )
        )
    return reasons


def _cert_order(kind: CertificationKind) -> tuple[bool, str]:
    return (kind is not CertificationKind.BACKGROUND_CHECK, kind.value)


def effective_daily_cap(provider: ProviderFacts, settings: DispatchSettings) -> int:
    return settings.default_daily_cap if provider.daily_cap is None else provider.daily_cap


def same_day_bookings(order: OrderFacts, bookings: Sequence[Booking]) -> int:
    """Other bookings starting on the order's Beijing day (the daily cap and workload count)."""
    day = local_day(order.start)
    return sum(1 for b in bookings if b.order_id != order.id and local_day(b.start) == day)


def schedule_reasons(
    order: OrderFacts, provider: ProviderFacts, settings: DispatchSettings
) -> list[Reason]:
    """Clashes with the provider's other bookings (travel included) and the daily cap."""
    reasons: list[Reason] = []
    for b in provider.bookings:
        if b.order_id != order.id and b.start < order.end and order.start < b.end:
            reasons.append(
                Reason(
                    SCHEDULE_CONFLICT,
                    f"与订单{b.named(en=False)}时间重叠",
                    f"Overlaps order {b.named(en=True)}",
                )
            )
    prev = previous_booking(order, provider.bookings)
    if prev is not None:
        need = trip_minutes(prev.lat, prev.lng, order.lat, order.lng, prev.end, settings)
        if prev.end + timedelta(minutes=need) > order.start:
            reasons.append(_travel_reason(prev, need, prev.end, order.start, after=True))
    nxt = next_booking(order, provider.bookings)
    if nxt is not None:
        need = trip_minutes(order.lat, order.lng, nxt.lat, nxt.lng, order.end, settings)
        if order.end + timedelta(minutes=need) > nxt.start:
            reasons.append(_travel_reason(nxt, need, order.end, nxt.start, after=False))
    cap = effective_daily_cap(provider, settings)
    count = same_day_bookings(order, provider.bookings)
    if count >= cap:
        reasons.append(
            Reason(
                DAILY_CAP_REACHED,
                f"当天已有{count}单，达到每日上限{cap}单",
                f"Already has {count} order(s) that day; the daily cap is {cap}",
            )
        )
    return reasons


def schedule_fits(order: OrderFacts, provider: ProviderFacts, settings: DispatchSettings) -> bool:
    """``not schedule_reasons(...)`` without building sentences (the planner's hot path)."""
    cap = effective_daily_cap(provider, settings)
    return bookings_fit(order, provider.bookings, cap, settings)


def bookings_fit(
    order: OrderFacts, bookings: Sequence[Booking], cap: int, settings: DispatchSettings
) -> bool:
    """``schedule_fits`` for a bare list of bookings and a daily cap."""
    prev: Booking | None = None
    nxt: Booking | None = None
    for b in bookings:
        if b.order_id == order.id:
            continue
        if b.start < order.end and order.start < b.end:
            return False
        if b.end <= order.start and (prev is None or end_key(b) > end_key(prev)):
            prev = b
        if b.start >= order.end and (nxt is None or start_key(b) < start_key(nxt)):
            nxt = b
    if prev is not None:
        need = trip_minutes(prev.lat, prev.lng, order.lat, order.lng, prev.end, settings)
        if prev.end + timedelta(minutes=need) > order.start:
            return False
    if nxt is not None:
        need = trip_minutes(order.lat, order.lng, nxt.lat, nxt.lng, order.end, settings)
        if order.end + timedelta(minutes=need) > nxt.start:
            return False
    return len(bookings) < cap or same_day_bookings(order, bookings) < cap


def _travel_reason(
    other: Booking, need: float, leave: datetime, arrive: datetime, *, after: bool
) -> Reason:
    have = (arrive - leave).total_seconds() / 60.0
    if after:
        return Reason(
            SCHEDULE_CONFLICT,
            f"订单{other.named(en=False)}结束后赶来需约{need:.0f}分钟，只有{have:.0f}分钟",
            f"Needs about {need:.0f} min to come from order {other.named(en=True)}; "
            f"only {have:.0f} min",
        )
    return Reason(
        SCHEDULE_CONFLICT,
        f"结束后赶往订单{other.named(en=False)}需约{need:.0f}分钟，只有{have:.0f}分钟",
        f"Needs about {need:.0f} min to reach order {other.named(en=True)} afterwards; "
        f"only {have:.0f} min",
    )


def check_eligibility(
    order: OrderFacts,
    provider: ProviderFacts,
    customer: CustomerFacts | None,
    settings: DispatchSettings,
) -> list[Reason]:
    """Every hard rule this pairing breaks; an empty list means the provider may be sent.

    A booking for ``order`` itself in ``provider.bookings`` is ignored, so the same call explains a
    reassignment.
    """
    return static_reasons(order, provider, customer, settings) + schedule_reasons(
        order, provider, settings
    )
