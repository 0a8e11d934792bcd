"""Staff accounts as an administrator runs them; every change audited, in one transaction.

The rules (password policy, the last administrator) are ``app.rules.accounts``; sessions end
by revocation, so a disabled or reset account is logged out everywhere at once.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import Role
from app.rules.accounts import (
    ALREADY_ENABLED,
    AccountState,
    may_change_role,
    may_disable,
)
from app.rules.reasons import Reason
from app.server.changes import record_change
from app.server.errors import ApiError, not_found
from app.server.security import hash_password
from app.server.services.context import Actor, audit
from app.server.services.login_steps import one_time_password, totp_enrolled


def _refuse(reason: Reason) -> ApiError:
    return ApiError.from_reason(409, reason)


def states(session: Session) -> list[AccountState]:
    rows = session.execute(select(t.User.id, t.User.role, t.User.active)).all()
    return [AccountState(i, Role(r), bool(a)) for i, r, a in rows]


def _open_sessions(session: Session, now: datetime) -> Any:
    s = t.AuthSession
    return (s.user_id == t.User.id) & s.revoked_at.is_(None) & (s.expires_at > now)


def record(session: Session, user: t.User, now: datetime) -> dict[str, Any]:
    """The account as ``AccountRecord`` answers it."""
    s = t.AuthSession
    last = session.scalar(select(func.max(s.created_at)).where(s.user_id == user.id))
    open_count = session.scalar(
        select(func.count())
        .select_from(s)
        .where(s.user_id == user.id, s.revoked_at.is_(None), s.expires_at > now)
    )
    return {
        "id": user.id,
        "version": user.version,
        "username": user.username,
        "display_name": user.display_name,
        "role": user.role,
        "active": user.active,
        "must_change_password": user.must_change_password,
        "disabled_at": user.disabled_at.isoformat() if user.disabled_at else None,
        "totp_enabled": totp_enrolled(user),
        "last_login_at": last.isoformat() if last else None,
        "open_sessions": open_count or 0,
    }


def list_accounts(session: Session, now: datetime) -> list[dict[str, Any]]:
    users = session.scalars(select(t.User).order_by(t.User.username)).all()
    return [record(session, u, now) for u in users]


def load(session: Session, user_id: int, expected_version: int | None) -> t.User:
    user = session.get(t.User, user_id, with_for_update=True)
    if user is None:
        raise not_found("user", user_id)
    if expected_version is not None and user.version != expected_version:
        raise ApiError(
            412,
            "stale_version",
            "该账户已被他人修改，请刷新后重试。",
            "The account was changed by someone else; refresh and retry.",
        )
    return user


def end_sessions(session: Session, user_id: int, now: datetime) -> int:
    s = t.AuthSession
    result = session.execute(
        update(s)
        .where(s.user_id == user_id, s.revoked_at.is_(None), s.expires_at > now)
        .values(revoked_at=now)
    )
    return int(getattr(result, "rowcount", 0) or 0)


def create(
    session: Session, actor: Actor, now: datetime, username: str, display_name: str, role: Role
) -> dict[str, Any]:
    name = username.strip()
    taken = session.scalar(select(t.User.id).where(func.lower(t.User.username) == name.lower()))
    if taken is not None:
        raise ApiError(
            409,
            "username_taken",
            f"用户名 {name} 已被使用。",
            f"The user name {name} is already taken.",
        )
    password = one_time_password()
    user = t.User(
        username=name,
        display_name=display_name.strip(),
        role=role.value,
        password_hash=hash_password(password),
        active=True,
        must_change_password=True,
        updated_at=now,
    )
    session.add(user)
    user.updated_at = now
    record_change(session, user, now)
    audit(session, actor, now, "account.create", "user", user.id, {"role": role.value})
    return {"account": record(session, user, now), "one_time_password": password}


def edit(
    session: Session,
    actor: Actor,
    now: datetime,
    user_id: int,
    version: int,
    display_name: str,
    role: Role,
) -> dict[str, Any]:
    user = load(session, user_id, version)
    if role.value != user.role:
        refusal = may_change_role(states(session), user_id, role)
        if refusal is not None:
            raise _refuse(refusal)
    changes: dict[str, Any] = {}
    if display_name.strip() != user.display_name:
        changes["display_name"] = [user.display_name, display_name.strip()]
        user.display_name = display_name.strip()
    if role.value != user.role:
        changes["role"] = [user.role, role.value]
        user.role = role.value
    if changes:
        user.updated_at = now
        record_change(session, user, now)
        audit(session, actor, now, "account.edit", "user", user.id, changes)
    return record(session, user, now)


def disable(
    session: Session, actor: Actor, now: datetime, user_id: int, version: int, reason: str
) -> dict[str, Any]:
    user = load(session, user_id, version)
    refusal = may_disable(states(session), user_id, actor.user_id)
    if refusal is not None:
        raise _refuse(refusal)
    user.active = False
    user.disabled_at = now
    ended = end_sessions(session, user.id, now)
    user.updated_at = now
    record_change(session, user, now)
    audit(
        session,
        actor,
        now,
        "account.disable",
        "user",
        user.id,
        {"reason": reason, "sessions_ended": ended},
    )
    return record(session, user, now)


def enable(
    session: Session, actor: Actor, now: datetime, user_id: int, version: int, reason: str
) -> dict[str, Any]:
    user = load(session, user_id, version)
    if user.active:
        raise _refuse(ALREADY_ENABLED)
    user.active = True
    user.disabled_at = None
    user.updated_at = now
    record_change(session, user, now)
    audit(session, actor, now, "account.enable", "user", user.id, {"reason": reason})
    return record(session, user, now)


def reset_password(
    session: Session, actor: Actor, now: datetime, user_id: int, version: int, reason: str
) -> dict[str, Any]:
    user = load(session, user_id, version)
    password = one_time_password()
    user.password_hash = hash_password(password)
    user.must_change_password = True
    ended = end_sessions(session, user.id, now)
    user.updated_at = now
    record_change(session, user, now)
    audit(
        session,
        actor,
        now,
        "account.reset_password",
        "user",
        user.id,
        {"reason": reason, "sessions_ended": ended},
    )
    return {"account": record(session, user, now), "one_time_password": password}


def reset_totp(
    session: Session, actor: Actor, now: datetime, user_id: int, version: int, reason: str
) -> dict[str, Any]:
    """Forget a lost authenticator: the user enrols again at the next login (if required)."""
    user = load(session, user_id, version)
    user.totp_secret = None
    user.totp_enabled_at = None
    user.totp_last_step = None
    user.recovery_code_hashes = None
    ended = end_sessions(session, user.id, now)
    user.updated_at = now
    record_change(session, user, now)
    audit(
        session,
        actor,
        now,
        "account.reset_totp",
        "user",
        user.id,
        {"reason": reason, "sessions_ended": ended},
    )
    return record(session, user, now)


def sessions(session: Session, user_id: int, now: datetime) -> list[dict[str, Any]]:
    if session.get(t.User, user_id) is None:
        raise not_found("user", user_id)
    s = t.AuthSession
    rows = session.scalars(
        select(s)
        .where(s.user_id == user_id, s.revoked_at.is_(None), s.expires_at > now)
        .order_by(s.last_seen_at.desc())
    ).all()
    return [
        {
            "id": r.token_hash[:12],
            "created_at": r.created_at.isoformat(),
            "last_seen_at": r.last_seen_at.isoformat(),
            "expires_at": r.expires_at.isoformat(),
            "client_address": r.client_address,
        }
        for r in rows
    ]


def end_all_sessions(session: Session, actor: Actor, now: datetime, user_id: int) -> int:
    if session.get(t.User, user_id) is None:
        raise not_found("user", user_id)
    ended = end_sessions(session, user_id, now)
    audit(session, actor, now, "account.end_sessions", "user", user_id, {"ended": ended})
    return ended
