"""A phone booking's checks against the clock and the catalogue."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.models.enums import ServiceCategory
from app.rules.booking import booking_problems
from app.rules.catalog import CATEGORIES

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
CLEANING = ServiceCategory.CLEANING
INFO = CATEGORIES[CLEANING]


def codes(**changes: object) -> list[str]:
    args: dict[str, object] = {
        "category": CLEANING,
        "start": NOW + timedelta(hours=5),
        "duration_minutes": INFO.duration_min,
        "price_cents": INFO.price_min_cny * 100,
        "now": NOW,
    }
    args.update(changes)
    return [r.code for r in booking_problems(**args)]  # type: ignore[arg-type]


def test_a_usual_booking_has_no_problem() -> None:
    assert codes() == []
    assert codes(duration_minutes=INFO.duration_max, price_cents=INFO.price_max_cny * 100) == []


def test_the_appointment_must_lie_ahead_and_within_a_year() -> None:
    assert codes(start=NOW) == ["booking.start_past"]
    assert codes(start=NOW + timedelta(days=366)) == ["booking.start_too_far"]


def test_length_and_price_outside_the_catalogue_are_slips_of_the_finger() -> None:
    got = booking_problems(CLEANING, NOW + timedelta(hours=5), INFO.duration_max * 10,
                           INFO.price_max_cny * 1000, NOW)  # fmt: skip

    assert [r.code for r in got] == ["booking.duration", "booking.price"]
    assert INFO.name_zh in got[0].zh
    assert f"¥{INFO.price_min_cny}–{INFO.price_max_cny}" in got[1].en
    assert codes(duration_minutes=INFO.duration_min - 1) == ["booking.duration"]
    assert codes(price_cents=INFO.price_min_cny * 100 - 1) == ["booking.price"]
