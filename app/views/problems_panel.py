"""Commands the server refused, shown until the user decides: never dropped silently.

A conflict (412) means someone changed the order first; the panel shows what the server has
now, and the user either retries the command against that version ("keep mine") or discards it.
A failure (any other refusal) shows the server's reason, with the same two choices. A held
command (made against another copy of the server's database: another server, or one since
reset) was never sent and is never sent here: the same id may now be another customer's
order. It goes by itself if the user logs in to its own server again; or the user discards it.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.outbox_problem import Problem, problem_of
from app.views.i18n import is_english
from app.views.labels import status_name
from app.views.timefmt import full_text

if TYPE_CHECKING:
    from app.client.outbox import OutboxCommand
    from app.views.sync_link import SyncLink

COMMAND_ID_ROLE = int(Qt.ItemDataRole.UserRole)


class ProblemsPanel(QFrame):
    """Signals:
    count_changed(int): how many refused commands wait for a decision.
    """

    count_changed = Signal(int)

    def __init__(self, link: SyncLink, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problemsPanel")
        self._link = link
        self._items: dict[int, QTreeWidgetItem] = {}
        self._held: set[int] = set()  # never resent from here (another database)
        title = QLabel(self.tr("Commands not carried out — choose what to do with each"))
        title.setObjectName("problemsTitle")
        self.tree = QTreeWidget()
        self.tree.setObjectName("problemList")
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setHeaderLabels([self.tr("Command"), self.tr("Problem"), self.tr("Server now")])
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.resizeSection(0, 260)
        header.resizeSection(1, 320)
        header.setStretchLastSection(True)
        self.tree.setMaximumHeight(96)  # a few rows; the board stays the main thing
        self.keep_button = QPushButton(self.tr("Retry on the current version"))
        self.keep_button.setToolTip(
            self.tr("Send the command again against what the server has now")
        )
        self.discard_button = QPushButton(self.tr("Discard"))
        self.discard_button.setToolTip(self.tr("Drop the command; the server's state stays"))
        self.keep_button.clicked.connect(lambda: self._resolve_selected(True))
        self.discard_button.clicked.connect(lambda: self._resolve_selected(False))
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        buttons = QHBoxLayout()
        buttons.addWidget(title, 1)
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(buttons)
        layout.addWidget(self.tree)
        link.conflict.connect(self.add_conflict)
        link.command_failed.connect(self.add_failed)
        link.held.connect(self.add_held)
        link.command_resolved.connect(self.remove)
        self._update_buttons()
        self.hide()

    def count(self) -> int:
        return len(self._items)

    def command_ids(self) -> list[int]:
        return list(self._items)

    @Slot(object)
    def add_conflict(self, command: OutboxCommand) -> None:
        self._add(command, self.tr("Someone changed it first"), _current_text(problem_of(command)))

    @Slot(object)
    def add_failed(self, command: OutboxCommand) -> None:
        problem = problem_of(command)
        reason = problem.message_en if is_english() else problem.message
        self._add(command, self.tr("Refused: %1").replace("%1", reason), "")

    @Slot(object)
    def add_held(self, command: OutboxCommand) -> None:
        self._held.add(command.id)
        self._add(
            command,
            self.tr(
                "Held, not sent: made against another copy of the server's data (another "
                "server, or before a reset). It is sent when you log in to that server again; "
                "here it can only be discarded."
            ),
            "",
        )

    @Slot(int)
    def remove(self, command_id: int) -> None:
        self._held.discard(command_id)
        item = self._items.pop(command_id, None)
        if item is not None:
            index = self.tree.indexOfTopLevelItem(item)
            if index >= 0:
                self.tree.takeTopLevelItem(index)
        self._changed()

    def resolve(self, command_id: int, retry: bool) -> None:
        """Hand the decision to the worker; the row goes when it confirms."""
        item = self._items.get(command_id)
        if item is None:
            return
        item.setDisabled(True)
        self._link.resolve_command(command_id, retry)
        self._update_buttons()

    def _add(self, command: OutboxCommand, problem: str, now: str) -> None:
        item = self._items.get(command.id)
        if item is None:
            item = QTreeWidgetItem()
            item.setData(0, COMMAND_ID_ROLE, command.id)
            self._items[command.id] = item
            self.tree.addTopLevelItem(item)
        item.setDisabled(False)
        item.setText(0, command.label)
        item.setText(1, problem)
        item.setText(2, now)
        item.setToolTip(1, problem)
        if self.tree.currentItem() is None:
            self.tree.setCurrentItem(item)
        self._changed()

    def _resolve_selected(self, retry: bool) -> None:
        item = self.tree.currentItem()
        if item is not None and not (retry and int(item.data(0, COMMAND_ID_ROLE)) in self._held):
            self.resolve(int(item.data(0, COMMAND_ID_ROLE)), retry)

    def _changed(self) -> None:
        self.setVisible(bool(self._items))
        self._update_buttons()
        self.count_changed.emit(len(self._items))

    def _update_buttons(self) -> None:
        item = self.tree.currentItem()
        usable = item is not None and not item.isDisabled()
        held = item is not None and int(item.data(0, COMMAND_ID_ROLE)) in self._held
        self.keep_button.setEnabled(usable and not held)
        self.discard_button.setEnabled(usable)


def _current_text(problem: Problem) -> str:
    current = problem.current
    if current is None:
        return ""
    from PySide6.QtCore import QCoreApplication

    parts: list[str] = []
    if current.status is not None:
        parts.append(status_name(current.status))
    if current.version is not None:
        parts.append(
            QCoreApplication.translate("ProblemsPanel", "version %1").replace(
                "%1", str(current.version)
            )
        )
    updated = current.updated_at
    if updated is not None:
        stamp = full_text(updated) if isinstance(updated, datetime) else updated
        parts.append(QCoreApplication.translate("ProblemsPanel", "changed %1").replace("%1", stamp))
    return " · ".join(parts)
