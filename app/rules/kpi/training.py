"""Training KPIs: the pass rate per course and per trainer, and what retraining changes: the
complaint rate of retrained providers in the days after their passed retraining against the
days before (suppressed, like the complaint rate, when too few orders were completed)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models.enums import OrderStatus
from app.rules.kpi.definitions import (
    RETRAINING_OUTCOME,
    TRAINING_PASS_RATE,
    KpiValue,
    Period,
    per_thousand,
    rate,
)
from app.rules.kpi.facts import AssessmentKpiFacts, ComplaintKpiFacts, OrderKpiFacts

RETRAINING_SPAN = timedelta(days=30)  # compared before and after a retraining
RETRAINING_LOOKBACK = timedelta(days=60)  # retrainings passed this long before the cut-off
MIN_ORDERS_AFTER_RETRAINING = 50
ALL = ""  # the group of every course


@dataclass(frozen=True, slots=True)
class PassRates:
    overall: KpiValue
    by_course: dict[str, KpiValue]
    by_trainer: dict[int | None, KpiValue]  # None: assessments without a session trainer


def pass_rates(assessments: Iterable[AssessmentKpiFacts], period: Period) -> PassRates:
    taken: Counter[tuple[str, object]] = Counter()
    passed: Counter[tuple[str, object]] = Counter()
    for a in assessments:
        if not period.holds(a.assessed_at):
            continue
        for key in (("all", None), ("course", a.course), ("trainer", a.trainer_id)):
            taken[key] += 1
            passed[key] += a.passed

    def value(key: tuple[str, object]) -> KpiValue:
        return KpiValue(TRAINING_PASS_RATE, rate(passed[key], taken[key]), passed[key],
                        taken[key], period)  # fmt: skip

    return PassRates(
        value(("all", None)),
        {str(k): value(("course", k)) for kind, k in sorted(taken, key=str) if kind == "course"},
        {k: value(("trainer", k)) for kind, k in taken if kind == "trainer"},  # type: ignore[misc]
    )


@dataclass(frozen=True, slots=True)
class RetrainingOutcome:
    """Per retraining course (and :data:`ALL`): the complaint rate before and after."""

    before: KpiValue
    after: KpiValue
    providers: int


def data_since(cut_off: datetime) -> datetime:
    """The earliest moment :func:`retraining_outcomes` at ``cut_off`` reads orders from."""
    return cut_off - RETRAINING_LOOKBACK - RETRAINING_SPAN


def retraining_outcomes(
    assessments: Iterable[AssessmentKpiFacts],
    orders: Iterable[OrderKpiFacts],
    complaints: Iterable[ComplaintKpiFacts],
    cut_off: datetime,
    minimum: int = MIN_ORDERS_AFTER_RETRAINING,
) -> dict[str, RetrainingOutcome]:
    """For each provider's latest passed retraining in the lookback before ``cut_off``: the
    complaints against them per 1,000 of their completed orders in the span before it and in
    the span after it (up to ``cut_off``), pooled per course; a side under ``minimum``
    orders is suppressed. Orders and complaints are indexed by provider once. The
    :data:`ALL` group is always there (empty, shown "—", when nobody was retrained)."""
    period = Period(cut_off - RETRAINING_LOOKBACK, cut_off)
    retrained: dict[int, AssessmentKpiFacts] = {}
    for a in assessments:
        if a.is_retraining and a.passed and period.holds(a.assessed_at):
            held = retrained.get(a.provider_id)
            if held is None or a.assessed_at > held.assessed_at:
                retrained[a.provider_id] = a
    done: dict[int, list[datetime]] = {}
    for o in orders:
        if (
            o.provider_id in retrained
            and o.status is OrderStatus.COMPLETED
            and o.completed_at is not None
        ):
            done.setdefault(o.provider_id, []).append(o.completed_at)
    raised: dict[int, list[datetime]] = {}
    for c in complaints:
        if c.provider_id in retrained:
            raised.setdefault(c.provider_id, []).append(c.opened_at)
    counts: dict[str, list[int]] = {
        ALL: [0, 0, 0, 0]
    }  # course -> [orders before, complaints before, after…]
    providers: Counter[str] = Counter()
    for provider, a in retrained.items():
        before = Period(a.assessed_at - RETRAINING_SPAN, a.assessed_at)
        after = Period(a.assessed_at, min(a.assessed_at + RETRAINING_SPAN, cut_off))
        theirs = done.get(provider, ())
        against = raised.get(provider, ())
        row = (
            sum(before.holds(t) for t in theirs),
            sum(before.holds(t) for t in against),
            sum(after.holds(t) for t in theirs),
            sum(after.holds(t) for t in against),
        )
        for course in dict.fromkeys((ALL, a.course)):
            total = counts.setdefault(course, [0, 0, 0, 0])
            for i, n in enumerate(row):
                total[i] += n
            providers[course] += 1

    def value(complaints_n: int, orders_n: int) -> KpiValue:
        return KpiValue(RETRAINING_OUTCOME, per_thousand(complaints_n, orders_n, minimum),
                        complaints_n, orders_n, period)  # fmt: skip

    return {
        course: RetrainingOutcome(value(c[1], c[0]), value(c[3], c[2]), providers[course])
        for course, c in sorted(counts.items())
    }
