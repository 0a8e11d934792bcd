"""The desktop's account calls: the login's later steps, one's own password and second
factor, and the administrator's account commands. Typed answers (``app.schemas``); the
views never see a URL or JSON.

Administrator commands are sent once, not through the Outbox: a one-time password is shown
once and must not be replayed from an offline queue.
"""

from __future__ import annotations

import uuid
from typing import Any

from app.client import endpoints
from app.client.api import ApiClient, LoginInfo
from app.models.enums import Role
from app.schemas.auth import RecoveryCodes, TotpEnrolment
from app.schemas.users import AccountRecord, AccountsPage, OneTimePassword, SessionsPage


def new_password(api: ApiClient, challenge: str, password: str) -> LoginInfo:
    """The login step after a one-time password (may raise ``LoginStepRequired`` again)."""
    return api.login_step(
        endpoints.NEW_PASSWORD, {"challenge": challenge, "new_password": password}
    )


def start_totp(api: ApiClient, challenge: str) -> TotpEnrolment:
    """At login, a role that needs a second factor: the secret to scan."""
    body = api.command(
        endpoints.TOTP_START, {"challenge": challenge}, if_match=None, idempotency_key=""
    )
    return TotpEnrolment.model_validate(body)


def totp_login(api: ApiClient, challenge: str, code: str) -> LoginInfo:
    """The second factor at login: a TOTP code or a recovery code."""
    return api.login_step(endpoints.TOTP_LOGIN, {"challenge": challenge, "code": code.strip()})


def _once(
    api: ApiClient, path: str, body: dict[str, Any], version: int | None = None
) -> dict[str, Any]:
    return api.command(path, body, if_match=version, idempotency_key=uuid.uuid4().hex)


def change_own_password(api: ApiClient, current: str, new: str) -> None:
    _once(api, endpoints.MY_PASSWORD, {"current_password": current, "new_password": new})


def enrol_own_totp(api: ApiClient) -> TotpEnrolment:
    return TotpEnrolment.model_validate(_once(api, endpoints.MY_TOTP_ENROL, {}))


def confirm_own_totp(api: ApiClient, code: str) -> RecoveryCodes:
    return RecoveryCodes.model_validate(
        _once(api, endpoints.MY_TOTP_CONFIRM, {"code": code.strip()})
    )


def list_accounts(api: ApiClient) -> AccountsPage:
    return AccountsPage.model_validate(api.get(endpoints.ACCOUNTS))


def create_account(api: ApiClient, username: str, display_name: str, role: Role) -> OneTimePassword:
    body = {"username": username.strip(), "display_name": display_name.strip(), "role": role.value}
    return OneTimePassword.model_validate(_once(api, endpoints.ACCOUNTS, body))


def edit_account(
    api: ApiClient, account: AccountRecord, display_name: str, role: Role
) -> AccountRecord:
    body = {"display_name": display_name.strip(), "role": role.value}
    path = endpoints.account_action(account.id, "edit")
    return AccountRecord.model_validate(_once(api, path, body, account.version))


def set_enabled(
    api: ApiClient, account: AccountRecord, enabled: bool, reason: str = ""
) -> AccountRecord:
    path = endpoints.account_action(account.id, "enable" if enabled else "disable")
    return AccountRecord.model_validate(_once(api, path, {"reason": reason}, account.version))


def reset_password(api: ApiClient, account: AccountRecord, reason: str = "") -> OneTimePassword:
    path = endpoints.account_action(account.id, "reset-password")
    return OneTimePassword.model_validate(_once(api, path, {"reason": reason}, account.version))


def reset_totp(api: ApiClient, account: AccountRecord, reason: str = "") -> AccountRecord:
    path = endpoints.account_action(account.id, "reset-totp")
    return AccountRecord.model_validate(_once(api, path, {"reason": reason}, account.version))


def sessions(api: ApiClient, user_id: int) -> SessionsPage:
    return SessionsPage.model_validate(api.get(endpoints.account_sessions(user_id)))


def end_sessions(api: ApiClient, user_id: int) -> int:
    body = _once(api, endpoints.account_action(user_id, "sessions/end"), {})
    return int(body["ended"])
