"""The session token lives only in the OS keyring (never in files, SQLite or logs).

Without a usable keyring the desktop still works; the user just logs in at every start,
and :attr:`TokenStore.warning` says why, once.
"""

from __future__ import annotations

import logging

import keyring
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail
from keyring.errors import KeyringError, PasswordDeleteError

log = logging.getLogger(__name__)

SERVICE = "shangmen-desk"

NO_KEYRING = (
    "系统钥匙串不可用，登录令牌不会被保存，每次启动都需要重新登录。"
    " / No usable system keyring: the login token is not kept and you will log in at every start."
)
KEYRING_FAILED = (
    "系统钥匙串出错，登录令牌未能保存或读取，下次启动需要重新登录。"
    " / The system keyring failed: the login token could not be kept; log in again next time."
)


def _key(server_url: str, username: str) -> str:
    return f"{server_url}|{username}"


def _usable(backend: KeyringBackend) -> bool:
    if isinstance(backend, fail.Keyring):
        return False
    if isinstance(backend, chainer.ChainerBackend) and not backend.backends:
        return False
    module = type(backend).__module__
    # keyrings.alt keeps secrets in files (plaintext or with a typed-in password);
    # the null backend silently forgets. Neither is a keyring for a session token.
    return not (module.startswith("keyrings.alt") or module == "keyring.backends.null")


class TokenStore:
    """Load, save and delete the token of (server, user) in the OS keyring.

    Args:
        backend: the keyring backend to use; the system's (``keyring.get_keyring()``) if None.

    Attributes:
        available: False when there is no usable keyring (tokens are then not kept at all).
        warning: why not, for the user; set once, when the store finds out.
    """

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self._backend = backend if backend is not None else keyring.get_keyring()
        self.available = _usable(self._backend)
        self.warning: str | None = None
        if not self.available:
            self._disable(NO_KEYRING, f"no usable keyring backend ({type(self._backend)!r})")

    @property
    def backend_name(self) -> str:
        """The keyring backend in use, as its package names it (for the self-test)."""
        backend = type(self._backend)
        return f"{backend.__module__}.{backend.__name__}"

    def _disable(self, warning: str, why: str) -> None:
        first = self.warning is None
        self.available = False
        self.warning = self.warning or warning
        if first:
            log.warning("token store disabled: %s", why)

    def load(self, server_url: str, username: str) -> str | None:
        if not self.available:
            return None
        try:
            return self._backend.get_password(SERVICE, _key(server_url, username))
        except (KeyringError, OSError) as exc:
            self._disable(KEYRING_FAILED, type(exc).__name__)
            return None

    def save(self, server_url: str, username: str, token: str) -> bool:
        """True when the keyring now holds the token."""
        if not self.available:
            return False
        try:
            self._backend.set_password(SERVICE, _key(server_url, username), token)
        except (KeyringError, OSError) as exc:
            self._disable(KEYRING_FAILED, type(exc).__name__)
            return False
        return True

    def delete(self, server_url: str, username: str) -> None:
        if not self.available:
            return
        try:
            self._backend.delete_password(SERVICE, _key(server_url, username))
        except PasswordDeleteError:
            pass  # nothing stored: nothing to forget
        except (KeyringError, OSError) as exc:
            self._disable(KEYRING_FAILED, type(exc).__name__)
