"""Workforce KPIs: providers on dispatch hold and sanctions by level (the sanctions ladder's
own rules decide what holds), the certification queue's age and certificates expiring."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime

from app.models.enums import CertificationStatus, SanctionLevel
from app.rules.beijing import local_day
from app.rules.certification.watch import BUCKETS, expiry_bucket
from app.rules.complaint_facts import Id
from app.rules.kpi.definitions import (
    CERT_EXPIRING,
    CERT_QUEUE_AGE,
    PROVIDERS_ON_HOLD,
    SANCTIONS_BY_LEVEL,
    KpiValue,
    Period,
)
from app.rules.kpi.facts import CertKpiFacts
from app.rules.sanction_facts import LADDER, AssessmentFacts, SanctionFacts
from app.rules.sanction_hold import dispatch_hold

QUEUE_STATES = frozenset({CertificationStatus.SUBMITTED, CertificationStatus.IN_REVIEW})


def held_providers(
    sanctions: Iterable[SanctionFacts],
    assessments: Mapping[Id, Sequence[AssessmentFacts]],
    cut_off: datetime,
) -> dict[Id, SanctionLevel]:
    """Each provider off dispatch at ``cut_off``, with the level that holds them."""
    per_provider: dict[Id, list[SanctionFacts]] = {}
    for sanction in sanctions:
        per_provider.setdefault(sanction.provider_id, []).append(sanction)
    held: dict[Id, SanctionLevel] = {}
    for provider_id, theirs in per_provider.items():
        hold = dispatch_hold(theirs, assessments.get(provider_id, ()), cut_off)
        if hold is not None:
            held[provider_id] = hold
    return held


def providers_on_hold(
    sanctions: Iterable[SanctionFacts],
    assessments: Mapping[Id, Sequence[AssessmentFacts]],
    period: Period,
    held: Mapping[Id, SanctionLevel] | None = None,
) -> tuple[KpiValue, dict[SanctionLevel, int]]:
    """Providers off dispatch at the cut-off, and how many per the level that holds them
    (``held``: :func:`held_providers` at the cut-off, when the caller has it already)."""
    if held is None:
        held = held_providers(sanctions, assessments, period.cut_off)
    levels = Counter(held.values())
    total = sum(levels.values())
    value = KpiValue(PROVIDERS_ON_HOLD, float(total), total, None, period)
    return value, {level: levels[level] for level in LADDER if level is not SanctionLevel.WARNING}


def sanctions_by_level(
    sanctions: Iterable[SanctionFacts], period: Period
) -> tuple[KpiValue, dict[SanctionLevel, int]]:
    levels = Counter(s.level for s in sanctions if period.holds(s.decided_at))
    total = sum(levels.values())
    value = KpiValue(SANCTIONS_BY_LEVEL, float(total), total, None, period)
    return value, {level: levels[level] for level in LADDER}


@dataclass(frozen=True, slots=True)
class QueueAge:
    value: KpiValue  # hours the oldest open item has waited; None when the queue is empty
    waiting: int
    median_hours: float | None


def cert_queue_age(certs: Iterable[CertKpiFacts], period: Period) -> QueueAge:
    now = period.cut_off
    ages = sorted(
        max(0.0, (now - c.submitted_at).total_seconds() / 3600)
        for c in certs
        if c.cert.status in QUEUE_STATES and c.submitted_at is not None and c.submitted_at <= now
    )
    oldest = ages[-1] if ages else None
    median = _median(ages)
    value = KpiValue(CERT_QUEUE_AGE, oldest, oldest or 0.0, len(ages), period)
    return QueueAge(value, len(ages), median)


def _median(sorted_values: Sequence[float]) -> float | None:
    n = len(sorted_values)
    if n == 0:
        return None
    mid = n // 2
    if n % 2:
        return sorted_values[mid]
    return (sorted_values[mid - 1] + sorted_values[mid]) / 2


def cert_expiring(certs: Iterable[CertKpiFacts], period: Period) -> tuple[KpiValue, dict[int, int]]:
    """Approved certificates lapsing within 30/60/90 days of the cut-off day (cumulative: the
    60-day figure includes the 30-day one); the value is the 30-day count."""
    today = local_day(period.cut_off)
    buckets = Counter(expiry_bucket(c.cert, today) for c in certs)
    within: dict[int, int] = {}
    running = 0
    for days in BUCKETS:
        running += buckets[days]
        within[days] = running
    first = within[BUCKETS[0]]
    return KpiValue(CERT_EXPIRING, float(first), first, None, period), within
