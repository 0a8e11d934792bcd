"""Roster attendance: everyone seated is present unless the trainer ticks them off.

The model keeps the attendance the cache holds (``stored``) and the trainer's marks
(``present``); one save sends the whole seated roster. Until the feed brings the saved
attendance back, the marks stay as the trainer left them (``sent``), so a refresh in between
does not flip anybody back.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from app.client.training import SEATED, RosterLine
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.rows_model import Index, RowsModel
from app.views.training.labels import enrolment_name

HEADERS = (
    QT_TRANSLATE_NOOP("TrainingRoster", "Trainee"),
    QT_TRANSLATE_NOOP("TrainingRoster", "Enrolment"),
    QT_TRANSLATE_NOOP("TrainingRoster", "Present"),
)
PRESENT_COLUMN = 2
ABSENT = QColor("#fef3f2")
WAITING_TEXT = QColor("#667085")


class RosterModel(RowsModel):
    """Signals:
    marks_changed(dict): provider id -> present, after any toggle or reload.
    """

    marks_changed = Signal(object)
    CONTEXT = "TrainingRoster"
    HEADERS = HEADERS

    def __init__(self) -> None:
        super().__init__()
        self.session_id: int | None = None
        self.rows: list[RosterLine] = []
        self.present: dict[int, bool] = {}
        self.stored: dict[int, bool] = {}
        self.sent: dict[int, bool] | None = None

    def set_roster(self, session_id: int | None, lines: list[RosterLine]) -> None:
        same = session_id == self.session_id
        # The trainer's unsaved marks, or saved ones the feed has not brought back yet, stay.
        edited = same and self.present != self.stored
        marks = dict(self.present)
        if not same:
            self.sent = None
        self.beginResetModel()
        self.session_id = session_id
        self.rows = lines
        self.stored = {x.provider_id: x.attended is not False for x in self.seated()}
        if self.sent is not None and all(self.stored.get(p, v) == v for p, v in self.sent.items()):
            self.sent = None  # the feed brought the saved attendance back
        keep = edited or self.sent is not None
        # A trainee newly seated starts present.
        self.present = {p: marks.get(p, v) if keep else v for p, v in self.stored.items()}
        self.endResetModel()
        self.marks_changed.emit(dict(self.present))

    def seated(self) -> list[RosterLine]:
        return [x for x in self.rows if x.status == SEATED]

    def is_dirty(self) -> bool:
        return any(
            self.present.get(x.provider_id) != (x.attended is not False) or x.attended is None
            for x in self.seated()
        )

    def has_edits(self) -> bool:
        """The trainer changed marks that are neither stored nor on their way (a roster never
        taken, all present by default, is not an edit: nothing to save on leaving)."""
        return self.present != self.stored and (self.sent is None or self.present != self.sent)

    def absent_count(self) -> int:
        return sum(1 for v in self.present.values() if not v)

    def toggle(self, row: int) -> None:
        if not 0 <= row < len(self.rows) or self.rows[row].status != SEATED:
            return
        pid = self.rows[row].provider_id
        self.present[pid] = not self.present.get(pid, True)
        cell = self.index(row, PRESENT_COLUMN)
        self.dataChanged.emit(self.index(row, 0), cell)
        self.marks_changed.emit(dict(self.present))

    def mark_sent(self) -> None:
        self.sent = dict(self.present)

    @property
    def lines(self) -> list[RosterLine]:
        return self.rows

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if (
            index.isValid()
            and index.column() == PRESENT_COLUMN
            and self.rows[index.row()].status == SEATED
        ):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = 0) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.CheckStateRole:
            return False
        line = self.rows[index.row()]
        if index.column() != PRESENT_COLUMN or line.status != SEATED:
            return False
        want = Qt.CheckState(value) == Qt.CheckState.Checked
        if self.present.get(line.provider_id, True) != want:
            self.toggle(index.row())
        return True

    def cell(self, line: RosterLine, col: int) -> str | None:
        seated = line.status == SEATED
        if col == 0:
            return f"{line.provider_name}  {line.provider_code}".strip()
        if col == 1:
            if line.waiting_position is not None and not seated:
                return QCoreApplication.translate("TrainingRoster", "Waiting #%1").replace(
                    "%1", str(line.waiting_position)
                )
            return enrolment_name(line.status)
        if col == PRESENT_COLUMN and seated:
            return (
                QCoreApplication.translate("TrainingRoster", "Present")
                if self.present.get(line.provider_id, True)
                else QCoreApplication.translate("TrainingRoster", "Absent")
            )
        return None

    def look(self, line: RosterLine, col: int, role: int) -> Any:
        seated = line.status == SEATED
        present = self.present.get(line.provider_id, True)
        if role == Qt.ItemDataRole.CheckStateRole and col == PRESENT_COLUMN and seated:
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.BackgroundRole and seated and not present:
            return QBrush(ABSENT)
        if role == Qt.ItemDataRole.ForegroundRole and not seated:
            return QBrush(WAITING_TEXT)
        return None
