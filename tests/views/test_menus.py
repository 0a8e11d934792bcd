"""The menu bar: every page, the current page's actions with their keys, shortcuts, About."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app import __version__
from app.views.context import PageContext
from app.views.main_window import MainWindow
from app.views.menus import AboutDialog, ShortcutsDialog, shortcut_text, versions_text
from app.views.settings import open_settings
from tests.views.fakes import NOW, FakeLink, FakeUser, SyncBackend, board_cache

pytestmark = pytest.mark.gui


def window(qtbot: Any, tmp_path: Path, role: str = "dispatcher") -> MainWindow:
    ctx = PageContext(
        link=FakeLink(),  # type: ignore[arg-type]
        user=FakeUser(role=role),
        settings=open_settings(tmp_path),
        clock=lambda: NOW,
        data=SyncBackend(reader=board_cache()),  # type: ignore[arg-type]
    )
    main = MainWindow(ctx, server_url="http://127.0.0.1:8765")
    qtbot.addWidget(main)
    return main


def test_the_pages_menu_opens_each_page_by_ctrl_and_number(qtbot: Any, tmp_path: Path) -> None:
    main = window(qtbot, tmp_path)
    entries = main.menus["pages"].actions()

    assert [a.text() for a in entries] == list(main.page_titles.values())
    assert entries[0].shortcut().toString() == "Ctrl+1"
    entries[2].trigger()
    assert main.current_page_key() == list(main.pages)[2]


def test_the_actions_menu_is_the_current_pages_own_actions(qtbot: Any, tmp_path: Path) -> None:
    main = window(qtbot, tmp_path)
    main.show_page("board")
    menu = main.menus["actions"]

    menu.aboutToShow.emit()

    board = main.pages["board"].actions_by_name  # type: ignore[attr-defined]
    assert menu.actions() == list(board.values())  # the same QActions: cannot drift
    assert any(a.shortcut().toString() == "Ctrl+N" for a in menu.actions())


def test_shortcuts_list_every_page_and_about_names_the_versions(qtbot: Any, tmp_path: Path) -> None:
    main = window(qtbot, tmp_path)

    table = ShortcutsDialog(main.page_titles, main.pages, main).table
    cells = {table.item(r, 1).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert cells["Assign…"] == "A"
    about = AboutDialog(main.server_url, main)
    qtbot.addWidget(about)
    assert f"Shangmen Desk {__version__}" in about.versions.text()
    assert "http://127.0.0.1:8765" in versions_text(main.server_url)
    assert "PySide6" in about.versions.text()
    assert shortcut_text(main.pages["board"].actions_by_name["cancel"]) == "Del / Ctrl+D"  # type: ignore[attr-defined]
