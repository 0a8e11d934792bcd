"""Each hard dispatch rule on its own, then all of them together."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, timedelta
from typing import Any

import pytest
from hypothesis import given, settings

from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus as CS
from app.models.enums import ProviderStatus, SanctionLevel
from app.models.enums import ServiceCategory as S
from app.rules.dispatch import CertFact, CustomerFacts, DispatchSettings, check_eligibility
from app.rules.dispatch import eligibility as E
from app.rules.dispatch.eligibility import schedule_fits, schedule_reasons
from app.rules.reasons import Reason
from tests.rules.dispatch.factories import (
    DAY,
    LAT,
    Problem,
    at,
    booking,
    certs_for,
    courses_for,
    instances,
    make_order,
    make_provider,
)

SETTINGS = DispatchSettings()


def codes(reasons: list[Reason]) -> list[str]:
    return [r.code for r in reasons]


def check(**provider_changes: Any) -> list[str]:
    return codes(check_eligibility(make_order(), make_provider(**provider_changes), None, SETTINGS))


def with_cert(kind: C, *certs: CertFact) -> tuple[CertFact, ...]:
    """The default cleaner's certificates with those of ``kind`` replaced by ``certs``."""
    return tuple(c for c in certs_for(S.CLEANING) if c.kind is not kind) + certs


def test_default_pair_is_eligible() -> None:
    assert check_eligibility(make_order(), make_provider(), None, SETTINGS) == []


@pytest.mark.parametrize("status", [ProviderStatus.INACTIVE, ProviderStatus.ONBOARDING])
def test_account_must_be_active(status: ProviderStatus) -> None:
    assert check(account_status=status) == [E.NOT_ACTIVE]


@pytest.mark.parametrize(
    ("hold", "code"),
    [
        (SanctionLevel.RETRAINING, E.RETRAINING_HOLD),
        (SanctionLevel.SUSPENSION, E.SUSPENDED),
        (SanctionLevel.DISQUALIFICATION, E.DISQUALIFIED),
    ],
)
def test_blocking_sanctions(hold: SanctionLevel, code: str) -> None:
    assert check(sanction_hold=hold) == [code]


def test_a_warning_does_not_block() -> None:
    assert check(sanction_hold=SanctionLevel.WARNING) == []


def test_category_must_be_offered() -> None:
    assert check(categories=frozenset({S.MOVING})) == [E.CATEGORY_NOT_OFFERED]


def test_missing_trade_certificate() -> None:
    assert check(certifications=with_cert(C.HOUSEKEEPING_CERTIFICATE)) == [E.CERTIFICATE_MISSING]


@pytest.mark.parametrize("status", [CS.REJECTED, CS.REVOKED])
def test_rejected_or_revoked_certificate_counts_as_missing(status: CS) -> None:
    cert = CertFact(C.HEALTH_CERTIFICATE, status, DAY + timedelta(days=100))
    assert check(certifications=with_cert(C.HEALTH_CERTIFICATE, cert)) == [E.CERTIFICATE_MISSING]


def test_pending_certificate() -> None:
    cert = CertFact(C.HEALTH_CERTIFICATE, CS.SUBMITTED, DAY + timedelta(days=300))
    assert check(certifications=with_cert(C.HEALTH_CERTIFICATE, cert)) == [E.CERTIFICATE_PENDING]


def test_certificate_expiring_before_the_order_ends() -> None:
    cert = CertFact(C.HEALTH_CERTIFICATE, CS.APPROVED, DAY - timedelta(days=1))
    reasons = check_eligibility(
        make_order(), make_provider(certifications=with_cert(C.HEALTH_CERTIFICATE, cert)), None,
        SETTINGS,
    )  # fmt: skip
    assert codes(reasons) == [E.CERTIFICATE_EXPIRED]
    assert "2025-06-09" in reasons[0].zh
    assert "health certificate" in reasons[0].en


def test_certificate_is_valid_through_its_expiry_day_beijing_time() -> None:
    expiring_today = with_cert(
        C.HEALTH_CERTIFICATE, CertFact(C.HEALTH_CERTIFICATE, CS.APPROVED, DAY)
    )
    provider = make_provider(certifications=expiring_today)
    late = make_order(start=at(22), end=at(24))  # ends exactly at midnight: still covered
    past_midnight = make_order(start=at(23), end=at(24.5))
    assert check_eligibility(late, provider, None, SETTINGS) == []
    assert codes(check_eligibility(past_midnight, provider, None, SETTINGS)) == [
        E.CERTIFICATE_EXPIRED
    ]


def test_a_renewed_certificate_covers_an_expired_one() -> None:
    old = CertFact(C.HEALTH_CERTIFICATE, CS.APPROVED, DAY - timedelta(days=10))
    new = CertFact(C.HEALTH_CERTIFICATE, CS.APPROVED, DAY + timedelta(days=355))
    assert check(certifications=with_cert(C.HEALTH_CERTIFICATE, old, new)) == []


def test_certificate_without_expiry_never_lapses() -> None:
    cert = CertFact(C.HOUSEKEEPING_CERTIFICATE, CS.APPROVED, None)
    assert check(certifications=with_cert(C.HOUSEKEEPING_CERTIFICATE, cert)) == []


@pytest.mark.parametrize(
    "certs",
    [
        (),
        (CertFact(C.BACKGROUND_CHECK, CS.SUBMITTED, DAY + timedelta(days=30)),),
        (CertFact(C.BACKGROUND_CHECK, CS.APPROVED, DAY - timedelta(days=30)),),
    ],
    ids=["missing", "pending", "expired"],
)
def test_background_check_must_be_passed(certs: tuple[CertFact, ...]) -> None:
    assert check(certifications=with_cert(C.BACKGROUND_CHECK, *certs)) == [
        E.BACKGROUND_CHECK_NOT_PASSED
    ]


def test_category_training_must_be_passed() -> None:
    reasons = check_eligibility(
        make_order(), make_provider(training=courses_for(S.MOVING)), None, SETTINGS
    )
    assert codes(reasons) == [E.TRAINING_NOT_PASSED]
    assert "TR-CLEAN" in reasons[0].en


def test_home_nursing_needs_a_nurse_licence_and_its_training() -> None:
    nurse_order = make_order(category=S.HOME_NURSING)
    cleaner = make_provider(categories=frozenset({S.CLEANING, S.HOME_NURSING}))
    assert codes(check_eligibility(nurse_order, cleaner, None, SETTINGS)) == [
        E.CERTIFICATE_MISSING,
        E.TRAINING_NOT_PASSED,
    ]


def test_out_of_area_when_district_not_served_and_too_far() -> None:
    far = make_provider(districts=frozenset({"haidian"}), lat=LAT + 0.2)  # about 22 km north
    assert codes(check_eligibility(make_order(), far, None, SETTINGS)) == [E.OUT_OF_AREA]


def test_within_radius_serves_a_neighbouring_district() -> None:
    near = make_provider(districts=frozenset({"dongcheng"}), lat=LAT + 0.03)  # about 3.3 km
    assert check_eligibility(make_order(), near, None, SETTINGS) == []


def test_served_district_counts_whatever_the_distance() -> None:
    far = make_provider(lat=LAT + 0.2)
    assert check_eligibility(make_order(), far, None, SETTINGS) == []


def test_customer_never_send_again() -> None:
    customer = CustomerFacts(7, blocked_provider_ids=frozenset({1}))
    assert codes(check_eligibility(make_order(), make_provider(1), customer, SETTINGS)) == [
        E.CUSTOMER_BLOCKED
    ]
    assert check_eligibility(make_order(), make_provider(2), customer, SETTINGS) == []


def test_overlapping_booking() -> None:
    assert check(bookings=(booking(5, 11, 13),)) == [E.SCHEDULE_CONFLICT]


def test_a_clash_names_the_other_order_by_its_code_and_beijing_hours() -> None:
    # The assign dialog once said "与订单#897时间重叠": an id no dispatcher can look up.
    clash = replace(booking(5, 11, 13), order_code="SM20261127-000897")
    late = replace(booking(6, 8, 9 + 50 / 60, dlat=0.09), order_code="SM20261127-000612")
    provider = make_provider(1, bookings=(clash, late))

    first, travel = schedule_reasons(make_order(), provider, SETTINGS)

    assert first.zh == "与订单SM20261127-000897（11:00–13:00）时间重叠"
    assert first.en == "Overlaps order SM20261127-000897 (11:00–13:00)"
    assert "SM20261127-000612（08:00–09:50）" in travel.zh
    assert "#" not in first.zh + travel.zh + travel.en
    assert "#7" in booking(7, 8, 9).named(en=True)  # no code known: the id, marked as one


def test_booking_of_the_same_order_is_ignored() -> None:
    """Re-dispatching an order must not clash with its own current booking."""
    assert check(bookings=(booking(100, 10, 12),)) == []
    own = make_provider(bookings=(booking(100, 10, 12),))
    assert schedule_fits(make_order(), own, SETTINGS)  # the planner's fast check agrees
    assert not schedule_fits(make_order(), make_provider(bookings=(booking(5, 10, 12),)), SETTINGS)


def test_travel_from_the_previous_job_must_fit() -> None:
    # A job 10 km north ending at 09:50: about 35 minutes away in the morning rush.
    assert check(bookings=(booking(5, 8, 9 + 50 / 60, dlat=0.09),)) == [E.SCHEDULE_CONFLICT]
    assert check(bookings=(booking(5, 8, 9, dlat=0.09),)) == []


def test_travel_to_the_next_job_must_fit() -> None:
    assert check(bookings=(booking(5, 12 + 10 / 60, 14, dlat=0.09),)) == [E.SCHEDULE_CONFLICT]
    assert check(bookings=(booking(5, 13.5, 15, dlat=0.09),)) == []


def test_back_to_back_at_the_same_address_is_fine() -> None:
    assert check(bookings=(booking(5, 8, 10), booking(6, 12, 14))) == []


def test_daily_cap_counts_bookings_on_the_beijing_day() -> None:
    two = (booking(5, 6, 7), booking(6, 14, 15))
    assert check(daily_cap=2, bookings=two) == [E.DAILY_CAP_REACHED]
    assert check(daily_cap=3, bookings=two) == []
    # 23:00 the day before (Beijing) is 15:00 UTC on the 9th: another day, not counted.
    yesterday = replace(booking(7, 0, 1), start=at(-1), end=at(-0.5))
    assert check(daily_cap=1, bookings=(yesterday,)) == []
    # 01:00 Beijing on the 10th, written in UTC (17:00 on the 9th): counted.
    early_utc = replace(booking(8, 0, 1), start=at(1).astimezone(UTC), end=at(2).astimezone(UTC))
    assert check(daily_cap=1, bookings=(early_utc,)) == [E.DAILY_CAP_REACHED]


def test_default_daily_cap_comes_from_settings() -> None:
    provider = make_provider(bookings=(booking(5, 6, 7),))
    capped = DispatchSettings(default_daily_cap=1)
    assert codes(check_eligibility(make_order(), provider, None, capped)) == [E.DAILY_CAP_REACHED]
    assert check_eligibility(make_order(), provider, None, SETTINGS) == []


def test_every_failure_is_listed_not_just_the_first() -> None:
    provider = make_provider(
        account_status=ProviderStatus.INACTIVE,
        sanction_hold=SanctionLevel.SUSPENSION,
        categories=frozenset({S.MOVING}),
        certifications=(),
        training=(),
        districts=frozenset(),
        lat=LAT + 0.3,
        daily_cap=0,
        bookings=(booking(5, 11, 12),),
    )
    customer = CustomerFacts(7, blocked_provider_ids=frozenset({1}))
    reasons = check_eligibility(make_order(), provider, customer, SETTINGS)
    assert codes(reasons) == [
        E.NOT_ACTIVE,
        E.SUSPENDED,
        E.CATEGORY_NOT_OFFERED,
        E.BACKGROUND_CHECK_NOT_PASSED,
        E.CERTIFICATE_MISSING,  # health certificate
        E.CERTIFICATE_MISSING,  # housekeeping certificate
        E.CERTIFICATE_MISSING,  # identity verification
        E.TRAINING_NOT_PASSED,
        E.OUT_OF_AREA,
        E.CUSTOMER_BLOCKED,
        E.SCHEDULE_CONFLICT,
        E.DAILY_CAP_REACHED,
    ]
    assert all(r.zh and r.en and r.zh != r.en for r in reasons)


@settings(max_examples=80, deadline=None, derandomize=True)
@given(instances(max_orders=4, max_providers=4))
def test_schedule_fits_agrees_with_schedule_reasons(
    instance: Problem,
) -> None:
    orders, providers, _ = instance
    for order in orders:
        for provider in providers:
            extra = tuple(
                replace(booking(-1, 0, 0), order_id=o.id, start=o.start, end=o.end, lat=o.lat)
                for o in orders
                if o.id != order.id
            )
            busy = replace(provider, bookings=provider.bookings + extra)
            for p in (provider, busy):
                assert schedule_fits(order, p, SETTINGS) == (
                    not schedule_reasons(order, p, SETTINGS)
                )
