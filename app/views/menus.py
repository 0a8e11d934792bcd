"""The main window's menu bar: every page and every action with its shortcut, and Help.

The page menu lists the pages this role may open (Ctrl+1…9). The actions menu is filled, each
time it opens, with the current page's own ``QAction`` objects (``page.actions_by_name``): the
same actions the page's buttons and shortcuts trigger, so the menu can never drift from them and
shows each one's shortcut and whether it is possible now. Help lists every shortcut and says
which versions run.
"""

from __future__ import annotations

import platform
from typing import TYPE_CHECKING, Protocol

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import __version__

if TYPE_CHECKING:
    from collections.abc import Mapping

    from PySide6.QtWidgets import QMenuBar


class MenuHost(Protocol):
    """What the menus need of the main window (``app.views.main_window.MainWindow``)."""

    server_url: str
    pages: dict[str, QWidget]

    @property
    def page_titles(self) -> dict[str, str]: ...
    def menuBar(self) -> QMenuBar: ...
    def logout(self) -> None: ...
    def close(self) -> bool: ...
    def show_page(self, key: str) -> None: ...
    def current_page_key(self) -> str: ...
    def open_settings(self) -> None: ...


def page_actions(page: QWidget) -> list[QAction]:
    """A page's own actions, in the order it made them (empty for a page without any)."""
    found = getattr(page, "actions_by_name", None)
    return list(found.values()) if isinstance(found, dict) else []


def install_menus(window: MenuHost) -> dict[str, QMenu]:
    """Build the menu bar of ``window``; returns the menus by name (for tests)."""
    bar = window.menuBar()
    desk = bar.addMenu(QCoreApplication.translate("Menus", "&Desk"))
    logout = desk.addAction(QCoreApplication.translate("Menus", "Log out"))
    logout.triggered.connect(window.logout)
    preferences = desk.addAction(QCoreApplication.translate("Menus", "Settings…"))
    preferences.setShortcut(QKeySequence(QKeySequence.StandardKey.Preferences))
    if preferences.shortcut().isEmpty():  # not every desktop defines one
        preferences.setShortcut(QKeySequence("Ctrl+,"))
    preferences.triggered.connect(window.open_settings)
    desk.addSeparator()
    quit_action = desk.addAction(QCoreApplication.translate("Menus", "Quit"))
    quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
    quit_action.triggered.connect(window.close)

    pages = bar.addMenu(QCoreApplication.translate("Menus", "&Pages"))
    for n, key in enumerate(window.pages, start=1):
        action = pages.addAction(window.page_titles[key])
        if n <= 9:
            action.setShortcut(QKeySequence(f"Ctrl+{n}"))
        action.triggered.connect(lambda _checked=False, k=key: window.show_page(k))

    actions = bar.addMenu(QCoreApplication.translate("Menus", "&Actions"))

    def fill_actions() -> None:
        actions.clear()
        current = window.pages.get(window.current_page_key())
        found = page_actions(current) if current is not None else []
        for action in found:
            actions.addAction(action)
        if not found:
            empty = actions.addAction(
                QCoreApplication.translate("Menus", "This page has no actions")
            )
            empty.setEnabled(False)

    actions.aboutToShow.connect(fill_actions)

    help_menu = bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
    shortcuts = help_menu.addAction(QCoreApplication.translate("Menus", "Keyboard shortcuts"))
    shortcuts.setShortcut(QKeySequence("F1"))
    shortcuts.triggered.connect(
        lambda: ShortcutsDialog(window.page_titles, window.pages, _parent(window)).exec()
    )
    about = help_menu.addAction(QCoreApplication.translate("Menus", "About Shangmen Desk"))
    about.triggered.connect(lambda: AboutDialog(window.server_url, _parent(window)).exec())
    return {"desk": desk, "pages": pages, "actions": actions, "help": help_menu}


def _parent(window: MenuHost) -> QMainWindow | None:
    return window if isinstance(window, QMainWindow) else None


def versions_text(server_url: str) -> str:
    """The versions a support call asks for, one per line."""
    return "\n".join(
        [
            QCoreApplication.translate("Menus", "Shangmen Desk %1").replace("%1", __version__),
            QCoreApplication.translate("Menus", "Server: %1").replace("%1", server_url),
            f"Qt {qVersion()} · PySide6 {pyside_version}",
            f"Python {platform.python_version()} · {platform.system()} {platform.release()}",
        ]
    )


class AboutDialog(QDialog):
    def __init__(self, server_url: str, parent: QMainWindow | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Menus", "About Shangmen Desk"))
        title = QLabel(
            QCoreApplication.translate(
                "Menus", "Shangmen Desk — the operations desk for on-site home services"
            )
        )
        title.setWordWrap(True)
        self.versions = QLabel(versions_text(server_url))
        self.versions.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.versions)
        layout.addWidget(buttons)


class ShortcutsDialog(QDialog):
    """Every page's actions and their keys, in one table."""

    def __init__(
        self,
        titles: Mapping[str, str],
        pages: Mapping[str, QWidget],
        parent: QMainWindow | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(QCoreApplication.translate("Menus", "Keyboard shortcuts"))
        self.setMinimumSize(520, 420)
        rows = [
            (titles[key], action.text().replace("&", ""), shortcut_text(action))
            for key, page in pages.items()
            for action in page_actions(page)
        ]
        self.table = QTableWidget(len(rows), 3)
        self.table.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("Menus", "Page"),
                QCoreApplication.translate("Menus", "Action"),
                QCoreApplication.translate("Menus", "Keys"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                self.table.setItem(r, c, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


def shortcut_text(action: QAction) -> str:
    return " / ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()
    )
