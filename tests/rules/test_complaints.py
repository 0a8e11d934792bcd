"""The complaint state machine and its closing gate, case by case."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta, timezone

import pytest

from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.rules.complaints import (
    CallbackFacts,
    CallbackVerdict,
    ComplaintAction,
    ComplaintActionKind,
    ComplaintFacts,
    ComplaintRuleError,
    action_blocker,
    allowed_actions,
    apply_action,
    callback_verdict,
    check_action,
    closing_blockers,
    counted_unreachable_attempts,
    next_status,
)

BJ = timezone(timedelta(hours=8))
T0 = datetime(2025, 3, 1, 9, 0, tzinfo=BJ)
S = ComplaintStatus
K = ComplaintActionKind
A = ComplaintAction
SATISFIED = CallbackOutcome.REACHED_SATISFIED
UNSATISFIED = CallbackOutcome.REACHED_UNSATISFIED
UNREACHABLE = CallbackOutcome.UNREACHABLE


def new_ticket(**changes: object) -> ComplaintFacts:
    base = ComplaintFacts(
        id=1, customer_id=100, severity=Severity.HIGH, status=S.OPEN, opened_at=T0, order_id=10
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def run(
    ticket: ComplaintFacts, *actions: ComplaintAction, step: timedelta = timedelta(minutes=10)
) -> ComplaintFacts:
    now = max(ticket.opened_at, ticket.resolved_at or ticket.opened_at)
    for action in actions:
        now += step
        ticket = apply_action(ticket, action, now)
    return ticket


def resolved(**changes: object) -> ComplaintFacts:
    """A ticket just resolved, not yet called back."""
    ticket = run(
        new_ticket(**changes),
        A.acknowledge(),
        A.start_investigation(),
        A.resolve("已上门返工并致歉", substantiated=False),
    )
    assert ticket.status is S.RESOLVED
    return ticket


def codes(ticket: ComplaintFacts) -> list[str]:
    return [r.code for r in closing_blockers(ticket)]


def test_happy_path_walks_every_state_and_records_times() -> None:
    ticket = new_ticket()
    ticket = apply_action(ticket, A.acknowledge(), T0 + timedelta(minutes=5))
    assert (ticket.status, ticket.acknowledged_at) == (S.ACKNOWLEDGED, T0 + timedelta(minutes=5))
    ticket = apply_action(ticket, A.start_investigation(), T0 + timedelta(minutes=20))
    assert ticket.status is S.INVESTIGATING
    ticket = apply_action(ticket, A.resolve("  已退款并致歉 ", False), T0 + timedelta(hours=3))
    assert ticket.status is S.RESOLVED
    assert (ticket.resolution, ticket.resolved_at) == ("已退款并致歉", T0 + timedelta(hours=3))
    assert ticket.substantiated is False
    ticket = apply_action(ticket, A.log_callback(SATISFIED, "客户满意"), T0 + timedelta(hours=5))
    assert (ticket.status, ticket.callback_done_at) == (S.CALLBACK_DONE, T0 + timedelta(hours=5))
    assert closing_blockers(ticket) == []
    ticket = apply_action(ticket, A.close(), T0 + timedelta(hours=6))
    assert (ticket.status, ticket.closed_at) == (S.CLOSED, T0 + timedelta(hours=6))


@pytest.mark.parametrize(
    ("status", "expected"),
    [
        (S.OPEN, {K.ACKNOWLEDGE, K.ADD_NOTE, K.ESCALATE}),
        (S.ACKNOWLEDGED, {K.START_INVESTIGATION, K.ADD_NOTE, K.ESCALATE}),
        (S.INVESTIGATING, {K.RESOLVE, K.ADD_NOTE, K.ESCALATE}),
        (S.RESOLVED, {K.LOG_CALLBACK, K.REOPEN, K.ADD_NOTE, K.ESCALATE}),
        (S.REOPENED, {K.START_INVESTIGATION, K.ADD_NOTE, K.ESCALATE}),
        (S.CLOSED, {K.REOPEN}),
    ],
)
def test_allowed_actions_per_state(
    status: ComplaintStatus, expected: set[ComplaintActionKind]
) -> None:
    assert allowed_actions(new_ticket(status=status), T0) == expected


def test_callback_done_ticket_may_close_only_when_the_gate_passes() -> None:
    done = run(resolved(), A.log_callback(SATISFIED))
    assert allowed_actions(done, T0 + timedelta(days=1)) == {
        K.LOG_CALLBACK,
        K.REOPEN,
        K.ADD_NOTE,
        K.ESCALATE,
        K.CLOSE,
    }
    substantiated = run(
        new_ticket(provider_id=55),
        A.acknowledge(),
        A.start_investigation(),
        A.resolve("服务人员迟到属实", substantiated=True),
        A.log_callback(SATISFIED),
    )
    allowed = allowed_actions(substantiated, T0 + timedelta(days=1))
    assert K.CLOSE not in allowed
    assert K.RECORD_SANCTION_DECISION in allowed
    blocker = action_blocker(substantiated, K.CLOSE, T0 + timedelta(days=1))
    assert blocker is not None
    assert blocker.code == "complaint.sanction_decision_missing"


def test_invalid_transition_raises_with_a_reason_in_both_languages() -> None:
    with pytest.raises(ComplaintRuleError) as caught:
        apply_action(new_ticket(), A.resolve("已处理", None), T0)
    reason = caught.value.reason
    assert reason.code == "complaint.invalid_transition"
    assert "待受理" in reason.zh
    assert "open" in reason.en


def test_next_status_returns_the_target_or_the_reason() -> None:
    assert next_status(new_ticket(), A.acknowledge(), T0) is S.ACKNOWLEDGED
    outcome = next_status(new_ticket(), A.close(), T0)
    assert not isinstance(outcome, ComplaintStatus)
    assert outcome.code == "complaint.invalid_transition"


def test_action_dated_before_the_ticket_opened_is_refused() -> None:
    reason = check_action(new_ticket(), A.acknowledge(), T0 - timedelta(seconds=1))
    assert reason is not None
    assert reason.code == "complaint.before_opened"
    assert allowed_actions(new_ticket(), T0 - timedelta(seconds=1)) == frozenset()


@pytest.mark.parametrize("text", ["", "   ", None])
def test_resolve_needs_a_resolution_text(text: str | None) -> None:
    ticket = run(new_ticket(), A.acknowledge(), A.start_investigation())
    action = ComplaintAction(K.RESOLVE, resolution=text)
    reason = check_action(ticket, action, T0 + timedelta(hours=1))
    assert reason is not None
    assert reason.code == "complaint.resolution_required"


def test_notes_fit_any_ticket_not_closed_and_must_say_something() -> None:
    for status in S:
        ticket = new_ticket(status=status)
        reason = check_action(ticket, A.add_note("客户来电催促"), T0)
        assert (reason is None) == (status is not S.CLOSED)
        if status is not S.CLOSED:
            assert apply_action(ticket, A.add_note("客户来电催促"), T0) == ticket
    blank = check_action(new_ticket(), A.add_note("  "), T0)
    assert blank is not None
    assert blank.code == "complaint.note_required"


def test_log_callback_needs_an_outcome_and_unreachable_needs_a_note() -> None:
    ticket = resolved()
    now = T0 + timedelta(hours=2)
    missing = check_action(ticket, ComplaintAction(K.LOG_CALLBACK), now)
    assert missing is not None
    assert missing.code == "complaint.callback_outcome_required"
    undocumented = check_action(ticket, A.log_callback(UNREACHABLE, " "), now)
    assert undocumented is not None
    assert undocumented.code == "complaint.callback_note_required"
    assert check_action(ticket, A.log_callback(UNREACHABLE, "无人接听"), now) is None


def test_escalate_records_when_and_keeps_the_state() -> None:
    ticket = apply_action(new_ticket(), A.escalate("首次响应超时"), T0 + timedelta(hours=2))
    assert ticket.status is S.OPEN
    assert ticket.escalated
    assert ticket.escalated_at == T0 + timedelta(hours=2)


def test_unsatisfied_callback_reopens_and_starts_a_new_cycle() -> None:
    ticket = run(resolved(), A.log_callback(UNSATISFIED, "客户仍不满意"))
    assert ticket.status is S.REOPENED
    assert ticket.reopen_count == 1
    assert ticket.reopened_at is not None
    assert (ticket.resolution, ticket.resolved_at, ticket.callback_done_at) == (None, None, None)
    assert ticket.callbacks[-1].outcome is UNSATISFIED
    assert ticket.cycle_callbacks == ()
    assert codes(ticket)[:2] == ["complaint.resolution_missing", "complaint.callback_missing"]
    ticket = run(ticket, A.start_investigation(), A.resolve("更换服务人员重新上门", False))
    assert ticket.status is S.RESOLVED
    assert codes(ticket) == ["complaint.callback_missing"]


def test_unsatisfied_after_callback_done_also_reopens() -> None:
    ticket = run(resolved(), A.log_callback(SATISFIED), A.log_callback(UNSATISFIED))
    assert ticket.status is S.REOPENED


def test_reopen_a_closed_ticket_needs_a_fresh_resolution_and_callback() -> None:
    closed = run(resolved(), A.log_callback(SATISFIED), A.close())
    assert closed.status is S.CLOSED
    assert codes(closed) == ["complaint.already_closed"]
    ticket = run(closed, A.reopen("客户再次来电"))
    assert ticket.status is S.REOPENED
    assert ticket.closed_at is None
    ticket = run(ticket, A.start_investigation(), A.resolve("二次处理", False))
    # The satisfied callback of the first cycle does not count for the second.
    assert callback_verdict(ticket) is CallbackVerdict.NONE
    assert codes(ticket) == ["complaint.callback_missing"]


def test_reopen_only_from_resolved_callback_done_or_closed() -> None:
    for status in S:
        blocker = action_blocker(new_ticket(status=status), K.REOPEN, T0)
        assert (blocker is None) == (status in {S.RESOLVED, S.CALLBACK_DONE, S.CLOSED})


def unreachable_at(*hours: float, note: str = "无人接听") -> tuple[CallbackFacts, ...]:
    return tuple(CallbackFacts(T0 + timedelta(hours=h), UNREACHABLE, note) for h in hours)


def test_three_unreachable_attempts_an_hour_apart_complete_the_callback() -> None:
    ticket = resolved()
    for hours in (1, 2):
        ticket = apply_action(
            ticket, A.log_callback(UNREACHABLE, "关机"), T0 + timedelta(hours=hours)
        )
        assert ticket.status is S.RESOLVED
        assert callback_verdict(ticket) is CallbackVerdict.TRYING
    blockers = closing_blockers(ticket)
    assert [r.code for r in blockers] == ["complaint.callback_attempts_insufficient"]
    assert "2 次" in blockers[0].zh
    assert "2 valid" in blockers[0].en
    ticket = apply_action(ticket, A.log_callback(UNREACHABLE, "无人接听"), T0 + timedelta(hours=3))
    assert ticket.status is S.CALLBACK_DONE
    assert ticket.callback_done_at == T0 + timedelta(hours=3)
    assert callback_verdict(ticket) is CallbackVerdict.UNREACHABLE
    assert closing_blockers(ticket) == []


@pytest.mark.parametrize(
    ("hours", "counted"),
    [
        ((1, 1.5, 1.99), 1),  # three redials inside one hour are one attempt
        ((1, 2, 2.5), 2),
        ((1, 2, 3), 3),
        ((3, 1, 2), 3),  # order of logging does not matter
        ((1, 1.5, 2.0, 3.0), 3),  # 1.5 is skipped, 1 / 2 / 3 are an hour apart
    ],
)
def test_unreachable_attempts_count_only_when_an_hour_apart(
    hours: tuple[float, ...], counted: int
) -> None:
    assert len(counted_unreachable_attempts(unreachable_at(*hours))) == counted


def test_undocumented_unreachable_attempts_do_not_count() -> None:
    ticket = replace(resolved(), callbacks=unreachable_at(3, 4, 5, note=""))
    assert counted_unreachable_attempts(ticket.callbacks) == ()
    assert codes(ticket) == ["complaint.callback_attempts_insufficient"]


def test_satisfied_after_failed_attempts_completes_the_callback() -> None:
    ticket = run(resolved(), A.log_callback(UNREACHABLE, "占线"), A.log_callback(SATISFIED))
    assert ticket.status is S.CALLBACK_DONE
    assert closing_blockers(ticket) == []


def test_unsatisfied_answer_in_the_cycle_blocks_closing() -> None:
    # Facts the state machine never produces (it reopens), but a gate must not trust that.
    ticket = replace(
        resolved(),
        status=S.CALLBACK_DONE,
        callbacks=(
            CallbackFacts(T0 + timedelta(hours=3), UNSATISFIED),
            CallbackFacts(T0 + timedelta(hours=4), SATISFIED),
        ),
    )
    assert codes(ticket) == ["complaint.callback_unsatisfied"]


def test_resolution_missing_blocks_closing() -> None:
    ticket = new_ticket(status=S.CALLBACK_DONE, callbacks=(CallbackFacts(T0, SATISFIED),))
    assert codes(ticket) == ["complaint.resolution_missing"]
    blank = replace(ticket, resolution="  ", resolved_at=T0)
    assert codes(blank) == ["complaint.resolution_missing"]


def test_finding_is_required_when_a_provider_is_involved() -> None:
    ticket = run(
        new_ticket(provider_id=55),
        A.acknowledge(),
        A.start_investigation(),
        A.resolve("已协调", substantiated=None),
        A.log_callback(SATISFIED),
    )
    assert codes(ticket) == ["complaint.finding_missing"]
    assert closing_blockers(replace(ticket, provider_id=None)) == []


def test_substantiated_against_a_provider_needs_a_sanction_decision() -> None:
    ticket = run(
        new_ticket(provider_id=55),
        A.acknowledge(),
        A.start_investigation(),
        A.resolve("服务人员损坏物品属实，已赔偿", substantiated=True),
        A.log_callback(SATISFIED),
    )
    blockers = closing_blockers(ticket)
    assert [r.code for r in blockers] == ["complaint.sanction_decision_missing"]
    assert "处罚决定" in blockers[0].zh
    assert "sanction decision" in blockers[0].en
    decided = apply_action(ticket, A.record_sanction_decision("警告"), T0 + timedelta(days=1))
    assert decided.sanction_decided
    assert closing_blockers(decided) == []
    again = check_action(decided, A.record_sanction_decision(), T0 + timedelta(days=1))
    assert again is not None
    assert again.code == "complaint.sanction_already_decided"


def test_sanction_decision_applies_only_to_substantiated_provider_complaints() -> None:
    platform = replace(resolved(), substantiated=True, provider_id=None)
    not_upheld = replace(resolved(), substantiated=False, provider_id=55)
    for ticket in (platform, not_upheld):
        blocker = action_blocker(ticket, K.RECORD_SANCTION_DECISION, T0 + timedelta(days=1))
        assert blocker is not None
        assert blocker.code == "complaint.sanction_not_applicable"
    assert (
        closing_blockers(
            replace(
                platform,
                status=S.CALLBACK_DONE,
                callbacks=(CallbackFacts(T0 + timedelta(hours=1), SATISFIED),),
            )
        )
        == []
    )


def test_a_complete_ticket_in_the_wrong_state_is_not_ready_to_close() -> None:
    ticket = replace(resolved(), callbacks=(CallbackFacts(T0 + timedelta(hours=1), SATISFIED),))
    assert ticket.status is S.RESOLVED
    assert codes(ticket) == ["complaint.not_ready_to_close"]


def test_a_fresh_ticket_lists_every_missing_piece() -> None:
    blockers = closing_blockers(new_ticket(provider_id=55))
    assert [r.code for r in blockers] == [
        "complaint.resolution_missing",
        "complaint.callback_missing",
        "complaint.finding_missing",
    ]
    for reason in blockers:
        assert reason.zh
        assert reason.en
        assert reason.zh != reason.en
