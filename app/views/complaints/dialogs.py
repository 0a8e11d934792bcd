"""The workbench's small dialogs: a note, the resolution, escalation, transfer, blocking.

Each exposes a classmethod ``ask(...)`` that returns the answer (or None when cancelled);
tests replace ``ask``. The rules' checks (a resolution must say what was done) run as the
user types, so OK is enabled only for an answer the server will take.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

TEXT_LIMIT = 4000  # the server's limit on notes and resolutions


def _buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def _heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class NoteDialog(QDialog):
    """Free text for a step: a handling note (required) or a reason to reopen (optional)."""

    def __init__(
        self,
        title: str,
        prompt: str,
        *,
        ok_text: str,
        required: bool,
        text: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self._required = required
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(
            self.tr("What was done, who was contacted, what was agreed")
            if required
            else self.tr("Optional")
        )
        self.text.setFixedHeight(120)
        self.buttons = _buttons(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(prompt))
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)
        self.text.textChanged.connect(self._update_ok)
        self._update_ok()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        *,
        ok_text: str,
        required: bool = True,
        text: str = "",
    ) -> str | None:
        """The text (possibly empty when not required), or None when cancelled."""
        dialog = cls(title, prompt, ok_text=ok_text, required=required, text=text, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def value(self) -> str:
        return self.text.toPlainText().strip()[:TEXT_LIMIT]

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.value()) or not self._required)


@dataclass(frozen=True, slots=True)
class Resolution:
    text: str
    substantiated: bool | None  # the finding: True, False, or None (undetermined)


class ResolveDialog(QDialog):
    """The resolution and the finding (查实): is the complaint substantiated?"""

    def __init__(self, code: str, provider: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Resolve %1").replace("%1", code))
        self.setMinimumWidth(480)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(
            self.tr("What was done, and what the customer was told (required)")
        )
        self.text.setFixedHeight(120)
        self.yes = QRadioButton(self.tr("Substantiated: the complaint holds"))
        self.no = QRadioButton(self.tr("Not substantiated"))
        self.unknown = QRadioButton(self.tr("No finding yet"))
        self.group = QButtonGroup(self)
        for button in (self.yes, self.no, self.unknown):
            self.group.addButton(button)
        self.warning = QLabel()
        self.warning.setObjectName("noteLabel")
        self.warning.setWordWrap(True)
        self.buttons = _buttons(self, self.tr("Record resolution"))
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("How was complaint %1 resolved?").replace("%1", code)))
        layout.addWidget(self.text)
        finding = QLabel(
            self.tr("Finding about %1:").replace("%1", provider)
            if provider
            else self.tr("Finding:")
        )
        finding.setObjectName("sectionTitle")
        layout.addWidget(finding)
        for button in (self.yes, self.no, self.unknown):
            layout.addWidget(button)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)
        self._has_provider = bool(provider)
        self.text.textChanged.connect(self._update)
        self.group.buttonClicked.connect(self._update)
        self._update()

    @classmethod
    def ask(cls, parent: QWidget | None, code: str, provider: str = "") -> Resolution | None:
        dialog = cls(code, provider, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def value(self) -> Resolution:
        finding: bool | None = None
        if self.yes.isChecked():
            finding = True
        elif self.no.isChecked():
            finding = False
        return Resolution(self.text.toPlainText().strip()[:TEXT_LIMIT], finding)

    def _update(self, *_: object) -> None:
        chosen = self.group.checkedButton() is not None
        if self.yes.isChecked() and self._has_provider:
            self.warning.setText(
                self.tr("A supervisor must then record a sanction decision before closing.")
            )
        elif self.unknown.isChecked() and self._has_provider:
            self.warning.setText(
                self.tr("Without a finding the ticket cannot close; record one later.")
            )
        else:
            self.warning.setText("")
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(chosen and bool(self.text.toPlainText().strip()))


@dataclass(frozen=True, slots=True)
class Handover:
    """Escalate or transfer: to whom (None: leave the assignee), with what note."""

    user_id: int | None
    note: str


class PickStaffDialog(QDialog):
    """Escalate to a supervisor, or transfer to a colleague, with a note."""

    def __init__(
        self,
        title: str,
        prompt: str,
        staff: list[tuple[int, str]],
        *,
        ok_text: str,
        optional: bool,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.who = QComboBox()
        if optional:
            self.who.addItem(self.tr("Keep the current handler"), None)
        for user_id, name in staff:
            self.who.addItem(name, user_id)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note (why, what is needed)"))
        self.buttons = _buttons(self, ok_text)
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(prompt))
        layout.addWidget(self.who)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._optional = optional
        self.who.currentIndexChanged.connect(self._update_ok)
        self._update_ok()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        staff: list[tuple[int, str]],
        *,
        ok_text: str,
        optional: bool,
    ) -> Handover | None:
        dialog = cls(title, prompt, staff, ok_text=ok_text, optional=optional, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def value(self) -> Handover:
        data = self.who.currentData()
        return Handover(int(data) if data is not None else None, self.note.text().strip())

    def _update_ok(self, *_: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self._optional or self.who.currentData() is not None)


class BlockProviderDialog(QDialog):
    """The customer's "never send this provider again" (dispatch honours it)."""

    def __init__(self, provider: str, customer: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Never send this provider again"))
        self.setMinimumWidth(420)
        self.reason = QLineEdit()
        self.reason.setMaxLength(255)
        self.reason.setPlaceholderText(self.tr("Reason (e.g. the customer's request)"))
        self.buttons = _buttons(self, self.tr("Block provider"))
        layout = QVBoxLayout(self)
        layout.addWidget(
            _heading(
                self.tr("Dispatch will never again send %1 to %2.")
                .replace("%1", provider or "—")
                .replace("%2", customer or "—")
            )
        )
        layout.addWidget(self.reason)
        layout.addWidget(self.buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, provider: str, customer: str) -> str | None:
        dialog = cls(provider, customer, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason.text().strip()
