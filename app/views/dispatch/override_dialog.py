"""A supervisor sends an ineligible provider: the dialog shows why not and asks for a reason.

The reason is recorded on the order and in the audit log by the server.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.client.dispatch import Candidate
from app.views.dispatch.text import said

MAX_REASON = 255  # the server's limit for override_reason


class OverrideDialog(QDialog):
    def __init__(self, candidate: Candidate, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Override eligibility"))
        self.setMinimumWidth(440)
        heading = QLabel(
            self.tr("%1 is not eligible for this order:").replace("%1", candidate.provider.name)
        )
        heading.setWordWrap(True)
        reasons = QLabel("\n".join(f"• {said(r)}" for r in candidate.reasons))
        reasons.setObjectName("reasonList")
        reasons.setWordWrap(True)
        reasons.setStyleSheet("color: #b42318;")
        note = QLabel(
            self.tr("Send them anyway only with a reason. It is recorded on the order and audited.")
        )
        note.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("Why this provider despite the rules (required)"))
        self.reason.setFixedHeight(80)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Assign with override")
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(reasons)
        layout.addWidget(note)
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)
        self.reason.setFocus()
        self._update_ok()

    @classmethod
    def ask(cls, parent: QWidget | None, candidate: Candidate) -> str | None:
        """The override reason, or None when the supervisor changed their mind."""
        dialog = cls(candidate, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.text() or None

    def text(self) -> str:
        return self.reason.toPlainText().strip()[:MAX_REASON]

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.text()))
