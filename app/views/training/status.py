"""A provider's training status in a few lines, where dispatchers and agents see the provider
(the order detail, the assign dialog): the category's courses and a retraining hold's progress.

Read from the local cache off the UI thread (``Backend.local``); the words are the page's.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.client.training import SessionRow
from app.client.training_status import CourseStatus, HoldProgress, TrainingStatus, training_status
from app.rules.dispatch.eligibility import RETRAINING_HOLD, TRAINING_LAPSED, TRAINING_NOT_PASSED
from app.rules.training import Due
from app.views.timefmt import DAY, SHORT, wall_clock

if TYPE_CHECKING:
    from app.views.background import Backend

# The dispatch reasons that training answers (a course not passed or lapsed, a retraining hold).
TRAINING_REASONS = frozenset({TRAINING_NOT_PASSED, TRAINING_LAPSED, RETRAINING_HOLD})


def _session(s: SessionRow | None) -> str:
    if s is None:
        return QCoreApplication.translate("TrainingStatus", "no session scheduled")
    return (
        QCoreApplication.translate("TrainingStatus", "next session %1, %2")
        .replace("%1", wall_clock(s.starts_at, SHORT))
        .replace("%2", s.location)
    )


def course_line(c: CourseStatus) -> str:
    if c.passed_at is None:
        text = QCoreApplication.translate("TrainingStatus", "%1: not passed; %2").replace(
            "%2", _session(c.next_session)
        )
    elif c.due is Due.LAPSED:
        assert c.valid_until is not None
        text = (
            QCoreApplication.translate("TrainingStatus", "%1: lapsed on %2; %3")
            .replace("%2", wall_clock(c.valid_until, DAY))
            .replace("%3", _session(c.next_session))
        )
    elif c.valid_until is None:
        text = QCoreApplication.translate("TrainingStatus", "%1: passed")
    elif c.due is not None:
        text = QCoreApplication.translate("TrainingStatus", "%1: passed, recertification due by %2")
        text = text.replace("%2", wall_clock(c.valid_until, DAY))
    else:
        text = QCoreApplication.translate("TrainingStatus", "%1: passed, valid until %2").replace(
            "%2", wall_clock(c.valid_until, DAY)
        )
    return text.replace("%1", c.course_name or c.course_code)


def hold_line(h: HoldProgress) -> str:
    if h.passed:
        return QCoreApplication.translate(
            "TrainingStatus", "Retraining hold: passed, dispatchable again"
        )
    if h.booked is not None:
        text = QCoreApplication.translate(
            "TrainingStatus", "Retraining hold: enrolled in the session of %1, %2"
        )
        text = text.replace("%1", wall_clock(h.booked.starts_at, SHORT))
        text = text.replace("%2", h.booked.location)
    else:
        text = QCoreApplication.translate(
            "TrainingStatus", "Retraining hold: not enrolled yet; %1"
        ).replace("%1", _session(h.next_session))
    if h.failed_attempts:
        text += QCoreApplication.translate("TrainingStatus", " (%1 failed attempts)").replace(
            "%1", str(h.failed_attempts)
        )
    return text


def status_lines(status: TrainingStatus) -> list[str]:
    """One line per course of the category and per retraining hold."""
    return [course_line(c) for c in status.courses] + [hold_line(h) for h in status.holds]


def blocking_lines(status: TrainingStatus) -> list[str]:
    """Only what keeps the provider off: courses not covered, holds not passed (each with
    the next session)."""
    return [course_line(c) for c in status.courses if not c.covered] + [
        hold_line(h) for h in status.holds if not h.passed
    ]


class TrainingStatusLabel(QLabel):
    """The training status of one provider for one service category, read off the UI thread."""

    def __init__(self, data: Backend | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trainingStatus")
        self.setWordWrap(True)
        self._data = data
        self._shown: tuple[int, str] | None = None

    def show_provider(self, provider_id: int | None, category: str, now: datetime) -> None:
        """Read and show ``provider_id``'s status (None: nobody, the label clears); with an
        empty ``category``, only the retraining holds."""
        if provider_id is None or self._data is None or not self._data.has_cache:
            self._shown = None
            self.clear()
            return
        if self._shown != (provider_id, category):
            self.clear()
        self._shown = (provider_id, category)
        self._data.local(
            lambda reader: training_status(reader, provider_id, category, now),
            self._on_status,
            owner=self,
            key="training_status",
        )

    def _on_status(self, status: TrainingStatus) -> None:
        if self._shown is None or self._shown[0] != status.provider_id:
            return
        lines = status_lines(status)
        if not lines and self._shown[1]:  # no category asked: only holds, nothing to say
            lines = [
                QCoreApplication.translate("TrainingStatus", "No training needed for this service")
            ]
        self.setText("\n".join(lines))
        self.setProperty("clear", status.clear)
        self.style().unpolish(self)
        self.style().polish(self)


__all__ = [
    "TRAINING_REASONS",
    "TrainingStatusLabel",
    "blocking_lines",
    "course_line",
    "hold_line",
    "status_lines",
]
