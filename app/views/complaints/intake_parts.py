"""Small pieces of the hotline intake panel: list widgets, the Enter key, durations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget

from app.client.customers import CustomerMatch
from app.rules.sla import duration_en, duration_zh
from app.views.i18n import pick


def span_text(span: timedelta) -> str:
    """An SLA duration as the rules word it ("15 分钟", "1 天")."""
    return pick(duration_zh(span), duration_en(span))


def tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels(headers)
    tree.setTextElideMode(Qt.TextElideMode.ElideRight)
    tree.header().setStretchLastSection(True)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return tree


class EnterFilter(QObject):
    """Enter on a list item acts like a double-click (QTreeWidget only activates on some styles)."""

    def __init__(self, on_enter: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._on_enter = on_enter

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers()
        ):
            self._on_enter()
            return True
        return False


def customer_ids(entries: list[CustomerMatch]) -> list[int | None]:
    """The customers of a lookup answer, to tell a refresh from a new caller."""
    return [e.customer.id if e.customer else None for e in entries]
