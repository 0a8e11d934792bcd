"""Training courses, sessions and assessment records (theory and practical scores)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, SyncedMixin, UTCDateTime


class TrainingCourse(SyncedMixin, Base):
    __tablename__ = "training_courses"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    code: Mapped[str] = mapped_column(String(32), unique=True)
    category: Mapped[str] = mapped_column(String(32))
    name: Mapped[str] = mapped_column(String(128))
    pass_score: Mapped[int] = mapped_column(Integer, default=60)


class TrainingSession(SyncedMixin, Base):
    __tablename__ = "training_sessions"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    course_id: Mapped[int] = mapped_column(ForeignKey("training_courses.id"), index=True)
    trainer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    starts_at: Mapped[datetime] = mapped_column(UTCDateTime)
    location: Mapped[str] = mapped_column(String(255))
    is_retraining: Mapped[bool] = mapped_column(Boolean, default=False)


class Assessment(SyncedMixin, Base):
    __tablename__ = "assessments"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("training_courses.id"))
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("training_sessions.id"), nullable=True
    )
    theory_score: Mapped[int] = mapped_column(Integer)
    practical_score: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)
    is_retraining: Mapped[bool] = mapped_column(Boolean, default=False)
    assessed_at: Mapped[datetime] = mapped_column(UTCDateTime)
