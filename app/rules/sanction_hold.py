"""What a sanction does to dispatch (派单资格), how it lifts, and how appeals are decided.

A sanction blocks dispatch the moment it is on record, whatever its ``decided_at``: dispatch
must never race a decision. A warning never blocks. Retraining blocks until a retraining
assessment is passed after the decision; a suspension until its end date; a
disqualification for good. A pending appeal does not pause a sanction; an overturned one
removes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from app.models.enums import AppealStatus, SanctionLevel, SanctionStatus
from app.rules.beijing import wall_clock
from app.rules.complaint_facts import Id
from app.rules.reasons import Reason
from app.rules.sanction_facts import (
    LEVEL_RANK,
    AppealFacts,
    AssessmentFacts,
    SanctionFacts,
    SanctionRuleError,
)


def lifts_retraining(sanction: SanctionFacts, assessment: AssessmentFacts, now: datetime) -> bool:
    """Does ``assessment`` lift the retraining hold of ``sanction`` by ``now``?

    Only a passed retraining assessment taken after the decision counts (an earlier pass
    proves nothing about the conduct that was sanctioned), and only for the named course
    when the sanction names one. One dated after ``now`` does not count yet.
    """
    return (
        assessment.passed
        and assessment.is_retraining
        and sanction.decided_at < assessment.at <= now
        and (sanction.retraining_course in (None, assessment.course_code))
    )


def sanction_status(
    sanction: SanctionFacts, assessments: Sequence[AssessmentFacts], now: datetime
) -> SanctionStatus:
    """The effective status of ``sanction`` at ``now``."""
    overturned = sanction.appeal is not None and sanction.appeal.status is AppealStatus.OVERTURNED
    if overturned or sanction.status is SanctionStatus.OVERTURNED:
        return SanctionStatus.OVERTURNED
    if sanction.status is SanctionStatus.LIFTED:
        return SanctionStatus.LIFTED
    if sanction.level is SanctionLevel.RETRAINING and any(
        lifts_retraining(sanction, a, now) for a in assessments
    ):
        return SanctionStatus.LIFTED
    if (
        sanction.level is SanctionLevel.SUSPENSION
        and sanction.ends_at is not None
        and now >= sanction.ends_at
    ):
        return SanctionStatus.LIFTED
    return SanctionStatus.ACTIVE


def is_blocking(
    sanction: SanctionFacts, assessments: Sequence[AssessmentFacts], now: datetime
) -> bool:
    """Does ``sanction`` keep its provider off dispatch at ``now``?

    A suspension recorded without an end date blocks until someone lifts it: an open-ended
    hold is the safe reading of a missing date.
    """
    return (
        sanction.level is not SanctionLevel.WARNING
        and sanction_status(sanction, assessments, now) is SanctionStatus.ACTIVE
    )


def dispatch_hold(
    sanctions: Sequence[SanctionFacts], assessments: Sequence[AssessmentFacts], now: datetime
) -> SanctionLevel | None:
    """The most severe sanction keeping the provider off dispatch at ``now``; None: no hold.

    Pass one provider's sanctions and assessments. Never returns ``WARNING``.
    """
    blocking = [s.level for s in sanctions if is_blocking(s, assessments, now)]
    return max(blocking, key=LEVEL_RANK.__getitem__, default=None)


def hold_reasons(
    sanctions: Sequence[SanctionFacts], assessments: Sequence[AssessmentFacts], now: datetime
) -> list[Reason]:
    """Why the provider may not be dispatched, one reason per blocking sanction, worst first."""
    blocking = sorted(
        (s for s in sanctions if is_blocking(s, assessments, now)),
        key=lambda s: -LEVEL_RANK[s.level],
    )
    return [_hold_reason(s) for s in blocking]


def _hold_reason(sanction: SanctionFacts) -> Reason:
    if sanction.level is SanctionLevel.DISQUALIFICATION:
        return Reason(
            "sanction.hold_disqualified",
            "该服务人员已被清退，不能派单。",
            "The provider has been disqualified and cannot be dispatched.",
        )
    if sanction.level is SanctionLevel.SUSPENSION:
        if sanction.ends_at is None:
            return Reason(
                "sanction.hold_suspended",
                "该服务人员暂停接单中（未设结束日期），不能派单。",
                "The provider is suspended (no end date set) and cannot be dispatched.",
            )
        until = wall_clock(sanction.ends_at)
        return Reason(
            "sanction.hold_suspended",
            f"该服务人员暂停接单至 {until}，在此之前不能派单。",
            f"The provider is suspended until {until} and cannot be dispatched before then.",
        )
    course = sanction.retraining_course
    return Reason(
        "sanction.hold_retraining",
        "该服务人员停单培训中，通过复训考核"
        + (f"（{course}）" if course else "")
        + "后才能重新派单。",
        "The provider is on a retraining hold and can be dispatched again after passing a "
        + (f"retraining assessment for {course}." if course else "retraining assessment."),
    )


def file_appeal(sanction: SanctionFacts, statement: str, now: datetime) -> SanctionFacts:
    """The sanction with a pending appeal filed at ``now``.

    Raises:
        SanctionRuleError: an appeal already exists, the statement is empty, or ``now``
            is before the decision.
    """
    if sanction.appeal is not None:
        raise SanctionRuleError(
            Reason(
                "sanction.appeal_exists",
                "该处罚已有申诉记录，每项处罚只能申诉一次。",
                "This sanction has already been appealed; a sanction can be appealed once.",
            )
        )
    if not statement.strip():
        raise SanctionRuleError(
            Reason(
                "sanction.appeal_statement_required",
                "请写明申诉理由。",
                "Write down the grounds of the appeal.",
            )
        )
    if now < sanction.decided_at:
        raise SanctionRuleError(_before_decision())
    return replace(sanction, appeal=AppealFacts(filed_at=now, statement=statement.strip()))


def decide_appeal(
    sanction: SanctionFacts,
    outcome: AppealStatus,
    decided_by: Id,
    note: str,
    now: datetime,
) -> SanctionFacts:
    """The sanction with its pending appeal decided: ``UPHELD`` or ``OVERTURNED``.

    An overturned appeal overturns the sanction, which stops blocking at once.

    Raises:
        SanctionRuleError: no pending appeal, ``outcome`` is ``PENDING``, the decider or the
            note is missing, or ``now`` is before the appeal was filed.
    """
    appeal = sanction.appeal
    if appeal is None or appeal.status is not AppealStatus.PENDING:
        raise SanctionRuleError(
            Reason(
                "sanction.no_pending_appeal",
                "该处罚没有待处理的申诉。",
                "This sanction has no pending appeal.",
            )
        )
    if outcome is AppealStatus.PENDING:
        raise SanctionRuleError(
            Reason(
                "sanction.appeal_outcome_required",
                "请选择申诉结果：维持原处罚或撤销处罚。",
                "Choose the appeal outcome: uphold or overturn the sanction.",
            )
        )
    if not str(decided_by).strip() or not note.strip():
        raise SanctionRuleError(
            Reason(
                "sanction.appeal_decision_incomplete",
                "申诉决定须记录决定人并写明理由。",
                "An appeal decision must record who decided it and why.",
            )
        )
    if now < appeal.filed_at:
        raise SanctionRuleError(_before_decision())
    decided = replace(
        appeal, status=outcome, decided_at=now, decided_by=decided_by, decision_note=note.strip()
    )
    status = SanctionStatus.OVERTURNED if outcome is AppealStatus.OVERTURNED else sanction.status
    return replace(sanction, appeal=decided, status=status)


def _before_decision() -> Reason:
    return Reason(
        "sanction.time_before_record",
        "操作时间早于已记录的处罚或申诉时间，请检查系统时钟。",
        "The action is dated before the sanction or appeal it refers to; check the system clock.",
    )
