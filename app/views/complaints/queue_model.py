"""A work queue of complaint tickets: the server's urgency order, live countdowns, overdue in red.

Rows arrive already sorted by ``app.rules.sla.urgency_key`` (the server's order), so the model
never sorts. Once a second the page calls ``tick`` with the rows on screen: only the countdown
cells of those rows change (``dataChanged`` on one column, never a reset).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.client.complaints import TicketRow
from app.views.complaints.labels import (
    OVERDUE_BG,
    OVERDUE_FG,
    SEVERITY_COLOR,
    SOON,
    SOON_BG,
    category_label,
    countdown_text,
    severity_label,
    status_label,
)
from app.views.timefmt import full_text, utc_now

ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the TicketRow
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # the ticket id

Index = QModelIndex | QPersistentModelIndex


class QueueColumn(IntEnum):
    COUNTDOWN = 0
    SEVERITY = 1
    CODE = 2
    STATUS = 3
    CATEGORY = 4
    ASSIGNEE = 5
    FLAGS = 6
    SUMMARY = 7


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Which tickets a queue shows (a dashboard figure's: one severity, only the overdue);
    the default shows every ticket."""

    severity: str = ""
    overdue: bool = False

    @property
    def active(self) -> bool:
        return bool(self.severity) or self.overdue

    def keeps(self, row: TicketRow, now: datetime) -> bool:
        return (not self.severity or row.severity == self.severity) and (
            not self.overdue or row.overdue(now)
        )


class TicketQueueModel(QAbstractTableModel):
    def __init__(
        self, clock: Callable[[], datetime] = utc_now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        self._rows: list[TicketRow] = []
        self._all: list[TicketRow] = []  # before the filter
        self._filter = QueueFilter()
        self._row_of: dict[int, int] = {}
        self._people: dict[int, str] = {}
        self._titles = {
            QueueColumn.COUNTDOWN: self.tr("Next deadline"),
            QueueColumn.SEVERITY: self.tr("Severity"),
            QueueColumn.CODE: self.tr("Ticket"),
            QueueColumn.STATUS: self.tr("Status"),
            QueueColumn.CATEGORY: self.tr("Category"),
            QueueColumn.ASSIGNEE: self.tr("Handled by"),
            QueueColumn.FLAGS: self.tr("Flags"),
            QueueColumn.SUMMARY: self.tr("Summary"),
        }
        self._bold = QFont()
        self._bold.setBold(True)

    # ---- contents -------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[TicketRow]) -> None:
        """Replace the queue (a new server answer: a few hundred rows at most)."""
        self.beginResetModel()
        self._all = list(rows)
        self._now = self._clock()
        self._rows = [r for r in self._all if self._filter.keeps(r, self._now)]
        self._row_of = {r.id: i for i, r in enumerate(self._rows)}
        self.endResetModel()

    def set_filter(self, chosen: QueueFilter) -> None:
        """Show only the tickets ``chosen`` keeps (of the rows last set)."""
        self._filter = chosen
        self.set_rows(self._all)

    @property
    def filter(self) -> QueueFilter:
        return self._filter

    def set_people(self, people: Mapping[int, str]) -> None:
        self._people = dict(people)
        if self._rows:
            self.dataChanged.emit(
                self.index(0, QueueColumn.ASSIGNEE),
                self.index(len(self._rows) - 1, QueueColumn.ASSIGNEE),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rows(self) -> list[TicketRow]:
        return list(self._rows)

    def all_rows(self) -> list[TicketRow]:
        """Every row last set, whatever the filter shows (what breach alerts watch)."""
        return list(self._all)

    def row_at(self, row: int) -> TicketRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, ticket_id: int) -> int | None:
        return self._row_of.get(ticket_id)

    def now(self) -> datetime:
        return self._now

    def tick(self, first: int = 0, last: int = -1) -> None:
        """Move the clock on and repaint the countdowns of rows ``first..last`` (those on
        screen); with ``last < first`` only the clock moves (a hidden queue). A ticket whose
        deadline just passed moves up to the overdue ones (no read needed)."""
        self._now = self._clock()
        self._rerank()
        last = min(last, len(self._rows) - 1)
        if first < 0 or last < first:
            return
        self.dataChanged.emit(
            self.index(first, QueueColumn.COUNTDOWN),
            self.index(last, QueueColumn.COUNTDOWN),
            [
                Qt.ItemDataRole.DisplayRole,
                Qt.ItemDataRole.BackgroundRole,
                Qt.ItemDataRole.ForegroundRole,
                Qt.ItemDataRole.FontRole,
                Qt.ItemDataRole.ToolTipRole,
            ],
        )

    def _rerank(self) -> None:
        """Keep the urgency order as the clock moves (``TicketRow.urgency``); under an
        "only overdue" filter a ticket whose deadline just passed joins the queue."""
        now = self._now
        if self._filter.overdue:  # time only adds overdue tickets; a read removes them
            joining = [
                r for r in self._all if r.id not in self._row_of and self._filter.keeps(r, now)
            ]
            if joining:
                start = len(self._rows)
                self.beginInsertRows(QModelIndex(), start, start + len(joining) - 1)
                self._rows.extend(joining)
                self._row_of.update({r.id: start + i for i, r in enumerate(joining)})
                self.endInsertRows()
        order = sorted(self._rows, key=lambda r: r.urgency(now))
        if [r.id for r in order] == [r.id for r in self._rows]:
            return
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        before = [r.id for r in self._rows]
        self._rows = order
        self._row_of = {r.id: i for i, r in enumerate(order)}
        new = []
        for index in old:
            moved = self._row_of.get(before[index.row()], -1)
            new.append(self.index(moved, index.column()) if moved >= 0 else QModelIndex())
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    # ---- QAbstractTableModel --------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(QueueColumn)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(QueueColumn):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._titles[QueueColumn(section)]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None or not 0 <= index.column() < len(QueueColumn):
            return None
        column = QueueColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._background(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, column)
        if role == Qt.ItemDataRole.FontRole:
            critical = column is QueueColumn.SEVERITY and row.severity == "critical"
            overdue = column is QueueColumn.COUNTDOWN and row.overdue(self._now)
            return self._bold if critical or overdue else None
        return None

    # ---- cells ----------------------------------------------------------------------------

    def _display(self, row: TicketRow, column: QueueColumn) -> str:
        if column is QueueColumn.COUNTDOWN:
            if row.next_deadline is None:
                return self.tr("Waiting to close") if row.status == "callback_done" else "—"
            return countdown_text(row.next_deadline, self._now)
        if column is QueueColumn.SEVERITY:
            return severity_label(row.severity)
        if column is QueueColumn.CODE:
            return row.code
        if column is QueueColumn.STATUS:
            return status_label(row.status)
        if column is QueueColumn.CATEGORY:
            return category_label(row.category)
        if column is QueueColumn.ASSIGNEE:
            if row.assignee_id is None:
                return self.tr("Unassigned")
            return self._people.get(row.assignee_id, f"#{row.assignee_id}")
        if column is QueueColumn.FLAGS:
            return " · ".join(self._flags(row))
        return row.summary

    def _flags(self, row: TicketRow) -> list[str]:
        flags: list[str] = []
        if row.needs_escalation:
            flags.append(self.tr("Escalate"))
        elif row.escalated:
            flags.append(self.tr("Escalated"))
        if row.reopen_count:
            flags.append(self.tr("Reopened"))
        if row.possible_duplicate_of is not None:
            flags.append(self.tr("Possible duplicate"))
        return flags

    def _tooltip(self, row: TicketRow, column: QueueColumn) -> str | None:
        if column is QueueColumn.COUNTDOWN and row.next_deadline is not None:
            return self.tr("Due %1 (Beijing time)").replace("%1", full_text(row.next_deadline))
        if column is QueueColumn.SUMMARY:
            return row.summary
        if column is QueueColumn.FLAGS and row.needs_escalation:
            return self.tr("A deadline has passed: escalate to a supervisor")
        return None

    def _background(self, row: TicketRow, column: QueueColumn) -> QBrush | None:
        if column is not QueueColumn.COUNTDOWN or row.next_deadline is None:
            return None
        left = row.next_deadline - self._now
        if left < timedelta(0):
            return QBrush(QColor(OVERDUE_BG))
        if left < SOON:
            return QBrush(QColor(SOON_BG))
        return None

    def _foreground(self, row: TicketRow, column: QueueColumn) -> QBrush | None:
        if column is QueueColumn.COUNTDOWN and row.overdue(self._now):
            return QBrush(QColor(OVERDUE_FG))
        if column is QueueColumn.SEVERITY:
            return QBrush(QColor(SEVERITY_COLOR.get(row.severity, "#475467")))
        return None
