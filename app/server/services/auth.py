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
from app.server.db import insert_for
from app.server.errors import ApiError
from app.server.security import DUMMY_HASH, PasswordGate, new_token, token_hash
from app.server.services import login_steps
from app.server.services.context import Actor, audit
from app.server.settings import ServerSettings


@dataclass(frozen=True, slots=True)
class LoginResult:
    token: str
    expires_at: datetime
    user: t.User


@dataclass(frozen=True, slots=True)
class LoginStepResult:
    """The password was right; ``step`` remains (see app.server.services.login_steps)."""

    step: str
    challenge: str
    expires_at: datetime


def _retry_after(row: t.LoginThrottle, now: datetime) -> int:
    assert row.blocked_until is not None
    return max(1, ceil((row.blocked_until - now).total_seconds()))


def _locked(seconds: int) -> ApiError:
    minutes = ceil(seconds / 60)
    return ApiError(
        423,
        "account_locked",
        f"登录失败次数过多，账户已锁定，请 {minutes} 分钟后再试。",
        f"Too many failed logins: locked, try again in {minutes} min.",
        details={"retry_after": seconds},
        headers={"Retry-After": str(seconds)},
    )


def _throttled(seconds: int) -> ApiError:
    return ApiError(
        429,
        "login_throttled",
        f"登录尝试过于频繁，请 {seconds} 秒后再试。",
        f"Too many login attempts: try again in {seconds} s.",
        details={"retry_after": seconds},
        headers={"Retry-After": str(seconds)},
    )


def throttle_key(username: str) -> str:
    return f"user:{username.strip().lower()}"


def address_key(address: str) -> str:
    return f"ip:{address}"


def pair_key(username: str, address: str) -> str:
    return f"pair:{username.strip().lower()}@{address}"


@dataclass(frozen=True, slots=True)
class Attempt:
    """A login attempt that was let through to the password check, already counted."""

    username: str
    address: str
    account_was_locked: bool  # locked by failures elsewhere; this address had none


def _row(session: Session, key: str, now: datetime, window: timedelta) -> t.LoginThrottle:
    """The counter ``key``, locked for this transaction; restarted once its window passed."""
    session.execute(
        insert_for(session, t.LoginThrottle)
        .values(key=key, failures=0, first_failure_at=now, blocked_until=None)
        .on_conflict_do_nothing(index_elements=["key"])
    )
    row = session.scalar(
        select(t.LoginThrottle).where(t.LoginThrottle.key == key).with_for_update()
    )
    assert row is not None
    blocked = row.blocked_until is not None and row.blocked_until > now
    if not blocked and (row.failures == 0 or now - row.first_failure_at > window):
        row.failures, row.first_failure_at, row.blocked_until = 0, now, None
    return row


def _blocked(row: t.LoginThrottle, now: datetime) -> bool:
    return row.blocked_until is not None and row.blocked_until > now


def _escalate(
    row: t.LoginThrottle, now: datetime, throttle_at: int, lock_at: int, cfg: ServerSettings
) -> None:
    if row.failures >= lock_at:
        row.blocked_until = now + timedelta(minutes=cfg.login_lock_minutes)
    elif row.failures >= throttle_at:
        row.blocked_until = now + timedelta(seconds=cfg.login_throttle_seconds)


def count_attempt(
    session: Session, username: str, address: str, now: datetime, cfg: ServerSettings
) -> Attempt | ApiError:
    """Count a login attempt *before* the password is checked, or refuse it (429 / 423).

    Counting first, with the rows locked, means parallel guesses cannot all slip in under the
    limits. A refused attempt is counted against the refused address too (hammering during a
    throttle leads to the lock). The caller commits, then raises a returned error.
    """
    window = timedelta(minutes=cfg.login_window_minutes)
    keys = sorted((address_key(address), pair_key(username, address), throttle_key(username)))
    rows = {k: _row(session, k, now, window) for k in keys}  # sorted: no lock-order deadlock
    ip, pair, user = (
        rows[address_key(address)],
        rows[pair_key(username, address)],
        rows[throttle_key(username)],
    )
    if _blocked(ip, now):
        ip.failures += 1
        _escalate(ip, now, cfg.login_address_throttle_after, cfg.login_address_lock_after, cfg)
        return _throttled(_retry_after(ip, now))
    if _blocked(pair, now):
        pair.failures += 1
        _escalate(pair, now, cfg.login_throttle_after, cfg.login_lock_after, cfg)
        seconds = _retry_after(pair, now)
        return _locked(seconds) if pair.failures >= cfg.login_lock_after else _throttled(seconds)
    account_locked = _blocked(user, now)
    if account_locked and pair.failures > 0:
        return _locked(_retry_after(user, now))
    for row in (ip, pair, user):
        row.failures += 1
    _escalate(ip, now, cfg.login_address_throttle_after, cfg.login_address_lock_after, cfg)
    _escalate(pair, now, cfg.login_throttle_after, cfg.login_lock_after, cfg)
    if not account_locked and user.failures >= cfg.login_user_lock_after:
        user.blocked_until = now + timedelta(minutes=cfg.login_lock_minutes)
    return Attempt(username, address, account_locked)


def undo_attempt(session: Session, attempt: Attempt, now: datetime, proved: bool) -> None:
    """Take back the count of an attempt that was not a failed guess: a successful login
    (``proved``: the pair's failures are forgiven too) or one turned away before the check.

    Blocks that this attempt's count set are lifted; a lock set by failures from elsewhere
    stays (it keeps those addresses out), and so do the address's earlier failures.
    """
    keys = (
        address_key(attempt.address),
        pair_key(attempt.username, attempt.address),
        throttle_key(attempt.username),
    )
    for key in keys:
        row = session.scalar(
            select(t.LoginThrottle).where(t.LoginThrottle.key == key).with_for_update()
        )
        if row is None:
            continue
        is_pair = key.startswith("pair:")
        row.failures = 0 if (proved and is_pair) else max(0, row.failures - 1)
        if not (key.startswith("user:") and attempt.account_was_locked):
            row.blocked_until = None
        if row.failures == 0 and row.blocked_until is None:
            session.delete(row)


@dataclass(frozen=True, slots=True)
class Candidate:
    """What the password check needs, read before it (argon2 runs outside any transaction)."""

    user_id: int | None
    password_hash: str
    role: Role
    active: bool


def candidate(session: Session, username: str) -> Candidate:
    user = session.scalar(select(t.User).where(t.User.username == username))
    if user is None:
        return Candidate(None, DUMMY_HASH, Role.AGENT, False)
    return Candidate(user.id, user.password_hash, Role(user.role), user.active)


def password_ok(who: Candidate, password: str, gate: PasswordGate) -> bool:
    """argon2 verification: slow on purpose, so never inside a write transaction, and never
    more than the gate allows at once (429 when it stays full)."""
    ok = gate.verify(who.password_hash, password)
    return ok and who.user_id is not None and who.active


def finish_login(
    session: Session,
    who: Candidate,
    ok: bool,
    username: str,
    address: str,
    now: datetime,
    cfg: ServerSettings,
    attempt: Attempt | None = None,
) -> LoginResult | LoginStepResult | ApiError:
    """Record the outcome: a session and a cleared counter, or the failure (already counted)."""
    actor = Actor(who.user_id, username, who.role, address)
    if not ok or who.user_id is None:
        audit(session, actor, now, "auth.login_failed", "user", who.user_id)
        return ApiError(
            401, "bad_credentials", "用户名或密码错误。", "Wrong user name or password."
        )
    user = session.get(t.User, who.user_id)
    if user is None or not user.active:
        return ApiError(
            401, "bad_credentials", "用户名或密码错误。", "Wrong user name or password."
        )
    step = login_steps.next_step(user, cfg)
    if attempt is not None:
        # Earlier failures are forgiven only when the session opens: a right password with a
        # step left must not wipe the count of wrong TOTP codes.
        undo_attempt(session, attempt, now, proved=step is None)
    if step is not None:
        challenge, until = login_steps.issue(session, user, step, address, now, cfg)
        audit(session, actor, now, "auth.login_step", "user", user.id, {"step": step})
        return LoginStepResult(step, challenge, until)
    return open_session(session, user, actor, now, cfg)


def open_session(
    session: Session, user: t.User, actor: Actor, now: datetime, cfg: ServerSettings
) -> LoginResult:
    """A new session for ``user``, audited as a login."""
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
            client_address=actor.address,
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
