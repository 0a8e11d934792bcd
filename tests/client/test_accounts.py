"""The desktop's account and audit calls against a real server process."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pyotp
import pytest

from app.client import accounts, endpoints
from app.client.api import ApiClient
from app.client.audit import AuditFilter, audit_page, verify_chain
from app.client.errors import ClientError, LoginStepRequired
from app.models.enums import Role
from tests.client.conftest import ApiFactory
from tests.client.live_server import ServerProcess

NEW_PASSWORD = "Hutong-Lantern-7342"


def test_account_lifecycle_through_the_typed_client(
    server: ServerProcess, make_api: ApiFactory, login: Callable[[str], ApiClient]
) -> None:
    admin = login("admin")
    made = accounts.create_account(admin, " zhaolei ", "赵磊", Role.AGENT)
    assert made.account.must_change_password
    assert made.account.username == "zhaolei"

    user = make_api(server.url)
    with pytest.raises(LoginStepRequired) as step:
        user.login("zhaolei", made.one_time_password)
    assert step.value.step == "password_change_required"
    assert "challenge" not in repr(step.value)
    with pytest.raises(ClientError) as weak:
        accounts.new_password(user, step.value.challenge, "password123")
    assert weak.value.code == "weak_password"
    info = accounts.new_password(user, step.value.challenge, NEW_PASSWORD)
    assert info.user.username == "zhaolei"
    assert info.recovery_codes == ()

    accounts.change_own_password(user, NEW_PASSWORD, NEW_PASSWORD + "!")
    enrolment = accounts.enrol_own_totp(user)
    assert enrolment.otpauth_uri.startswith("otpauth://")
    codes = accounts.confirm_own_totp(user, pyotp.TOTP(enrolment.secret).now())
    assert len(codes.recovery_codes) == 8

    again = make_api(server.url)
    with pytest.raises(LoginStepRequired) as step:
        again.login("zhaolei", NEW_PASSWORD + "!")
    assert step.value.step == "totp_required"
    assert accounts.totp_login(again, step.value.challenge, codes.recovery_codes[0]).user
    with pytest.raises(ClientError) as expired:
        accounts.start_totp(again, step.value.challenge)
    assert expired.value.status == 401

    found = next(a for a in accounts.list_accounts(admin).data if a.username == "zhaolei")
    assert found.totp_enabled
    assert accounts.sessions(admin, found.id).count == 2
    assert accounts.end_sessions(admin, found.id) == 2
    edited = accounts.edit_account(admin, found, "赵磊（夜班）", Role.DISPATCHER)
    assert edited.role == Role.DISPATCHER
    edited = accounts.reset_totp(admin, edited)
    assert not edited.totp_enabled
    disabled = accounts.set_enabled(admin, edited, False, "离职")
    assert not disabled.active
    enabled = accounts.set_enabled(admin, disabled, True)
    assert enabled.active
    reset = accounts.reset_password(admin, enabled)
    assert reset.account.must_change_password

    page = audit_page(admin, AuditFilter(action="account.", entity="user", username="admin"))
    assert page.count >= 6
    assert {e.action for e in page.data} >= {"account.create", "account.disable"}
    now = datetime.now(UTC)
    window = AuditFilter(since=now - timedelta(hours=1), until=now + timedelta(hours=1))
    assert audit_page(admin, window, page=1).data is not None
    assert verify_chain(admin).intact


def test_unknown_account_action_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown account action"):
        endpoints.account_action(1, "delete")


def test_start_totp_answers_the_secret_to_scan(monkeypatch: pytest.MonkeyPatch) -> None:
    api = ApiClient("http://127.0.0.1:9", timeout=1.0)
    sent: list[str] = []

    def command(path: str, body: object, **_: object) -> dict[str, str]:
        sent.append(path)
        return {"secret": "JBSWY3DPEHPK3PXP", "otpauth_uri": "otpauth://totp/x"}

    monkeypatch.setattr(api, "command", command)
    assert accounts.start_totp(api, "c").secret == "JBSWY3DPEHPK3PXP"
    assert sent == [endpoints.TOTP_START]
    api.close()
