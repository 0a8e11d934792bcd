"""A provider's training record (培训记录): certificates and their recertification, every
session with attendance, scores, result and amendments; the transcript PDF from it.

Read from the local cache off the UI thread (``app.client.training.provider_record``); it
follows the feed while open, so a sign-off elsewhere shows without reopening.
"""

from __future__ import annotations

from dataclasses import asdict
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.training import ProviderRecord, RecordEntry, provider_record
from app.client.training_certificate import CertificateFacts, certificate_facts, transcript_input
from app.reports.training import build_transcript
from app.reports.training_certificate import build_certificate
from app.rules.training import Due
from app.views.complaints.pdf import save_pdf
from app.views.i18n import current_language
from app.views.timefmt import DAY, FILE_STAMP, wall_clock
from app.views.training.labels import attended_text, enrolment_name, passed_text

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.views.background import Backend
    from app.views.sync_link import SyncLink

GOOD, DUE_SOON, LAPSED = QColor("#067647"), QColor("#b54708"), QColor("#b42318")
RECORD_ENTITIES = ("training_session", "training_enrolment", "assessment",
                   "assessment_amendment", "training_course", "provider")  # fmt: skip


def due_text(due: str | None) -> str:
    if due == "due_60":
        return QCoreApplication.translate("TrainingRecord", "Due within 60 days")
    if due == "due_30":
        return QCoreApplication.translate("TrainingRecord", "Due within 30 days")
    if due == "lapsed":
        return QCoreApplication.translate("TrainingRecord", "Lapsed: recertify")
    return QCoreApplication.translate("TrainingRecord", "Valid")


def result_text(entry: RecordEntry) -> str:
    a = entry.assessment
    if a is None:
        return "—"
    if a.state != "signed":
        return QCoreApplication.translate("TrainingRecord", "Draft")
    return passed_text(a.passed)


class ProviderRecordDialog(QDialog):
    def __init__(
        self, data: Backend, link: SyncLink | None, provider_id: int,
        clock: Callable[[], datetime], printed_by: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.data, self.provider_id, self.clock = data, provider_id, clock
        self.printed_by = printed_by
        self.record: ProviderRecord | None = None
        self.setWindowTitle(self.tr("Training record"))
        self.resize(860, 560)
        self.title = QLabel(self.tr("Loading…"))
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.certs = QTreeWidget()
        self.certs.setRootIsDecorated(False)
        self.certs.setHeaderLabels(
            [self.tr("Course"), self.tr("Passed"), self.tr("Valid until"), self.tr("Standing")]
        )
        self.certs.setMaximumHeight(130)
        self.entries = QTreeWidget()
        self.entries.setRootIsDecorated(False)
        self.entries.setUniformRowHeights(True)
        self.entries.setHeaderLabels([
            self.tr("Date"), self.tr("Course"), self.tr("Location"), self.tr("Enrolment"),
            self.tr("Attendance"), self.tr("Theory"), self.tr("Practical"), self.tr("Result"),
            self.tr("Amendments"),
        ])  # fmt: skip
        for tree in (self.certs, self.entries):
            tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.pdf = QPushButton(self.tr("Transcript PDF…"))
        self.pdf.setEnabled(False)
        self.pdf.clicked.connect(self.save_transcript)
        self.cert_pdf = QPushButton(self.tr("Certificate PDF…"))
        self.cert_pdf.setToolTip(
            self.tr("The training certificate of the passed assessment selected")
        )
        self.cert_pdf.setEnabled(False)
        self.cert_pdf.clicked.connect(self.save_certificate)
        self.entries.currentItemChanged.connect(lambda *_: self._update_cert_button())
        self.message = QLabel()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(QLabel(self.tr("Training certificates")))
        layout.addWidget(self.certs)
        layout.addWidget(QLabel(self.tr("Sessions and assessments")))
        layout.addWidget(self.entries, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.cert_pdf)
        bar.addWidget(self.pdf)
        bar.addWidget(close)
        layout.addLayout(bar)
        if link is not None:
            link.changed.connect(self._on_changed)
        self.reload()

    def reload(self) -> None:
        pid, now = self.provider_id, self.clock()
        self.data.local(lambda r: provider_record(r, pid, now), self.show_record, owner=self,
                        key="training-record")  # fmt: skip

    def _on_changed(self, changes: Any) -> None:
        if changes.touches(*RECORD_ENTITIES):
            self.reload()

    def show_record(self, record: ProviderRecord) -> None:
        self.record = record
        self.title.setText(f"{record.provider_name}  {record.provider_code}")
        self.certs.clear()
        for c in record.certificates:
            until = wall_clock(c.valid_until, DAY) if c.valid_until else self.tr("No expiry")
            item = QTreeWidgetItem([
                f"{c.course_name} ({c.course_code})", wall_clock(c.passed_at, DAY), until,
                due_text(c.due.value if c.due else None),
            ])  # fmt: skip
            colour = LAPSED if c.due is Due.LAPSED else DUE_SOON if c.due else GOOD
            item.setForeground(3, QBrush(colour))
            self.certs.addTopLevelItem(item)
        self.entries.clear()
        for e in reversed(record.entries):  # the latest first
            a = e.assessment
            theory = a.theory_score if a else None
            practical = a.practical_score if a else None
            item = QTreeWidgetItem([
                wall_clock(e.session.starts_at, DAY), e.session.course_name,
                e.session.location, enrolment_name(e.status), attended_text(e.attended),
                "" if theory is None else str(theory), "" if practical is None else str(practical),
                result_text(e), str(len(e.amendments)) if e.amendments else "",
            ])  # fmt: skip
            if a is not None and a.state == "signed":
                if a.passed:
                    item.setData(0, Qt.ItemDataRole.UserRole, a.id)  # a certificate
                item.setForeground(7, QBrush(GOOD if a.passed else LAPSED))
            if e.amendments:
                item.setToolTip(8, "\n".join(e.amendment_reasons))
            self.entries.addTopLevelItem(item)
        self.pdf.setEnabled(True)
        self._update_cert_button()

    def selected_certificate(self) -> int | None:
        """The assessment id of the selected row when it is a signed pass (a certificate)."""
        item = self.entries.currentItem()
        aid = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        return int(aid) if aid is not None else None

    def _update_cert_button(self) -> None:
        self.cert_pdf.setEnabled(self.selected_certificate() is not None)

    def save_certificate(self) -> None:
        aid = self.selected_certificate()
        if aid is not None:
            self.data.local(lambda r: certificate_facts(r, aid), self._save_certificate,
                            owner=self, key="training-certificate")  # fmt: skip

    def _save_certificate(self, facts: CertificateFacts | None) -> None:
        if facts is None:
            return
        now, lang, by = self.clock(), current_language(), self.printed_by
        plain = asdict(facts)
        save_pdf(
            self,
            title=self.tr("Save the training certificate"),
            suggested=self.tr("certificate-%1.pdf").replace("%1", facts.number),
            build=lambda: build_certificate(plain, printed_at=now, printed_by=by, lang=lang),
            done=lambda _path, text: self.message.setText(text),
        )

    def save_transcript(self) -> None:
        record = self.record
        if record is None:
            return
        now, lang, by = self.clock(), current_language(), self.printed_by
        plain = transcript_input(record)
        save_pdf(
            self,
            title=self.tr("Save the training transcript"),
            suggested=self.tr("training-%1-%2.pdf").replace("%1", record.provider_code)
            .replace("%2", wall_clock(now, FILE_STAMP)),
            build=lambda: build_transcript(plain, printed_at=now, printed_by=by, lang=lang),
            done=lambda _path, text: self.message.setText(text),
        )  # fmt: skip
