"""Logging a callback in two clicks: the outcome, then "Log callback".

Choosing an outcome fills the note with what happened and when (an unreachable attempt only
counts when it is documented), unless the agent has written something of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import CallbackOutcome
from app.rules.sla import UNREACHABLE_ATTEMPTS_REQUIRED
from app.schemas.complaints import ComplaintDetail
from app.views.complaints.actions import with_keys
from app.views.complaints.labels import outcome_label
from app.views.timefmt import HOUR_MINUTE, utc_now, wall_clock

OUTCOME_KEYS: dict[CallbackOutcome, str] = {
    CallbackOutcome.REACHED_SATISFIED: "Alt+1",
    CallbackOutcome.REACHED_UNSATISFIED: "Alt+2",
    CallbackOutcome.UNREACHABLE: "Alt+3",
}
LOG_KEYS = ("Ctrl+Shift+L",)


class CallbackBox(QFrame):
    """Signals:
    log_requested(outcome, note): the agent logged a callback.
    """

    log_requested = Signal(str, str)

    def __init__(
        self, clock: Callable[[], datetime] = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callbackBox")
        self._clock = clock
        self._prefill = ""
        self._allowed = False
        title = QLabel(self.tr("Customer callback"))
        title.setObjectName("sectionTitle")
        self.verdict = QLabel()
        self.verdict.setObjectName("noteLabel")
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.verdict, 1)

        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[CallbackOutcome, QPushButton] = {}
        row = QHBoxLayout()
        row.setSpacing(6)
        for outcome, keys in OUTCOME_KEYS.items():
            button = QPushButton(outcome_label(outcome))
            button.setObjectName(f"outcome_{outcome.value}")
            button.setCheckable(True)
            button.setShortcut(QKeySequence(keys))
            button.setToolTip(with_keys(self._outcome_tip(outcome), (keys,)))
            button.clicked.connect(lambda _c=False, o=outcome: self.choose(o))
            self.group.addButton(button)
            self.buttons[outcome] = button
            row.addWidget(button)
        self.log_button = QPushButton(self.tr("Log callback"))
        self.log_button.setObjectName("logCallback")
        self.log_button.setShortcut(QKeySequence(LOG_KEYS[0]))
        self.log_button.setToolTip(with_keys(self.tr("Record the callback outcome"), LOG_KEYS))
        self.log_button.clicked.connect(self._log)
        row.addStretch(1)
        row.addWidget(self.log_button)

        self.note = QLineEdit()
        self.note.setObjectName("callbackNote")
        self.note.setPlaceholderText(self.tr("What happened on the call"))
        self.note.setMaxLength(4000)
        self.note.textChanged.connect(self._update)
        self.note.returnPressed.connect(self._log)
        self.why = QLabel()
        self.why.setObjectName("noteLabel")
        self.why.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(head)
        layout.addLayout(row)
        layout.addWidget(self.note)
        layout.addWidget(self.why)
        self.set_ticket(None, allowed=False, reasons=[])

    def _outcome_tip(self, outcome: CallbackOutcome) -> str:
        if outcome is CallbackOutcome.REACHED_SATISFIED:
            return self.tr("Reached the customer, who is satisfied with the resolution")
        if outcome is CallbackOutcome.REACHED_UNSATISFIED:
            return self.tr("Reached the customer, who is not satisfied: the ticket reopens")
        return self.tr("Could not reach the customer (three documented attempts count)")

    # ---- what the page tells it -----------------------------------------------------------

    def set_ticket(
        self, detail: ComplaintDetail | None, *, allowed: bool, reasons: list[str]
    ) -> None:
        """Show the ticket's callback state; ``allowed`` is the server's word on log_callback."""
        changed = detail is None or self.property("ticketId") != detail.id
        self.setProperty("ticketId", detail.id if detail else None)
        self._allowed = allowed
        if changed:
            self.reset()
        self.verdict.setText(self._verdict_text(detail) if detail else "")
        self.why.setText("\n".join(reasons) if not allowed else "")
        self.why.setVisible(bool(reasons) and not allowed)
        self._update()

    def reset(self) -> None:
        self.group.setExclusive(False)
        for button in self.buttons.values():
            button.setChecked(False)
        self.group.setExclusive(True)
        self._prefill = ""
        self.note.clear()

    def chosen(self) -> CallbackOutcome | None:
        return next((o for o, b in self.buttons.items() if b.isChecked()), None)

    # ---- the two clicks -------------------------------------------------------------------

    def choose(self, outcome: CallbackOutcome) -> None:
        """Click one: the outcome, with the note prefilled (kept if the agent wrote one)."""
        self.buttons[outcome].setChecked(True)
        text = self._template(outcome)
        current = self.note.text().strip()
        if not current or current == self._prefill:
            self.note.setText(text)
            self._prefill = text
        self._update()
        self.log_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _log(self) -> None:
        """Click two: send it."""
        outcome = self.chosen()
        if outcome is None or not self.log_button.isEnabled():
            return
        # The page checks it with the rules, queues it and then calls reset().
        self.log_requested.emit(outcome.value, self.note.text().strip())

    # ---- internals ------------------------------------------------------------------------

    def _template(self, outcome: CallbackOutcome) -> str:
        at = wall_clock(self._clock(), HOUR_MINUTE)
        if outcome is CallbackOutcome.REACHED_SATISFIED:
            text = self.tr("Called the customer at %1: satisfied with the resolution.")
        elif outcome is CallbackOutcome.REACHED_UNSATISFIED:
            text = self.tr("Called the customer at %1: not satisfied with the resolution.")
        else:
            text = self.tr("Called the customer at %1: no answer.")
        return text.replace("%1", at)

    def _verdict_text(self, detail: ComplaintDetail) -> str:
        verdict = detail.callback_verdict
        counted = detail.counted_unreachable_attempts
        if verdict == "satisfied":
            return self.tr("Customer satisfied")
        if verdict == "unsatisfied":
            return self.tr("Customer not satisfied")
        if verdict == "unreachable":
            return self.tr("Unreachable, attempts documented")
        if verdict == "trying":
            return (
                self.tr("Unreachable so far: %1 of %2 valid attempts")
                .replace("%1", str(counted))
                .replace("%2", str(UNREACHABLE_ATTEMPTS_REQUIRED))
            )
        return self.tr("Not called back yet")

    def _update(self, *_: object) -> None:
        for button in self.buttons.values():
            button.setEnabled(self._allowed)
        self.note.setEnabled(self._allowed)
        self.log_button.setEnabled(self._allowed and self.chosen() is not None)
