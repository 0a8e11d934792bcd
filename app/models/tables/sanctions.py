"""Sanctions on providers (警告 → 停单培训 → 暂停接单 → 清退) and their appeals."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, SyncedMixin, UTCDateTime


class Sanction(SyncedMixin, Base):
    __tablename__ = "sanctions"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"), nullable=True)
    level: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16))
    reason: Mapped[str] = mapped_column(Text)
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime] = mapped_column(UTCDateTime)
    ends_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    lifted_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class Appeal(SyncedMixin, Base):
    __tablename__ = "appeals"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    sanction_id: Mapped[int] = mapped_column(ForeignKey("sanctions.id"), index=True)
    filed_at: Mapped[datetime] = mapped_column(UTCDateTime)
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(16))
    decision_note: Mapped[str] = mapped_column(Text, default="")
    decided_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
