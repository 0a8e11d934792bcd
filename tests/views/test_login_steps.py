"""The login dialog's later steps against a real server: a one-time password replaced, a TOTP
authenticator enrolled from the QR code, the recovery codes shown once, then a code login."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pyotp
import pytest
from PySide6.QtCore import QSettings

from app.models import tables as t
from app.models.enums import Role
from app.server import clock
from app.server.db import Database
from app.views.app import ApiLoginBackend
from app.views.login_dialog import LoginDialog
from tests.server import factories
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for
from tests.views.test_login_dialog import FakeTokens

pytestmark = pytest.mark.gui

FIXED = datetime(2026, 12, 3, 12, 0, 10, tzinfo=UTC)
NEW_PASSWORD = "Hutong-Lantern-7342"


@pytest.fixture
def strict_live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    monkeypatch.setattr(clock, "now", lambda: FIXED)
    cfg = settings_for(tmp_path, totp_enrolment_required=True)
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db, (Role.SUPERVISOR, Role.ADMIN))
        with db.write() as s:
            s.get_one(t.User, users[Role.SUPERVISOR]).must_change_password = True
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()


def dialog_for(qtbot: Any, live: LiveServer, tmp_path: Path) -> LoginDialog:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    dialog = LoginDialog(
        backend=ApiLoginBackend(),
        tokens=FakeTokens(available=False),
        settings=settings,
        server_url=live.url,
        embedded=False,
    )
    qtbot.addWidget(dialog)
    dialog.user_edit.setText("supervisor")
    return dialog


def settle(qtbot: Any, dialog: LoginDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10000)


def test_new_password_then_totp_enrolment_then_code_login(
    qtbot: Any, strict_live: LiveServer, tmp_path: Path
) -> None:
    live = strict_live
    dialog = dialog_for(qtbot, live, tmp_path)
    dialog.password_edit.setText(factories.PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.steps.step == "password_change_required", timeout=10000)
    settle(qtbot, dialog)
    assert dialog.form_box.isHidden()

    dialog.steps.first.setText(NEW_PASSWORD)
    dialog.steps.second.setText("something else")
    dialog.submit()
    assert "differ" in dialog.error_label.text() or "不一致" in dialog.error_label.text()

    dialog.steps.second.setText(NEW_PASSWORD)
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.steps.step == "totp_enrolment_required", timeout=10000)
    qtbot.waitUntil(lambda: not dialog.steps.qr.pixmap().isNull(), timeout=10000)
    settle(qtbot, dialog)
    with live.db.read() as s:
        secret = s.get_one(t.User, live.users[Role.SUPERVISOR]).totp_secret
    assert secret is not None
    assert secret[:4] in dialog.steps.secret.text()
    dialog.grab().save(str(tmp_path / "enrol.png"))

    dialog.steps.first.setText("000000" if pyotp.TOTP(secret).at(FIXED) != "000000" else "111111")
    dialog.submit()
    settle(qtbot, dialog)
    assert not dialog.error_label.isHidden()  # wrong code: said so, dialog stays

    dialog.steps.first.setText(pyotp.TOTP(secret).at(FIXED))
    dialog.submit()
    qtbot.waitUntil(lambda: dialog.steps.step == "recovery_codes", timeout=10000)
    codes = dialog.steps.codes.toPlainText().splitlines()
    assert len(codes) == 8
    assert dialog.result_value is None  # not before the codes were seen
    dialog.submit()
    assert dialog.result_value is not None
    assert dialog.result_value.user.username == "supervisor"

    again = dialog_for(qtbot, live, tmp_path)
    again.password_edit.setText(NEW_PASSWORD)
    again.submit()
    qtbot.waitUntil(lambda: again.steps.step == "totp_required", timeout=10000)
    settle(qtbot, again)
    # A code is good once: the next login takes the next 30-second code (the enrolment's own
    # code would be refused as a replay).
    again.steps.first.setText(pyotp.TOTP(secret).at(FIXED + timedelta(seconds=30)))
    again.submit()
    qtbot.waitUntil(lambda: again.result_value is not None, timeout=10000)
