"""The steps of a login after the password: a new password, a TOTP code, a TOTP enrolment.

A right password that still needs a step answers a short-lived challenge instead of a session;
the challenge (stored hashed, in the database so that any server process may take the next
step) names the step. Checking a code is cheap (TOTP) or argon2 (a recovery code): done
between transactions, like the password check.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cache
from pathlib import Path

import pyotp
from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import Role
from app.rules.accounts import normalise_common, password_problem, totp_required
from app.server.errors import ApiError
from app.server.security import PasswordGate, hash_password, new_token, token_hash
from app.server.settings import ServerSettings

PASSWORD_STEP = "password_change_required"
TOTP_STEP = "totp_required"
ENROL_STEP = "totp_enrolment_required"
CHALLENGE_FAILURES = 5  # wrong codes on one challenge before it is spent
TOTP_ISSUER = "Shangmen Desk"
RECOVERY_CODES = 8

COMMON_PASSWORDS_FILE = (
    Path(__file__).resolve().parents[3] / "resources" / "security" / "common_passwords.txt"
)


@cache
def common_passwords() -> frozenset[str]:
    return normalise_common(COMMON_PASSWORDS_FILE.read_text(encoding="utf-8").splitlines())


def check_password_policy(password: str, username: str) -> None:
    """422 ``weak_password`` with the rule's words when ``password`` may not be used."""
    problem = password_problem(password, username, common_passwords())
    if problem is not None:
        raise ApiError(422, "weak_password", problem.zh, problem.en, details={"rule": problem.code})


def one_time_password() -> str:
    """A password an administrator hands over once: 16 characters, no look-alikes."""
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"
    while True:
        candidate = "".join(secrets.choice(alphabet) for _ in range(16))
        if password_problem(candidate, "", frozenset()) is None:
            return candidate


def totp_enrolled(user: t.User) -> bool:
    return user.totp_secret is not None and user.totp_enabled_at is not None


def next_step(user: t.User, cfg: ServerSettings) -> str | None:
    """What remains after a right password, or None: open the session."""
    if user.must_change_password:
        return PASSWORD_STEP
    if totp_enrolled(user):
        return TOTP_STEP
    if totp_required(Role(user.role)) and cfg.totp_enrolment_required and not cfg.demo:
        return ENROL_STEP
    return None


def issue(
    session: Session, user: t.User, step: str, address: str, now: datetime, cfg: ServerSettings
) -> tuple[str, datetime]:
    """A new challenge for ``step`` (the user's earlier ones are spent)."""
    session.execute(delete(t.LoginChallenge).where(t.LoginChallenge.user_id == user.id))
    token = new_token()
    expires = now + timedelta(minutes=cfg.login_challenge_minutes)
    session.add(
        t.LoginChallenge(
            token_hash=token_hash(token),
            user_id=user.id,
            step=step,
            created_at=now,
            expires_at=expires,
            failures=0,
            client_address=address,
        )
    )
    return token, expires


def challenge_expired() -> ApiError:
    return ApiError(
        401,
        "challenge_expired",
        "登录步骤已超时或无效，请重新输入用户名和密码。",
        "This login step has expired or is not valid; enter your user name and password again.",
    )


@dataclass(frozen=True, slots=True)
class Pending:
    """A challenge and its user, read before a code is checked."""

    token_hash: str
    step: str
    user_id: int
    username: str
    role: Role
    totp_secret: str | None
    recovery_code_hashes: tuple[str, ...]


def pending(session: Session, token: str, now: datetime, steps: tuple[str, ...]) -> Pending:
    row = session.get(t.LoginChallenge, token_hash(token))
    if row is None or row.expires_at <= now or row.step not in steps:
        raise challenge_expired()
    user = session.get(t.User, row.user_id)
    if user is None or not user.active:
        raise challenge_expired()
    return Pending(
        row.token_hash,
        row.step,
        user.id,
        user.username,
        Role(user.role),
        user.totp_secret,
        tuple(user.recovery_code_hashes or ()),
    )


def new_totp_secret() -> str:
    return pyotp.random_base32()


def otpauth_uri(secret: str, username: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=TOTP_ISSUER)


def totp_step(secret: str | None, code: str, now: datetime) -> int | None:
    """The 30-second step a six-digit code belongs to (this one or one either side, for clock
    drift), or None when it is no good. The caller refuses a step already used."""
    digits = code.replace(" ", "")
    if secret is None or not (len(digits) == 6 and digits.isascii() and digits.isdigit()):
        return None
    totp = pyotp.TOTP(secret)
    here = totp.timecode(now)
    for step in (here - 1, here, here + 1):
        if hmac.compare_digest(totp.generate_otp(step), digits):
            return step
    return None


def claim_totp_step(session: Session, user_id: int, step: int) -> bool:
    """Spend ``step`` for this user: False when a code of it (or a later one) was accepted
    before, i.e. the code is being replayed (RFC 6238 section 5.2)."""
    user = session.get(t.User, user_id, with_for_update=True)
    if user is None or (user.totp_last_step is not None and step <= user.totp_last_step):
        return False
    user.totp_last_step = step
    return True


def recovery_code_used(hashes: tuple[str, ...], code: str, gate: PasswordGate) -> str | None:
    """The hash of the recovery code ``code`` matches, or None (argon2: via the gate)."""
    normalised = normalise_recovery(code)
    if len(normalised) != 10:
        return None
    for h in hashes:
        if gate.verify(h, normalised):
            return h
    return None


def normalise_recovery(code: str) -> str:
    return code.replace("-", "").replace(" ", "").lower()


def new_recovery_codes() -> tuple[list[str], list[str]]:
    """(codes shown once, their argon2 hashes stored)."""
    alphabet = "abcdefghjkmnpqrstuvwxyz23456789"
    codes = ["".join(secrets.choice(alphabet) for _ in range(10)) for _ in range(RECOVERY_CODES)]
    shown = [f"{c[:5]}-{c[5:]}" for c in codes]
    return shown, [hash_password(c) for c in codes]


def wrong_code(session: Session, challenge_hash: str) -> ApiError:
    """Count a wrong code on the challenge (spent after a few); the error to answer."""
    row = session.get(t.LoginChallenge, challenge_hash, with_for_update=True)
    if row is not None:
        row.failures += 1
        if row.failures >= CHALLENGE_FAILURES:
            session.delete(row)
    return ApiError(
        401,
        "bad_totp_code",
        "验证码错误或已过期，请输入身份验证器中当前的 6 位数字。",
        "Wrong or expired code: enter the current six digits from your authenticator.",
    )


def spend(session: Session, challenge_hash: str) -> None:
    row = session.get(t.LoginChallenge, challenge_hash)
    if row is None:
        raise challenge_expired()  # spent by a parallel request meanwhile
    session.delete(row)
