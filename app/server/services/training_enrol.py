"""Automatic enrolment: a retraining sanction books the next suitable retraining session;
a training certificate due within 60 days books the next session of its course.

A provider with no suitable session stays on the retraining (or recertification) list with
no session, which is what the trainers' queue shows.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.rules.training import SessionState, clash
from app.server.services.context import Actor, audit
from app.server.services.training_common import (
    enrolments,
    provider_live_sessions,
    session_facts,
)
from app.server.services.training_read import recertification_list
from app.server.services.training_sessions import enrol_provider

RECERT_WINDOW = timedelta(days=60)


def _next_session(
    session: Session, provider_id: int, now: datetime, *, retraining: bool,
    course_id: int | None = None, before: datetime | None = None,
) -> t.TrainingSession | None:  # fmt: skip
    """The earliest scheduled session the provider can sit (no clash), preferring one with a
    free seat over a waiting list."""
    s = t.TrainingSession
    stmt = select(s).where(
        s.state == SessionState.SCHEDULED.value, s.starts_at > now,
        s.is_retraining.is_(retraining),
    ).order_by(s.starts_at, s.id)  # fmt: skip
    if course_id is not None:
        stmt = stmt.where(s.course_id == course_id)
    if before is not None:
        stmt = stmt.where(s.starts_at < before)
    mine = provider_live_sessions(session, provider_id)
    waiting_choice = None
    for row in session.scalars(stmt.limit(50)):
        facts = session_facts(row, "", enrolments(session, row.id))
        if provider_id in facts.enrolled + facts.waiting or clash(facts, mine) is not None:
            continue
        if len(facts.enrolled) < facts.capacity:
            return row
        waiting_choice = waiting_choice or row
    return waiting_choice


def enrol_for_retraining(
    session: Session, actor: Actor, now: datetime, sanction: t.Sanction
) -> t.TrainingSession | None:
    """Book the sanctioned provider on the next retraining session (called in the sanction's
    own transaction). None: no session yet; the retraining list shows them waiting."""
    row = _next_session(session, sanction.provider_id, now, retraining=True)
    if row is None:
        audit(session, actor, now, "training.retraining_unbooked", "sanction", sanction.id,
              {"provider_id": sanction.provider_id})  # fmt: skip
        return None
    enrol_provider(session, actor, now, row.id, sanction.provider_id, reason="retraining",
                   sanction_id=sanction.id)  # fmt: skip
    return row


def enrol_recertifications(session: Session, actor: Actor, now: datetime) -> int:
    """Book every provider whose certificate is due within 60 days (not lapsed, not booked)
    on the next session of the course before it lapses; returns how many were booked."""
    booked = 0
    for item in recertification_list(session, now):
        if item["session_id"] is not None or item["due"] == "lapsed":
            continue
        course = session.scalar(
            select(t.TrainingCourse).where(t.TrainingCourse.code == item["course_code"])
        )
        if course is None:
            continue
        until = datetime.fromisoformat(item["valid_until"])
        row = _next_session(session, item["provider_id"], now, retraining=False,
                            course_id=course.id, before=until)  # fmt: skip
        if row is None:
            continue
        enrol_provider(session, actor, now, row.id, item["provider_id"],
                       reason="recertification")  # fmt: skip
        booked += 1
    return booked
