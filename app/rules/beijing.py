"""Beijing time: every business day in the rules is a Beijing calendar day (UTC+8, no DST)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

BEIJING = timezone(timedelta(hours=8), "Asia/Shanghai")


def local_day(moment: datetime) -> date:
    """The Beijing calendar day of an aware datetime (daily caps and workloads count by it)."""
    return moment.astimezone(BEIJING).date()


def end_of_day(day: date) -> datetime:
    """The instant ``day`` ends in Beijing (a certificate is valid through its last day)."""
    return datetime.combine(day + timedelta(days=1), time(0), BEIJING)
