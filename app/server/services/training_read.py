"""Training reads and the lists trainers work from: courses, a provider's training record,
the retraining queue and the recertification list."""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ComplaintCategory
from app.rules.training import (
    TrainingCertificate,
    escalation,
    latest,
    modules_for,
    recertification,
)
from app.server.errors import not_found
from app.server.projections import project
from app.server.services.complaints_store import reason_wire
from app.server.services.training_assessments import (
    assessment_view,
    failed_retraining_since,
    open_retraining_holds,
)
from app.server.services.training_common import LIVE_STATES, WITHDRAWN, course_spec


def list_courses(session: Session) -> list[dict[str, Any]]:
    rows = session.scalars(select(t.TrainingCourse).order_by(t.TrainingCourse.code))
    return [project("training_course", r) for r in rows]


def training_certificates(
    session: Session, provider_ids: list[int]
) -> dict[int, list[TrainingCertificate]]:
    """Every passed, signed assessment as a certificate, per provider (what dispatch reads)."""
    a, c = t.Assessment, t.TrainingCourse
    out: dict[int, list[TrainingCertificate]] = defaultdict(list)
    if not provider_ids:
        return out
    for pid, code, at, until in session.execute(
        select(a.provider_id, c.code, a.assessed_at, a.valid_until)
        .join(c, c.id == a.course_id)
        .where(a.provider_id.in_(provider_ids), a.passed.is_(True))
    ):
        out[pid].append(TrainingCertificate(code, at, until))
    return out


def provider_record(session: Session, provider_id: int, now: datetime) -> dict[str, Any]:
    """Every course, session, attendance, score, amendment and certificate of one provider."""
    provider = session.get(t.Provider, provider_id)
    if provider is None:
        raise not_found("provider", provider_id)
    courses = {c.id: c for c in session.scalars(select(t.TrainingCourse))}
    e, s = t.TrainingEnrolment, t.TrainingSession
    enrolled = session.execute(
        select(e, s).join(s, s.id == e.session_id).where(e.provider_id == provider_id)
        .order_by(s.starts_at)
    ).all()  # fmt: skip
    assessments = list(
        session.scalars(
            select(t.Assessment)
            .where(t.Assessment.provider_id == provider_id)
            .order_by(t.Assessment.assessed_at)
        )
    )
    amendments: dict[int, list[dict[str, Any]]] = defaultdict(list)
    if assessments:
        for row in session.scalars(
            select(t.AssessmentAmendment)
            .where(t.AssessmentAmendment.assessment_id.in_([x.id for x in assessments]))
            .order_by(t.AssessmentAmendment.id)
        ):
            amendments[row.assessment_id].append(project("assessment_amendment", row))
    certs = training_certificates(session, [provider_id])[provider_id]
    certificates = []
    for code in sorted({c.course_code for c in certs}):
        best = latest(certs, code)
        assert best is not None
        due = recertification(best, now)
        certificates.append(
            {"course_code": code, "passed_at": best.passed_at.isoformat(),
             "valid_until": best.valid_until.isoformat() if best.valid_until else None,
             "due": due.value if due else None}
        )  # fmt: skip
    return {
        "provider_id": provider.id,
        "provider_code": provider.code,
        "provider_name": provider.name,
        "sessions": [
            {
                **project("training_session", sess),
                "course_code": courses[sess.course_id].code,
                "enrolment": project("training_enrolment", enr),
            }
            for enr, sess in enrolled
        ],
        "assessments": [
            {
                **assessment_view(course_spec(courses[x.course_id]), x),
                "amendments": amendments.get(x.id, []),
            }
            for x in assessments
        ],
        "certificates": certificates,
    }


def _live_enrolment(
    session: Session, provider_id: int, retraining: bool
) -> t.TrainingSession | None:
    e, s = t.TrainingEnrolment, t.TrainingSession
    return session.scalar(
        select(s).join(e, e.session_id == s.id).where(
            e.provider_id == provider_id, e.status != WITHDRAWN, s.state.in_(LIVE_STATES),
            s.is_retraining.is_(retraining),
        ).order_by(s.starts_at).limit(1)
    )  # fmt: skip


def retraining_queue(session: Session, now: datetime) -> list[dict[str, Any]]:
    """Providers on an active retraining hold: the modules their complaints call for, their
    session (or none yet), failed attempts and whether a supervisor must decide."""
    s = t.Sanction
    holds = session.scalars(
        select(s).where(s.level == "retraining", s.status == "active").order_by(s.decided_at)
    )
    out = []
    for hold in holds:
        category = None
        if hold.complaint_id is not None:
            complaint = session.get(t.Complaint, hold.complaint_id)
            category = complaint.category if complaint else None
        modules = modules_for([ComplaintCategory(category)] if category else [])
        booked = _live_enrolment(session, hold.provider_id, True)
        failed = failed_retraining_since(session, hold.provider_id, hold.decided_at)
        escalate = escalation(failed)
        provider = session.get(t.Provider, hold.provider_id)
        out.append(
            {"sanction_id": hold.id, "provider_id": hold.provider_id,
             "provider_name": provider.name if provider else "",
             "decided_at": hold.decided_at.isoformat(), "complaint_category": category,
             "modules": list(modules),
             "session_id": booked.id if booked else None,
             "session_starts_at": booked.starts_at.isoformat() if booked else None,
             "failed_attempts": failed,
             "escalation": reason_wire(escalate) if escalate else None}
        )  # fmt: skip
    return out


def recertification_list(session: Session, now: datetime) -> list[dict[str, Any]]:
    """Certificates due within 60 days or lapsed (latest per provider and course), soonest
    first, with the session the provider is booked on, if any."""
    a, c = t.Assessment, t.TrainingCourse
    rows = session.execute(
        select(a.provider_id, c.code, c.id, a.assessed_at, a.valid_until)
        .join(c, c.id == a.course_id)
        .where(a.passed.is_(True), a.valid_until.is_not(None))
    ).all()
    certs: dict[tuple[int, str], list[TrainingCertificate]] = defaultdict(list)
    course_ids: dict[str, int] = {}
    for pid, code, cid, at, until in rows:
        certs[(pid, code)].append(TrainingCertificate(code, at, until))
        course_ids[code] = cid
    out = []
    for (pid, code), mine in certs.items():
        best = latest(mine, code)
        due = recertification(best, now) if best else None
        if best is None or due is None or best.valid_until is None:
            continue
        booked = _booked_on_course(session, pid, course_ids[code], best.passed_at)
        out.append(
            {"provider_id": pid, "course_code": code, "due": due.value,
             "valid_until": best.valid_until.isoformat(),
             "session_id": booked.id if booked else None}
        )  # fmt: skip
    return sorted(out, key=lambda r: (r["valid_until"], r["provider_id"]))


def _booked_on_course(
    session: Session, provider_id: int, course_id: int, after: datetime
) -> t.TrainingSession | None:
    """A live session of the course starting after the certificate was earned."""
    e, s = t.TrainingEnrolment, t.TrainingSession
    return session.scalar(
        select(s).join(e, e.session_id == s.id).where(
            e.provider_id == provider_id, e.status != WITHDRAWN, s.state.in_(LIVE_STATES),
            s.course_id == course_id, s.starts_at > after,
        ).limit(1)
    )  # fmt: skip


__all__ = [
    "list_courses",
    "open_retraining_holds",
    "provider_record",
    "recertification_list",
    "retraining_queue",
    "training_certificates",
]
