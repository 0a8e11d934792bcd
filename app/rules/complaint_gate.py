"""The closing gate (有记录、有处理、有反馈): what a ticket still lacks before it may close."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from app.models.enums import CallbackOutcome, ComplaintStatus
from app.rules.complaint_facts import STATUS_NAMES, CallbackFacts, ComplaintFacts
from app.rules.reasons import Reason
from app.rules.sla import (
    CALLBACK_ATTEMPT_GAP,
    UNREACHABLE_ATTEMPTS_REQUIRED,
    duration_en,
    duration_zh,
)


class CallbackVerdict(StrEnum):
    """What the current cycle's callbacks amount to."""

    NONE = "none"  # nobody has called the customer back yet
    TRYING = "trying"  # unreachable so far, not yet enough documented attempts
    SATISFIED = "satisfied"  # reached, satisfied with the resolution
    UNSATISFIED = "unsatisfied"  # reached, not satisfied: the ticket must be reopened
    UNREACHABLE = "unreachable"  # enough documented attempts at different times

    @property
    def allows_closing(self) -> bool:
        return self in (CallbackVerdict.SATISFIED, CallbackVerdict.UNREACHABLE)


def counted_unreachable_attempts(callbacks: Iterable[CallbackFacts]) -> tuple[CallbackFacts, ...]:
    """The largest set of documented unreachable attempts pairwise ``CALLBACK_ATTEMPT_GAP`` apart.

    An attempt is documented when its note says what was tried. Taking the earliest attempt,
    then the earliest one a full gap later, and so on, finds the largest such set.
    """
    documented = sorted(
        (c for c in callbacks if c.outcome is CallbackOutcome.UNREACHABLE and c.note.strip()),
        key=lambda c: c.at,
    )
    counted: list[CallbackFacts] = []
    for attempt in documented:
        if not counted or attempt.at - counted[-1].at >= CALLBACK_ATTEMPT_GAP:
            counted.append(attempt)
    return tuple(counted)


def callback_verdict(ticket: ComplaintFacts) -> CallbackVerdict:
    """The callback outcome of the current cycle.

    An unsatisfied answer anywhere in the cycle wins: it reopens the ticket, so a cycle that
    still holds one (inconsistent facts) must not close.
    """
    cycle = ticket.cycle_callbacks
    outcomes = {c.outcome for c in cycle}
    if CallbackOutcome.REACHED_UNSATISFIED in outcomes:
        return CallbackVerdict.UNSATISFIED
    if CallbackOutcome.REACHED_SATISFIED in outcomes:
        return CallbackVerdict.SATISFIED
    if len(counted_unreachable_attempts(cycle)) >= UNREACHABLE_ATTEMPTS_REQUIRED:
        return CallbackVerdict.UNREACHABLE
    return CallbackVerdict.TRYING if cycle else CallbackVerdict.NONE


def _callback_reason(ticket: ComplaintFacts, verdict: CallbackVerdict) -> Reason | None:
    if verdict is CallbackVerdict.NONE:
        return Reason(
            "complaint.callback_missing",
            "尚未回访客户：关闭前须登记回访结果（联系上客户且客户满意，"
            f"或在不同时间 {UNREACHABLE_ATTEMPTS_REQUIRED} 次联系未果并逐次记录）。",
            "The customer has not been called back: before closing, log the callback outcome "
            "(the customer reached and satisfied, or "
            f"{UNREACHABLE_ATTEMPTS_REQUIRED} documented unreachable attempts at different times).",
        )
    if verdict is CallbackVerdict.TRYING:
        counted = len(counted_unreachable_attempts(ticket.cycle_callbacks))
        gap_zh, gap_en = duration_zh(CALLBACK_ATTEMPT_GAP), duration_en(CALLBACK_ATTEMPT_GAP)
        return Reason(
            "complaint.callback_attempts_insufficient",
            f"客户尚未联系上：目前有 {counted} 次有效的未接通记录，须至少 "
            f"{UNREACHABLE_ATTEMPTS_REQUIRED} 次，每次写明情况，且两两间隔不少于 {gap_zh}。",
            f"The customer has not been reached: {counted} valid unreachable attempt(s) so far; "
            f"at least {UNREACHABLE_ATTEMPTS_REQUIRED} are needed, each with a note and at "
            f"least {gap_en} apart.",
        )
    if verdict is CallbackVerdict.UNSATISFIED:
        return Reason(
            "complaint.callback_unsatisfied",
            "客户对处理结果不满意：工单须重新打开继续处理，不能关闭。",
            "The customer is not satisfied with the resolution: reopen the ticket instead "
            "of closing it.",
        )
    return None


def closing_blockers(ticket: ComplaintFacts) -> list[Reason]:
    """Everything that stops the ticket from closing now; empty means it may close.

    A ticket closes with a resolution record, a valid callback outcome and, when a provider
    is involved, a finding; when the finding holds against the provider, a sanction decision
    ("no sanction" counts, with its reason) must be on record too. Without the finding the
    sanction requirement could be dodged by leaving the question open, so it is required.
    """
    if ticket.status is ComplaintStatus.CLOSED:
        return [Reason("complaint.already_closed", "工单已关闭。", "The ticket is already closed.")]
    blockers: list[Reason] = []
    if ticket.resolved_at is None or not (ticket.resolution or "").strip():
        blockers.append(
            Reason(
                "complaint.resolution_missing",
                "尚未登记处理结果：关闭前须写明这起投诉是如何处理的。",
                "No resolution is recorded: write down how the complaint was handled "
                "before closing.",
            )
        )
    callback = _callback_reason(ticket, callback_verdict(ticket))
    if callback is not None:
        blockers.append(callback)
    if ticket.provider_id is not None and ticket.substantiated is None:
        blockers.append(
            Reason(
                "complaint.finding_missing",
                "尚未认定投诉是否属实：涉及服务人员的投诉须先登记认定结论。",
                "No finding is recorded: a complaint that involves a provider needs a finding "
                "on whether it is substantiated.",
            )
        )
    if ticket.against_provider and not ticket.sanction_decided:
        blockers.append(
            Reason(
                "complaint.sanction_decision_missing",
                "投诉经查属实，尚未登记对服务人员的处罚决定（可以决定不处罚，但须写明理由）。",
                "The complaint is substantiated against the provider but no sanction decision "
                "is recorded (deciding on no sanction is allowed, with a reason).",
            )
        )
    if not blockers and ticket.status is not ComplaintStatus.CALLBACK_DONE:
        zh, en = STATUS_NAMES[ticket.status]
        blockers.append(
            Reason(
                "complaint.not_ready_to_close",
                f"工单当前为“{zh}”，须在回访完成后才能关闭。",
                f'The ticket\'s status is "{en}"; it can be closed only once the callback is done.',
            )
        )
    return blockers
