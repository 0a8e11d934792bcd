"""Login, sessions, throttling and lockout. State lives in the database so that every server
process sees the same failures and the same revocations."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from math import ceil

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import Role
from app.server.errors import ApiError
from app.server.security import DUMMY_HASH, new_token, token_hash, verify_password
from app.server.services.context import Actor, audit
from app.server.settings import ServerSettings


@dataclass(frozen=True, slots=True)
class LoginResult:
    token: str
    expires_at: datetime
    user: t.User


def _throttle_rows(session: Session, keys: list[str]) -> list[t.LoginThrottle]:
    return list(session.scalars(select(t.LoginThrottle).where(t.LoginThrottle.key.in_(keys))))


def _check_blocked(rows: list[t.LoginThrottle], now: datetime, cfg: ServerSettings) -> None:
    for row in rows:
        if row.blocked_until is not None and row.blocked_until > now:
            seconds = max(1, ceil((row.blocked_until - now).total_seconds()))
            headers = {"Retry-After": str(seconds)}
            minutes = ceil(seconds / 60)
            if row.failures >= cfg.login_lock_after:
                raise ApiError(
                    423,
                    "account_locked",
                    f"登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。",
                    f"Too many failed logins: locked, try again in {minutes} min.",
                    details={"retry_after": seconds},
                    headers=headers,
                )
            raise ApiError(
                429,
                "login_throttled",
                f"登录尝试过于频繁，请 {seconds} 秒后再试。",
                f"Too many login attempts: try again in {seconds} s.",
                details={"retry_after": seconds},
                headers=headers,
            )


def _note_failure(
    session: Session,
    keys: list[str],
    rows: list[t.LoginThrottle],
    now: datetime,
    cfg: ServerSettings,
) -> None:
    by_key = {r.key: r for r in rows}
    window = timedelta(minutes=cfg.login_window_minutes)
    for key in keys:
        row = by_key.get(key)
        if row is None:
            row = t.LoginThrottle(key=key, failures=0, first_failure_at=now, blocked_until=None)
            session.add(row)
        elif now - row.first_failure_at > window and (
            row.blocked_until is None or row.blocked_until <= now
        ):
            row.failures, row.first_failure_at = 0, now
        row.failures += 1
        if row.failures >= cfg.login_lock_after:
            row.blocked_until = now + timedelta(minutes=cfg.login_lock_minutes)
        elif row.failures >= cfg.login_throttle_after:
            row.blocked_until = now + timedelta(seconds=cfg.login_throttle_seconds)


def login(
    session: Session,
    username: str,
    password: str,
    address: str,
    now: datetime,
    cfg: ServerSettings,
) -> LoginResult | ApiError:
    """Check the password. Raises 429 / 423 while blocked; *returns* the 401 so that the
    caller commits the failure count before answering. Audits either outcome."""
    keys = [f"user:{username.lower()}"]
    rows = _throttle_rows(session, keys)
    _check_blocked(rows, now, cfg)
    user = session.scalar(select(t.User).where(t.User.username == username))
    ok = verify_password(user.password_hash if user else DUMMY_HASH, password)
    actor = Actor(
        user.id if user else None, username, Role(user.role) if user else Role.AGENT, address
    )
    if not ok or user is None or not user.active:
        _note_failure(session, keys, rows, now, cfg)
        audit(session, actor, now, "auth.login_failed", "user", user.id if user else None)
        return ApiError(
            401, "bad_credentials", "用户名或密码错误。", "Wrong user name or password."
        )
    for row in rows:
        session.delete(row)
    token = new_token()
    expires = now + timedelta(hours=cfg.session_absolute_hours)
    session.add(
        t.AuthSession(
            token_hash=token_hash(token),
            user_id=user.id,
            created_at=now,
            last_seen_at=now,
            expires_at=expires,
            revoked_at=None,
            client_address=address,
        )
    )
    audit(session, actor, now, "auth.login", "user", user.id)
    return LoginResult(token, expires, user)


def authenticate(
    session: Session, token: str, now: datetime, cfg: ServerSettings
) -> tuple[t.User, t.AuthSession]:
    """The user behind a bearer token, or 401. Read-only; see :func:`touch`."""
    row = session.get(t.AuthSession, token_hash(token))
    idle = timedelta(minutes=cfg.session_idle_minutes)
    if (
        row is None
        or row.revoked_at is not None
        or row.expires_at <= now
        or now - row.last_seen_at > idle
    ):
        raise ApiError(
            401,
            "session_expired",
            "登录已失效，请重新登录。",
            "Your session has ended; please log in again.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    user = session.get(t.User, row.user_id)
    if user is None or not user.active:
        raise ApiError(
            401,
            "session_expired",
            "账户已停用。",
            "This account is disabled.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return user, row


TOUCH_EVERY = timedelta(seconds=60)


def touch(session: Session, token: str, now: datetime) -> None:
    """Move the idle clock; done at most once a minute per session to spare the writes."""
    row = session.get(t.AuthSession, token_hash(token))
    if row is not None and now - row.last_seen_at > TOUCH_EVERY:
        row.last_seen_at = now


def logout(session: Session, token: str, actor: Actor, now: datetime) -> None:
    row = session.get(t.AuthSession, token_hash(token))
    if row is not None and row.revoked_at is None:
        row.revoked_at = now
        audit(session, actor, now, "auth.logout", "user", actor.user_id)
