"""Provider certifications (资质), their review decisions, scans and review history.

Scans are personal information: ``document_blobs`` and ``certification_documents`` are *not*
feed entities (they never enter the change log) and are served only by the audited document
fetch. Bytes are stored once per SHA-256, whichever certificates refer to them.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, SyncedMixin, UTCDateTime


class Certification(SyncedMixin, Base):
    """One certificate as submitted and reviewed. A resubmission or a renewal is a new row
    whose ``renews_id`` names the one it follows."""

    __tablename__ = "certifications"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    kind: Mapped[str] = mapped_column(String(32))
    number: Mapped[str] = mapped_column(String(64), index=True)
    holder_name: Mapped[str] = mapped_column(String(64), default="", server_default="")
    issuer: Mapped[str] = mapped_column(String(128))
    issued_on: Mapped[date] = mapped_column(Date)
    expires_on: Mapped[date | None] = mapped_column(Date, nullable=True)
    review_due: Mapped[date | None] = mapped_column(Date, nullable=True)
    status: Mapped[str] = mapped_column(String(24), index=True)
    submitted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    submitted_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    renews_id: Mapped[int | None] = mapped_column(ForeignKey("certifications.id"), nullable=True)
    claimed_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    first_approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    first_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    second_approver_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    second_approved_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Who decided last (approval, rejection, request, revocation) and when.
    reviewer_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    reviewed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    decision_code: Mapped[str] = mapped_column(String(32), default="", server_default="")
    decision_reason: Mapped[str] = mapped_column(String(255), default="")
    requested_items: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default=text("'[]'")
    )
    # Codes of the pre-review findings; ``flagged`` when one is red (possible fraud).
    finding_codes: Mapped[list[str]] = mapped_column(
        JSON, default=list, server_default=text("'[]'")
    )
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    documents: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # scans attached


class DocumentBlob(Base):
    """The bytes of one scan, stored once per SHA-256 (content-addressed, deduplicated)."""

    __tablename__ = "document_blobs"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    media_type: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    content: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CertificationDocument(Base):
    """A scan attached to a certificate (front, back, a PDF ...). Not a feed entity."""

    __tablename__ = "certification_documents"
    __table_args__ = (UniqueConstraint("certification_id", "sha256"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certification_id: Mapped[int] = mapped_column(ForeignKey("certifications.id"), index=True)
    sha256: Mapped[str] = mapped_column(ForeignKey("document_blobs.sha256"), index=True)
    filename: Mapped[str] = mapped_column(String(128))
    media_type: Mapped[str] = mapped_column(String(32))
    size: Mapped[int] = mapped_column(Integer)
    uploaded_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    uploaded_at: Mapped[datetime] = mapped_column(UTCDateTime)


class CertificationReview(Base):
    """One step in a certificate's review history. Append-only; read by the detail call."""

    __tablename__ = "certification_reviews"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    certification_id: Mapped[int] = mapped_column(ForeignKey("certifications.id"), index=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(32))
    from_status: Mapped[str] = mapped_column(String(24))
    to_status: Mapped[str] = mapped_column(String(24))
    code: Mapped[str] = mapped_column(String(32), default="")
    note: Mapped[str] = mapped_column(String(500), default="")
    items: Mapped[list[str]] = mapped_column(JSON, default=list)
