"""Client errors in words a dispatcher understands (and can act on)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication

from app.client.errors import (
    AuthFailed,
    CertificateError,
    ClientError,
    Forbidden,
    IncompatibleServer,
    LoginBlocked,
    ServerError,
    Unreachable,
)
from app.views.i18n import current_language


def wait_text(seconds: int) -> str:
    """ "45 seconds" under a minute, else whole minutes rounded up ("15 minutes")."""
    if seconds < 60:
        return QCoreApplication.translate("ErrorText", "%1 seconds").replace(
            "%1", str(max(1, seconds))
        )
    return QCoreApplication.translate("ErrorText", "%1 minutes").replace(
        "%1", str(math.ceil(seconds / 60))
    )


def server_too_old(exc: IncompatibleServer) -> bool | None:
    """True: the server is older than this app; False: newer; None: cannot tell."""
    return exc.server_too_old()


def describe_error(exc: BaseException, server_url: str = "") -> str:
    """One or two sentences for a login or connection error."""
    if isinstance(exc, AuthFailed):
        if exc.code in ("session_expired", "not_authenticated"):
            return QCoreApplication.translate(
                "ErrorText", "Your session has ended. Please log in again."
            )
        return QCoreApplication.translate(
            "ErrorText", "Wrong user name or password. Check both and try again."
        )
    if isinstance(exc, LoginBlocked):
        wait = wait_text(exc.retry_after) if exc.retry_after > 0 else ""
        if exc.status == 423:
            text = QCoreApplication.translate(
                "ErrorText",
                "This account is locked after too many failed attempts. Try again in %1, "
                "or ask an administrator to unlock it.",
            )
        else:
            text = QCoreApplication.translate(
                "ErrorText", "Too many login attempts. Try again in %1."
            )
        if not wait:
            wait = QCoreApplication.translate("ErrorText", "a few minutes")
        return text.replace("%1", wait)
    if isinstance(exc, CertificateError):
        return QCoreApplication.translate(
            "ErrorText",
            "The server's security certificate is not trusted, so the connection was stopped. "
            "Ask your administrator to install the company's CA certificate.",
        )
    if isinstance(exc, Unreachable):
        return QCoreApplication.translate(
            "ErrorText",
            "Cannot reach the server at %1. Check the server address and your network connection.",
        ).replace("%1", server_url or QCoreApplication.translate("ErrorText", "that address"))
    if isinstance(exc, IncompatibleServer):
        too_old = server_too_old(exc)
        if too_old is True:
            return QCoreApplication.translate(
                "ErrorText",
                "The server is older than this app and cannot serve it. Ask your administrator "
                "to update the server.",
            )
        if too_old is False:
            return QCoreApplication.translate(
                "ErrorText",
                "The server is newer than this app. Please install the latest version of "
                "Shangmen Desk.",
            )
        return QCoreApplication.translate(
            "ErrorText", "The server and this app do not speak the same version."
        )
    if isinstance(exc, Forbidden):
        return QCoreApplication.translate("ErrorText", "Your account may not do this.")
    if isinstance(exc, ServerError):
        return QCoreApplication.translate(
            "ErrorText", "The server ran into a problem. Try again in a moment."
        )
    if isinstance(exc, ClientError):
        return exc.text(current_language())
    return QCoreApplication.translate("ErrorText", "Unexpected error: %1").replace(
        "%1", type(exc).__name__
    )
