"""What every training service shares: loading rows at a version, writing them with their
change-log entry, and reading courses, sessions and assessments as the rules see them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models import tables as t
from app.rules.reasons import Reason
from app.rules.training import (
    CourseSpec,
    Scores,
    SessionFacts,
    SessionState,
    Sheet,
    SheetState,
    TrainingRuleError,
    course_from_parts,
)
from app.server.changes import record_change
from app.server.errors import ApiError, not_found
from app.server.projections import ENTITY_OF, project
from app.server.services.complaints_store import reason_wire

Row = TypeVar("Row", bound=t.Base)
SEATED, WAITING, WITHDRAWN = "enrolled", "waiting", "withdrawn"
LIVE_STATES = (SessionState.SCHEDULED.value, SessionState.IN_PROGRESS.value)


def load_at(session: Session, cls: type[Row], row_id: int, expected_version: int | None) -> Row:
    """The row, locked for this transaction; with ``expected_version``, only at that version
    (412 with the current row otherwise, as If-Match asks)."""
    row = session.get(cls, row_id, with_for_update=True)
    entity = ENTITY_OF[cls]
    if row is None:
        raise not_found(entity, row_id)
    version = getattr(row, "version", None)
    if expected_version is not None and version != expected_version:
        raise ApiError(
            412,
            "stale_version",
            "记录已被他人修改，请查看最新状态后重试。",
            "The record was changed by someone else; review its current state and retry.",
            details={"current": project(entity, row)},
        )
    return row


def written(session: Session, obj: t.Base, now: datetime) -> None:
    """Store an updated row with a new version and send it down the change feed."""
    obj.updated_at = now  # type: ignore[attr-defined]
    flag_modified(obj, "updated_at")
    session.flush()
    record_change(session, obj, now)


def added(session: Session, obj: t.Base, now: datetime) -> None:
    obj.updated_at = now  # type: ignore[attr-defined]
    session.add(obj)
    session.flush()
    record_change(session, obj, now)


def rule_error(err: TrainingRuleError, status: int = 409) -> ApiError:
    return ApiError.from_reason(status, err.reason, details={"reasons": [reason_wire(err.reason)]})


def reasons_wire(reasons: Sequence[Reason]) -> list[dict[str, str]]:
    return [reason_wire(r) for r in reasons]


def course_spec(row: t.TrainingCourse) -> CourseSpec:
    try:
        return course_from_parts(
            row.code, row.category, row.name, row.modules, row.rubric,
            theory_pass=row.theory_pass, practical_pass=row.practical_pass,
            absences_allowed=row.absences_allowed, validity_days=row.validity_days,
        )  # fmt: skip
    except TrainingRuleError as err:  # a course saved before rubrics existed
        raise rule_error(err, 409) from err


def course_by_code(session: Session, code: str) -> t.TrainingCourse | None:
    return session.scalar(select(t.TrainingCourse).where(t.TrainingCourse.code == code))


def enrolments(session: Session, session_id: int) -> list[t.TrainingEnrolment]:
    e = t.TrainingEnrolment
    rows = session.scalars(
        select(e).where(e.session_id == session_id, e.status != WITHDRAWN).order_by(e.id)
    )
    return list(rows)


def session_facts(
    row: t.TrainingSession, course_code: str, rows: Sequence[t.TrainingEnrolment]
) -> SessionFacts:
    seated = tuple(r.provider_id for r in rows if r.status == SEATED)
    waiting = sorted(
        (r for r in rows if r.status == WAITING), key=lambda r: r.waiting_position or 0
    )
    return SessionFacts(
        row.id, course_code, SessionState(row.state), row.starts_at,
        row.ends_at or row.starts_at, row.capacity, seated,
        tuple(r.provider_id for r in waiting),
    )  # fmt: skip


def provider_live_sessions(
    session: Session, provider_id: int, exclude: int | None = None
) -> list[SessionFacts]:
    """The provider's scheduled or running sessions (for the no-two-at-once rule)."""
    e, s = t.TrainingEnrolment, t.TrainingSession
    rows = session.execute(
        select(s)
        .join(e, e.session_id == s.id)
        .where(e.provider_id == provider_id, e.status != WITHDRAWN, s.state.in_(LIVE_STATES))
    ).scalars()
    return [
        SessionFacts(
            r.id, "", SessionState(r.state), r.starts_at, r.ends_at or r.starts_at, r.capacity
        )
        for r in rows
        if r.id != exclude
    ]


def sheet_of(row: t.Assessment, course_code: str) -> Sheet:
    scores = Scores(row.theory_score, dict(row.scores), row.absences)
    state = SheetState(row.state)
    return Sheet(course_code, scores, state, str(row.signed_by or ""), row.signed_at)


def scores_wire(scores: Scores) -> dict[str, Any]:
    return {"theory": scores.theory, "practical": dict(scores.practical),
            "absences": scores.absences}  # fmt: skip
