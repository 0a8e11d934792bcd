"""The trainer's session list: mine first, today first; capacity, seated and waiting."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.client.training import SessionRow, today_first
from app.views.i18n import QT_TRANSLATE_NOOP, district_name
from app.views.rows_model import RowsModel
from app.views.timefmt import HOUR_MINUTE, SHORT, wall_clock
from app.views.training.labels import session_state_name

HEADERS = (
    QT_TRANSLATE_NOOP("TrainingSessions", "Time"),
    QT_TRANSLATE_NOOP("TrainingSessions", "Course"),
    QT_TRANSLATE_NOOP("TrainingSessions", "State"),
    QT_TRANSLATE_NOOP("TrainingSessions", "Seated / capacity"),
    QT_TRANSLATE_NOOP("TrainingSessions", "Waiting"),
    QT_TRANSLATE_NOOP("TrainingSessions", "Location"),
)
SEATS_COLUMN = 3
OTHERS = QColor("#667085")
FULL = QColor("#b54708")


def mine_first(rows: list[SessionRow], me: int, day_start: datetime) -> list[SessionRow]:
    """My sessions (today, coming, past), then everyone else's in the same order."""
    mine = [r for r in rows if r.trainer_id == me]
    others = [r for r in rows if r.trainer_id != me]
    return [*today_first(mine, day_start), *today_first(others, day_start)]


class SessionModel(RowsModel):
    CONTEXT = "TrainingSessions"
    HEADERS = HEADERS

    def __init__(self, me: int) -> None:
        super().__init__()
        self.me = me
        self.rows: list[SessionRow] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def row_of(self, session_id: int) -> int | None:
        return next((i for i, r in enumerate(self.rows) if r.id == session_id), None)

    def cell(self, row: SessionRow, column: int) -> str:
        return self._text(row, column)

    def look(self, row: SessionRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole and row.trainer_id == self.me:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == SEATS_COLUMN and row.seated >= row.capacity:
                return QBrush(FULL)
            if row.trainer_id != self.me:
                return QBrush(OTHERS)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0 and row.trainer_id != self.me:
            return QCoreApplication.translate("TrainingSessions", "Another trainer's session")
        return None

    def _text(self, row: SessionRow, col: int) -> str:
        if col == 0:
            end = f"–{wall_clock(row.ends_at, HOUR_MINUTE)}" if row.ends_at else ""
            return wall_clock(row.starts_at, SHORT) + end
        if col == 1:
            name = row.course_name or row.course_code
            if row.is_retraining:
                return QCoreApplication.translate("TrainingSessions", "%1 (retraining)").replace(
                    "%1", name
                )
            return name
        if col == 2:
            return session_state_name(row.state)
        if col == SEATS_COLUMN:
            return f"{row.seated} / {row.capacity}"
        if col == 4:
            return str(row.waiting) if row.waiting else ""
        district = district_name(row.district or "") if row.district else ""
        # The venue's address usually starts with its district already.
        if district and row.location.startswith(district):
            return row.location
        return " · ".join(x for x in (district, row.location) if x)
