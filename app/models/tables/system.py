"""Server bookkeeping: the change feed, the audit log, idempotency, login throttling, meta."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, BigInteger, Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from app.models.tables.base import Base, UTCDateTime
from app.models.tables.sealed import Sealed

# SQLite only auto-increments an "INTEGER PRIMARY KEY"; BigInteger would not.
SeqType = BigInteger().with_variant(Integer(), "sqlite")


class ChangeLog(Base):
    """One committed write, in feed order.

    On SQLite ``seq`` (AUTOINCREMENT, writes serialised) is commit order. On PostgreSQL the
    feed orders by (``txid``, ``seq``) and reads only below the oldest running transaction.
    """

    __tablename__ = "change_log"
    __table_args__ = (
        Index("ix_change_log_txid_seq", "txid", "seq"),
        Index("ix_change_log_entity", "entity", "entity_id"),
        {"sqlite_autoincrement": True},
    )

    seq: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    txid: Mapped[int] = mapped_column(BigInteger, default=0)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int] = mapped_column(BigInteger)
    version: Mapped[int] = mapped_column(Integer)
    op: Mapped[str] = mapped_column(String(1))
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    at: Mapped[datetime] = mapped_column(UTCDateTime)


class AuditLog(Base):
    """Who did what, when and from where. Append-only: no code path updates or deletes it."""

    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(SeqType, primary_key=True, autoincrement=True)
    at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)
    user_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    username: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64), index=True)
    entity: Mapped[str] = mapped_column(String(32))
    entity_id: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    client_address: Mapped[str] = mapped_column(String(64))
    detail: Mapped[dict[str, Any]] = mapped_column(JSON)
    # Tamper evidence (app/server/audit_chain.py); NULL on records from before the chain.
    prev_hash: Mapped[str | None] = mapped_column(String(64), nullable=True)
    hash: Mapped[str | None] = mapped_column(String(64), nullable=True)


class IdempotencyRecord(Base):
    """The first response to a command with an Idempotency-Key, replayed on a retry."""

    __tablename__ = "idempotency_records"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    user_id: Mapped[int] = mapped_column(Integer, primary_key=True)
    request_hash: Mapped[str] = mapped_column(String(64))
    status_code: Mapped[int] = mapped_column(Integer)
    # Sealed: an answer can hold a one-time password or personal data.
    response_body: Mapped[str] = mapped_column(Sealed("idempotency_records.response_body"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, index=True)


class LoginThrottle(Base):
    """Failed logins per key ("user:<name>" or "ip:<address>"), shared by every server process."""

    __tablename__ = "login_throttle"

    key: Mapped[str] = mapped_column(String(128), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    first_failure_at: Mapped[datetime] = mapped_column(UTCDateTime)
    blocked_until: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)


class ServerMeta(Base):
    __tablename__ = "server_meta"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(String(255))
