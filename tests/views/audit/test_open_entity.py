"""An audit record opens what it is about: the order on the board, the ticket in the
workbench; records about anything else, or about a page the user lacks, do not offer it."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from app.schemas.audit import AuditEntry
from app.views.audit.tab import AuditTab
from app.views.context import PageContext
from app.views.settings import open_settings
from tests.views.fakes import FakeLink, FakeUser

pytestmark = pytest.mark.gui


class Host(QWidget):
    """What the tab uses of the main window: its pages and ``show_page``."""

    def __init__(self, pages: list[str]) -> None:
        super().__init__()
        self.pages = {key: QWidget() for key in pages}
        self.shown: list[tuple[str, dict[str, str]]] = []

    def show_page(self, key: str, filters: dict[str, str]) -> None:
        self.shown.append((key, dict(filters)))


def entry(id: int, entity: str, entity_id: int | None) -> AuditEntry:
    return AuditEntry(id=id, at=datetime(2026, 12, 4, 2, tzinfo=UTC), user_id=1,
                      username="dispatcher", action=f"{entity}.x", entity=entity,
                      entity_id=entity_id, client_address="127.0.0.1", detail={})  # fmt: skip


def make(qtbot: Any, tmp_path: Path, pages: list[str]) -> tuple[AuditTab, Host]:
    host = Host(pages)
    ctx = PageContext(FakeLink(), FakeUser(role="supervisor"),  # type: ignore[arg-type]
                      open_settings(tmp_path))  # fmt: skip
    tab = AuditTab(ctx)
    QVBoxLayout(host).addWidget(tab)
    qtbot.addWidget(host)
    tab.model.set_rows(
        [
            entry(1, "order", 7),
            entry(2, "complaint", 3),
            entry(3, "user", 2),
            entry(4, "order", None),
        ]
    )
    return tab, host


def choose(tab: AuditTab, row: int) -> None:
    tab.table.setCurrentIndex(tab.model.index(row, 0))


def test_a_record_opens_its_order_or_ticket(qtbot: Any, tmp_path: Path) -> None:
    tab, host = make(qtbot, tmp_path, ["board", "complaints", "audit"])
    assert not tab.open_button.isEnabled()  # nothing chosen
    choose(tab, 0)
    assert tab.open_button.isEnabled()
    tab.open_button.click()
    at = tab.table.visualRect(tab.model.index(1, 0)).center()
    qtbot.mouseClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    qtbot.mouseDClick(tab.table.viewport(), Qt.MouseButton.LeftButton, pos=at)
    assert host.shown == [("board", {"open": "7"}), ("complaints", {"open": "3"})]
    for row in (2, 3):  # an account; an order record without an id
        choose(tab, row)
        assert not tab.open_button.isEnabled()


def test_a_page_the_user_lacks_is_not_offered(qtbot: Any, tmp_path: Path) -> None:
    tab, host = make(qtbot, tmp_path, ["audit", "admin"])  # an administrator: no board
    choose(tab, 0)
    assert not tab.open_button.isEnabled()
    tab.open_selected()
    assert host.shown == []
