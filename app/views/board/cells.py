"""What one board cell shows: text, colours, tooltip. The model decides which rows; this
module decides how a row reads (Beijing times, Chinese names, deadline colours)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.models.enums import OrderStatus
from app.rules.orders import DeadlineState, dispatch_deadline_state
from app.views.board.filter import Column
from app.views.i18n import category_name, district_name
from app.views.labels import DEADLINE_COLORS, STATUS_COLOR, status_name
from app.views.timefmt import clock_text, full_text, remaining_text

if TYPE_CHECKING:
    from app.client.board import BoardRow

# Pending orders show a countdown to their dispatch-by deadline from this close on.
COUNTDOWN_FROM = timedelta(hours=2)

_STYLE_ROLES = (
    Qt.ItemDataRole.BackgroundRole,
    Qt.ItemDataRole.ForegroundRole,
    Qt.ItemDataRole.FontRole,
)


class BoardCells:
    """Cell data for the order board; brushes and fonts made once, not per paint."""

    def __init__(self) -> None:
        self._bold = QFont()
        self._bold.setBold(True)
        self._brushes = {k: QBrush(QColor(v)) for k, v in STATUS_COLOR.items()}
        self._deadline_brushes = {
            state: (QBrush(QColor(bg)), QBrush(QColor(fg)))
            for state, (bg, fg) in DEADLINE_COLORS.items()
        }
        self._muted = QBrush(QColor("#98a2b3"))

    def data(self, row: BoardRow, column: Column, role: int, now: datetime) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(row, column, now)
        if column is Column.DISPATCH_BY and role in _STYLE_ROLES:
            return self._deadline_style(row, role, now)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column is Column.STATUS:
                return self._brushes.get(row.status)
            if column is Column.PROVIDER and row.provider_id is None:
                return self._muted
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        return None

    def display(self, row: BoardRow, column: Column, now: datetime) -> str:
        if column is Column.CODE:
            return row.code
        if column is Column.STATUS:
            return status_name(row.status)
        if column is Column.CATEGORY:
            return category_name(row.category)
        if column is Column.DISTRICT:
            return district_name(row.district)
        if column is Column.CUSTOMER:
            return row.customer_name
        if column is Column.ADDRESS:
            return row.address
        if column is Column.PROVIDER:
            if row.provider_id is None:
                return QCoreApplication.translate("OrderBoardModel", "Unassigned")
            return row.provider_name
        if column is Column.START:
            return clock_text(row.scheduled_start, now)
        when = clock_text(row.dispatch_by, now)
        state = self._deadline(row, now)
        if state is DeadlineState.NONE or (
            state is DeadlineState.OK and row.dispatch_by - now > COUNTDOWN_FROM
        ):
            return when  # far off: the time alone; a countdown would only be noise
        return f"{when}  {remaining_text(row.dispatch_by, now)}"

    def _deadline(self, row: BoardRow, now: datetime) -> DeadlineState:
        try:
            status = OrderStatus(row.status)
        except ValueError:
            return DeadlineState.NONE
        return dispatch_deadline_state(status, row.dispatch_by, now)

    def _deadline_style(self, row: BoardRow, role: int, now: datetime) -> Any:
        state = self._deadline(row, now)
        if state is DeadlineState.NONE:
            return self._muted if role == Qt.ItemDataRole.ForegroundRole else None
        brushes = self._deadline_brushes.get(state)
        if brushes is None:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return brushes[0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return brushes[1]
        return self._bold if state is DeadlineState.OVERDUE else None

    def _tooltip(self, row: BoardRow, column: Column) -> str | None:
        if column in (Column.START, Column.DISPATCH_BY):
            when = row.scheduled_start if column is Column.START else row.dispatch_by
            return QCoreApplication.translate("OrderBoardModel", "%1 (Beijing time)").replace(
                "%1", full_text(when)
            )
        if column is Column.ADDRESS:
            return row.address
        return None
