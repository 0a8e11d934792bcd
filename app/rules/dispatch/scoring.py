"""How good an eligible provider is for an order, term by term, and the ranked candidate list.

Each term is ``weight * raw``; the total is their sum (higher is better). Weights live in
``DispatchSettings`` so a supervisor can see, and change, why one provider outranks another.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import NamedTuple

from app.rules.dispatch.eligibility import check_eligibility, same_day_bookings
from app.rules.dispatch.facts import CustomerFacts, OrderFacts, ProviderFacts
from app.rules.dispatch.labels import LEVEL_NAMES, LEVEL_RANK
from app.rules.dispatch.settings import DispatchSettings
from app.rules.dispatch.travel import approach_leg, great_circle_km
from app.rules.reasons import Reason

# Stable term codes.
TRAVEL = "travel"
RATING = "rating"
WORKLOAD = "workload"
CUSTOMER_FAVOURITE = "customer_favourite"
PREMIUM_LEVEL = "premium_level"


@dataclass(frozen=True, slots=True)
class ScoreTerm:
    """One line of the explanation: ``contribution == weight * raw``."""

    code: str
    zh: str
    en: str
    raw: float
    weight: float
    contribution: float


@dataclass(frozen=True, slots=True)
class ScoreBreakdown:
    total: float
    travel_minutes: float
    terms: tuple[ScoreTerm, ...]


class RankedCandidate(NamedTuple):
    provider: ProviderFacts
    breakdown: ScoreBreakdown


class RejectedCandidate(NamedTuple):
    provider: ProviderFacts
    distance_km: float  # great-circle, from the provider's home base
    reasons: tuple[Reason, ...]


@dataclass(frozen=True, slots=True)
class Candidates:
    """Eligible providers best first, and the nearest ineligible ones with why not."""

    eligible: tuple[RankedCandidate, ...]
    ineligible: tuple[RejectedCandidate, ...]


def _term(code: str, zh: str, en: str, raw: float, weight: float) -> ScoreTerm:
    return ScoreTerm(code, zh, en, raw, weight, weight * raw + 0.0)  # + 0.0: no "-0.0" shown


def score_candidate(
    order: OrderFacts,
    provider: ProviderFacts,
    customer: CustomerFacts | None,
    settings: DispatchSettings,
) -> ScoreBreakdown:
    """The score of sending ``provider`` to ``order`` (whether or not the pairing is eligible)."""
    minutes = approach_leg(order, provider, settings).minutes
    workload = same_day_bookings(order, provider.bookings)
    favourite = customer is not None and provider.id in customer.high_rated_provider_ids
    level_zh, level_en = LEVEL_NAMES[provider.level]
    steps = LEVEL_RANK[provider.level] if order.premium else 0
    terms = (
        _term(
            TRAVEL,
            f"预计路程约{minutes:.0f}分钟",
            f"About {minutes:.0f} min to get there",
            minutes,
            settings.weight_travel,
        ),
        _term(
            RATING,
            f"评分{provider.rating:.1f}",
            f"Rated {provider.rating:.1f}",
            provider.rating,
            settings.weight_rating,
        ),
        _term(
            WORKLOAD,
            f"当天已有{workload}单",
            f"{workload} other order(s) that day",
            float(workload),
            settings.weight_workload,
        ),
        _term(
            CUSTOMER_FAVOURITE,
            "该客户曾给予好评" if favourite else "该客户未曾给予好评",
            "The customer rated them highly before"
            if favourite
            else "No earlier high rating from this customer",
            1.0 if favourite else 0.0,
            settings.weight_customer_favourite,
        ),
        _term(
            PREMIUM_LEVEL,
            f"高端订单，{level_zh}服务人员" if order.premium else "非高端订单，不计等级",
            f"Premium order, {level_en} provider"
            if order.premium
            else "Not a premium order; level not counted",
            float(steps),
            settings.weight_premium_level,
        ),
    )
    return ScoreBreakdown(sum(t.contribution for t in terms), minutes, terms)


def rank_candidates(
    order: OrderFacts,
    providers: Iterable[ProviderFacts],
    customer: CustomerFacts | None,
    settings: DispatchSettings,
    top_n: int | None = None,
    ineligible_n: int | None = None,
) -> Candidates:
    """The best ``top_n`` eligible providers and the nearest ``ineligible_n`` ineligible ones.

    Eligible ones are ordered by total score (ties: less travel, then lower id); ineligible ones by
    distance from home, so a dispatcher sees why the obvious nearby choice is not offered.
    Defaults come from ``settings.top_n`` and ``settings.ineligible_n``.
    """
    top = settings.top_n if top_n is None else top_n
    rejected_n = settings.ineligible_n if ineligible_n is None else ineligible_n
    eligible: list[RankedCandidate] = []
    rejected: list[RejectedCandidate] = []
    for provider in providers:
        reasons = check_eligibility(order, provider, customer, settings)
        if reasons:
            km = great_circle_km(provider.lat, provider.lng, order.lat, order.lng)
            rejected.append(RejectedCandidate(provider, km, tuple(reasons)))
        else:
            breakdown = score_candidate(order, provider, customer, settings)
            eligible.append(RankedCandidate(provider, breakdown))
    eligible.sort(key=lambda c: (-c.breakdown.total, c.breakdown.travel_minutes, c.provider.id))
    rejected.sort(key=lambda c: (c.distance_km, c.provider.id))
    return Candidates(tuple(eligible[:top]), tuple(rejected[:rejected_n]))
