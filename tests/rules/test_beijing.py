"""Beijing's wall clock: every moment a person reads, from any zone, naive taken as UTC."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from app.rules.beijing import DAY, FILE_STAMP, HOUR_MINUTE, SECOND, SHORT, wall_clock

EVENING_UTC = datetime(2027, 1, 1, 23, 20, 5, tzinfo=UTC)  # 07:20 next morning in Beijing


def test_a_utc_moment_reads_as_beijing_wall_clock() -> None:
    assert wall_clock(EVENING_UTC) == "2027-01-02 07:20"
    assert wall_clock(EVENING_UTC, SECOND) == "2027-01-02 07:20:05"
    assert wall_clock(EVENING_UTC, SHORT) == "01-02 07:20"
    assert wall_clock(EVENING_UTC, HOUR_MINUTE) == "07:20"
    assert wall_clock(EVENING_UTC, DAY) == "2027-01-02"
    assert wall_clock(EVENING_UTC, FILE_STAMP) == "20270102-0720"


def test_any_offset_and_naive_utc_give_the_same_wall_clock() -> None:
    tokyo = EVENING_UTC.astimezone(timezone(timedelta(hours=9)))
    naive = EVENING_UTC.replace(tzinfo=None)  # the cache stores UTC without a zone

    assert wall_clock(tokyo) == wall_clock(naive) == "2027-01-02 07:20"
