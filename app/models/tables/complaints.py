"""Complaint tickets (投诉工单), their notes and the customer callbacks."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, SyncedMixin, UTCDateTime


class Complaint(SyncedMixin, Base):
    __tablename__ = "complaints"
    # The range aggregates count complaints by when they were opened (services/kpi_range).
    __table_args__ = (Index("ix_complaints_opened_at", "opened_at"),)
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    code: Mapped[str] = mapped_column(String(32), unique=True)
    order_id: Mapped[int | None] = mapped_column(ForeignKey("orders.id"), nullable=True, index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    provider_id: Mapped[int | None] = mapped_column(
        ForeignKey("providers.id"), nullable=True, index=True
    )
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    summary: Mapped[str] = mapped_column(Text)
    assignee_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    opened_at: Mapped[datetime] = mapped_column(UTCDateTime)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    first_response_due: Mapped[datetime] = mapped_column(UTCDateTime)
    resolution_due: Mapped[datetime] = mapped_column(UTCDateTime)
    callback_due: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    resolution: Mapped[str] = mapped_column(Text, default="")
    substantiated: Mapped[bool | None] = mapped_column(Boolean, nullable=True)
    sanction_decided: Mapped[bool] = mapped_column(Boolean, default=False)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    possible_duplicate_of: Mapped[int | None] = mapped_column(Integer, nullable=True)
    reopen_count: Mapped[int] = mapped_column(Integer, default=0)


class ComplaintNote(SyncedMixin, Base):
    """A record or handling step on a ticket. Append-only."""

    __tablename__ = "complaint_notes"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    kind: Mapped[str] = mapped_column(String(32))  # record, handling, transfer, escalation, system
    body: Mapped[str] = mapped_column(Text)


class CallbackAttempt(SyncedMixin, Base):
    __tablename__ = "callback_attempts"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    complaint_id: Mapped[int] = mapped_column(ForeignKey("complaints.id"), index=True)
    agent_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    outcome: Mapped[str] = mapped_column(String(32))
    note: Mapped[str] = mapped_column(Text, default="")
