"""The trainer's two queues: providers on a retraining hold and training certificates due
for recertification (within 60 days, or lapsed), each with the session they are booked on.

"Enrol in session" queues the existing enrol command (Outbox) for the highlighted provider
and the session picked beside the button: only for a role that writes training, and only
for a provider not booked yet (the server seats them, or puts them on the waiting list).
Read from the local cache off the UI thread, again whenever the feed touches training or
sanctions.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.client.cache import CacheReader
from app.client.training import SessionRow
from app.client.training_status import (
    QueueLine,
    enrol_command,
    recertification_queue,
    retraining_queue,
)
from app.rules.access import TRAINING_WRITERS
from app.rules.training import Due
from app.views.context import PageContext
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.rows_model import RowsModel
from app.views.timefmt import DAY, SHORT, wall_clock

QUEUE_ENTITIES = ("training_session", "training_enrolment", "assessment", "sanction", "provider")
HEADERS = (
    QT_TRANSLATE_NOOP("TrainingQueues", "Provider"),
    QT_TRANSLATE_NOOP("TrainingQueues", "Course"),
    QT_TRANSLATE_NOOP("TrainingQueues", "Since / valid until"),
    QT_TRANSLATE_NOOP("TrainingQueues", "Booked on"),
)
DUE_NAMES = {
    Due.DUE_60: QT_TRANSLATE_NOOP("TrainingQueues", "due within 60 days"),
    Due.DUE_30: QT_TRANSLATE_NOOP("TrainingQueues", "due within 30 days"),
    Due.LAPSED: QT_TRANSLATE_NOOP("TrainingQueues", "lapsed"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingQueues", text)


def session_text(s: SessionRow) -> str:
    full = (
        QCoreApplication.translate("TrainingQueues", " (full: waiting list)")
        if s.seated >= s.capacity
        else ""
    )
    return (
        f"{wall_clock(s.starts_at, SHORT)} · {s.course_name or s.course_code} · {s.location}{full}"
    )


def read_queues(reader: CacheReader, now: datetime) -> tuple[list[QueueLine], list[QueueLine]]:
    return retraining_queue(reader, now), recertification_queue(reader, now)


class QueueModel(RowsModel):
    CONTEXT = "TrainingQueues"
    HEADERS = HEADERS

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[QueueLine] = []

    def cell(self, line: QueueLine, col: int) -> str:
        if col == 0:
            return f"{line.provider_name} {line.provider_code}".strip()
        if col == 1:
            return line.course_code
        if col == 2:
            if line.until is None:
                text = wall_clock(line.since, DAY)
                if line.failed_attempts:
                    text += QCoreApplication.translate("TrainingQueues", " · %1 failed").replace(
                        "%1", str(line.failed_attempts)
                    )
                return text
            due = _tr(DUE_NAMES[line.due]) if line.due else ""
            return f"{wall_clock(line.until, DAY)} {due}".strip()
        return (
            session_text(line.booked)
            if line.booked
            else QCoreApplication.translate("TrainingQueues", "not booked")
        )


class QueueTable(QWidget):
    """One queue: the table, and the enrol row (a session to pick and the button)."""

    def __init__(self, ctx: PageContext, note: str) -> None:
        super().__init__()
        self.ctx = ctx
        self.model = QueueModel()
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(26)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_offers())
        self.model.modelReset.connect(self.view.resizeColumnsToContents)
        self.sessions = QComboBox()
        self.enrol_button = QPushButton(
            QCoreApplication.translate("TrainingQueues", "Enrol in session")
        )
        self.enrol_button.clicked.connect(self.enrol)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        hint = QLabel(note)
        hint.setWordWrap(True)
        bar = QHBoxLayout()
        bar.addWidget(self.sessions, 1)
        bar.addWidget(self.enrol_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        layout.addWidget(self.notice)
        self.writer = ctx.user.role in TRAINING_WRITERS
        self.enrol_button.setVisible(self.writer)
        self.sessions.setVisible(self.writer)
        self._show_offers()

    def set_rows(self, rows: list[QueueLine]) -> None:
        keep = self.current()
        self.model.set_rows(rows)
        at = next((i for i, r in enumerate(rows) if keep and r.provider_id == keep.provider_id
                   and r.course_code == keep.course_code), 0 if rows else None)  # fmt: skip
        if at is not None:
            self.view.selectRow(at)
        self._show_offers()

    def current(self) -> QueueLine | None:
        index = self.view.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def why_not_enrol(self) -> str | None:
        line = self.current()
        if line is None:
            return QCoreApplication.translate("TrainingQueues", "Select a provider.")
        if line.booked is not None:
            return QCoreApplication.translate("TrainingQueues", "Already booked on a session.")
        if not line.offers:
            return QCoreApplication.translate(
                "TrainingQueues", "No session of this course is scheduled ahead."
            )
        return None

    def _show_offers(self) -> None:
        line = self.current()
        self.sessions.clear()
        for s in line.offers if line and line.booked is None else []:
            self.sessions.addItem(session_text(s), s.id)
        why = self.why_not_enrol()
        self.enrol_button.setEnabled(why is None)
        self.enrol_button.setToolTip(why or "")

    def enrol(self) -> bool:
        """Queue the enrolment of the highlighted provider in the session picked."""
        line = self.current()
        if line is None or not self.writer or self.why_not_enrol() is not None:
            return False
        session_id = int(self.sessions.currentData())
        label = (
            QCoreApplication.translate("TrainingQueues", "Enrol %1 in %2")
            .replace("%1", line.provider_name)
            .replace("%2", self.sessions.currentText())
        )
        self.ctx.link.enqueue_command(enrol_command(session_id, line.provider_id, label))
        self.notice.setText(
            QCoreApplication.translate("TrainingQueues", "Queued: %1").replace("%1", label)
        )
        self.enrol_button.setEnabled(False)  # until the feed shows the booking
        return True


class TrainingQueues(QWidget):
    """Both queues, read again whenever the feed touches what they show."""

    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.retraining = QueueTable(
            ctx,
            QCoreApplication.translate(
                "TrainingQueues",
                "Providers on a retraining hold: passing the retraining lifts the hold.",
            ),
        )
        self.recertification = QueueTable(
            ctx,
            QCoreApplication.translate(
                "TrainingQueues", "Training certificates ending within 60 days, or lapsed."
            ),
        )
        ctx.link.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        if self.ctx.data is None:
            return
        now = self.ctx.clock()
        self.ctx.data.local(
            lambda r: read_queues(r, now), self._show, owner=self, key="training-queues"
        )

    def _on_changed(self, changes: Any) -> None:
        if changes.touches(*QUEUE_ENTITIES):
            self.reload()

    def _show(self, got: tuple[list[QueueLine], list[QueueLine]]) -> None:
        self.retraining.set_rows(got[0])
        self.recertification.set_rows(got[1])


__all__ = ["QueueTable", "TrainingQueues"]
