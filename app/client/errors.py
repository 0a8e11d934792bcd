"""Typed client errors: one class per thing the desktop reacts to differently.

Every error carries the server's machine code plus a message in Chinese and English, so a
view can show ``err.text(lang)`` without knowing where the error came from.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from app import API_VERSION


class ClientError(Exception):
    """Base of every error the client raises.

    Attributes:
        code: machine-readable code (the server's ``error.code``, or a client-side one).
        message: Chinese text for the user.
        message_en: English text for the user.
        status: the HTTP status, None when no response arrived.
        details: the server's ``error.details``.
    """

    def __init__(
        self,
        code: str,
        message: str,
        message_en: str,
        *,
        status: int | None = None,
        details: Mapping[str, Any] | None = None,
    ) -> None:
        super().__init__(message_en)
        self.code = code
        self.message = message
        self.message_en = message_en
        self.status = status
        self.details: dict[str, Any] = dict(details or {})

    def text(self, lang: str) -> str:
        """The message in ``lang`` ("zh", "zh_CN", "en", ...); Chinese unless English is asked."""
        return self.message_en if lang.lower().startswith("en") else self.message

    def to_dict(self) -> dict[str, Any]:
        """A JSON-safe record of the error (kept with a failed Outbox command)."""
        return {
            "code": self.code,
            "message": self.message,
            "message_en": self.message_en,
            "status": self.status,
            "details": self.details,
        }

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.code!r}, status={self.status!r})"


class Unreachable(ClientError):
    """No answer: connection refused, timeout, DNS failure."""


class CertificateError(ClientError):
    """TLS verification failed: the server's certificate is not trusted."""


class AuthFailed(ClientError):
    """401: wrong username or password, or the session expired or was revoked."""


class LoginBlocked(ClientError):
    """423 (locked) or 429 (throttled): wait ``retry_after`` seconds before trying again."""

    def __init__(self, *args: Any, retry_after: int = 0, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.retry_after = retry_after


class Forbidden(ClientError):
    """403: the user's role may not do this."""


class Conflict(ClientError):
    """412: someone changed the entity first; ``current`` is the server's version of it."""

    @property
    def current(self) -> dict[str, Any]:
        current = self.details.get("current")
        return dict(current) if isinstance(current, Mapping) else {}


class Rejected(ClientError):
    """Any other 4xx: invalid transition (409), not eligible or invalid (422), not found (404)."""


class ServerError(ClientError):
    """5xx: the server failed; a safe call may be retried."""


class IncompatibleServer(ClientError):
    """The server speaks an API version this client does not."""

    def server_too_old(self) -> bool | None:
        """True: the server is older than this app; False: newer; None: cannot tell."""
        server = self.details.get("server")
        if not isinstance(server, dict):
            return None
        try:
            api = int(server.get("api_version", 0))
            min_client = int(server.get("min_client_api", api))
        except (TypeError, ValueError):
            return None
        if api < API_VERSION:
            return True
        if min_client > API_VERSION:
            return False
        return None


class CursorExpired(ClientError):
    """410: the sync cursor is past retention or from another feed epoch; re-sync from scratch."""


def unreachable(base_url: str, reason: str = "") -> Unreachable:
    return Unreachable(
        "unreachable",
        f"无法连接服务器 {base_url}，请检查网络连接和服务器地址后重试。",
        f"Cannot reach the server at {base_url}. Check the network and the server address, "
        "then try again.",
        details={"reason": reason} if reason else None,
    )


def timed_out(base_url: str) -> Unreachable:
    return Unreachable(
        "timeout",
        f"服务器 {base_url} 响应超时，请检查网络后重试。",
        f"The server at {base_url} did not answer in time. Check the network and try again.",
    )


def certificate_error(base_url: str, reason: str = "") -> CertificateError:
    return CertificateError(
        "certificate_untrusted",
        f"服务器证书不受信任，无法安全连接 {base_url}。请联系管理员确认服务器证书或配置 CA 证书。",
        f"The server's certificate is not trusted, so {base_url} cannot be reached securely. "
        "Ask your administrator to check the certificate or configure the CA bundle.",
        details={"reason": reason} if reason else None,
    )


_GENERIC: dict[int, tuple[str, str]] = {
    401: ("登录已失效，请重新登录。", "Your session has ended; please log in again."),
    403: ("您的角色无权执行此操作。", "Your role may not do this."),
    404: ("找不到该记录。", "Not found."),
    410: ("同步位置已过期，需要重新完整同步。", "The sync cursor has expired; re-sync."),
    412: ("记录已被他人修改，请查看最新状态后重试。", "Changed by someone else; review and retry."),
}


def from_response(status: int, body: Any, headers: Mapping[str, str]) -> ClientError:
    """The typed error for an HTTP error response (``body`` is the parsed JSON, or None)."""
    err = body.get("error") if isinstance(body, Mapping) else None
    if not isinstance(err, Mapping):
        err = {}
    zh, en = _GENERIC.get(
        status,
        ("服务器内部错误，请稍后重试。", "Server error; please retry later.")
        if status >= 500
        else ("请求被拒绝。", f"The request was refused (HTTP {status})."),
    )
    code = str(err.get("code") or f"http_{status}")
    message = str(err.get("message") or zh)
    message_en = str(err.get("message_en") or en)
    details = err.get("details")
    kw: dict[str, Any] = {
        "status": status,
        "details": details if isinstance(details, Mapping) else None,
    }
    if status == 401:
        return AuthFailed(code, message, message_en, **kw)
    if status in (423, 429):
        return LoginBlocked(code, message, message_en, retry_after=_retry_after(err, headers), **kw)
    if status == 403:
        return Forbidden(code, message, message_en, **kw)
    if status == 410:
        return CursorExpired(code, message, message_en, **kw)
    if status == 412:
        return Conflict(code, message, message_en, **kw)
    if status >= 500:
        return ServerError(code, message, message_en, **kw)
    return Rejected(code, message, message_en, **kw)


def _retry_after(err: Mapping[str, Any], headers: Mapping[str, str]) -> int:
    details = err.get("details")
    if isinstance(details, Mapping):
        value = details.get("retry_after")
        if isinstance(value, int | float):
            return max(0, int(value))
    raw = headers.get("Retry-After", "")
    return int(raw) if raw.strip().isdigit() else 0


class LoginStepRequired(ClientError):
    """The password was right and a step remains before a session opens.

    Attributes:
        step: "password_change_required", "totp_required" or "totp_enrolment_required".
        challenge: what the next step sends back (short-lived; never logged).
    """

    def __init__(self, step: str, challenge: str) -> None:
        super().__init__(
            step,
            "登录还需要一步。",
            "One more step is needed to log in.",
            status=200,
            details={"step": step},
        )
        self.step = step
        self.challenge = challenge

    def __repr__(self) -> str:  # never print the challenge
        return f"LoginStepRequired({self.step!r})"
