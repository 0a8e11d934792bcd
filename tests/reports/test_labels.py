"""The PDFs' words for times: Beijing wall clock, durations as a person says them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.reports.labels import NONE, beijing, duration_text


def test_a_breach_of_seconds_reads_under_a_minute_not_zero() -> None:
    # The case file once said "超时 0分" for a 31-second breach.
    assert duration_text(timedelta(seconds=31), "zh") == "不足1分"
    assert duration_text(timedelta(seconds=31), "en") == "<1 min"
    assert duration_text(timedelta(0), "zh") == "0分"


def test_durations_in_chinese_and_english() -> None:
    assert duration_text(timedelta(days=1, hours=3), "zh") == "1天3小时"
    assert duration_text(timedelta(hours=2, minutes=15), "en") == "2 h 15 min"


def test_wire_times_print_on_beijings_wall_clock() -> None:
    assert beijing("2027-01-01T23:20:00Z") == "2027-01-02 07:20"
    assert beijing(datetime(2027, 1, 1, 23, 20, tzinfo=UTC), with_date=False) == "07:20"
    assert beijing(None) == NONE  # absent stays a dash, never a made-up time
