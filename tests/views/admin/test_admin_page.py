"""The administrator's page against a real server: accounts and their actions, each confirmed
and explained when refused, the one-time password shown once, and the audit viewer."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.client.api import ApiClient
from app.client.sync import ChangeSet
from app.models.enums import Role
from app.views.admin import page as admin_page
from app.views.admin.page import AccountDialog, AdminPage, OneTimePasswordDialog
from app.views.context import PageContext
from app.views.settings import open_settings
from tests.server import factories
from tests.server.conftest import LiveServer
from tests.views.fakes import FakeLink, FakeUser, SyncBackend

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: Any, live: LiveServer, tmp_path: Path) -> Iterator[AdminPage]:
    api = ApiClient(live.url, timeout=10.0)
    api.login("admin", factories.PASSWORD)
    ctx = PageContext(
        link=FakeLink(),  # type: ignore[arg-type]
        user=FakeUser(id=live.users[Role.ADMIN], username="admin", role="admin"),
        settings=open_settings(tmp_path),
        data=SyncBackend(api=api),  # type: ignore[arg-type]
    )
    widget = AdminPage(ctx)
    qtbot.addWidget(widget)
    widget.resize(1100, 560)
    yield widget
    api.close()


def select(page: AdminPage, username: str) -> None:
    tab = page.accounts
    row = next(i for i, a in enumerate(tab.model.rows) if a.username == username)
    tab.table.selectRow(row)


def test_accounts_actions_are_confirmed_and_explained(
    qtbot: Any,
    page: AdminPage,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester: Any,
    tmp_path: Path,
) -> None:
    tab = page.accounts
    qtmodeltester.check(tab.model)
    assert len(tab.model.rows) == len(Role)
    select(page, "admin")
    assert not tab.disable_button.isEnabled()
    assert tab.why.text()  # says why: one's own account

    shown: list[str] = []
    monkeypatch.setattr(
        OneTimePasswordDialog,
        "show_once",
        classmethod(lambda cls, p, a: shown.append(a.one_time_password)),
    )
    monkeypatch.setattr(
        AccountDialog, "ask", classmethod(lambda cls, p, a: ("liuyang", "刘洋", Role.AGENT))
    )
    tab.create_account()
    qtbot.waitUntil(lambda: any(a.username == "liuyang" for a in tab.model.rows))
    assert len(shown) == 1
    assert len(shown[0]) >= 10

    answers = iter([None, "left the company"])
    monkeypatch.setattr(admin_page, "ask_reason", lambda *a: next(answers))
    select(page, "liuyang")
    tab.toggle_enabled()  # answered no: nothing happens
    assert next(a for a in tab.model.rows if a.username == "liuyang").active
    tab.toggle_enabled()
    qtbot.waitUntil(lambda: not next(a for a in tab.model.rows if a.username == "liuyang").active)
    assert tab.disable_button.text() in ("Enable", "启用")

    monkeypatch.setattr(admin_page, "ask_reason", lambda *a: "forgot it, called the desk")
    select(page, "trainer")
    tab.reset_password()
    qtbot.waitUntil(lambda: len(shown) == 2)
    qtbot.waitUntil(
        lambda: next(a for a in tab.model.rows if a.username == "trainer").must_change_password
    )

    audit = page.audit
    qtmodeltester.check(audit.model)
    audit.action_edit.setText("account.")
    audit.search()
    qtbot.waitUntil(lambda: audit.total == 3)
    assert {r.action for r in audit.model.rows} == {
        "account.create",
        "account.disable",
        "account.reset_password",
    }
    reasons = {r.action: (r.detail or {}).get("reason") for r in audit.model.rows}
    assert reasons["account.disable"] == "left the company"
    assert reasons["account.reset_password"] == "forgot it, called the desk"
    audit.verify()
    qtbot.waitUntil(lambda: "…" not in audit.verify_label.text())
    assert "BROKEN" not in audit.verify_label.text()
    backend = page.accounts._ctx.data
    reads = backend.keys("server").count("accounts")  # type: ignore[union-attr]
    page.accounts._ctx.link.changed.emit(ChangeSet(ids={"order": (1,)}))
    page.accounts._ctx.link.changed.emit(ChangeSet(ids={"user": (1,)}))
    assert backend.keys("server").count("accounts") == reads + 1  # type: ignore[union-attr]

    page.show()
    qtbot.waitExposed(page)
    select(page, "liuyang")
    assert page.grab().save(str(tmp_path / "admin.png"))
