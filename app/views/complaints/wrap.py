"""Wrapped text in a tree view: QTreeView does not measure a wrapped cell's height itself."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QTreeWidget


class WrapDelegate(QStyledItemDelegate):
    """Rows tall enough for the column's text wrapped at the column's width.

    The view must lay its rows out again when the column is resized (``doItemsLayout``).
    """

    def __init__(self, view: QTreeWidget) -> None:
        super().__init__(view)
        self._view = view

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        base = super().sizeHint(option, index)
        width = max(40, self._view.columnWidth(index.column()) - 10)
        text = str(index.data() or "")
        box = option.fontMetrics.boundingRect(
            QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text
        )
        return QSize(base.width(), max(base.height(), box.height() + 6))


def wrap_column(view: QTreeWidget, column: int) -> None:
    """Wrap ``column`` of ``view`` (and keep row heights right when columns resize)."""
    view.setWordWrap(True)
    view.setUniformRowHeights(False)
    view.setTextElideMode(Qt.TextElideMode.ElideNone)
    view.setItemDelegateForColumn(column, WrapDelegate(view))
    view.header().sectionResized.connect(lambda *_: view.doItemsLayout())
