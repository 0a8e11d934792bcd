"""The auto-dispatch page's controls: the window to plan (Beijing time) and a district filter.

The window holds the orders that must be dispatched in it (their dispatch-by time), not the
ones whose appointment starts in it: appointments lie hours after their dispatch-by, so "the
next two hours of appointments" held no pending order. The default reaches back to the start
of the Beijing day, so orders already late are planned first, not left out.

Signals:
    plan_requested(): the user pressed Plan.
    changed(): the window or the district changed (the page re-checks its buttons).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone, Signal
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QHBoxLayout, QLabel, QPushButton, QWidget

from app.client.dispatch_plan import PlanWindow
from app.rules.districts import DISTRICTS
from app.views.i18n import district_name
from app.views.timefmt import BEIJING, beijing_day_start, utc_now

DEFAULT_WINDOW = timedelta(hours=2)
MAX_WINDOW = timedelta(days=2)  # the server's limit
BEIJING_ZONE = QTimeZone(8 * 3600)  # the pickers show Beijing time, whatever the workstation's


def to_qt(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime on Beijing's clock (what the pickers show)."""
    local = moment.astimezone(BEIJING)
    return QDateTime(
        QDate(local.year, local.month, local.day), QTime(local.hour, local.minute), BEIJING_ZONE
    )


def from_qt(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class PlanWindowBar(QWidget):
    plan_requested = Signal()
    changed = Signal()

    def __init__(
        self, *, clock: Callable[[], datetime] = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self.start = self._picker()
        self.end = self._picker()
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), "")
        for d in DISTRICTS:
            self.district.addItem(district_name(d.code), d.code)
        self.reset_button = QPushButton(self.tr("Due by +2 h"))
        self.reset_button.setToolTip(
            self.tr(
                "Plan the orders that must be dispatched within the next two hours, and those "
                "already late today"
            )
        )
        self.plan_button = QPushButton(self.tr("Plan"))
        self.plan_button.setObjectName("primaryButton")

        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(8)
        for widget in (
            QLabel(self.tr("Due from")),
            self.start,
            QLabel(self.tr("to")),
            self.end,
            QLabel(self.tr("District")),
            self.district,
            self.reset_button,
            self.plan_button,
        ):
            row.addWidget(widget)
        row.addStretch(1)

        self.reset_button.clicked.connect(self.reset)
        self.plan_button.clicked.connect(self.plan_requested)
        self.start.dateTimeChanged.connect(self.changed)
        self.end.dateTimeChanged.connect(self.changed)
        self.district.currentIndexChanged.connect(self.changed)
        self.reset()

    def plan_window(self) -> PlanWindow:
        """The window the pickers and the district filter describe."""
        code = str(self.district.currentData() or "")
        start, end = from_qt(self.start.dateTime()), from_qt(self.end.dateTime())
        return PlanWindow(start, end, code or None)

    def set_window(self, start: datetime, end: datetime, district: str | None = None) -> None:
        self.start.setDateTime(to_qt(start))
        self.end.setDateTime(to_qt(end))
        index = self.district.findData(district or "")
        self.district.setCurrentIndex(max(index, 0))

    def reset(self) -> None:
        """Orders due from the start of today (the late ones) to two hours from now; the
        district filter stays."""
        now = self._clock().replace(second=0, microsecond=0)
        start = beijing_day_start(now).astimezone(UTC)
        self.set_window(start, now + DEFAULT_WINDOW, str(self.district.currentData() or "") or None)

    def problem(self) -> str | None:
        """Why this window cannot be planned, in words; None when it can."""
        window = self.plan_window()
        if window.end <= window.start:
            return self.tr("The window must end after it starts.")
        if window.end - window.start > MAX_WINDOW:
            return self.tr("A window is at most two days.")
        return None

    def set_plannable(self, allowed: bool) -> None:
        problem = self.problem()
        self.plan_button.setEnabled(allowed and problem is None)
        self.plan_button.setToolTip(problem or self.tr("Plan the window (F5)"))

    def _picker(self) -> QDateTimeEdit:
        picker = QDateTimeEdit()
        picker.setTimeZone(BEIJING_ZONE)
        picker.setDisplayFormat("yyyy-MM-dd HH:mm")
        picker.setCalendarPopup(True)
        return picker
