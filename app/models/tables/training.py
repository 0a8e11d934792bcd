"""Training (培训与考核): courses with rubrics, sessions, enrolments, assessments, amendments.

What the columns mean is decided by ``app.rules.training``; a passed assessment that is signed
off is the training certificate (``valid_until`` None: it never lapses).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, SyncedMixin, UTCDateTime


class TrainingCourse(SyncedMixin, Base):
    __tablename__ = "training_courses"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    code: Mapped[str] = mapped_column(String(32), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    # Debt: the pre-rubric single pass mark; kept equal to theory_pass until readers move.
    pass_score: Mapped[int] = mapped_column(Integer, default=60)
    modules: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    rubric: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    theory_pass: Mapped[int] = mapped_column(Integer, default=60)
    practical_pass: Mapped[int] = mapped_column(Integer, default=60)
    absences_allowed: Mapped[int] = mapped_column(Integer, default=0)
    validity_days: Mapped[int | None] = mapped_column(Integer, nullable=True)


class TrainingSession(SyncedMixin, Base):
    __tablename__ = "training_sessions"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    course_id: Mapped[int] = mapped_column(ForeignKey("training_courses.id"), index=True)
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    location: Mapped[str] = mapped_column(String(255))  # the venue
    district: Mapped[str | None] = mapped_column(String(32), nullable=True)
    state: Mapped[str] = mapped_column(String(16), default="scheduled")
    capacity: Mapped[int] = mapped_column(Integer, default=30)
    is_retraining: Mapped[bool] = mapped_column(Boolean, default=False)


class TrainingEnrolment(SyncedMixin, Base):
    """A provider on a session: seated (``waiting_position`` None) or waiting, and attendance.

    ``status``: enrolled | waiting | withdrawn. ``attended`` None until the roster is taken.
    ``reason``: onboarding | retraining | recertification; ``sanction_id`` for retraining.
    """

    __tablename__ = "training_enrolments"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012
    __table_args__ = (UniqueConstraint("session_id", "provider_id"),)

    session_id: Mapped[int] = mapped_column(ForeignKey("training_sessions.id"), index=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    status: Mapped[str] = mapped_column(String(16))
    waiting_position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attended: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    reason: Mapped[str] = mapped_column(String(16), default="onboarding")
    sanction_id: Mapped[int | None] = mapped_column(ForeignKey("sanctions.id"), nullable=True)
    enrolled_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Assessment(SyncedMixin, Base):
    """One provider's assessment for a course. ``passed`` is true only once signed and every
    condition is met: the sanction hold and dispatch read it, with ``assessed_at`` (the
    sign-off time) and ``valid_until``."""

    __tablename__ = "assessments"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("training_courses.id"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_sessions.id"), nullable=True, index=True
    )
    theory_score: Mapped[int | None] = mapped_column(Integer, nullable=True)
    practical_score: Mapped[int] = mapped_column(Integer)  # the weighted total, rounded
    scores: Mapped[dict[str, Any]] = mapped_column(JSON, default=dict)  # criterion -> value
    absences: Mapped[int] = mapped_column(Integer, default=0)
    state: Mapped[str] = mapped_column(String(16), default="signed")
    signed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    signed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    passed: Mapped[bool] = mapped_column(Boolean)
    fail_reasons: Mapped[list[dict[str, str]]] = mapped_column(JSON, default=list)
    valid_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    is_retraining: Mapped[bool] = mapped_column(Boolean, default=False)
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime)


class AssessmentAmendment(SyncedMixin, Base):
    """A correction to a signed assessment: append-only, the scores before and after."""

    __tablename__ = "assessment_amendments"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    assessment_id: Mapped[int] = mapped_column(ForeignKey("assessments.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    reason: Mapped[str] = mapped_column(Text)
    before: Mapped[dict[str, Any]] = mapped_column(JSON)
    after: Mapped[dict[str, Any]] = mapped_column(JSON)
