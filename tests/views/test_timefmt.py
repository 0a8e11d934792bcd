"""Times on the desktop read as a Beijing operator says them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.views.timefmt import clock_text, duration_text, full_text, remaining_text

NOW = datetime(2027, 1, 1, 23, 20, tzinfo=UTC)  # 07:20 on 2 January in Beijing


def test_a_breach_of_seconds_is_not_zero_minutes() -> None:
    assert duration_text(timedelta(seconds=31)) == "<1 min"
    assert duration_text(timedelta(0)) == "0 min"
    assert remaining_text(NOW - timedelta(seconds=31), NOW) == "<1 min overdue"


def test_durations_in_minutes_hours_and_days() -> None:
    assert duration_text(timedelta(minutes=25, seconds=59)) == "25 min"
    assert duration_text(timedelta(hours=1, minutes=5)) == "1 h 5 min"
    assert duration_text(timedelta(days=2, hours=3, minutes=9)) == "2 d 3 h"


def test_clock_times_are_beijing_wall_clock() -> None:
    assert clock_text(NOW, NOW) == "07:20"  # today in Beijing, though yesterday in UTC
    assert clock_text(NOW - timedelta(hours=8), NOW) == "01-01 23:20"
    assert full_text(NOW) == "2027-01-02 07:20:00"
