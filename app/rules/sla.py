"""Complaint SLA clocks: deadlines per severity, clock states, queue urgency, escalation.

Every duration the complaint rules use is declared in this module and nowhere else. Clocks
run 24 hours a day: the hotline never closes, so there is no business-hours pause.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from types import MappingProxyType

from app.models.enums import ComplaintStatus, Severity
from app.rules.complaint_facts import SEVERITY_NAMES, ComplaintFacts
from app.rules.reasons import Reason
from app.rules.text import QT_TRANSLATE_NOOP, Text, text


@dataclass(frozen=True, slots=True)
class SlaClocks:
    """The three promises made to a customer for one severity."""

    first_response: timedelta  # opened -> acknowledged (首次响应)
    resolution: timedelta  # opened (or reopened) -> resolved (处理完毕)
    callback: timedelta  # resolved -> callback outcome (回访)


SLA_CLOCKS: Mapping[Severity, SlaClocks] = MappingProxyType(
    {
        # Safety, theft, injury: someone answers within a quarter hour. The callback gets
        # 12 h, not less, so a ticket resolved at 3 a.m. can be called back in daytime.
        Severity.CRITICAL: SlaClocks(
            timedelta(minutes=15), timedelta(hours=4), timedelta(hours=12)
        ),
        Severity.HIGH: SlaClocks(timedelta(hours=1), timedelta(hours=24), timedelta(hours=24)),
        Severity.MEDIUM: SlaClocks(timedelta(hours=4), timedelta(hours=48), timedelta(hours=24)),
        Severity.LOW: SlaClocks(timedelta(hours=8), timedelta(hours=72), timedelta(hours=24)),
    }
)

# "Three documented unreachable attempts at different times" (三次未接通): three attempts,
# each with a note, pairwise at least an hour apart, so three redials in one minute do not
# count. Critical callbacks (12 h) leave room for three attempts spread over the day.
UNREACHABLE_ATTEMPTS_REQUIRED = 3
CALLBACK_ATTEMPT_GAP = timedelta(hours=1)

# Repeat-complaint detection: the same provider or customer within 30 days is a repeat;
# a second complaint on the same order within a day is a possible duplicate.
REPEAT_WINDOW = timedelta(days=30)
DUPLICATE_WINDOW = timedelta(days=1)

SEVERITY_RANK: Mapping[Severity, int] = MappingProxyType(
    {Severity.CRITICAL: 0, Severity.HIGH: 1, Severity.MEDIUM: 2, Severity.LOW: 3}
)


class SlaClock(StrEnum):
    FIRST_RESPONSE = "first_response"
    RESOLUTION = "resolution"
    CALLBACK = "callback"


CLOCK_NAMES: dict[SlaClock, Text] = {
    SlaClock.FIRST_RESPONSE: text("SlaClock", QT_TRANSLATE_NOOP("SlaClock", "first response")),
    SlaClock.RESOLUTION: text("SlaClock", QT_TRANSLATE_NOOP("SlaClock", "resolution")),
    SlaClock.CALLBACK: text("SlaClock", QT_TRANSLATE_NOOP("SlaClock", "callback")),
}


@dataclass(frozen=True, slots=True)
class Deadlines:
    first_response: datetime
    resolution: datetime
    callback: datetime | None  # None until the ticket is resolved


def deadlines(
    severity: Severity,
    opened_at: datetime,
    resolved_at: datetime | None = None,
    reopened_at: datetime | None = None,
) -> Deadlines:
    """The deadlines of a ticket of ``severity`` opened at ``opened_at``.

    A reopened ticket gets a fresh resolution clock from ``reopened_at``: measured from the
    original opening it would be overdue the moment it reopens and the clock would tell the
    agent nothing. The first breach stays visible in the audit log.
    """
    clocks = SLA_CLOCKS[severity]
    resolution_start = reopened_at if reopened_at is not None else opened_at
    return Deadlines(
        first_response=opened_at + clocks.first_response,
        resolution=resolution_start + clocks.resolution,
        callback=None if resolved_at is None else resolved_at + clocks.callback,
    )


@dataclass(frozen=True, slots=True)
class ClockState:
    """One SLA clock at one moment.

    ``deadline`` is None while the clock has not started (the callback clock before the
    resolution). ``stopped_at`` is when the promise was kept (or the ticket was closed).
    ``remaining`` is ``deadline - now`` while running, negative once overdue.
    """

    clock: SlaClock
    deadline: datetime | None
    stopped_at: datetime | None
    remaining: timedelta | None

    @property
    def running(self) -> bool:
        return self.deadline is not None and self.stopped_at is None

    @property
    def overdue(self) -> bool:
        return self.remaining is not None and self.remaining < timedelta(0)

    @property
    def breached(self) -> bool:
        """Missed: overdue now, or kept only after its deadline."""
        if self.deadline is None:
            return False
        if self.stopped_at is not None:
            return self.stopped_at > self.deadline
        return self.overdue


@dataclass(frozen=True, slots=True)
class SlaState:
    first_response: ClockState
    resolution: ClockState
    callback: ClockState

    @property
    def clocks(self) -> tuple[ClockState, ClockState, ClockState]:
        return (self.first_response, self.resolution, self.callback)

    @property
    def overdue(self) -> tuple[ClockState, ...]:
        return tuple(c for c in self.clocks if c.overdue)

    @property
    def next_deadline(self) -> datetime | None:
        """The earliest deadline of a running clock (overdue ones included)."""
        running = [c.deadline for c in self.clocks if c.running and c.deadline is not None]
        return min(running, default=None)


def _clock(
    clock: SlaClock,
    deadline: datetime | None,
    met_at: datetime | None,
    closed_at: datetime | None,
    now: datetime,
) -> ClockState:
    if deadline is None:
        return ClockState(clock, None, None, None)
    stopped_at = met_at if met_at is not None else closed_at
    remaining = None if stopped_at is not None else deadline - now
    return ClockState(clock, deadline, stopped_at, remaining)


def sla_state(ticket: ComplaintFacts, now: datetime) -> SlaState:
    """Where each of the ticket's three clocks stands at ``now``."""
    due = deadlines(ticket.severity, ticket.opened_at, ticket.resolved_at, ticket.reopened_at)
    # A closed ticket stops every clock, even one its facts never recorded as met.
    closed_at: datetime | None = None
    if ticket.status is ComplaintStatus.CLOSED:
        closed_at = ticket.closed_at if ticket.closed_at is not None else now
    return SlaState(
        first_response=_clock(
            SlaClock.FIRST_RESPONSE, due.first_response, ticket.acknowledged_at, closed_at, now
        ),
        resolution=_clock(SlaClock.RESOLUTION, due.resolution, ticket.resolved_at, closed_at, now),
        callback=_clock(SlaClock.CALLBACK, due.callback, ticket.callback_done_at, closed_at, now),
    )


UrgencyKey = tuple[int, int, datetime, int, datetime]


def urgency_key(ticket: ComplaintFacts, now: datetime) -> UrgencyKey:
    """Sort key for work queues: ``sorted(tickets, key=lambda t: urgency_key(t, now))``.

    Order: overdue tickets first, most severe first, then longest overdue; then running
    tickets by earliest deadline (short critical clocks rise by themselves); then tickets
    waiting only to be closed; closed tickets last. Ties go to severity, then age.
    """
    rank = SEVERITY_RANK[ticket.severity]
    if ticket.status is ComplaintStatus.CLOSED:
        return (3, 0, ticket.opened_at, rank, ticket.opened_at)
    state = sla_state(ticket, now)
    next_due = state.next_deadline
    if next_due is None:
        return (2, rank, ticket.opened_at, rank, ticket.opened_at)
    if state.overdue:
        return (0, rank, next_due, rank, ticket.opened_at)
    return (1, 0, next_due, rank, ticket.opened_at)


def duration_zh(span: timedelta) -> str:
    """A duration for people, in Chinese: "1 天 2 小时", "15 分钟"."""
    days, hours, minutes = _split(span)
    parts = [f"{n} {unit}" for n, unit in ((days, "天"), (hours, "小时"), (minutes, "分钟")) if n]
    return " ".join(parts) if parts else "不到 1 分钟"


def duration_en(span: timedelta) -> str:
    """A duration for people, in English: "1 d 2 h", "15 min"."""
    days, hours, minutes = _split(span)
    parts = [f"{n} {unit}" for n, unit in ((days, "d"), (hours, "h"), (minutes, "min")) if n]
    return " ".join(parts) if parts else "under 1 min"


def _split(span: timedelta) -> tuple[int, int, int]:
    total_minutes = int(abs(span).total_seconds() // 60)
    days, rest = divmod(total_minutes, 24 * 60)
    hours, minutes = divmod(rest, 60)
    return days, hours, minutes


def _overdue_reason(ticket: ComplaintFacts, clock: ClockState) -> Reason:
    limits = SLA_CLOCKS[ticket.severity]
    sev_zh, sev_en = SEVERITY_NAMES[ticket.severity]
    over = -(clock.remaining or timedelta(0))
    over_zh, over_en = duration_zh(over), duration_en(over)
    if clock.clock is SlaClock.FIRST_RESPONSE:
        limit = limits.first_response
        zh = (
            f"首次响应已超时 {over_zh}（“{sev_zh}”级投诉须在 {duration_zh(limit)} 内受理），"
            "请上报主管。"
        )
        en = (
            f"First response is {over_en} overdue (a {sev_en} complaint must be acknowledged "
            f"within {duration_en(limit)}); escalate to a supervisor."
        )
    elif clock.clock is SlaClock.RESOLUTION:
        limit = limits.resolution
        zh = (
            f"处理时限已超时 {over_zh}（“{sev_zh}”级投诉须在 {duration_zh(limit)} 内处理完毕），"
            "请上报主管。"
        )
        en = (
            f"Resolution is {over_en} overdue (a {sev_en} complaint must be resolved "
            f"within {duration_en(limit)}); escalate to a supervisor."
        )
    else:
        limit = limits.callback
        zh = (
            f"客户回访已超时 {over_zh}（须在处理完毕后 {duration_zh(limit)} 内回访客户），"
            "请上报主管。"
        )
        en = (
            f"The customer callback is {over_en} overdue (due within {duration_en(limit)} "
            "of the resolution); escalate to a supervisor."
        )
    return Reason(f"complaint.sla_{clock.clock.value}_overdue", zh, en)


def needs_escalation(ticket: ComplaintFacts, now: datetime) -> list[Reason]:
    """Why the ticket must go to a supervisor now (empty: it need not).

    One reason per overdue clock whose breach has not been escalated yet: an escalation
    made before a deadline passed does not cover that deadline's breach.
    """
    reasons: list[Reason] = []
    for clock in sla_state(ticket, now).overdue:
        covered = (
            ticket.escalated_at is not None
            and clock.deadline is not None
            and ticket.escalated_at >= clock.deadline
        )
        if not covered:
            reasons.append(_overdue_reason(ticket, clock))
    return reasons
