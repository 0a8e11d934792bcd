"""The supervisor's audit log page against a real server: filters (address too), paging,
and the CSV export of everything the filter matches, in Beijing time."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.client.api import ApiClient
from app.models.enums import Role
from app.views.audit import tab as audit_tab
from app.views.audit.tab import AuditTab
from app.views.context import PageContext
from app.views.settings import open_settings
from tests.server import factories
from tests.server.conftest import LiveServer
from tests.views.fakes import FakeLink, FakeUser, SyncBackend

pytestmark = pytest.mark.gui


@pytest.fixture
def page(qtbot: Any, live: LiveServer, tmp_path: Path) -> Iterator[AuditTab]:
    for role in (Role.DISPATCHER, Role.AGENT, Role.TRAINER):
        live.login(role)  # something to find: three logins from 127.0.0.1
    api = ApiClient(live.url, timeout=10.0)
    api.login("supervisor", factories.PASSWORD)
    ctx = PageContext(
        link=FakeLink(),  # type: ignore[arg-type]
        user=FakeUser(id=live.users[Role.SUPERVISOR], username="supervisor", role="supervisor"),
        settings=open_settings(tmp_path),
        data=SyncBackend(api=api),  # type: ignore[arg-type]
    )
    widget = audit_tab.build_page(ctx)
    assert isinstance(widget, AuditTab)
    qtbot.addWidget(widget)
    yield widget
    api.close()


def test_the_address_filter_and_the_csv_export_of_everything_matched(
    qtbot: Any, page: AuditTab, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    qtbot.waitUntil(lambda: page.total >= 4)  # the page loads itself
    page.action_edit.setText("auth.login")
    page.address_edit.setText("127.0.")
    page.search()
    qtbot.waitUntil(lambda: {r.username for r in page.model.rows} >= {"dispatcher", "agent"})
    assert all(r.client_address.startswith("127.0.") for r in page.model.rows)
    page.address_edit.setText("10.9.")
    page.search()
    qtbot.waitUntil(lambda: page.total == 0)

    page.address_edit.setText("")
    page.search()
    qtbot.waitUntil(lambda: page.total >= 4)
    target = tmp_path / "audit.csv"
    monkeypatch.setattr(audit_tab.CsvFiles, "ask_path", classmethod(lambda cls, p, s, t: target))
    page.export()
    qtbot.waitUntil(lambda: page.export_button.isEnabled() and target.exists())
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # Excel on a Chinese Windows reads it as UTF-8
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) - 1 == page.total
    assert {r[2] for r in rows[1:]} >= {"dispatcher", "agent", "trainer", "supervisor"}
    assert all(r[3].startswith("auth.login") for r in rows[1:])
    assert str(page.total) in page.verify_label.text()
