"""What a KPI is: its name, its formula, its unit, and a value measured over a period.

Titles and formulas are English source text; the desktop translates them (context "Kpi")
and the daily report prints them through the same translation. Every value carries the
period it was measured over, so its cut-off time and timezone travel with it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from enum import StrEnum

from app.rules.beijing import BEIJING, local_day

TIMEZONE = "Asia/Shanghai"  # every KPI counts Beijing days (UTC+8, no DST)
# A complaint rate over fewer completed orders than this is suppressed (shown "—"): two
# complaints in a small district over a quiet day must not look like an alarm.
MIN_ORDERS_FOR_RATE = 200


class Unit(StrEnum):
    RATE = "rate"  # a fraction in [0, 1], shown as a percentage
    COUNT = "count"
    PER_THOUSAND = "per_thousand"  # per 1,000 completed orders
    HOURS = "hours"
    RATIO = "ratio"  # a plain quotient such as orders per provider-day, two decimals


@dataclass(frozen=True, slots=True)
class KpiDefinition:
    key: str
    title: str  # English source
    formula: str  # English source: how the value is computed, in words
    unit: Unit


@dataclass(frozen=True, slots=True)
class Period:
    """The half-open span ``[start, cut_off)`` a KPI counts (both aware datetimes).

    Both are kept in UTC, the zone rows' times come in: comparing datetimes of one zone
    skips the offset arithmetic, which was most of a KPI's cost over 200,000 orders.
    """

    start: datetime
    cut_off: datetime

    def __post_init__(self) -> None:
        if self.start.tzinfo is None or self.cut_off.tzinfo is None:
            raise ValueError("a KPI period needs aware datetimes")
        if self.start > self.cut_off:
            raise ValueError("a KPI period starts before its cut-off")
        object.__setattr__(self, "start", self.start.astimezone(UTC))
        object.__setattr__(self, "cut_off", self.cut_off.astimezone(UTC))

    def holds(self, moment: datetime | None) -> bool:
        return moment is not None and self.start <= moment < self.cut_off

    def shifted(self, delta: timedelta) -> Period:
        return Period(self.start + delta, self.cut_off + delta)


def day_start(day: date) -> datetime:
    """Midnight at the start of the Beijing day ``day``."""
    return datetime.combine(day, time(0), BEIJING)


def today_until(now: datetime) -> Period:
    """From Beijing midnight today up to ``now``."""
    return Period(day_start(local_day(now)), now)


def days_until(now: datetime, days: int) -> Period:
    """The last ``days`` Beijing days up to ``now`` (today counts as the first)."""
    if days < 1:
        raise ValueError("a KPI period covers at least one day")
    return Period(day_start(local_day(now) - timedelta(days=days - 1)), now)


def whole_day(day: date) -> Period:
    """The Beijing day ``day``, midnight to midnight (the daily report's period)."""
    start = day_start(day)
    return Period(start, start + timedelta(days=1))


@dataclass(frozen=True, slots=True)
class KpiValue:
    """One measurement: ``value`` is None when there is nothing to measure (a rate with no
    denominator, or a suppressed complaint rate)."""

    definition: KpiDefinition
    value: float | None
    numerator: float
    denominator: int | None
    period: Period

    @property
    def cut_off(self) -> datetime:
        return self.period.cut_off

    @property
    def timezone(self) -> str:
        return TIMEZONE


def rate(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator`` in [0, 1]; None when the denominator is 0."""
    if not 0 <= numerator <= denominator:
        raise ValueError(f"not a rate: {numerator}/{denominator}")
    return None if denominator == 0 else numerator / denominator


def per_thousand(count: int, orders: int, minimum: int = MIN_ORDERS_FOR_RATE) -> float | None:
    """``count`` per 1,000 ``orders``; None (suppressed) below ``minimum`` orders."""
    if count < 0 or orders < 0:
        raise ValueError("counts are never negative")
    return None if orders < max(minimum, 1) else 1000.0 * count / orders


def pooled(definition: KpiDefinition, parts: Iterable[KpiValue], period: Period) -> KpiValue:
    """``parts`` (the KPI over groups that split its data, e.g. districts) added up: a rate
    is all numerators ÷ all denominators, a count the sum."""
    numerator = denominator = 0
    for part in parts:
        numerator += int(part.numerator)
        denominator += part.denominator or 0
    if definition.unit is Unit.RATE:
        return KpiValue(definition, rate(numerator, denominator), numerator, denominator, period)
    return KpiValue(definition, float(numerator), numerator, None, period)


def _d(key: str, title: str, formula: str, unit: Unit) -> KpiDefinition:
    return KpiDefinition(key, title, formula, unit)


ORDERS_CREATED = _d(
    "orders_created",
    "Orders created",
    "Orders created in the period (from Beijing midnight), against the same hours of the same "
    "weekday a week earlier",
    Unit.COUNT,
)
DISPATCHED_IN_TIME = _d(
    "dispatched_in_time",
    "Dispatched before deadline",
    "Orders first assigned at or before their dispatch-by time ÷ orders whose dispatch-by "
    "time fell in the period (orders cancelled unassigned before it are left out)",
    Unit.RATE,
)
ON_TIME_ARRIVAL = _d(
    "on_time_arrival",
    "On-time arrival",
    "Orders started by 15 minutes after their scheduled start ÷ orders whose start plus "
    "15 minutes fell in the period (orders cancelled before it are left out)",
    Unit.RATE,
)
CANCELLATIONS = _d(
    "cancellations",
    "Cancellations",
    "Orders cancelled in the period, grouped by the reason given",
    Unit.COUNT,
)
COMPLETED = _d("completed", "Completed", "Orders completed in the period", Unit.COUNT)
UNASSIGNED_AT_RISK = _d(
    "unassigned_at_risk",
    "Unassigned at risk",
    "Pending orders whose dispatch-by time has passed or is within 30 minutes of the cut-off",
    Unit.COUNT,
)
FIRST_RESPONSE_SLA = _d(
    "first_response_sla",
    "First response within SLA",
    "Complaints acknowledged by their first-response deadline ÷ complaints whose "
    "first-response deadline fell in the period, per severity",
    Unit.RATE,
)
RESOLUTION_SLA = _d(
    "resolution_sla",
    "Resolution within SLA",
    "Complaints resolved by their resolution deadline (counted from opening) ÷ complaints "
    "whose resolution deadline fell in the period, per severity",
    Unit.RATE,
)
COMPLAINT_RATE = _d(
    "complaint_rate",
    "Complaints per 1,000 orders",
    "Complaints opened in the period about orders of the group × 1,000 ÷ orders of the group "
    "completed in the period; not shown below 200 completed orders",
    Unit.PER_THOUSAND,
)
PROVIDERS_ON_HOLD = _d(
    "providers_on_hold",
    "Providers on hold",
    "Providers kept off dispatch at the cut-off by an active retraining, suspension or "
    "disqualification",
    Unit.COUNT,
)
SANCTIONS_BY_LEVEL = _d(
    "sanctions_by_level",
    "Sanctions",
    "Sanctions decided in the period, per level",
    Unit.COUNT,
)
CERT_QUEUE_AGE = _d(
    "cert_queue_age",
    "Oldest certificate waiting",
    "Hours since the oldest certificate still submitted or in review was submitted, at the cut-off",
    Unit.HOURS,
)
CERT_EXPIRING = _d(
    "cert_expiring",
    "Certificates expiring",
    "Approved certificates whose last valid day (expiry or review due, the earlier) is within "
    "30, 60 or 90 days after the cut-off day",
    Unit.COUNT,
)

CALLBACKS_REACHED = _d(
    "callbacks_reached",
    "Callbacks reached",
    "Callback attempts logged in the period that reached the customer ÷ callback attempts "
    "logged in the period",
    Unit.RATE,
)
CALLBACKS_SATISFIED = _d(
    "callbacks_satisfied",
    "Callbacks satisfied",
    "Callbacks logged in the period that reached a satisfied customer ÷ callbacks logged in "
    "the period that reached the customer",
    Unit.RATE,
)
REOPEN_RATE = _d(
    "reopen_rate",
    "Reopen rate",
    "Complaints opened in the period and reopened at least once (as recorded at the cut-off) "
    "÷ complaints opened in the period",
    Unit.RATE,
)
REPEAT_COMPLAINTS = _d(
    "repeat_complaints",
    "Repeat complaints",
    "Complaints opened in the period against the same provider or from the same customer as "
    "another complaint in the 30 days before (not a possible duplicate about the same order) "
    "÷ complaints opened in the period",
    Unit.RATE,
)
ACTIVE_PROVIDERS = _d(
    "active_providers",
    "Active providers",
    "Providers assigned at least one order scheduled to start in the period and not "
    "cancelled, and not on dispatch hold at the cut-off; per service category and district "
    "of those orders (a provider counts in each)",
    Unit.COUNT,
)
UTILISATION = _d(
    "utilisation",
    "Orders per provider-day",
    "Orders completed in the period ÷ provider-days worked (a provider with at least one "
    "completed order on a Beijing day is one provider-day)",
    Unit.RATIO,
)
TRAINING_PASS_RATE = _d(
    "training_pass_rate",
    "Training pass rate",
    "Assessments signed in the period that passed ÷ assessments signed in the period, per "
    "course and per trainer (the trainer of the assessment's session)",
    Unit.RATE,
)
RETRAINING_OUTCOME = _d(
    "retraining_outcome",
    "Complaints after retraining",
    "For providers who passed a retraining assessment in the 60 days before the cut-off: "
    "complaints against them × 1,000 ÷ their orders completed, in the 30 days after the "
    "retraining (up to the cut-off) against the 30 days before, per retraining course; not "
    "shown below 50 orders",
    Unit.PER_THOUSAND,
)

DEFINITIONS: tuple[KpiDefinition, ...] = (
    ORDERS_CREATED,
    DISPATCHED_IN_TIME,
    ON_TIME_ARRIVAL,
    CANCELLATIONS,
    COMPLETED,
    UNASSIGNED_AT_RISK,
    FIRST_RESPONSE_SLA,
    RESOLUTION_SLA,
    COMPLAINT_RATE,
    PROVIDERS_ON_HOLD,
    SANCTIONS_BY_LEVEL,
    CERT_QUEUE_AGE,
    CERT_EXPIRING,
    CALLBACKS_REACHED,
    CALLBACKS_SATISFIED,
    REOPEN_RATE,
    REPEAT_COMPLAINTS,
    ACTIVE_PROVIDERS,
    UTILISATION,
    TRAINING_PASS_RATE,
    RETRAINING_OUTCOME,
)
BY_KEY: dict[str, KpiDefinition] = {d.key: d for d in DEFINITIONS}
