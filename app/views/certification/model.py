"""The review queue's table model: oldest first, age against the 24-hour target."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from app.client.certifications import REVIEW_TARGET, CertRow
from app.views.certification.labels import kind_name, state_name
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.rows_model import RowsModel

HEADERS = (
    QT_TRANSLATE_NOOP("CertQueue", "Age"),
    QT_TRANSLATE_NOOP("CertQueue", "Kind"),
    QT_TRANSLATE_NOOP("CertQueue", "Provider"),
    QT_TRANSLATE_NOOP("CertQueue", "Number"),
    QT_TRANSLATE_NOOP("CertQueue", "State"),
    QT_TRANSLATE_NOOP("CertQueue", "Claimed by"),
    QT_TRANSLATE_NOOP("CertQueue", "Findings"),
)
# Starting widths in characters of the text font (the reader can drag them): sized for the
# Chinese and English names, without measuring every row (ResizeToContents) on each update.
WIDTHS = (5, 15, 8, 15, 14, 10, 8)
LATE = QColor("#c62828")
SOON = QColor("#ef6c00")
RED_FLAG = QColor("#ffebee")


def age_text(hours: float) -> str:
    if hours < 1:
        return QCoreApplication.translate("CertQueue", "%1 min").replace("%1", str(int(hours * 60)))
    if hours < 48:
        return QCoreApplication.translate("CertQueue", "%1 h").replace("%1", str(int(hours)))
    return QCoreApplication.translate("CertQueue", "%1 d").replace("%1", str(int(hours // 24)))


class QueueModel(RowsModel):
    CONTEXT = "CertQueue"
    HEADERS = HEADERS

    def __init__(self, now: datetime) -> None:
        super().__init__()
        self.rows: list[CertRow] = []
        self.names: dict[int, str] = {}
        self.now = now

    def set_queue(self, rows: list[CertRow], names: dict[int, str], now: datetime) -> None:
        self.names, self.now = names, now
        self.set_rows(rows)

    def cell(self, row: CertRow, column: int) -> str:
        return self._text(row, column, row.age(self.now).total_seconds() / 3600)

    def look(self, row: CertRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            age = row.age(self.now)
            if age >= REVIEW_TARGET:
                return QBrush(LATE)
            if age >= REVIEW_TARGET * 0.75:
                return QBrush(SOON)
        if role == Qt.ItemDataRole.BackgroundRole and row.flagged:
            return QBrush(RED_FLAG)
        return None

    def _text(self, row: CertRow, col: int, hours: float) -> str:
        if col == 0:
            return age_text(hours)
        if col == 1:
            return kind_name(row.kind)
        if col == 2:
            return row.provider_name
        if col == 3:
            return row.number
        if col == 4:
            text = state_name(row.status)
            if row.awaiting_second_approval:
                text += " · " + QCoreApplication.translate("CertQueue", "2nd approval")
            return text
        if col == 5:
            active = row.claimed_by is not None and row.claim_active(self.now)
            return self.names.get(row.claimed_by or 0, "") if active else ""
        return str(len(row.finding_codes)) if row.finding_codes else ""
