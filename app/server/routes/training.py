"""Training (培训与考核): courses and rubrics, sessions, enrolment, attendance, assessments
(draft, sign-off, amendment), a provider's training record and the trainers' queues.

The collections themselves (GET /training-courses, /training-sessions, /assessments) are
``routes.entities``; the desktop reads them from the change feed.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.rules.access import RUBRIC_EDITORS, TRAINING_READERS, TRAINING_WRITERS
from app.schemas.training import (
    Amend,
    AssessmentView,
    Attendance,
    CourseRecord,
    CourseUpdate,
    DraftScores,
    Empty,
    Enrol,
    QueuePage,
    SessionCancel,
    SessionCreate,
    SessionReschedule,
    SessionSignOff,
    SessionView,
    SignedSheets,
    TrainingRecord,
)
from app.server import clock
from app.server.deps import CurrentSession, DbDep
from app.server.guards import RoleCheck
from app.server.routes.commands import Command, command, parse_if_match
from app.server.routes.params import PathId
from app.server.services import training_assessments as assess
from app.server.services import training_courses as courses
from app.server.services import training_read as read
from app.server.services import training_sessions as sessions
from app.server.services.training_signoff import save_draft_as_seen, sign_off_session

router = APIRouter(tags=["training"])

Reader = Annotated[CurrentSession, Depends(RoleCheck(TRAINING_READERS))]
Write = Annotated[Command, Depends(command(TRAINING_WRITERS))]
EditRubric = Annotated[Command, Depends(command(RUBRIC_EDITORS))]
S = "/training-sessions/{session_id}"


@router.post("/training-courses/{course_id}/rubric", response_model=CourseRecord)
def update_rubric(course_id: PathId, body: CourseUpdate, cmd: EditRubric) -> JSONResponse:
    """The rubric, pass marks, absences allowed and certificate validity (If-Match)."""
    return cmd.run_versioned(
        body,
        lambda s, now, v: courses.update_course(
            s, cmd.actor, now, course_id, v,
            rubric=[c.model_dump() for c in body.rubric], theory_pass=body.theory_pass,
            practical_pass=body.practical_pass, absences_allowed=body.absences_allowed,
            validity_days=body.validity_days,
        ),
    )  # fmt: skip


@router.post("/training-sessions", response_model=SessionView, status_code=201)
def create_session(body: SessionCreate, cmd: Write) -> JSONResponse:
    """Schedule a session; the trainer defaults to the caller."""
    return cmd.run(
        body,
        lambda s, now: sessions.create_session(
            s, cmd.actor, now, course_id=body.course_id, starts_at=body.starts_at,
            ends_at=body.ends_at, location=body.location, district=body.district,
            capacity=body.capacity, trainer_id=body.trainer_id, is_retraining=body.is_retraining,
        ),
        201,
    )  # fmt: skip


@router.post(S + "/reschedule", response_model=SessionView)
def reschedule(session_id: PathId, body: SessionReschedule, cmd: Write) -> JSONResponse:
    """New times, capacity or venue; a smaller capacity moves the last seated to waiting."""
    return cmd.run_versioned(
        body,
        lambda s, now, v: sessions.reschedule_session(
            s, cmd.actor, now, session_id, v, starts_at=body.starts_at, ends_at=body.ends_at,
            capacity=body.capacity, location=body.location,
        ),
    )  # fmt: skip


@router.post(S + "/start", response_model=SessionView)
def start(session_id: PathId, body: Empty, cmd: Write) -> JSONResponse:
    return cmd.run_versioned(
        body, lambda s, now, v: sessions.start_session(s, cmd.actor, now, session_id, v)
    )


@router.post(S + "/complete", response_model=SessionView)
def complete(session_id: PathId, body: Empty, cmd: Write) -> JSONResponse:
    return cmd.run_versioned(
        body, lambda s, now, v: sessions.complete_session(s, cmd.actor, now, session_id, v)
    )


@router.post(S + "/cancel", response_model=SessionView)
def cancel(session_id: PathId, body: SessionCancel, cmd: Write) -> JSONResponse:
    return cmd.run_versioned(
        body,
        lambda s, now, v: sessions.cancel_session(s, cmd.actor, now, session_id, v, body.reason),
    )


@router.post(S + "/enrol", response_model=SessionView)
def enrol(session_id: PathId, body: Enrol, cmd: Write) -> JSONResponse:
    """Seat the provider, or put them on the waiting list when full. No If-Match: enrolments
    from many desks must all land (the session's row lock serialises them)."""
    return cmd.run(
        body,
        lambda s, now: sessions.enrol_provider(s, cmd.actor, now, session_id, body.provider_id),
    )


@router.post(S + "/withdraw", response_model=SessionView)
def withdraw(session_id: PathId, body: Enrol, cmd: Write) -> JSONResponse:
    """Take the provider off (If-Match: the session); the first waiting takes the seat."""
    return cmd.run_versioned(
        body,
        lambda s, now, v: sessions.withdraw_provider(
            s, cmd.actor, now, session_id, v, body.provider_id
        ),
    )


@router.post(S + "/attendance", response_model=SessionView)
def attendance(session_id: PathId, body: Attendance, cmd: Write) -> JSONResponse:
    """The whole seated roster in one call (If-Match: the session)."""
    return cmd.run_versioned(
        body,
        lambda s, now, v: sessions.record_attendance(
            s, cmd.actor, now, session_id, v, body.present
        ),
    )


@router.post(S + "/assessments/{provider_id}/draft", response_model=AssessmentView)
def save_draft(
    session_id: PathId, provider_id: PathId, body: DraftScores, cmd: Write
) -> JSONResponse:
    """Create the draft (no If-Match) or update it (If-Match: the assessment's version), or
    with ``base``: the scores the desk showed, whatever the version (412 if they differ)."""
    if body.base is not None:
        base = body.base.model_dump()
        return cmd.run(
            body,
            lambda s, now: save_draft_as_seen(
                s, cmd.actor, now, session_id=session_id, provider_id=provider_id, base=base,
                theory=body.theory, practical=body.practical, absences=body.absences,
            ),
        )  # fmt: skip
    expected = None if cmd.if_match is None else parse_if_match(cmd.if_match)
    return cmd.run(
        body,
        lambda s, now: assess.save_assessment_draft(
            s, cmd.actor, now, session_id=session_id, provider_id=provider_id,
            expected_version=expected, theory=body.theory, practical=body.practical,
            absences=body.absences,
        ),
    )  # fmt: skip


@router.post(S + "/sign-off", response_model=SignedSheets)
def sign_off(session_id: PathId, body: SessionSignOff, cmd: Write) -> JSONResponse:
    """Sign off the session's drafts as the trainer saw them, all or none: a draft that
    holds other scores answers 412 with the current assessment."""
    sheets = [x.model_dump() for x in body.sheets]
    return cmd.run(
        body, lambda s, now: {"data": sign_off_session(s, cmd.actor, now, session_id, sheets)}
    )


@router.post("/assessments/{assessment_id}/amend", response_model=AssessmentView)
def amend(assessment_id: PathId, body: Amend, cmd: Write) -> JSONResponse:
    """Correct a signed assessment with a reason (If-Match); both versions stay on record."""
    return cmd.run_versioned(
        body,
        lambda s, now, v: assess.amend_assessment(
            s, cmd.actor, now, assessment_id, v, theory=body.theory, practical=body.practical,
            absences=body.absences, reason=body.reason,
        ),
    )  # fmt: skip


@router.get("/providers/{provider_id}/training", response_model=TrainingRecord)
def provider_training(provider_id: PathId, _: Reader, db: DbDep) -> dict[str, Any]:
    """Every course, session, attendance, score, amendment and certificate of the provider."""
    with db.read() as s:
        return read.provider_record(s, provider_id, clock.now())


@router.get("/training/retraining", response_model=QueuePage)
def retraining(_: Reader, db: DbDep) -> dict[str, Any]:
    """Providers on a retraining hold, their session (or none yet) and failed attempts."""
    with db.read() as s:
        return {"data": read.retraining_queue(s, clock.now())}


@router.get("/training/recertification", response_model=QueuePage)
def recertification(_: Reader, db: DbDep) -> dict[str, Any]:
    """Training certificates due within 60 days or lapsed, soonest first."""
    with db.read() as s:
        return {"data": read.recertification_list(s, clock.now())}
