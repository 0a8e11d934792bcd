"""One table model over a list of rows, for the many plain tables of the desk (accounts and
audit records, training sessions and queues, a trainer's roster, the certification queue).

A subclass says its headers (``HEADERS``, marked with ``QT_TRANSLATE_NOOP`` in its own
translation ``CONTEXT``), each cell's text (:meth:`RowsModel.cell`) and, where it has any,
what the other roles show (:meth:`RowsModel.look`: colours, fonts, tooltips, check marks).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex


class RowsModel(QAbstractTableModel):
    """A table over ``rows``; subclasses say the headers and each cell's text."""

    HEADERS: tuple[str, ...] = ()
    CONTEXT = ""  # the translation context of HEADERS

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate(self.CONTEXT, self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        return self.look(row, index.column(), role)

    def cell(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def look(self, row: Any, column: int, role: int) -> Any:
        """Any role but the text (colours, fonts, tooltips, check marks); none by default."""
        return None
