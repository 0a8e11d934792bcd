"""The complaint state machine: which actions a ticket allows now, and what each one does.

``open → acknowledged → investigating → resolved → callback_done → closed``; ``reopened``
leads back to ``investigating``. Notes and escalation fit any ticket not closed. A callback
outcome moves ``resolved`` to ``callback_done``, except an unsatisfied customer, which reopens
the ticket. Closing passes the gate in ``complaint_gate``.

This module is the entry point for callers: it re-exports the facts, the gate and the
repeat detection, so ``from app.rules.complaints import ...`` is enough.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from app.models.enums import CallbackOutcome, ComplaintStatus
from app.rules.complaint_facts import (
    ACTION_NAMES,
    STATUS_NAMES,
    CallbackFacts,
    ComplaintAction,
    ComplaintActionKind,
    ComplaintFacts,
    ComplaintRuleError,
    Id,
)
from app.rules.complaint_gate import (
    CallbackVerdict,
    callback_verdict,
    closing_blockers,
    counted_unreachable_attempts,
)
from app.rules.complaint_repeats import RepeatFlags, repeat_complaints
from app.rules.reasons import Reason

__all__ = [
    "SOURCES",
    "CallbackFacts",
    "CallbackVerdict",
    "ComplaintAction",
    "ComplaintActionKind",
    "ComplaintFacts",
    "ComplaintRuleError",
    "Id",
    "RepeatFlags",
    "action_blocker",
    "allowed_actions",
    "apply_action",
    "callback_verdict",
    "check_action",
    "closing_blockers",
    "counted_unreachable_attempts",
    "next_status",
    "repeat_complaints",
]

_S = ComplaintStatus
_K = ComplaintActionKind
_NOT_CLOSED = frozenset(s for s in _S if s is not _S.CLOSED)

# action -> the states it may be taken from. Where it leads is in ``apply_action``: a
# callback's target depends on its outcome, and notes/escalation keep the state.
SOURCES: dict[ComplaintActionKind, frozenset[ComplaintStatus]] = {
    _K.ACKNOWLEDGE: frozenset({_S.OPEN}),
    _K.START_INVESTIGATION: frozenset({_S.ACKNOWLEDGED, _S.REOPENED}),
    _K.ADD_NOTE: _NOT_CLOSED,
    _K.RESOLVE: frozenset({_S.INVESTIGATING}),
    _K.LOG_CALLBACK: frozenset({_S.RESOLVED, _S.CALLBACK_DONE}),
    _K.RECORD_SANCTION_DECISION: _NOT_CLOSED,
    _K.ESCALATE: _NOT_CLOSED,
    _K.CLOSE: frozenset({_S.CALLBACK_DONE}),
    _K.REOPEN: frozenset({_S.RESOLVED, _S.CALLBACK_DONE, _S.CLOSED}),
}


def action_blocker(
    ticket: ComplaintFacts, kind: ComplaintActionKind, now: datetime
) -> Reason | None:
    """Why an action of ``kind`` is not allowed on ``ticket`` now, whatever its payload.

    None means the button may be enabled; the payload is checked by ``check_action``.
    """
    if now < ticket.opened_at:
        return Reason(
            "complaint.before_opened",
            "操作时间早于工单创建时间，请检查系统时钟。",
            "The action is dated before the ticket was opened; check the system clock.",
        )
    if ticket.status not in SOURCES[kind]:
        status_zh, status_en = STATUS_NAMES[ticket.status]
        action_zh, action_en = ACTION_NAMES[kind]
        return Reason(
            "complaint.invalid_transition",
            f"工单当前为“{status_zh}”，不能{action_zh}。",
            f'The ticket\'s status is "{status_en}"; you cannot {action_en} now.',
        )
    if kind is _K.RECORD_SANCTION_DECISION:
        if not ticket.against_provider:
            return Reason(
                "complaint.sanction_not_applicable",
                "只有经查属实、针对服务人员的投诉才需要登记处罚决定。",
                "A sanction decision is recorded only for a complaint substantiated against "
                "a provider.",
            )
        if ticket.sanction_decided:
            return Reason(
                "complaint.sanction_already_decided",
                "这起投诉的处罚决定已经登记。",
                "The sanction decision for this complaint is already recorded.",
            )
    if kind is _K.CLOSE:
        blockers = closing_blockers(ticket)
        if blockers:
            return blockers[0]
    return None


def _payload_problem(action: ComplaintAction) -> Reason | None:
    if action.kind is _K.ADD_NOTE and not action.note.strip():
        return Reason("complaint.note_required", "备注不能为空。", "The note is empty.")
    if action.kind is _K.RESOLVE and not (action.resolution or "").strip():
        return Reason(
            "complaint.resolution_required",
            "请写明处理结果：做了什么、给了客户什么答复。",
            "Write down the resolution: what was done and what the customer was told.",
        )
    if action.kind is _K.LOG_CALLBACK:
        if action.callback_outcome is None:
            return Reason(
                "complaint.callback_outcome_required",
                "请选择回访结果：满意、不满意或未联系上。",
                "Choose the callback outcome: satisfied, unsatisfied or unreachable.",
            )
        if action.callback_outcome is CallbackOutcome.UNREACHABLE and not action.note.strip():
            # An undocumented attempt cannot count towards the three the gate asks for.
            return Reason(
                "complaint.callback_note_required",
                "未联系上客户时须写明情况（如拨打时间、无人接听或关机）。",
                "When the customer cannot be reached, note what happened (when you called, "
                "no answer, phone off).",
            )
    return None


def check_action(ticket: ComplaintFacts, action: ComplaintAction, now: datetime) -> Reason | None:
    """Why ``action`` may not be applied to ``ticket`` at ``now``; None when it may."""
    return action_blocker(ticket, action.kind, now) or _payload_problem(action)


def allowed_actions(ticket: ComplaintFacts, now: datetime) -> frozenset[ComplaintActionKind]:
    """The action kinds the UI may offer on ``ticket`` now (payloads are checked on submit)."""
    return frozenset(k for k in _K if action_blocker(ticket, k, now) is None)


def _reopened(ticket: ComplaintFacts, now: datetime) -> ComplaintFacts:
    # The old resolution and callback belong to the closed cycle (kept in the audit log);
    # the new cycle needs its own. The finding and sanction decision stand until revised.
    return replace(
        ticket,
        status=_S.REOPENED,
        reopened_at=now,
        reopen_count=ticket.reopen_count + 1,
        resolution=None,
        resolved_at=None,
        callback_done_at=None,
        closed_at=None,
    )


def _log_callback(ticket: ComplaintFacts, action: ComplaintAction, now: datetime) -> ComplaintFacts:
    outcome = action.callback_outcome
    assert outcome is not None  # checked by _payload_problem
    call = CallbackFacts(now, outcome, action.note.strip(), ticket.reopen_count)
    logged = replace(ticket, callbacks=(*ticket.callbacks, call))
    if outcome is CallbackOutcome.REACHED_UNSATISFIED:
        return _reopened(logged, now)
    if logged.status is _S.RESOLVED and callback_verdict(logged).allows_closing:
        return replace(logged, status=_S.CALLBACK_DONE, callback_done_at=now)
    return logged


def apply_action(ticket: ComplaintFacts, action: ComplaintAction, now: datetime) -> ComplaintFacts:
    """The ticket after ``action`` at ``now``.

    Raises:
        ComplaintRuleError: the action is not allowed; its ``reason`` says why.
    """
    problem = check_action(ticket, action, now)
    if problem is not None:
        raise ComplaintRuleError(problem)
    match action.kind:  # exhaustive: mypy reports a missing return if a kind is added
        case _K.ACKNOWLEDGE:
            return replace(
                ticket, status=_S.ACKNOWLEDGED, acknowledged_at=ticket.acknowledged_at or now
            )
        case _K.START_INVESTIGATION:
            return replace(ticket, status=_S.INVESTIGATING)
        case _K.RESOLVE:
            return replace(
                ticket,
                status=_S.RESOLVED,
                resolution=(action.resolution or "").strip(),
                resolved_at=now,
                substantiated=action.substantiated,
            )
        case _K.LOG_CALLBACK:
            return _log_callback(ticket, action, now)
        case _K.RECORD_SANCTION_DECISION:
            return replace(ticket, sanction_decided=True)
        case _K.ESCALATE:
            return replace(ticket, escalated_at=now)
        case _K.CLOSE:
            return replace(ticket, status=_S.CLOSED, closed_at=now)
        case _K.REOPEN:
            return _reopened(ticket, now)
        case _K.ADD_NOTE:
            # The note is stored by the caller; the facts the rules read do not change.
            return ticket


def next_status(
    ticket: ComplaintFacts, action: ComplaintAction, now: datetime
) -> ComplaintStatus | Reason:
    """The status ``action`` would lead to, or why it is not allowed."""
    problem = check_action(ticket, action, now)
    if problem is not None:
        return problem
    return apply_action(ticket, action, now).status
