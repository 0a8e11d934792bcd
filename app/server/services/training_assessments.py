"""Assessment commands: save a draft, sign off many at once, amend a signed one with a reason.

The scores, the result and the lock are ``app.rules.training.assessments``. What this module
records is what the other rules read: ``passed`` (signed and every condition met),
``assessed_at`` (the sign-off) and ``is_retraining`` for the sanction hold, ``valid_until``
for dispatch. A passed retraining assessment also lifts the provider's retraining hold on
record, so every desk sees the provider dispatchable again through the feed; failing it
twice escalates to a supervisor.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import SanctionLevel, SanctionStatus
from app.rules.training import (
    CourseSpec,
    Scores,
    SessionState,
    Sheet,
    TrainingRuleError,
    amend,
    escalation,
    practical_total,
    result_reasons,
    save_draft,
    sign_off,
    valid_until,
)
from app.server.errors import ApiError, not_found
from app.server.projections import project
from app.server.services.context import Actor, audit
from app.server.services.training_common import (
    SEATED,
    added,
    course_spec,
    load_at,
    reasons_wire,
    rule_error,
    scores_wire,
    sheet_of,
    written,
)


def assessment_view(course: CourseSpec, row: t.Assessment) -> dict[str, Any]:
    """The row plus the live result: what would fail it now, and the practical total."""
    scores = Scores(row.theory_score, dict(row.scores), row.absences)
    return {
        **project("assessment", row),
        "course_code": course.code,
        "practical_total": practical_total(course, scores.practical),
        "reasons": reasons_wire(result_reasons(course, scores)),
    }


def _write_scores(row: t.Assessment, course: CourseSpec, sheet: Sheet) -> None:
    row.theory_score = sheet.scores.theory
    row.scores = dict(sheet.scores.practical)
    row.absences = sheet.scores.absences
    row.practical_score = round(practical_total(course, sheet.scores.practical))
    row.state = sheet.state.value
    reasons = result_reasons(course, sheet.scores)
    row.fail_reasons = reasons_wire(reasons)
    row.passed = sheet.state.value == "signed" and not reasons
    basis = row.signed_at or row.assessed_at
    row.valid_until = valid_until(course, basis) if row.passed else None


def save_assessment_draft(
    session: Session,
    actor: Actor,
    now: datetime,
    *,
    session_id: int,
    provider_id: int,
    expected_version: int | None,
    theory: int | None,
    practical: Mapping[str, int | None],
    absences: int | None = None,
) -> dict[str, Any]:
    """Create (``expected_version`` None) or update the draft of a seated provider.

    ``absences`` None: taken from the session's attendance (absent counts one).
    """
    ts = load_at(session, t.TrainingSession, session_id, None)
    if ts.state not in (SessionState.IN_PROGRESS.value, SessionState.COMPLETED.value):
        raise ApiError(409, "training.assessment_not_started", "场次开始后才能评分",
                       "Scores are entered once the session has started")  # fmt: skip
    course_row = session.get(t.TrainingCourse, ts.course_id)
    assert course_row is not None
    course = course_spec(course_row)
    seat = session.scalar(
        select(t.TrainingEnrolment).where(
            t.TrainingEnrolment.session_id == ts.id,
            t.TrainingEnrolment.provider_id == provider_id,
            t.TrainingEnrolment.status == SEATED,
        )
    )
    if seat is None:
        raise ApiError(409, "training.not_enrolled", "该服务人员未在本场次就座",
                       "The provider is not enrolled in this session")  # fmt: skip
    if absences is None:
        absences = 1 if seat.attended is False else 0
    existing = session.scalar(
        select(t.Assessment).where(
            t.Assessment.session_id == ts.id, t.Assessment.provider_id == provider_id
        )
    )
    if existing is not None and expected_version is None:
        raise ApiError(428, "precondition_required", "请附上考核记录的版本号",
                       "Send the assessment's version (If-Match)",
                       details={"current": project("assessment", existing)})  # fmt: skip
    if existing is not None:
        row = load_at(session, t.Assessment, existing.id, expected_version)
        sheet = sheet_of(row, course.code)
    else:
        row = t.Assessment(
            provider_id=provider_id, course_id=course_row.id, session_id=ts.id,
            is_retraining=ts.is_retraining, assessed_at=now, state="draft", passed=False,
        )  # fmt: skip
        sheet = Sheet(course.code)
    try:
        sheet = save_draft(course, sheet, Scores(theory, dict(practical), absences))
    except TrainingRuleError as err:
        raise rule_error(err, 422 if "locked" not in err.reason.code else 409) from err
    _write_scores(row, course, sheet)
    row.assessed_at = now
    if existing is None:
        added(session, row, now)
    else:
        written(session, row, now)
    audit(session, actor, now, "training.assessment_draft", "assessment", row.id,
          {"session_id": ts.id, "provider_id": provider_id})  # fmt: skip
    return assessment_view(course, row)


def sign_off_assessments(
    session: Session, actor: Actor, now: datetime, items: Sequence[tuple[int, int]]
) -> list[dict[str, Any]]:
    """Sign off many drafts at once: ``items`` are (assessment id, version). All or none:
    one stale or incomplete sheet refuses the lot, naming it."""
    if not items:
        raise ApiError(422, "training.nothing_to_sign", "没有要签署的考核",
                       "No assessments to sign off")  # fmt: skip
    out = []
    signer = actor.user_id or actor.username
    for assessment_id, version in items:
        row = load_at(session, t.Assessment, assessment_id, version)
        course = _course_of(session, row)
        try:
            sheet = sign_off(course, sheet_of(row, course.code), str(signer), now)
        except TrainingRuleError as err:
            raise ApiError.from_reason(
                409, err.reason, details={"assessment_id": row.id,
                                          "reasons": reasons_wire([err.reason])},
            ) from err  # fmt: skip
        row.signed_by, row.signed_at, row.assessed_at = actor.user_id, now, now
        _write_scores(row, course, sheet)
        written(session, row, now)
        audit(session, actor, now, "training.assessment_sign_off", "assessment", row.id,
              {"passed": row.passed, "reasons": [r["code"] for r in row.fail_reasons]})  # fmt: skip
        _after_result(session, actor, now, row)
        out.append(assessment_view(course, row))
    return out


def amend_assessment(
    session: Session,
    actor: Actor,
    now: datetime,
    assessment_id: int,
    expected_version: int,
    *,
    theory: int | None,
    practical: Mapping[str, int | None],
    absences: int,
    reason: str,
) -> dict[str, Any]:
    """Correct a signed assessment; the scores before and after stay on record with the
    reason (an append-only amendment row)."""
    row = load_at(session, t.Assessment, assessment_id, expected_version)
    course = _course_of(session, row)
    before = sheet_of(row, course.code)
    signer = str(actor.user_id or actor.username)
    try:
        after = amend(course, before, Scores(theory, dict(practical), absences), reason, signer,
                      now)  # fmt: skip
    except TrainingRuleError as err:
        raise rule_error(err, 422 if "reason" in err.reason.code else 409) from err
    was_passed = row.passed
    _write_scores(row, course, after)
    written(session, row, now)
    record = after.amendments[-1]
    added(session, t.AssessmentAmendment(
        assessment_id=row.id, at=now, by=actor.user_id, reason=record.reason,
        before=scores_wire(record.before), after=scores_wire(record.after),
    ), now)  # fmt: skip
    audit(session, actor, now, "training.assessment_amend", "assessment", row.id,
          {"reason": record.reason, "passed_before": was_passed, "passed": row.passed})  # fmt: skip
    if row.passed != was_passed:
        _after_result(session, actor, now, row)
    return assessment_view(course, row)


def _course_of(session: Session, row: t.Assessment) -> CourseSpec:
    course_row = session.get(t.TrainingCourse, row.course_id)
    if course_row is None:
        raise not_found("training_course", row.course_id)
    return course_spec(course_row)


def open_retraining_holds(session: Session, provider_id: int) -> list[t.Sanction]:
    s = t.Sanction
    return list(
        session.scalars(
            select(s)
            .where(
                s.provider_id == provider_id,
                s.level == SanctionLevel.RETRAINING.value,
                s.status == SanctionStatus.ACTIVE.value,
            )
            .order_by(s.decided_at)
        )
    )


def failed_retraining_since(session: Session, provider_id: int, since: datetime) -> int:
    a = t.Assessment
    rows = session.scalars(
        select(a.id).where(
            a.provider_id == provider_id, a.is_retraining.is_(True), a.state == "signed",
            a.passed.is_(False), a.assessed_at > since,
        )
    )  # fmt: skip
    return len(list(rows))


def _after_result(session: Session, actor: Actor, now: datetime, row: t.Assessment) -> None:
    """A signed retraining result's effect on the provider's retraining hold."""
    if not row.is_retraining:
        return
    holds = [h for h in open_retraining_holds(session, row.provider_id) if h.decided_at < now]
    for hold in holds:
        if row.passed:
            # The rule (lifts_retraining) already reads the passed assessment; the row says
            # so too, so the sanction's own feed event reaches every dispatcher's desk.
            hold.status = SanctionStatus.LIFTED.value
            hold.lifted_at = now
            written(session, hold, now)
            audit(session, actor, now, "sanction.lift", "sanction", hold.id,
                  {"why": "retraining_passed", "assessment_id": row.id})  # fmt: skip
            continue
        reason = escalation(failed_retraining_since(session, row.provider_id, hold.decided_at))
        if reason is not None:
            audit(session, actor, now, "training.retraining_escalated", "sanction", hold.id,
                  {"provider_id": row.provider_id, "reason": reason.code,
                   "message": reason.zh})  # fmt: skip
