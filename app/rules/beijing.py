"""Beijing time: every business day in the rules is a Beijing calendar day (UTC+8, no DST)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


def local_day(moment: datetime) -> date:
    """The Beijing calendar day of an aware datetime (daily caps and workloads count by it)."""
    return moment.astimezone(BEIJING).date()


def end_of_day(day: date) -> datetime:
    """The instant ``day`` ends in Beijing (a certificate is valid through its last day)."""
    return datetime.combine(day + timedelta(days=1), time(0), BEIJING)


# How a person reads a moment, always on Beijing's wall clock (the one formatting place: the
# rules' reason texts, the desktop and the PDFs all format through ``wall_clock``).
MINUTE = "%Y-%m-%d %H:%M"
SECOND = "%Y-%m-%d %H:%M:%S"
SHORT = "%m-%d %H:%M"
HOUR_MINUTE = "%H:%M"
DAY = "%Y-%m-%d"
FILE_STAMP = "%Y%m%d-%H%M"  # in a file name a person saves


def wall_clock(moment: datetime, form: str = MINUTE) -> str:
    """``moment`` on Beijing's wall clock; a naive value is UTC (the cache and server store
    UTC), never the machine's local time."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(BEIJING).strftime(form)
