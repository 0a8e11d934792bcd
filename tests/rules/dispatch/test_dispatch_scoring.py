"""Scores explain themselves term by term; candidates come best first."""

from __future__ import annotations

import pytest

from app.models.enums import ProviderLevel, ProviderStatus
from app.rules.dispatch import (
    CustomerFacts,
    DispatchSettings,
    OrderFacts,
    ProviderFacts,
    approach_leg,
    rank_candidates,
    score_candidate,
)
from app.rules.dispatch import eligibility as E
from app.rules.dispatch import scoring as T
from tests.rules.dispatch.factories import LAT, booking, make_order, make_provider

SETTINGS = DispatchSettings()


def term(breakdown: T.ScoreBreakdown, code: str) -> T.ScoreTerm:
    return next(t for t in breakdown.terms if t.code == code)


def test_terms_add_up_and_each_is_weight_times_raw() -> None:
    breakdown = score_candidate(make_order(), make_provider(), None, SETTINGS)
    assert [t.code for t in breakdown.terms] == [
        T.TRAVEL,
        T.RATING,
        T.WORKLOAD,
        T.CUSTOMER_FAVOURITE,
        T.PREMIUM_LEVEL,
    ]
    for t in breakdown.terms:
        assert t.contribution == pytest.approx(t.weight * t.raw)
        assert t.zh
        assert t.en
    assert breakdown.total == pytest.approx(sum(t.contribution for t in breakdown.terms))
    assert breakdown.travel_minutes == term(breakdown, T.TRAVEL).raw
    assert breakdown.travel_minutes == approach_leg(make_order(), make_provider(), SETTINGS).minutes


def test_nearer_is_better() -> None:
    near = score_candidate(make_order(), make_provider(lat=LAT + 0.01), None, SETTINGS)
    far = score_candidate(make_order(), make_provider(lat=LAT + 0.05), None, SETTINGS)
    assert near.travel_minutes < far.travel_minutes
    assert near.total > far.total


def test_rating_counts() -> None:
    good = score_candidate(make_order(), make_provider(rating=4.9), None, SETTINGS)
    fair = score_candidate(make_order(), make_provider(rating=4.1), None, SETTINGS)
    assert good.total - fair.total == pytest.approx(0.8 * SETTINGS.weight_rating)


def test_todays_workload_spreads_orders() -> None:
    busy = make_provider(bookings=(booking(5, 6, 7), booking(6, 14, 15)))
    breakdown = score_candidate(make_order(), busy, None, SETTINGS)
    assert term(breakdown, T.WORKLOAD).raw == 2
    assert term(breakdown, T.WORKLOAD).contribution == 2 * SETTINGS.weight_workload


def test_the_customers_favourite_gets_a_bonus() -> None:
    fan = CustomerFacts(7, high_rated_provider_ids=frozenset({1}))
    liked = score_candidate(make_order(), make_provider(1), fan, SETTINGS)
    plain = score_candidate(make_order(), make_provider(1), None, SETTINGS)
    assert liked.total - plain.total == pytest.approx(SETTINGS.weight_customer_favourite)
    assert "好评" in term(liked, T.CUSTOMER_FAVOURITE).zh


def test_level_only_counts_for_premium_orders() -> None:
    gold = make_provider(level=ProviderLevel.GOLD)
    junior = make_provider(level=ProviderLevel.JUNIOR)
    premium = make_order(premium=True)

    def total(order: OrderFacts, provider: ProviderFacts) -> float:
        return score_candidate(order, provider, None, SETTINGS).total

    assert total(premium, gold) - total(premium, junior) == pytest.approx(
        3 * SETTINGS.weight_premium_level
    )
    assert total(make_order(), gold) == total(make_order(), junior)


def test_weights_come_from_settings() -> None:
    travel_only = DispatchSettings(
        weight_rating=0, weight_workload=0, weight_customer_favourite=0, weight_premium_level=0
    )
    breakdown = score_candidate(make_order(), make_provider(), None, travel_only)
    assert breakdown.total == pytest.approx(-breakdown.travel_minutes)


def test_rank_candidates_best_first_and_nearest_ineligible_with_reasons() -> None:
    providers = [
        make_provider(1, lat=LAT + 0.03),
        make_provider(2, lat=LAT + 0.01),
        make_provider(3, lat=LAT + 0.02, rating=3.0),
        make_provider(4, lat=LAT + 0.001, account_status=ProviderStatus.INACTIVE),
        make_provider(5, lat=LAT + 0.002, bookings=(booking(9, 11, 13),)),
        make_provider(6, lat=LAT + 0.5, account_status=ProviderStatus.INACTIVE),
    ]
    result = rank_candidates(make_order(), providers, None, SETTINGS, top_n=2, ineligible_n=2)
    assert [c.provider.id for c in result.eligible] == [2, 1]
    totals = [c.breakdown.total for c in result.eligible]
    assert totals == sorted(totals, reverse=True)
    assert [c.provider.id for c in result.ineligible] == [4, 5]
    assert [r.code for r in result.ineligible[0].reasons] == [E.NOT_ACTIVE]
    assert [r.code for r in result.ineligible[1].reasons] == [E.SCHEDULE_CONFLICT]
    assert result.ineligible[0].distance_km < result.ineligible[1].distance_km


def test_rank_candidates_defaults_to_the_settings_counts() -> None:
    providers = [make_provider(i, lat=LAT + 0.001 * i) for i in range(1, 10)]
    result = rank_candidates(make_order(), providers, None, DispatchSettings(top_n=3))
    assert len(result.eligible) == 3
    assert result.ineligible == ()
