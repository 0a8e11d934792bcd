"""Repeat-complaint detection: same provider or customer within 30 days, same order within a day."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from app.models.enums import ComplaintStatus, Severity
from app.rules.complaints import ComplaintFacts, repeat_complaints

BJ = timezone(timedelta(hours=8))
NOW = datetime(2025, 6, 1, 15, 0, tzinfo=BJ)
DAY = timedelta(days=1)


def complaint(
    id: int,
    age: timedelta,
    customer_id: int = 100,
    provider_id: int | None = 55,
    order_id: int | None = None,
) -> ComplaintFacts:
    return ComplaintFacts(
        id=id,
        customer_id=customer_id,
        severity=Severity.MEDIUM,
        status=ComplaintStatus.OPEN,
        opened_at=NOW - age,
        order_id=order_id,
        provider_id=provider_id,
    )


NEW = complaint(99, timedelta(0), customer_id=100, provider_id=55, order_id=7)


def test_no_history_no_flags() -> None:
    flags = repeat_complaints(NEW, [], NOW)
    assert not flags.is_repeat
    assert not flags.is_possible_duplicate
    assert flags.reasons == ()


def test_same_provider_within_30_days_is_a_repeat() -> None:
    history = [
        complaint(1, 29 * DAY, customer_id=201),
        complaint(2, 3 * DAY, customer_id=202),
        complaint(3, 31 * DAY, customer_id=203),  # too old
        complaint(4, 2 * DAY, customer_id=204, provider_id=66),  # someone else
    ]
    flags = repeat_complaints(NEW, history, NOW)
    assert flags.same_provider == (1, 2)
    assert flags.same_customer == ()
    assert [r.code for r in flags.reasons] == ["complaint.repeat_provider"]
    assert "30 天" in flags.reasons[0].zh
    assert "2 次" in flags.reasons[0].zh
    assert "30 d" in flags.reasons[0].en


def test_same_customer_within_30_days_is_a_repeat() -> None:
    history = [complaint(1, 10 * DAY, provider_id=None), complaint(2, 40 * DAY, provider_id=None)]
    flags = repeat_complaints(NEW, history, NOW)
    assert flags.same_customer == (1,)
    assert flags.same_provider == ()
    assert flags.is_repeat
    assert [r.code for r in flags.reasons] == ["complaint.repeat_customer"]


def test_complaints_without_a_provider_do_not_match_each_other() -> None:
    platform = complaint(98, timedelta(0), customer_id=300, provider_id=None)
    flags = repeat_complaints(platform, [complaint(1, DAY, customer_id=301, provider_id=None)], NOW)
    assert not flags.is_repeat


def test_same_order_within_a_day_is_a_possible_duplicate_not_a_repeat() -> None:
    history = [complaint(1, 3 * timedelta(hours=1), order_id=7)]
    flags = repeat_complaints(NEW, history, NOW)
    assert flags.possible_duplicates == (1,)
    assert flags.is_possible_duplicate
    assert not flags.is_repeat
    assert [r.code for r in flags.reasons] == ["complaint.possible_duplicate"]


def test_same_order_after_a_day_is_a_repeat_not_a_duplicate() -> None:
    history = [complaint(1, 2 * DAY, order_id=7)]
    flags = repeat_complaints(NEW, history, NOW)
    assert flags.possible_duplicates == ()
    assert flags.same_provider == (1,)
    assert flags.same_customer == (1,)


def test_the_new_complaint_in_history_is_ignored() -> None:
    flags = repeat_complaints(NEW, [NEW], NOW)
    assert flags == repeat_complaints(NEW, [], NOW)


def test_complaints_opened_after_now_are_ignored() -> None:
    flags = repeat_complaints(NEW, [complaint(1, -DAY)], NOW)
    assert not flags.is_repeat
