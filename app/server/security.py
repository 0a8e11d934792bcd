"""Passwords (argon2) and opaque session tokens (only their SHA-256 is stored)."""

from __future__ import annotations

import hashlib
import secrets
import threading

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from app.server.errors import ApiError

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str, password: str) -> bool:
    try:
        return _hasher.verify(password_hash, password)
    except (VerificationError, InvalidHashError):
        return False


# Verifying against this keeps a login for an unknown user as slow as for a known one.
DUMMY_HASH = _hasher.hash("not-a-real-password")


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class PasswordGate:
    """At most ``slots`` password checks at once in this process.

    Each argon2 check takes 64 MiB and a core for a moment: unbounded, a burst of logins
    (for unknown users too, which cost the same) exhausts the memory and stalls every other
    request. The rest wait up to ``wait`` seconds, then get 429 with Retry-After.
    """

    def __init__(self, slots: int, wait: float) -> None:
        self._slots = threading.BoundedSemaphore(max(1, slots))
        self._wait = wait

    def verify(self, password_hash: str, password: str) -> bool:
        if not self._slots.acquire(timeout=self._wait):
            raise ApiError(
                429,
                "login_busy",
                "登录请求过多，请稍后再试。",
                "Too many logins at once: try again in a moment.",
                details={"retry_after": 1},
                headers={"Retry-After": "1"},
            )
        try:
            return verify_password(password_hash, password)
        finally:
            self._slots.release()
