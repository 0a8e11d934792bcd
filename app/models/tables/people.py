"""Staff users and their sessions; customers; providers (阿姨/师傅)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Connection,
    Float,
    ForeignKey,
    Integer,
    String,
    UniqueConstraint,
    event,
    inspect,
)
from sqlalchemy.engine.default import DefaultExecutionContext
from sqlalchemy.orm import Mapped, Mapper, mapped_column

from app.models.tables.base import Base, SyncedMixin, UTCDateTime
from app.models.tables.sealed import Sealed, keys_of


def _phone_hash_default(context: DefaultExecutionContext) -> str:
    """Core inserts (demo seeding) that give a phone and no hash get the hash computed."""
    params = context.get_current_parameters()  # type: ignore[no-untyped-call]
    return keys_of(context.dialect).lookup_hash(str(params["phone"]))


class User(SyncedMixin, Base):
    __tablename__ = "users"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    # The password was set by an administrator (new account, reset): change it at next login.
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=False)
    disabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # TOTP: the secret is set at enrolment and counts once confirmed (totp_enabled_at).
    # Never projected (app.server.projections.SECRET_COLUMNS).
    totp_secret: Mapped[str | None] = mapped_column(Sealed("users.totp_secret"), nullable=True)
    totp_enabled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # The last 30-second step a code was accepted for: a code is good once (RFC 6238 5.2).
    totp_last_step: Mapped[int | None] = mapped_column(BigInteger, nullable=True)
    # argon2 hashes of the unused recovery codes; a used code is removed.
    recovery_code_hashes: Mapped[list[str] | None] = mapped_column(JSON, nullable=True)


class AuthSession(Base):
    """A login session. Only the SHA-256 of the opaque token is stored."""

    __tablename__ = "auth_sessions"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    revoked_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    client_address: Mapped[str] = mapped_column(String(64), default="")


class LoginChallenge(Base):
    """A login half done: the password was right, a step remains (a new password, a TOTP
    code). Only the SHA-256 of the challenge token is stored; it lives a few minutes."""

    __tablename__ = "login_challenges"

    token_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id"), index=True)
    step: Mapped[str] = mapped_column(String(32))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    expires_at: Mapped[datetime] = mapped_column(UTCDateTime)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    client_address: Mapped[str] = mapped_column(String(64), default="")


class Customer(SyncedMixin, Base):
    __tablename__ = "customers"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(Sealed("customers.phone"))
    # keyed hash of the phone's digits: the hotline's exact caller lookup
    phone_hash: Mapped[str] = mapped_column(String(64), index=True, default=_phone_hash_default)
    district: Mapped[str] = mapped_column(String(32))
    address: Mapped[str] = mapped_column(Sealed("customers.address"))
    lat: Mapped[float] = mapped_column(Float)
    lng: Mapped[float] = mapped_column(Float)
    vip: Mapped[bool] = mapped_column(Boolean, default=False)


class CustomerBlock(SyncedMixin, Base):
    """A customer's "never send this provider again" entry (often from a complaint)."""

    __tablename__ = "customer_blocks"
    __table_args__ = (UniqueConstraint("customer_id", "provider_id"),)
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    customer_id: Mapped[int] = mapped_column(ForeignKey("customers.id"), index=True)
    provider_id: Mapped[int] = mapped_column(ForeignKey("providers.id"), index=True)
    complaint_id: Mapped[int | None] = mapped_column(ForeignKey("complaints.id"), nullable=True)
    reason: Mapped[str] = mapped_column(String(255), default="")
    created_by: Mapped[int | None] = mapped_column(ForeignKey("users.id"), nullable=True)


class Provider(SyncedMixin, Base):
    __tablename__ = "providers"
    __mapper_args__ = {"version_id_col": SyncedMixin.version}  # noqa: RUF012

    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(64))
    gender: Mapped[str] = mapped_column(String(8), default="F")
    phone: Mapped[str] = mapped_column(Sealed("providers.phone"))
    id_number: Mapped[str] = mapped_column(Sealed("providers.id_number"))
    home_district: Mapped[str] = mapped_column(String(32), index=True)
    home_lat: Mapped[float] = mapped_column(Float)
    home_lng: Mapped[float] = mapped_column(Float)
    districts_served: Mapped[list[str]] = mapped_column(JSON, default=list)
    categories: Mapped[list[str]] = mapped_column(JSON, default=list)
    level: Mapped[str] = mapped_column(String(16))
    status: Mapped[str] = mapped_column(String(16), index=True)
    rating: Mapped[float] = mapped_column(Float, default=4.8)
    rating_count: Mapped[int] = mapped_column(Integer, default=0)
    daily_cap: Mapped[int] = mapped_column(Integer, default=4)


@event.listens_for(Customer, "before_insert")
def _hash_new_phone(_mapper: Mapper[Any], connection: Connection, target: Customer) -> None:
    target.phone_hash = keys_of(connection.dialect).lookup_hash(target.phone)


@event.listens_for(Customer, "before_update")
def _hash_changed_phone(_mapper: Mapper[Any], connection: Connection, target: Customer) -> None:
    """The ORM keeps the lookup hash in step with the phone."""
    if inspect(target).attrs.phone.history.has_changes():
        target.phone_hash = keys_of(connection.dialect).lookup_hash(target.phone)
