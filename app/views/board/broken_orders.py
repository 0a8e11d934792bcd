"""The board's problems panel: future orders whose provider no longer qualifies (a
certificate expired, was revoked or its review date passed), each with the server's reason,
and ``R`` to reassign the highlighted one.

The list is read from the local cache (``app.client.problems``) off the UI thread whenever
orders change; it is hidden while there is nothing to fix. Reassigning opens the ranked assign
dialog for the order; the choice becomes two Outbox commands (unassign at the version seen,
then assign), so a change made meanwhile by someone else is shown as a conflict.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.client.problems import FlaggedOrder, flagged_orders, reassign_commands
from app.views.dispatch.assign_dialog import AssignDialog, OrderRef
from app.views.i18n import category_name, pick
from app.views.timefmt import SHORT, wall_clock

if TYPE_CHECKING:
    from app.client.sync import ChangeSet
    from app.views.background import Backend
    from app.views.sync_link import SyncLink

ORDER_ROLE = Qt.ItemDataRole.UserRole
READ_AFTER_MS = 300  # bursts of order changes read the problems once


def problem_text(order: FlaggedOrder) -> str:
    return (
        f"{wall_clock(order.scheduled_start, SHORT)}  {order.code}  "
        f"{category_name(order.category)}  {order.provider_name or '—'}: "
        f"{pick(order.reason_zh, order.reason_en)}"
    )


class BrokenOrdersPanel(QFrame):
    """Signals: message(str) — what happened, for the status bar."""

    message = Signal(str)

    def __init__(
        self,
        link: SyncLink,
        data: Backend | None,
        *,
        role: str,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("brokenOrdersPanel")
        self._link = link
        self._data = data
        self._role = role
        self._clock = clock
        self.title = QLabel()
        self.title.setObjectName("sectionTitle")
        self.list = QListWidget()
        self.list.setObjectName("brokenOrdersList")
        self.list.setMaximumHeight(110)
        self.reassign_action = QAction(self.tr("Reassign…"), self)
        self.reassign_action.setShortcut(QKeySequence("R"))
        self.reassign_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reassign_action.setToolTip(
            self.tr("Give the highlighted order to an eligible provider (R)")
        )
        self.reassign_action.triggered.connect(self.reassign)
        self.addAction(self.reassign_action)
        self.list.itemActivated.connect(lambda _item: self.reassign())
        button = QToolButton()
        button.setDefaultAction(self.reassign_action)
        button.setText(self.tr("Reassign… (R)"))
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.title, 1)
        head.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.list)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(READ_AFTER_MS)
        self._timer.timeout.connect(self.reload)
        self.orders: list[FlaggedOrder] = []
        self.setVisible(False)
        self.reload()

    def on_changed(self, changes: ChangeSet) -> None:
        if changes.full or changes.touches("order", "provider"):
            self._timer.start()

    def reload(self) -> None:
        if self._data is None or not self.isEnabled():
            return
        now = self._clock()
        self._data.local(
            lambda reader: flagged_orders(reader, now), self.show_orders, owner=self, key="flags"
        )

    def show_orders(self, orders: list[FlaggedOrder]) -> None:
        keep = self.current()
        self.orders = orders
        self.list.clear()
        for order in orders:
            item = QListWidgetItem(problem_text(order))
            item.setData(ORDER_ROLE, order.id)
            item.setToolTip(pick(order.reason_zh, order.reason_en))
            self.list.addItem(item)
            if keep is not None and keep.id == order.id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and orders:
            self.list.setCurrentRow(0)
        self.title.setText(
            self.tr("Problems: %1 future orders whose provider no longer qualifies").replace(
                "%1", str(len(orders))
            )
        )
        self.setVisible(bool(orders))

    def current(self) -> FlaggedOrder | None:
        row = self.list.currentRow()
        return self.orders[row] if 0 <= row < len(self.orders) else None

    def reassign(self) -> None:
        order = self.current()
        if order is None:
            return
        if self._data is None or not self._data.has_server:
            self.message.emit(self.tr("Reassigning needs the server: it ranks the candidates."))
            return
        ref = OrderRef(
            order.id, order.code, order.version, order.category, order.district,
            order.scheduled_start,
        )  # fmt: skip
        choice = AssignDialog.ask(self, ref, self._data, role=self._role, clock=self._clock)
        if choice is None:
            return
        labels = (
            QCoreApplication.translate("BoardPage", "Unassign %1").replace("%1", order.code),
            QCoreApplication.translate("BoardPage", "Assign %1 to %2")
            .replace("%1", order.code)
            .replace("%2", choice.provider_name),
        )
        for command in reassign_commands(order, choice.body(), labels):
            if not self._link.enqueue_command(command):
                return  # not stored: the link said why
        self.message.emit(
            QCoreApplication.translate("BoardPage", "Queued: %1").replace("%1", labels[1])
        )
