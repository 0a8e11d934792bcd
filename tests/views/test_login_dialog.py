"""Login: plain-words errors for every failure, off-thread login, token only via the store."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog

from app import API_VERSION
from app.client.api import LoginInfo, UserInfo
from app.client.errors import (
    AuthFailed,
    CertificateError,
    ClientError,
    Forbidden,
    IncompatibleServer,
    LoginBlocked,
    ServerError,
    certificate_error,
    unreachable,
)
from app.machine_config import ServerOrigin
from app.views.error_text import describe_error
from app.views.login_dialog import DEMO_PASSWORD, LoginDialog

pytestmark = pytest.mark.gui

URL = "https://desk.example.cn"
USER = UserInfo(id=1, username="dispatcher", display_name="张调度", role="dispatcher")


def incompatible(api_version: int, min_client_api: int) -> IncompatibleServer:
    return IncompatibleServer(
        "incompatible_server",
        "不兼容",
        "incompatible",
        details={"server": {"api_version": api_version, "min_client_api": min_client_api}},
    )


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            AuthFailed("bad_credentials", "用户名或密码错误。", "Wrong."),
            "Wrong user name or password",
        ),
        (
            AuthFailed("session_expired", "登录已失效", "ended"),
            "Your session has ended",
        ),
        (
            LoginBlocked("account_locked", "锁定", "locked", status=423, retry_after=900),
            "locked after too many failed attempts. Try again in 15 minutes",
        ),
        (
            LoginBlocked("login_throttled", "太频繁", "slow down", status=429, retry_after=40),
            "Too many login attempts. Try again in 40 seconds",
        ),
        (unreachable(URL), f"Cannot reach the server at {URL}"),
        (certificate_error(URL), "certificate is not trusted"),
        (incompatible(API_VERSION - 1, API_VERSION - 1), "server is older than this app"),
        (incompatible(API_VERSION + 1, API_VERSION + 1), "server is newer than this app"),
        (Forbidden("forbidden", "无权", "no"), "may not do this"),
        (ServerError("http_500", "服务器错误", "boom", status=500), "server ran into a problem"),
    ],
)
def test_each_error_reads_as_plain_words(qapp: Any, error: ClientError, expected: str) -> None:
    assert expected in describe_error(error, URL)


def test_certificate_error_is_not_mistaken_for_unreachable(qapp: Any) -> None:
    text = describe_error(CertificateError("certificate_untrusted", "证书", "cert"), URL)
    assert "Cannot reach" not in text


class FakeBackend:
    def __init__(self, outcome: LoginInfo | Exception, me: UserInfo | Exception = USER) -> None:
        self.outcome = outcome
        self.me = me
        self.calls: list[tuple[str, str, str]] = []
        self.resumed: list[tuple[str, str]] = []

    def login(self, server_url: str, username: str, password: str) -> LoginInfo:
        self.calls.append((server_url, username, password))
        if isinstance(self.outcome, Exception):
            raise self.outcome
        return self.outcome

    def resume(self, server_url: str, token: str) -> UserInfo:
        self.resumed.append((server_url, token))
        if isinstance(self.me, Exception):
            raise self.me
        return self.me


class FakeTokens:
    def __init__(self, available: bool = True, stored: str | None = None) -> None:
        self.available = available
        self.warning = None if available else "系统钥匙串不可用 / No usable system keyring"
        self.saved: list[tuple[str, str, str]] = []
        self.deleted: list[tuple[str, str]] = []
        self.stored = stored

    def load(self, server_url: str, username: str) -> str | None:
        return self.stored

    def save(self, server_url: str, username: str, token: str) -> bool:
        self.saved.append((server_url, username, token))
        return True

    def delete(self, server_url: str, username: str) -> None:
        self.deleted.append((server_url, username))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def make_dialog(
    qtbot: Any,
    backend: FakeBackend,
    tokens: FakeTokens,
    settings: QSettings,
    *,
    embedded: bool = False,
) -> LoginDialog:
    dialog = LoginDialog(
        backend=backend, tokens=tokens, settings=settings, server_url=URL, embedded=embedded
    )
    qtbot.addWidget(dialog)
    return dialog


def submit(qtbot: Any, dialog: LoginDialog) -> None:
    with qtbot.waitSignal(dialog.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        dialog.submit()


def test_wrong_password_shows_the_reason_and_keeps_the_dialog_open(
    qtbot: Any, settings: QSettings
) -> None:
    backend = FakeBackend(AuthFailed("bad_credentials", "用户名或密码错误。", "Wrong."))
    dialog = make_dialog(qtbot, backend, FakeTokens(), settings)
    dialog.user_edit.setText("dispatcher")
    dialog.password_edit.setText("nope")

    submit(qtbot, dialog)

    assert backend.calls == [(URL, "dispatcher", "nope")]
    assert "Wrong user name or password" in dialog.error_label.text()
    assert dialog.result_value is None
    assert dialog.login_button.isEnabled()


def test_locked_account_says_how_long(qtbot: Any, settings: QSettings) -> None:
    locked = LoginBlocked("account_locked", "锁定", "locked", status=423, retry_after=125)
    dialog = make_dialog(qtbot, FakeBackend(locked), FakeTokens(), settings)
    dialog.user_edit.setText("agent")
    dialog.password_edit.setText("x")

    submit(qtbot, dialog)

    assert "3 minutes" in dialog.error_label.text()


def test_successful_login_remembers_the_token_only_in_the_store(
    qtbot: Any, settings: QSettings
) -> None:
    info = LoginInfo(token="secret-token", expires_at=datetime(2026, 1, 1, tzinfo=UTC), user=USER)
    tokens = FakeTokens()
    dialog = make_dialog(qtbot, FakeBackend(info), tokens, settings, embedded=True)
    dialog.demo_combo.setCurrentIndex(1)  # the dispatcher demo account
    dialog.remember_box.setChecked(True)
    assert dialog.password_edit.text() == DEMO_PASSWORD

    submit(qtbot, dialog)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_value is not None
    assert dialog.result_value.user == USER
    assert tokens.saved == [(URL, "dispatcher", "secret-token")]
    settings.sync()
    stored = Path(settings.fileName()).read_text(encoding="utf-8")
    assert "secret-token" not in stored
    assert "shangmen-demo" not in stored


def test_without_a_keyring_the_warning_shows_and_remember_is_off(
    qtbot: Any, settings: QSettings
) -> None:
    tokens = FakeTokens(available=False)
    dialog = make_dialog(qtbot, FakeBackend(AuthFailed("x", "x", "x")), tokens, settings)
    dialog.show()

    assert not dialog.remember_box.isEnabled()
    assert not dialog.remember_box.isChecked()
    assert dialog.keyring_note.isVisible()
    assert "no system keyring is available" in dialog.keyring_note.text()
    assert "钥匙串" not in dialog.keyring_note.text()  # one language at a time (English here)


def test_remembered_token_resumes_without_a_password(qtbot: Any, settings: QSettings) -> None:
    settings.setValue("login/username", "dispatcher")
    settings.setValue("login/remember", True)
    backend = FakeBackend(AuthFailed("x", "x", "x"))
    dialog = make_dialog(qtbot, backend, FakeTokens(stored="kept-token"), settings)

    with qtbot.waitSignal(dialog.accepted, timeout=5000):
        dialog.try_remembered()

    assert backend.resumed == [(URL, "kept-token")]
    assert dialog.result_value is not None
    assert dialog.result_value.token == "kept-token"


def test_expired_remembered_token_is_forgotten(qtbot: Any, settings: QSettings) -> None:
    settings.setValue("login/username", "dispatcher")
    settings.setValue("login/remember", True)
    tokens = FakeTokens(stored="old-token")
    expired = AuthFailed("session_expired", "登录已失效", "ended")
    dialog = make_dialog(qtbot, FakeBackend(expired, me=expired), tokens, settings)

    with qtbot.waitSignal(dialog.busy_changed, timeout=5000, check_params_cb=lambda b: not b):
        dialog.try_remembered()
    qtbot.waitUntil(lambda: tokens.deleted == [(URL, "dispatcher")], timeout=5000)

    assert "session has ended" in dialog.error_label.text()


LOGIN = LoginInfo(token="t", expires_at=datetime(2026, 1, 1, tzinfo=UTC), user=USER)


def test_the_dialog_says_where_the_server_address_came_from(
    qtbot: Any, settings: QSettings
) -> None:
    def note(origin: ServerOrigin | None, embedded: bool = False) -> str:
        dialog = LoginDialog(
            backend=FakeBackend(LOGIN), tokens=FakeTokens(), settings=settings, server_url=URL,
            embedded=embedded, origin=origin,
        )  # fmt: skip
        qtbot.addWidget(dialog)
        return dialog.origin_note.text() if dialog.origin_note.isVisibleTo(dialog) else ""

    machine = note(ServerOrigin("machine", "/etc/shangmen-desk/desk.ini"))
    assert "IT" in machine
    assert "/etc/shangmen-desk/desk.ini" in machine
    assert "--server" in note(ServerOrigin("command_line"))
    assert "demo server" in note(ServerOrigin("embedded"), embedded=True)
    assert note(None) == ""  # nothing known: nothing claimed

    dialog = LoginDialog(
        backend=FakeBackend(LOGIN), tokens=FakeTokens(), settings=settings, server_url=URL,
        embedded=False, origin=ServerOrigin("machine", "/etc/shangmen-desk/desk.ini"),
    )  # fmt: skip
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.server_edit, "x")
    assert "Typed here" in dialog.origin_note.text()
