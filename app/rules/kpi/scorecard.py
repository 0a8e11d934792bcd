"""The provider scorecard (服务人员档案): one provider's figures over the last 90 Beijing days,
the weekly rating trend, sanctions with their appeals, certificates and training results, and
the medians of the same figures over the provider's peers (same main category, same home
district).

Order figures reuse the dashboard's definitions (on-time arrival, completions, cancellations),
so a provider's punctuality here and the district's on the dashboard are one formula.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from statistics import median

from app.models.enums import CertificationKind, CertificationStatus, SanctionLevel
from app.rules.beijing import local_day
from app.rules.certification.validity import lapses_on
from app.rules.certification.watch import expiry_bucket
from app.rules.kpi import orders as ko
from app.rules.kpi.definitions import Period, days_until
from app.rules.kpi.facts import CertKpiFacts, OrderKpiFacts
from app.rules.sanction_facts import LADDER, SanctionFacts

SCORECARD_DAYS = 90
MIN_PEERS = 5  # fewer peers than this: no median (two colleagues are not a standard)


def scorecard_period(now: datetime) -> Period:
    """The last 90 Beijing days up to ``now`` (today counts as the first)."""
    return days_until(now, SCORECARD_DAYS)


@dataclass(frozen=True, slots=True)
class ComplaintMark:
    """A complaint about the provider: when it was opened and the finding (None: open)."""

    opened_at: datetime
    substantiated: bool | None


@dataclass(frozen=True, slots=True)
class Figures:
    """One provider's numbers over a period (the same shape for the peers' medians)."""

    completed: float
    on_time_rate: float | None  # on-time arrival, in [0, 1]; None with nothing due
    cancellations: float
    mean_rating: float | None  # over orders completed in the period and rated
    ratings: float
    complaints: float
    substantiated: float


def figures(
    orders: Iterable[OrderKpiFacts],
    ratings: Mapping[int, int],
    complaints: Iterable[ComplaintMark],
    period: Period,
) -> Figures:
    """``orders`` (the provider's, with timelines), their ``ratings`` (order id -> 1-5) and
    the ``complaints`` about the provider, counted over ``period``."""
    orders = tuple(orders)
    rated = [ratings[o.id] for o in _completed_in(orders, period) if o.id in ratings]
    opened = [c for c in complaints if period.holds(c.opened_at)]
    return Figures(
        completed=ko.completed(orders, period).numerator,
        on_time_rate=ko.on_time_arrival(orders, period).value,
        cancellations=ko.cancellations_by_reason(orders, period)[0].numerator,
        mean_rating=sum(rated) / len(rated) if rated else None,
        ratings=len(rated),
        complaints=len(opened),
        substantiated=sum(1 for c in opened if c.substantiated is True),
    )


def _completed_in(orders: Iterable[OrderKpiFacts], period: Period) -> list[OrderKpiFacts]:
    return [o for o in orders if o.completed_at is not None and period.holds(o.completed_at)]


@dataclass(frozen=True, slots=True)
class WeekRating:
    """The ratings of orders completed in the Beijing week from ``monday`` (within the
    period): their mean (None: none rated) and how many."""

    monday: date
    mean: float | None
    count: int


def rating_trend(
    orders: Iterable[OrderKpiFacts], ratings: Mapping[int, int], period: Period
) -> tuple[WeekRating, ...]:
    """One point per Monday-to-Sunday week the period touches, the oldest first."""
    first = _monday(local_day(period.start))
    last = _monday(local_day(period.cut_off - timedelta(microseconds=1)))
    sums: dict[date, list[int]] = {}
    for order in _completed_in(orders, period):
        if order.id in ratings:
            assert order.completed_at is not None
            week = _monday(local_day(order.completed_at))
            sums.setdefault(week, []).append(ratings[order.id])
    weeks = []
    monday = first
    while monday <= last:
        values = sums.get(monday, [])
        weeks.append(WeekRating(monday, sum(values) / len(values) if values else None,
                                len(values)))  # fmt: skip
        monday += timedelta(days=7)
    return tuple(weeks)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


@dataclass(frozen=True, slots=True)
class PeerMedians:
    """The medians of :class:`Figures` over ``peers`` providers; ``figures`` is None when
    there are fewer than ``MIN_PEERS``."""

    peers: int
    figures: Figures | None


def _median_of(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return float(median(present)) if present else None


def peer_medians(peers: Sequence[Figures]) -> PeerMedians:
    """The median of each figure over ``peers`` (rates and ratings over those that have one)."""
    if len(peers) < MIN_PEERS:
        return PeerMedians(len(peers), None)
    return PeerMedians(
        len(peers),
        Figures(
            completed=_median_of(p.completed for p in peers) or 0.0,
            on_time_rate=_median_of(p.on_time_rate for p in peers),
            cancellations=_median_of(p.cancellations for p in peers) or 0.0,
            mean_rating=_median_of(p.mean_rating for p in peers),
            ratings=_median_of(p.ratings for p in peers) or 0.0,
            complaints=_median_of(p.complaints for p in peers) or 0.0,
            substantiated=_median_of(p.substantiated for p in peers) or 0.0,
        ),
    )


def main_category(categories: Sequence[str]) -> str:
    """A provider's main category: the first they are listed for ("" when none)."""
    return categories[0] if categories else ""


@dataclass(frozen=True, slots=True)
class CertLine:
    """A certificate with its dates and, if approved, how soon it lapses (0: lapsed, else the
    30/60/90-day bucket; None: later or never)."""

    id: int
    kind: CertificationKind
    status: CertificationStatus
    expires_on: date | None
    review_due: date | None
    lapses_on: date | None
    bucket: int | None


def cert_lines(certs: Iterable[CertKpiFacts], today: date) -> tuple[CertLine, ...]:
    """The provider's certificates, those lapsing soonest first (never-lapsing ones last)."""
    lines = [
        CertLine(c.id, c.cert.kind, c.cert.status, c.cert.expires_on, c.cert.review_due,
                 lapses_on(c.cert), expiry_bucket(c.cert, today))
        for c in certs
    ]  # fmt: skip
    return tuple(sorted(lines, key=lambda x: (x.lapses_on is None, x.lapses_on or today, x.id)))


@dataclass(frozen=True, slots=True)
class TrainingResult:
    """A signed assessment of the provider."""

    course_code: str
    course_name: str
    assessed_at: datetime
    passed: bool
    retraining: bool
    theory: int | None
    practical: int | None


@dataclass(frozen=True, slots=True)
class Scorecard:
    provider_id: int
    code: str
    name: str
    category: str  # the main category
    district: str  # the home district
    period: Period
    figures: Figures
    trend: tuple[WeekRating, ...]
    peers: PeerMedians
    sanctions: tuple[SanctionFacts, ...]  # all on record, the latest first
    sanctions_in_period: Mapping[SanctionLevel, int]
    certificates: tuple[CertLine, ...]
    training: tuple[TrainingResult, ...]  # the latest first


@dataclass(frozen=True, slots=True)
class ProviderFacts:
    """What the scorecard reads of one provider (the client builds it from cached rows)."""

    provider_id: int
    code: str
    name: str
    categories: tuple[str, ...]
    district: str
    orders: tuple[OrderKpiFacts, ...]
    ratings: Mapping[int, int]
    complaints: tuple[ComplaintMark, ...]
    sanctions: tuple[SanctionFacts, ...] = ()
    certs: tuple[CertKpiFacts, ...] = ()
    training: tuple[TrainingResult, ...] = ()


def scorecard(provider: ProviderFacts, peers: Sequence[Figures], now: datetime) -> Scorecard:
    """The scorecard of ``provider`` at ``now``, beside the ``peers``' figures (over the same
    period: build them with :func:`figures` and :func:`scorecard_period`)."""
    period = scorecard_period(now)
    by_level = {level: 0 for level in LADDER}
    for s in provider.sanctions:
        if period.holds(s.decided_at):
            by_level[s.level] += 1
    return Scorecard(
        provider_id=provider.provider_id,
        code=provider.code,
        name=provider.name,
        category=main_category(provider.categories),
        district=provider.district,
        period=period,
        figures=figures(provider.orders, provider.ratings, provider.complaints, period),
        trend=rating_trend(provider.orders, provider.ratings, period),
        peers=peer_medians(peers),
        sanctions=tuple(sorted(provider.sanctions, key=lambda s: s.decided_at, reverse=True)),
        sanctions_in_period=by_level,
        certificates=cert_lines(provider.certs, local_day(now)),
        training=tuple(sorted(provider.training, key=lambda t: t.assessed_at, reverse=True)),
    )


def period_start_day(period: Period) -> date:
    """The first Beijing day the period counts (for "since …" captions)."""
    return local_day(period.start)
