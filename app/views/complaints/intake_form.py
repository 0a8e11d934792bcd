"""The hotline's new-complaint form: what it is about, the category, the severity the category
suggests, the deadlines that severity sets (``app.rules.sla.deadlines``) and the caller's words.

It knows nothing of the lookup: the intake panel opens it about an order or the caller and
says which customer and order a filed complaint names.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory, Severity
from app.rules.sla import SLA_CLOCKS, deadlines
from app.views.complaints.actions import with_keys
from app.views.complaints.intake_parts import span_text as _span
from app.views.complaints.labels import SUGGESTED_SEVERITY, category_label, severity_label
from app.views.timefmt import clock_text

SUMMARY_LIMIT = 4000

# Who and what a complaint filed now names: (customer id, order id or None).
Subject = Callable[[], tuple[int | None, int | None]]


class ComplaintForm(QFrame):
    """Signals: file_requested(): Ctrl+Enter or the button, with the form complete."""

    file_requested = Signal()

    def __init__(
        self,
        clock: Callable[[], datetime],
        subject: Subject,
        *,
        can_file: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakeForm")
        self._clock = clock
        self._subject = subject
        self._can_file = can_file
        self._severity_touched = False
        self._suggesting = False
        title = QLabel(self.tr("New complaint"))
        title.setObjectName("sectionTitle")
        self.about = QLabel()
        self.about.setObjectName("detailValue")
        self.about.setWordWrap(True)
        self.category = QComboBox()
        self.category.setObjectName("intakeCategory")
        self.category.addItem(self.tr("Choose the category…"), "")
        for category in ComplaintCategory:
            self.category.addItem(category_label(category), category.value)
        self.severity = QComboBox()
        self.severity.setObjectName("intakeSeverity")
        for severity in Severity:
            self.severity.addItem(severity_label(severity), severity.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MEDIUM.value))
        self.suggestion = QLabel()
        self.suggestion.setObjectName("noteLabel")
        self.deadlines = QLabel()
        self.deadlines.setObjectName("deadlinePreview")
        self.deadlines.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("intakeSummary")
        self.summary.setPlaceholderText(self.tr("What happened, in the caller's words"))
        self.summary.setFixedHeight(72)
        self.submit = QPushButton(self.tr("File complaint"))
        self.submit.setObjectName("fileComplaint")
        self.submit.setToolTip(with_keys(self.tr("File the complaint"), ("Ctrl+Return",)))
        self.submit.clicked.connect(self.file_requested)
        self.cancel = QPushButton(self.tr("Discard"))
        self.cancel.clicked.connect(self.hide)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.submit)

        severity_row = QHBoxLayout()
        severity_row.addWidget(self.severity)
        severity_row.addWidget(self.suggestion, 1)
        fields = QFormLayout()
        fields.setHorizontalSpacing(10)
        fields.addRow(self.tr("About"), self.about)
        fields.addRow(self.tr("Category"), self.category)
        fields.addRow(self.tr("Severity"), severity_row)
        fields.addRow(self.tr("Deadlines"), self.deadlines)
        fields.addRow(self.tr("Summary"), self.summary)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(fields)
        layout.addLayout(buttons)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.severity.currentIndexChanged.connect(self._severity_changed)
        self.summary.textChanged.connect(self.update_submit)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            submit = QShortcut(QKeySequence(keys), self)
            submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            submit.activated.connect(self.file_requested)
        self.hide()

    def open(self, about: str) -> None:
        """Show the form empty, about ``about`` (an order or the caller), category focused."""
        self.about.setText(about)
        self.category.setCurrentIndex(0)
        self._severity_touched = False
        self.summary.clear()
        self.show()
        self.show_deadlines()
        self.update_submit()
        self.category.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def body(self) -> dict[str, Any] | None:
        """The POST /complaints body the form describes (None: not complete)."""
        customer_id, order_id = self._subject()
        category = str(self.category.currentData() or "")
        summary = self.summary.toPlainText().strip()[:SUMMARY_LIMIT]
        if not customer_id or not category or not summary:
            return None
        body: dict[str, Any] = {
            "category": category,
            "severity": str(self.severity.currentData()),
            "summary": summary,
            "customer_id": int(customer_id),
        }
        if order_id is not None:
            body["order_id"] = int(order_id)
        return body

    # ---- the pickers ----------------------------------------------------------------------

    def _category_changed(self, *_: object) -> None:
        code = str(self.category.currentData() or "")
        suggested = SUGGESTED_SEVERITY.get(ComplaintCategory(code)) if code else None
        if suggested is not None and not self._severity_touched:
            self._suggesting = True
            self.severity.setCurrentIndex(self.severity.findData(suggested.value))
            self._suggesting = False
        self.suggestion.setText(
            self.tr("suggested for %1: %2")
            .replace("%1", category_label(code))
            .replace("%2", severity_label(suggested))
            if suggested is not None
            else ""
        )
        self.show_deadlines()
        self.update_submit()

    def _severity_changed(self, *_: object) -> None:
        if not self._suggesting:
            self._severity_touched = True
        self.show_deadlines()

    def show_deadlines(self) -> None:
        severity = Severity(str(self.severity.currentData()))
        now = self._clock()
        due = deadlines(severity, now)
        clocks = SLA_CLOCKS[severity]
        self.deadlines.setText(
            self.tr("First response by %1 (%2) · resolved by %3 (%4) · callback within %5 of it")
            .replace("%1", clock_text(due.first_response, now))
            .replace("%2", _span(clocks.first_response))
            .replace("%3", clock_text(due.resolution, now))
            .replace("%4", _span(clocks.resolution))
            .replace("%5", _span(clocks.callback))
        )
        critical = severity is Severity.CRITICAL
        self.deadlines.setProperty("critical", critical)
        self.deadlines.style().unpolish(self.deadlines)
        self.deadlines.style().polish(self.deadlines)

    def update_submit(self, *_: object) -> None:
        self.submit.setEnabled(self._can_file and self.body() is not None)
