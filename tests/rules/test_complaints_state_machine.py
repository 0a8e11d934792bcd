"""No sequence of actions closes a ticket without what the closing gate demands.

The machine drives one ticket through ``apply_action`` with random actions and times, and
keeps its own record of what was done in the current cycle (resolution text, callbacks,
finding, sanction decision). Whenever the ticket is closed, that independent record must
show a resolution, a valid callback outcome and, when substantiated against a provider, a
sanction decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from itertools import combinations

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, rule

from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.rules.complaints import (
    ComplaintAction,
    ComplaintActionKind,
    ComplaintFacts,
    ComplaintRuleError,
    allowed_actions,
    apply_action,
    check_action,
    closing_blockers,
)
from app.rules.sla import needs_escalation, sla_state

BJ = timezone(timedelta(hours=8))
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=BJ)
S = ComplaintStatus
K = ComplaintActionKind
A = ComplaintAction

texts = st.sampled_from(["", "  ", "已退款并致歉", "更换服务人员重新上门"])
notes = st.sampled_from(["", "无人接听", "关机"])
waits = st.sampled_from([0, 1, 20, 59, 60, 61, 180, 24 * 60])


@dataclass
class Cycle:
    """What the test itself saw happen since the last reopening."""

    resolution: str | None = None
    calls: list[tuple[datetime, CallbackOutcome, str]] = field(default_factory=list)


def valid_callback(calls: list[tuple[datetime, CallbackOutcome, str]]) -> bool:
    """Reached and satisfied, or three noted unreachable attempts pairwise an hour apart."""
    outcomes = [outcome for _, outcome, _ in calls]
    if CallbackOutcome.REACHED_UNSATISFIED in outcomes:
        return False
    if CallbackOutcome.REACHED_SATISFIED in outcomes:
        return True
    attempts = [
        at for at, outcome, note in calls if outcome is CallbackOutcome.UNREACHABLE and note.strip()
    ]
    return any(
        all(abs(a - b) >= timedelta(hours=1) for a, b in combinations(trio, 2))
        for trio in combinations(attempts, 3)
    )


class ComplaintMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = T0
        self.ticket = ComplaintFacts(
            id=1, customer_id=100, severity=Severity.HIGH, status=S.OPEN, opened_at=T0
        )
        self.cycle = Cycle()
        self.substantiated: bool | None = None
        self.sanction_decided = False

    @initialize(severity=st.sampled_from(Severity), provider=st.sampled_from([None, 55]))
    def open_ticket(self, severity: Severity, provider: int | None) -> None:
        self.ticket = ComplaintFacts(
            id=1,
            customer_id=100,
            severity=severity,
            status=S.OPEN,
            opened_at=T0,
            order_id=10,
            provider_id=provider,
        )

    def attempt(self, action: ComplaintAction) -> bool:
        """Apply ``action`` if the rules allow it; check that refusals are consistent."""
        problem = check_action(self.ticket, action, self.now)
        if problem is None:
            assert action.kind in allowed_actions(self.ticket, self.now)
            self.ticket = apply_action(self.ticket, action, self.now)
            return True
        with pytest.raises(ComplaintRuleError) as caught:
            apply_action(self.ticket, action, self.now)
        assert caught.value.reason == problem
        return False

    @rule(kind=st.sampled_from(K), note=notes)
    def try_anything(self, kind: ComplaintActionKind, note: str) -> None:
        """A bare action of any kind, allowed or not: refusals must be clean."""
        before = self.ticket
        if kind is K.ADD_NOTE:
            self.attempt(A.add_note(note))
            assert self.ticket == before
            return
        if kind in (K.RESOLVE, K.LOG_CALLBACK):
            # Without a payload these are always refused; the check must say so.
            assert not self.attempt(ComplaintAction(kind))
            assert self.ticket == before
            return
        if kind is K.REOPEN:
            if self.attempt(A.reopen()):
                self.cycle = Cycle()
            return
        if kind is K.RECORD_SANCTION_DECISION:
            if self.attempt(A.record_sanction_decision()):
                self.sanction_decided = True
            return
        self.attempt(ComplaintAction(kind))

    @rule(minutes=waits, data=st.data())
    def step(self, minutes: int, data: st.DataObject) -> None:
        """Let time pass, then take one of the actions the ticket allows, with a payload.

        Drawing among allowed kinds (not all kinds) lets 30 steps reach ``closed`` often;
        ``try_anything`` covers the refusals, notes and escalation.
        """
        self.now += timedelta(minutes=minutes)
        kinds = sorted(allowed_actions(self.ticket, self.now) - {K.ADD_NOTE, K.ESCALATE})
        if not kinds:
            return
        kind = data.draw(st.sampled_from(kinds))
        if kind is K.RESOLVE:
            text = data.draw(texts)
            substantiated = data.draw(st.sampled_from([None, True, False]))
            if self.attempt(A.resolve(text, substantiated)):
                assert text.strip()
                self.cycle = Cycle(resolution=text)
                self.substantiated = substantiated
        elif kind is K.LOG_CALLBACK:
            outcome = data.draw(st.sampled_from(CallbackOutcome))
            note = data.draw(notes)
            if not self.attempt(A.log_callback(outcome, note)):
                return
            if outcome is CallbackOutcome.REACHED_UNSATISFIED:
                assert self.ticket.status is S.REOPENED
                self.cycle = Cycle()
            else:
                self.cycle.calls.append((self.now, outcome, note))
        elif kind is K.RECORD_SANCTION_DECISION:
            assert self.attempt(A.record_sanction_decision("警告一次"))
            self.sanction_decided = True
        elif kind is K.REOPEN:
            assert self.attempt(A.reopen("客户再次来电"))
            self.cycle = Cycle()
        elif kind is K.CLOSE:
            assert self.attempt(A.close())
            event("closed")
        else:
            assert self.attempt(ComplaintAction(kind))

    @invariant()
    def closed_only_with_everything_on_record(self) -> None:
        if self.ticket.status is not S.CLOSED:
            return
        assert self.cycle.resolution is not None
        assert self.cycle.resolution.strip()
        assert valid_callback(self.cycle.calls)
        if self.substantiated and self.ticket.provider_id is not None:
            assert self.sanction_decided
        if self.ticket.provider_id is not None:
            assert self.substantiated is not None

    @invariant()
    def gate_and_buttons_agree(self) -> None:
        may_close = K.CLOSE in allowed_actions(self.ticket, self.now)
        assert may_close == (closing_blockers(self.ticket) == [])
        if self.ticket.status is S.CLOSED:
            assert allowed_actions(self.ticket, self.now) == {K.REOPEN}

    @invariant()
    def callback_done_means_a_valid_callback(self) -> None:
        if self.ticket.status in (S.CALLBACK_DONE, S.CLOSED):
            assert valid_callback(self.cycle.calls)
            assert self.ticket.callback_done_at is not None

    @invariant()
    def clocks_are_consistent(self) -> None:
        state = sla_state(self.ticket, self.now)
        if self.ticket.status is S.CLOSED:
            assert not any(c.running for c in state.clocks)
            assert needs_escalation(self.ticket, self.now) == []
        if self.ticket.resolved_at is None:
            assert state.callback.deadline is None


ComplaintMachine.TestCase.settings = settings(
    max_examples=100, stateful_step_count=30, deadline=None
)
TestComplaintMachine = ComplaintMachine.TestCase


calls = st.lists(
    st.tuples(waits, st.sampled_from(CallbackOutcome), notes),
    min_size=1,
    max_size=8,
)


@settings(max_examples=100, deadline=None)
@given(
    provider=st.sampled_from([None, 55]),
    substantiated=st.sampled_from([None, True, False]),
    sequence=calls,
)
def test_callbacks_complete_a_ticket_only_when_valid(
    provider: int | None,
    substantiated: bool | None,
    sequence: list[tuple[int, CallbackOutcome, str]],
) -> None:
    """Many callbacks on one resolution: the gate opens exactly when the record says so."""
    now = T0
    ticket = ComplaintFacts(
        id=1,
        customer_id=100,
        severity=Severity.MEDIUM,
        status=S.OPEN,
        opened_at=T0,
        provider_id=provider,
    )
    for action in (A.acknowledge(), A.start_investigation(), A.resolve("已处理", substantiated)):
        ticket = apply_action(ticket, action, now)
    seen: list[tuple[datetime, CallbackOutcome, str]] = []
    for minutes, outcome, note in sequence:
        now += timedelta(minutes=minutes)
        if check_action(ticket, A.log_callback(outcome, note), now) is not None:
            assert outcome is CallbackOutcome.UNREACHABLE
            assert not note.strip()
            continue
        ticket = apply_action(ticket, A.log_callback(outcome, note), now)
        if outcome is CallbackOutcome.REACHED_UNSATISFIED:
            assert ticket.status is S.REOPENED
            assert K.CLOSE not in allowed_actions(ticket, now)
            return
        seen.append((now, outcome, note))
        assert (ticket.status is S.CALLBACK_DONE) == valid_callback(seen)
    needs_sanction = substantiated is True and provider is not None
    undecided = provider is not None and substantiated is None
    may_close = valid_callback(seen) and not needs_sanction and not undecided
    assert (K.CLOSE in allowed_actions(ticket, now)) == may_close
