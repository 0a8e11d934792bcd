"""Which operations reports exist and when: the 日报 of a Beijing day, the weekly report of a
Monday-to-Sunday week, both made by the server at 06:00 Beijing the morning after.

Pure: the server's morning job asks :func:`due`, the report routes ask :func:`refusal`, the
desktop offers only what :func:`refusal` accepts.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from enum import StrEnum

from app.rules.beijing import BEIJING, local_day
from app.rules.kpi.definitions import Period, day_start
from app.rules.reasons import Reason

MORNING = time(6, 0)  # the reports of the day (week) before are made at this Beijing time
EARLIEST = date(2000, 1, 1)


class ReportKind(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"


def period_start(kind: ReportKind, day: date) -> date:
    """The first day of the report of ``kind`` that covers ``day`` (weekly: its Monday)."""
    return day - timedelta(days=day.weekday()) if kind is ReportKind.WEEKLY else day


def length(kind: ReportKind) -> timedelta:
    return timedelta(days=7 if kind is ReportKind.WEEKLY else 1)


def period(kind: ReportKind, start: date) -> Period:
    """The Beijing days the report counts, midnight to midnight."""
    begin = day_start(start)
    return Period(begin, begin + length(kind))


def complete_by(kind: ReportKind, start: date) -> datetime:
    """When the report of ``start`` is due: 06:00 Beijing the morning after its last day."""
    return datetime.combine(start + length(kind), MORNING, BEIJING)


def due(now: datetime) -> list[tuple[ReportKind, date]]:
    """The latest report of each kind whose morning has come at ``now`` (yesterday's 日报
    from 06:00; last week's on Monday from 06:00, and on the days after if that was missed)."""
    found = []
    for kind in ReportKind:
        start = period_start(kind, local_day(now))
        while complete_by(kind, start) > now:
            start -= length(kind)
        found.append((kind, start))
    return found


FUTURE = Reason(
    "report.not_over",
    "该时段尚未结束，不能生成报告。",
    "That period has not ended yet; its report cannot be made.",
)
TOO_EARLY = Reason(
    "report.before_2000",
    "不能生成 2000 年以前的报告。",
    "Reports cannot be made for dates before 2000.",
)


def refusal(kind: ReportKind, day: date, now: datetime) -> Reason | None:
    """Why the report of ``kind`` covering ``day`` cannot be made at ``now``; None if it can.
    A period must have ended (Beijing midnight): a report kept of half a day would stand in
    for the whole day's."""
    start = period_start(kind, day)
    if start < EARLIEST:
        return TOO_EARLY
    if start > local_day(now) - length(kind):  # its last day is today or later
        return FUTURE
    return None
