"""SLA clocks: deadlines per severity, running clocks, escalation and queue order."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import ComplaintStatus, Severity
from app.rules.complaint_facts import ComplaintFacts
from app.rules.sla import (
    SLA_CLOCKS,
    SlaClock,
    deadlines,
    duration_en,
    duration_zh,
    needs_escalation,
    sla_state,
    urgency_key,
)

BJ = timezone(timedelta(hours=8))
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=BJ)
S = ComplaintStatus
MIN = timedelta(minutes=1)
HOUR = timedelta(hours=1)


def ticket(severity: Severity = Severity.HIGH, **changes: object) -> ComplaintFacts:
    base = ComplaintFacts(id=1, customer_id=100, severity=severity, status=S.OPEN, opened_at=T0)
    return replace(base, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("severity", "first_response", "resolution", "callback"),
    [
        (Severity.CRITICAL, 15 * MIN, 4 * HOUR, 12 * HOUR),
        (Severity.HIGH, 1 * HOUR, 24 * HOUR, 24 * HOUR),
        (Severity.MEDIUM, 4 * HOUR, 48 * HOUR, 24 * HOUR),
        (Severity.LOW, 8 * HOUR, 72 * HOUR, 24 * HOUR),
    ],
)
def test_deadlines_per_severity(
    severity: Severity, first_response: timedelta, resolution: timedelta, callback: timedelta
) -> None:
    resolved_at = T0 + 2 * HOUR
    due = deadlines(severity, T0, resolved_at)
    assert due.first_response == T0 + first_response
    assert due.resolution == T0 + resolution
    assert due.callback == resolved_at + callback


def test_every_severity_has_clocks_that_nest() -> None:
    assert set(SLA_CLOCKS) == set(Severity)
    for clocks in SLA_CLOCKS.values():
        assert timedelta(0) < clocks.first_response < clocks.resolution
        assert timedelta(0) < clocks.callback <= 24 * HOUR


def test_callback_clock_starts_at_the_resolution() -> None:
    assert deadlines(Severity.LOW, T0).callback is None


def test_reopening_restarts_the_resolution_clock() -> None:
    reopened_at = T0 + 30 * HOUR
    due = deadlines(Severity.HIGH, T0, reopened_at=reopened_at)
    assert due.first_response == T0 + HOUR
    assert due.resolution == reopened_at + 24 * HOUR


@settings(max_examples=100, deadline=None)
@given(
    opened_at=st.datetimes(
        min_value=datetime(2024, 1, 1), max_value=datetime(2026, 12, 31), timezones=st.just(BJ)
    ),
    severity=st.sampled_from(Severity),
)
def test_clocks_run_around_the_clock(opened_at: datetime, severity: Severity) -> None:
    """No business-hours pause: a deadline is the opening plus the duration, night or day."""
    due = deadlines(severity, opened_at)
    assert due.first_response - opened_at == SLA_CLOCKS[severity].first_response
    assert due.resolution - opened_at == SLA_CLOCKS[severity].resolution


def test_fresh_ticket_has_two_running_clocks() -> None:
    state = sla_state(ticket(Severity.CRITICAL), T0 + 5 * MIN)
    assert state.first_response.running
    assert state.first_response.remaining == 10 * MIN
    assert not state.first_response.overdue
    assert state.resolution.remaining == 4 * HOUR - 5 * MIN
    assert not state.callback.running
    assert state.callback.deadline is None
    assert state.next_deadline == T0 + 15 * MIN


def test_a_clock_is_overdue_only_after_its_deadline() -> None:
    at_deadline = sla_state(ticket(Severity.CRITICAL), T0 + 15 * MIN)
    assert at_deadline.first_response.remaining == timedelta(0)
    assert not at_deadline.first_response.overdue
    late = sla_state(ticket(Severity.CRITICAL), T0 + 16 * MIN)
    assert late.first_response.overdue
    assert late.first_response.breached
    assert late.first_response.remaining == -MIN
    assert [c.clock for c in late.overdue] == [SlaClock.FIRST_RESPONSE]


def test_acknowledging_stops_the_first_response_clock() -> None:
    acknowledged = ticket(Severity.CRITICAL, status=S.ACKNOWLEDGED, acknowledged_at=T0 + 10 * MIN)
    state = sla_state(acknowledged, T0 + 3 * HOUR)
    assert not state.first_response.running
    assert state.first_response.stopped_at == T0 + 10 * MIN
    assert not state.first_response.breached
    late = replace(acknowledged, acknowledged_at=T0 + 20 * MIN)
    assert sla_state(late, T0 + 3 * HOUR).first_response.breached


def test_resolution_starts_the_callback_clock_and_callback_done_stops_it() -> None:
    resolved = ticket(
        Severity.MEDIUM,
        status=S.RESOLVED,
        acknowledged_at=T0 + MIN,
        resolved_at=T0 + 5 * HOUR,
        resolution="已处理",
    )
    state = sla_state(resolved, T0 + 6 * HOUR)
    assert not state.resolution.running
    assert state.callback.running
    assert state.callback.remaining == 23 * HOUR
    done = replace(resolved, status=S.CALLBACK_DONE, callback_done_at=T0 + 7 * HOUR)
    assert not any(c.running for c in sla_state(done, T0 + 3 * 24 * HOUR).clocks)


def test_closing_stops_every_clock() -> None:
    closed = ticket(Severity.LOW, status=S.CLOSED, closed_at=T0 + HOUR)
    state = sla_state(closed, T0 + 100 * HOUR)
    assert not any(c.running for c in state.clocks)
    assert state.next_deadline is None
    assert needs_escalation(closed, T0 + 100 * HOUR) == []


def test_no_escalation_before_a_deadline_passes() -> None:
    assert needs_escalation(ticket(Severity.CRITICAL), T0 + 15 * MIN) == []


def test_missed_first_response_needs_escalation() -> None:
    reasons = needs_escalation(ticket(Severity.CRITICAL), T0 + 40 * MIN)
    assert [r.code for r in reasons] == ["complaint.sla_first_response_overdue"]
    assert "25 分钟" in reasons[0].zh
    assert "15 分钟" in reasons[0].zh
    assert "25 min overdue" in reasons[0].en
    assert "supervisor" in reasons[0].en


def test_an_escalation_covers_the_breaches_it_came_after() -> None:
    overdue = ticket(Severity.CRITICAL)
    after = replace(overdue, escalated_at=T0 + 20 * MIN)
    assert needs_escalation(after, T0 + 40 * MIN) == []
    before = replace(overdue, escalated_at=T0 + 5 * MIN)
    assert len(needs_escalation(before, T0 + 40 * MIN)) == 1
    # The resolution deadline passes later: the earlier escalation does not cover it.
    later = needs_escalation(after, T0 + 5 * HOUR)
    assert [r.code for r in later] == ["complaint.sla_resolution_overdue"]


def test_every_overdue_clock_gives_its_own_reason() -> None:
    unanswered = ticket(Severity.HIGH)
    reasons = needs_escalation(unanswered, T0 + 25 * HOUR)
    assert [r.code for r in reasons] == [
        "complaint.sla_first_response_overdue",
        "complaint.sla_resolution_overdue",
    ]
    uncalled = ticket(
        Severity.HIGH,
        status=S.RESOLVED,
        acknowledged_at=T0 + MIN,
        resolved_at=T0 + 2 * HOUR,
        resolution="已处理",
    )
    reasons = needs_escalation(uncalled, T0 + 27 * HOUR)
    assert [r.code for r in reasons] == ["complaint.sla_callback_overdue"]
    assert "1 小时" in reasons[0].zh
    assert "1 h overdue" in reasons[0].en


def test_urgency_key_puts_overdue_severe_tickets_first() -> None:
    now = T0 + 10 * HOUR
    overdue_low = ticket(Severity.LOW, id=1)  # first response due at +8 h
    overdue_critical = ticket(Severity.CRITICAL, id=2, opened_at=T0 + 9 * HOUR)
    due_at_11 = ticket(Severity.MEDIUM, id=3, opened_at=T0 + 7 * HOUR)
    due_at_10_50 = ticket(Severity.HIGH, id=4, opened_at=T0 + 9 * HOUR + 50 * MIN)
    waiting_to_close = ticket(
        Severity.HIGH,
        id=5,
        status=S.CALLBACK_DONE,
        acknowledged_at=T0 + MIN,
        resolved_at=T0 + HOUR,
        callback_done_at=T0 + 2 * HOUR,
        resolution="已处理",
    )
    closed = ticket(Severity.CRITICAL, id=6, status=S.CLOSED, closed_at=T0 + HOUR)
    queue = [closed, waiting_to_close, due_at_11, overdue_low, due_at_10_50, overdue_critical]
    ordered = sorted(queue, key=lambda t: urgency_key(t, now))
    assert [t.id for t in ordered] == [2, 1, 4, 3, 5, 6]


@pytest.mark.parametrize(
    ("span", "zh", "en"),
    [
        (timedelta(seconds=30), "不到 1 分钟", "under 1 min"),
        (15 * MIN, "15 分钟", "15 min"),
        (HOUR, "1 小时", "1 h"),
        (timedelta(days=1, hours=2, minutes=5), "1 天 2 小时 5 分钟", "1 d 2 h 5 min"),
        (timedelta(days=30), "30 天", "30 d"),
    ],
)
def test_durations_read_naturally(span: timedelta, zh: str, en: str) -> None:
    assert duration_zh(span) == zh
    assert duration_en(span) == en
