"""Times as a Beijing operator reads them: UTC+8 wall clock, durations in words."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QCoreApplication

from app.rules.beijing import (
    BEIJING,
    DAY,
    FILE_STAMP,
    HOUR_MINUTE,
    MINUTE,
    SECOND,
    SHORT,
    wall_clock,
)

__all__ = ["BEIJING", "DAY", "FILE_STAMP", "HOUR_MINUTE", "MINUTE", "SECOND", "SHORT", "wall_clock"]


def utc_now() -> datetime:
    """The default clock for views (tests inject their own)."""
    return datetime.now(UTC)


def beijing(dt: datetime) -> datetime:
    # The cache stores UTC; a naive value is taken as UTC rather than local machine time.
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(BEIJING)


def beijing_day_start(now: datetime) -> datetime:
    """Midnight of ``now``'s Beijing date, as an aware datetime (comparable with UTC ones)."""
    local = beijing(now)
    return local.replace(hour=0, minute=0, second=0, microsecond=0)


def clock_text(dt: datetime, now: datetime) -> str:
    """``HH:MM`` for today (Beijing), ``MM-DD HH:MM`` for another day."""
    if beijing(dt).date() == beijing(now).date():
        return wall_clock(dt, HOUR_MINUTE)
    return wall_clock(dt, SHORT)


def full_text(dt: datetime) -> str:
    return wall_clock(dt, SECOND)


def duration_text(delta: timedelta) -> str:
    """A positive duration, rounded down to minutes: "25 min", "1 h 5 min", "2 d 3 h";
    under a minute but not nothing: "<1 min" (a 31-second breach is not "0 min")."""
    minutes = max(0, int(delta.total_seconds() // 60))
    if minutes == 0 and delta.total_seconds() > 0:
        return QCoreApplication.translate("Time", "<1 min")
    if minutes < 60:
        return QCoreApplication.translate("Time", "%1 min").replace("%1", str(minutes))
    hours, minutes = divmod(minutes, 60)
    if hours < 24:
        return (
            QCoreApplication.translate("Time", "%1 h %2 min")
            .replace("%1", str(hours))
            .replace("%2", str(minutes))
        )
    days, hours = divmod(hours, 24)
    return (
        QCoreApplication.translate("Time", "%1 d %2 h")
        .replace("%1", str(days))
        .replace("%2", str(hours))
    )


def remaining_text(deadline: datetime, now: datetime) -> str:
    """ "25 min left" before the deadline, "10 min overdue" after it."""
    if deadline >= now:
        template = QCoreApplication.translate("Time", "%1 left")
        return template.replace("%1", duration_text(deadline - now))
    template = QCoreApplication.translate("Time", "%1 overdue")
    return template.replace("%1", duration_text(now - deadline))


def seconds_text(seconds: float) -> str:
    """A short lag figure for the status bar: "0.4 s", "12 s", "3 min"."""
    if seconds < 10:
        return QCoreApplication.translate("Time", "%1 s").replace("%1", f"{seconds:.1f}")
    if seconds < 120:
        return QCoreApplication.translate("Time", "%1 s").replace("%1", str(int(seconds)))
    return duration_text(timedelta(seconds=seconds))
