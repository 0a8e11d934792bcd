"""When the daily and weekly reports are due, and which periods may be asked for."""

from __future__ import annotations

from datetime import UTC, date, datetime

from hypothesis import given
from hypothesis import strategies as st

from app.rules.beijing import BEIJING
from app.rules.kpi.schedule import (
    FUTURE,
    TOO_EARLY,
    ReportKind,
    complete_by,
    due,
    period,
    period_start,
    refusal,
)

D, W = ReportKind.DAILY, ReportKind.WEEKLY


def beijing(y: int, m: int, d: int, h: int, mi: int = 0) -> datetime:
    return datetime(y, m, d, h, mi, tzinfo=BEIJING)


def test_yesterdays_report_is_due_from_six_in_the_morning() -> None:
    friday = beijing(2026, 12, 4, 5, 59)
    assert (D, date(2026, 12, 2)) in due(friday)
    assert (D, date(2026, 12, 3)) in due(beijing(2026, 12, 4, 6, 0))


def test_last_weeks_report_is_due_on_monday_morning_and_stays_due_after() -> None:
    monday = date(2026, 11, 30)
    assert (W, date(2026, 11, 16)) in due(beijing(2026, 11, 30, 5, 59))
    assert (W, date(2026, 11, 23)) in due(beijing(2026, 11, 30, 6, 0))
    assert (W, date(2026, 11, 23)) in due(beijing(2026, 12, 2, 12, 0))  # a missed Monday
    assert complete_by(W, date(2026, 11, 23)) == datetime.combine(
        monday, datetime.min.time(), BEIJING
    ).replace(hour=6)


def test_a_weekly_report_covers_its_monday_to_sunday() -> None:
    assert period_start(W, date(2026, 12, 3)) == date(2026, 11, 30)
    assert period_start(D, date(2026, 12, 3)) == date(2026, 12, 3)
    week = period(W, date(2026, 11, 30))
    assert week.start == beijing(2026, 11, 30, 0)
    assert week.cut_off == beijing(2026, 12, 7, 0)


def test_only_ended_periods_since_2000_may_be_asked_for() -> None:
    now = beijing(2026, 12, 4, 0, 30)  # just after midnight: yesterday has ended
    assert refusal(D, date(2026, 12, 3), now) is None
    assert refusal(D, date(2026, 12, 4), now) is FUTURE
    assert refusal(D, date(9999, 12, 31), now) is FUTURE
    assert refusal(W, date(2026, 12, 1), now) is FUTURE  # this week is not over
    assert refusal(W, date(2026, 11, 29), now) is None
    assert refusal(D, date(1999, 12, 31), now) is TOO_EARLY
    assert refusal(W, date(2000, 1, 2), now) is TOO_EARLY  # its Monday is in 1999
    assert refusal(D, date(2000, 1, 1), now) is None


@given(st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2098, 1, 1)))
def test_what_is_due_has_ended_and_may_be_asked_for(moment: datetime) -> None:
    now = moment.replace(tzinfo=UTC)
    for kind, start in due(now):
        assert complete_by(kind, start) <= now
        assert refusal(kind, start, now) is None
        assert period_start(kind, start) == start
