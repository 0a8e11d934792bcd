"""A member of staff's own account: the password and the second factor, in each step of a
login and afterwards. Slow work (argon2) is done by the caller between transactions."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import Role
from app.server.changes import record_change
from app.server.errors import ApiError
from app.server.services import login_steps
from app.server.services.auth import LoginResult, LoginStepResult, open_session
from app.server.services.context import Actor, audit
from app.server.settings import ServerSettings


def actor_for(user_id: int, username: str, role: Role, address: str) -> Actor:
    return Actor(user_id, username, role, address)


def set_password(
    session: Session, actor: Actor, user_id: int, password_hash: str, now: datetime
) -> t.User:
    user = session.get(t.User, user_id, with_for_update=True)
    if user is None or not user.active:
        raise login_steps.challenge_expired()
    user.password_hash = password_hash
    user.must_change_password = False
    user.updated_at = now
    record_change(session, user, now)
    audit(session, actor, now, "auth.password_change", "user", user.id)
    return user


def continue_login(
    session: Session, user: t.User, actor: Actor, now: datetime, cfg: ServerSettings
) -> LoginResult | LoginStepResult:
    """The next step after one is done, or the session."""
    step = login_steps.next_step(user, cfg)
    if step is not None:
        challenge, until = login_steps.issue(session, user, step, actor.address, now, cfg)
        return LoginStepResult(step, challenge, until)
    return open_session(session, user, actor, now, cfg)


def start_enrolment(session: Session, actor: Actor, user_id: int, now: datetime) -> dict[str, Any]:
    """A new (not yet confirmed) TOTP secret for the user; the enrolled one stays until the
    new one is confirmed by a code."""
    user = session.get(t.User, user_id, with_for_update=True)
    if user is None:
        raise login_steps.challenge_expired()
    if login_steps.totp_enrolled(user):
        raise ApiError(
            409,
            "totp_already_enrolled",
            "已启用两步验证。如需更换设备，请联系管理员重置。",
            "A second factor is already enrolled; ask an administrator to reset it to change "
            "device.",
        )
    secret = login_steps.new_totp_secret()
    user.totp_secret = secret
    user.updated_at = now
    record_change(session, user, now)
    audit(session, actor, now, "auth.totp_enrol_start", "user", user.id)
    return {"secret": secret, "otpauth_uri": login_steps.otpauth_uri(secret, user.username)}


def confirm_enrolment(
    session: Session, actor: Actor, user_id: int, recovery_hashes: list[str], now: datetime
) -> t.User:
    user = session.get(t.User, user_id, with_for_update=True)
    if user is None or user.totp_secret is None:
        raise login_steps.challenge_expired()
    user.totp_enabled_at = now
    user.recovery_code_hashes = recovery_hashes
    user.updated_at = now
    record_change(session, user, now)
    audit(session, actor, now, "auth.totp_enrolled", "user", user.id)
    return user


def use_recovery_code(
    session: Session, actor: Actor, user: t.User, used_hash: str, now: datetime
) -> None:
    user.recovery_code_hashes = [h for h in (user.recovery_code_hashes or []) if h != used_hash]
    user.updated_at = now
    record_change(session, user, now)
    audit(
        session,
        actor,
        now,
        "auth.recovery_code_used",
        "user",
        user.id,
        {"remaining": len(user.recovery_code_hashes)},
    )
