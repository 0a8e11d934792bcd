"""Training session commands: create, reschedule, start, complete, cancel, enrol, withdraw,
and the roster's attendance in one call. One transaction each, audited, in the feed.

The session rules (states, seats, waiting list, no two sessions at once) are
``app.rules.training.sessions``; this module writes what they decide.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.rules.reasons import Reason
from app.rules.training import (
    SessionFacts,
    SessionState,
    TrainingRuleError,
    check_times,
    enrol,
    move,
    reschedule,
    withdraw,
)
from app.rules.training.errors import problem
from app.server.errors import ApiError, not_found
from app.server.projections import project
from app.server.services.context import Actor, audit
from app.server.services.training_common import (
    SEATED,
    WAITING,
    WITHDRAWN,
    added,
    enrolments,
    load_at,
    provider_live_sessions,
    reasons_wire,
    rule_error,
    session_facts,
    written,
)


def session_view(session: Session, row: t.TrainingSession) -> dict[str, Any]:
    """A session with its roster: seated in enrolment order, then the waiting list."""
    course = session.get(t.TrainingCourse, row.course_id)
    rows = enrolments(session, row.id)
    seated = [project("training_enrolment", r) for r in rows if r.status == SEATED]
    waiting = sorted(
        (project("training_enrolment", r) for r in rows if r.status == WAITING),
        key=lambda r: r["waiting_position"] or 0,
    )
    return {
        **project("training_session", row),
        "course_code": course.code if course else None,
        "enrolled": seated,
        "waiting": waiting,
        "free_seats": max(0, row.capacity - len(seated)),
    }


def create_session(
    session: Session,
    actor: Actor,
    now: datetime,
    *,
    course_id: int,
    starts_at: datetime,
    ends_at: datetime,
    location: str,
    district: str | None,
    capacity: int,
    trainer_id: int | None = None,
    is_retraining: bool = False,
) -> dict[str, Any]:
    """Schedule a session; the trainer defaults to the caller."""
    if session.get(t.TrainingCourse, course_id) is None:
        raise not_found("training_course", course_id)
    problems = check_times(starts_at, ends_at, capacity)
    if not location.strip():
        problems.append(_venue_missing())
    if problems:
        raise ApiError.from_reason(422, problems[0], details={"reasons": reasons_wire(problems)})
    row = t.TrainingSession(
        course_id=course_id, trainer_id=trainer_id or actor.user_id, starts_at=starts_at,
        ends_at=ends_at, location=location.strip(), district=district,
        state=SessionState.SCHEDULED.value, capacity=capacity, is_retraining=is_retraining,
    )  # fmt: skip
    added(session, row, now)
    audit(session, actor, now, "training.session_create", "training_session", row.id,
          {"course_id": course_id, "capacity": capacity})  # fmt: skip
    return session_view(session, row)


def _venue_missing() -> Reason:
    return problem("training.venue_required", "请填写培训地点", "Give the venue")


def _facts(session: Session, row: t.TrainingSession) -> SessionFacts:
    course = session.get(t.TrainingCourse, row.course_id)
    return session_facts(row, course.code if course else "", enrolments(session, row.id))


def _apply_roster(
    session: Session, now: datetime, row: t.TrainingSession, after: SessionFacts
) -> None:
    """Write the seated/waiting split ``after`` onto the enrolment rows that changed."""
    positions = {pid: i + 1 for i, pid in enumerate(after.waiting)}
    for e in enrolments(session, row.id):
        if e.provider_id in after.enrolled:
            status, pos = SEATED, None
        elif e.provider_id in positions:
            status, pos = WAITING, positions[e.provider_id]
        else:
            status, pos = WITHDRAWN, None
        if (e.status, e.waiting_position) != (status, pos):
            e.status, e.waiting_position = status, pos
            written(session, e, now)


def reschedule_session(
    session: Session,
    actor: Actor,
    now: datetime,
    session_id: int,
    expected_version: int,
    *,
    starts_at: datetime,
    ends_at: datetime,
    capacity: int,
    location: str | None = None,
) -> dict[str, Any]:
    """New times, capacity or venue; a smaller capacity sends the last seated to the waiting
    list, a larger one seats the first waiting."""
    row = load_at(session, t.TrainingSession, session_id, expected_version)
    try:
        after = reschedule(_facts(session, row), starts_at, ends_at, capacity)
    except TrainingRuleError as err:
        raise rule_error(err) from err
    row.starts_at, row.ends_at, row.capacity = starts_at, ends_at, capacity
    if location is not None and location.strip():
        row.location = location.strip()
    written(session, row, now)
    _apply_roster(session, now, row, after)
    audit(session, actor, now, "training.session_reschedule", "training_session", row.id,
          {"starts_at": starts_at.isoformat(), "capacity": capacity})  # fmt: skip
    return session_view(session, row)


def _move(
    session: Session, actor: Actor, now: datetime, session_id: int, expected_version: int,
    to: SessionState, detail: dict[str, Any] | None = None,
) -> t.TrainingSession:  # fmt: skip
    row = load_at(session, t.TrainingSession, session_id, expected_version)
    try:
        move(_facts(session, row), to)
    except TrainingRuleError as err:
        raise rule_error(err) from err
    row.state = to.value
    written(session, row, now)
    audit(session, actor, now, f"training.session_{to.value}", "training_session", row.id,
          detail or {})  # fmt: skip
    return row


def start_session(
    session: Session, actor: Actor, now: datetime, session_id: int, expected_version: int
) -> dict[str, Any]:
    return session_view(
        session, _move(session, actor, now, session_id, expected_version, SessionState.IN_PROGRESS)
    )


def complete_session(
    session: Session, actor: Actor, now: datetime, session_id: int, expected_version: int
) -> dict[str, Any]:
    return session_view(
        session, _move(session, actor, now, session_id, expected_version, SessionState.COMPLETED)
    )


def cancel_session(
    session: Session, actor: Actor, now: datetime, session_id: int, expected_version: int,
    reason: str,
) -> dict[str, Any]:  # fmt: skip
    """Cancel; the enrolments stay on record (the retraining list shows who needs a new one)."""
    if not reason.strip():
        raise ApiError(422, "training.cancel_reason_required", "取消场次须写明理由",
                       "Cancelling a session needs a reason")  # fmt: skip
    row = _move(session, actor, now, session_id, expected_version, SessionState.CANCELLED,
                {"reason": reason.strip()})  # fmt: skip
    return session_view(session, row)


def enrol_provider(
    session: Session,
    actor: Actor,
    now: datetime,
    session_id: int,
    provider_id: int,
    *,
    reason: str = "onboarding",
    sanction_id: int | None = None,
) -> dict[str, Any]:
    """Seat the provider, or put them on the waiting list when the session is full.

    No If-Match: enrolments from many desks at once must all land; the row lock on the
    session serialises them.
    """
    row = load_at(session, t.TrainingSession, session_id, None)
    if session.get(t.Provider, provider_id) is None:
        raise not_found("provider", provider_id)
    facts = _facts(session, row)
    try:
        after = enrol(facts, provider_id, provider_live_sessions(session, provider_id, row.id))
    except TrainingRuleError as err:
        raise rule_error(err) from err
    waiting = provider_id in after.waiting
    existing = session.scalar(
        select(t.TrainingEnrolment).where(
            t.TrainingEnrolment.session_id == row.id,
            t.TrainingEnrolment.provider_id == provider_id,
        )
    )
    target = existing or t.TrainingEnrolment(session_id=row.id, provider_id=provider_id)
    target.status = WAITING if waiting else SEATED
    target.waiting_position = len(after.waiting) if waiting else None
    target.attended = None
    target.reason = reason
    target.sanction_id = sanction_id
    target.enrolled_at = now
    if existing is None:
        added(session, target, now)
    else:
        written(session, target, now)
    written(session, row, now)  # the session's roster changed: desks re-read its seats
    audit(session, actor, now, "training.enrol", "training_session", row.id,
          {"provider_id": provider_id, "waiting": waiting, "reason": reason})  # fmt: skip
    return session_view(session, row)


def withdraw_provider(
    session: Session,
    actor: Actor,
    now: datetime,
    session_id: int,
    expected_version: int,
    provider_id: int,
) -> dict[str, Any]:
    """Take the provider off; the first on the waiting list takes a freed seat."""
    row = load_at(session, t.TrainingSession, session_id, expected_version)
    try:
        after = withdraw(_facts(session, row), provider_id)
    except TrainingRuleError as err:
        raise rule_error(err) from err
    _apply_roster(session, now, row, after)
    written(session, row, now)
    audit(session, actor, now, "training.withdraw", "training_session", row.id,
          {"provider_id": provider_id})  # fmt: skip
    return session_view(session, row)


def record_attendance(
    session: Session,
    actor: Actor,
    now: datetime,
    session_id: int,
    expected_version: int,
    present: Mapping[int, bool],
) -> dict[str, Any]:
    """The whole roster in one call: provider id -> present. Every seated provider must be in
    it (the desk sends everyone, present by default); nobody else may be."""
    row = load_at(session, t.TrainingSession, session_id, expected_version)
    if row.state not in (SessionState.IN_PROGRESS.value, SessionState.COMPLETED.value):
        raise ApiError(409, "training.attendance_not_started", "场次开始后才能登记考勤",
                       "Attendance is taken once the session has started")  # fmt: skip
    seated = {e.provider_id: e for e in enrolments(session, row.id) if e.status == SEATED}
    if set(present) != set(seated):
        raise ApiError(
            422, "training.roster_mismatch", "考勤名单须与已报名人员完全一致",
            "The attendance roster must list exactly the enrolled providers",
            details={"missing": sorted(set(seated) - set(present)),
                     "unknown": sorted(set(present) - set(seated))},
        )  # fmt: skip
    for pid, e in seated.items():
        if e.attended is not present[pid]:
            e.attended = present[pid]
            written(session, e, now)
    written(session, row, now)
    absent = sorted(pid for pid, ok in present.items() if not ok)
    audit(session, actor, now, "training.attendance", "training_session", row.id,
          {"present": len(present) - len(absent), "absent": absent})  # fmt: skip
    return session_view(session, row)
