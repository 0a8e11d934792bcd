"""Make report for…: a Beijing day (or a day of the week wanted) and daily or weekly.

Offers only periods the server accepts (``app.rules.kpi.schedule.refusal``): from 2000 up to
yesterday for a daily report; the week must have ended for a weekly one.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QWidget,
)

from app.rules.beijing import local_day
from app.rules.kpi.schedule import EARLIEST, TOO_EARLY, ReportKind, refusal


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ReportRequestDialog(QDialog):
    def __init__(self, now: datetime, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.now = now
        self.setWindowTitle(self.tr("Make report"))
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Daily report"), ReportKind.DAILY.value)
        self.kind.addItem(self.tr("Weekly report (Monday to Sunday)"), ReportKind.WEEKLY.value)
        yesterday = local_day(now) - timedelta(days=1)
        self.day = QDateEdit(_qdate(yesterday))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("yyyy-MM-dd")
        self.day.setDateRange(_qdate(EARLIEST), _qdate(yesterday))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b42318;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Report"), self.kind)
        form.addRow(self.tr("Day"), self.day)
        form.addRow(self.problem)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._check)
        self.day.dateChanged.connect(self._check)
        self._check()

    def chosen(self) -> tuple[ReportKind, date]:
        picked = self.day.date()
        return ReportKind(self.kind.currentData()), date(
            picked.year(), picked.month(), picked.day()
        )

    def _check(self) -> None:
        kind, day = self.chosen()
        reason = refusal(kind, day, self.now)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(reason is None)
        if reason is None:
            self.problem.setText("")
        elif reason is TOO_EARLY:
            self.problem.setText(self.tr("Reports start in 2000."))
        else:
            self.problem.setText(self.tr("That week has not ended yet."))
