"""The auto-dispatch preview as a table: each order, its start, district and service, → who
the plan sends and how far they travel; unassigned orders with why; orders that changed since
planning (a refused apply) marked in red with what they are now.
"""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.client.dispatch_plan import PlanConflict, PlanLine, PlanPreview
from app.views.dispatch.text import said
from app.views.i18n import QT_TRANSLATE_NOOP, category_name, district_name
from app.views.labels import status_name
from app.views.timefmt import SHORT, full_text, wall_clock

Index = QModelIndex | QPersistentModelIndex
LINE_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ORDER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2

UNASSIGNED_BG = QColor("#fffaeb")
CONFLICT_BG = QColor("#fef3f2")
UNASSIGNED_TEXT = QColor("#b54708")
CONFLICT_TEXT = QColor("#b42318")


class PlanColumn(IntEnum):
    ORDER = 0
    START = 1
    DISTRICT = 2
    SERVICE = 3
    PROVIDER = 4
    TRAVEL = 5
    NOTE = 6


HEADERS: dict[PlanColumn, str] = {
    PlanColumn.ORDER: QT_TRANSLATE_NOOP("PlanModel", "Order"),
    PlanColumn.START: QT_TRANSLATE_NOOP("PlanModel", "Start"),
    PlanColumn.DISTRICT: QT_TRANSLATE_NOOP("PlanModel", "District"),
    PlanColumn.SERVICE: QT_TRANSLATE_NOOP("PlanModel", "Service"),
    PlanColumn.PROVIDER: QT_TRANSLATE_NOOP("PlanModel", "→ Provider"),
    PlanColumn.TRAVEL: QT_TRANSLATE_NOOP("PlanModel", "Travel"),
    PlanColumn.NOTE: QT_TRANSLATE_NOOP("PlanModel", "Why / due"),
}


class PlanModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lines: tuple[PlanLine, ...] = ()
        self._conflicts: dict[int, PlanConflict] = {}

    def set_preview(self, preview: PlanPreview | None) -> None:
        self.beginResetModel()
        self._lines = preview.lines if preview is not None else ()
        self._conflicts = {}
        self.endResetModel()

    def set_conflicts(self, conflicts: list[PlanConflict]) -> None:
        """Mark the orders a refused apply named (in place: no reset, the selection stays)."""
        self._conflicts = {c.order_id: c for c in conflicts}
        if self._lines:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._lines) - 1, len(PlanColumn) - 1)
            )

    def line(self, row: int) -> PlanLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def row_of(self, order_id: int) -> int | None:
        return next((i for i, x in enumerate(self._lines) if x.order_id == order_id), None)

    # ---- QAbstractTableModel -----------------------------------------------------------

    def _valid(self, index: Index) -> bool:
        # Not checkIndex(): that warns on an invalid index, which views legitimately pass.
        return (
            index.isValid()
            and index.model() is self
            and 0 <= index.row() < len(self._lines)
            and 0 <= index.column() < len(PlanColumn)
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PlanColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if 0 <= section < len(PlanColumn):
            return self.tr(HEADERS[PlanColumn(section)])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        line = self._lines[index.row()]
        column = PlanColumn(index.column())
        conflict = self._conflicts.get(line.order_id)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column, conflict)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(line, column, conflict)
        if role == Qt.ItemDataRole.BackgroundRole:
            if conflict is not None:
                return QBrush(CONFLICT_BG)
            return None if line.assigned else QBrush(UNASSIGNED_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (PlanColumn.NOTE, PlanColumn.PROVIDER):
                if conflict is not None:
                    return QBrush(CONFLICT_TEXT)
                if not line.assigned:
                    return QBrush(UNASSIGNED_TEXT)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column is PlanColumn.TRAVEL:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == LINE_ROLE:
            return line
        if role == ORDER_ID_ROLE:
            return line.order_id
        return None

    def _text(self, line: PlanLine, column: PlanColumn, conflict: PlanConflict | None) -> str:
        if column is PlanColumn.ORDER:
            return line.order_code
        if column is PlanColumn.START:
            return wall_clock(line.start, SHORT) if line.start else ""
        if column is PlanColumn.DISTRICT:
            return district_name(line.district) if line.district else ""
        if column is PlanColumn.SERVICE:
            return category_name(line.category) if line.category else ""
        if column is PlanColumn.PROVIDER:
            return f"→ {line.provider_name}" if line.assigned else self.tr("Not assigned")
        if column is PlanColumn.TRAVEL:
            if line.travel_minutes is None:
                return ""
            return self.tr("%1 min").replace("%1", f"{line.travel_minutes:.1f}")
        if conflict is not None:
            return self._conflict_text(conflict)
        if line.reasons:
            return said(line.reasons[0])
        if line.dispatch_by is not None:
            return self.tr("due %1").replace("%1", wall_clock(line.dispatch_by, SHORT))
        return ""

    def _conflict_text(self, conflict: PlanConflict) -> str:
        if conflict.words is not None:
            return self.tr("Refused: %1").replace("%1", said(conflict.words))
        if conflict.code == "not_found":
            return self.tr("Changed since planning: the order is gone")
        if conflict.status:
            return self.tr("Changed since planning: now %1").replace(
                "%1", status_name(conflict.status)
            )
        return self.tr("Changed since planning")

    def _tooltip(self, line: PlanLine, column: PlanColumn, conflict: PlanConflict | None) -> str:
        if column is PlanColumn.START and line.start is not None:
            return full_text(line.start)
        if column is PlanColumn.NOTE:
            lines = [self._conflict_text(conflict)] if conflict is not None else []
            lines += [f"• {said(r)}" for r in line.reasons]
            return "\n".join(lines)
        return ""
