"""The ticket's actions as QActions: shortcuts, tooltips that show them, enabled per the server.

Which steps a ticket allows is the server's answer (``allowed_actions`` in the detail, from
``app.rules``); a disabled action's tooltip says why, in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.views.complaints.labels import reason_text
from app.views.complaints.wire import ActionState


@dataclass(frozen=True, slots=True)
class ActionSpec:
    name: str
    text: str
    keys: tuple[str, ...]
    tip: str
    server: bool = True  # enabled per the detail's allowed_actions


# Steps in the order a ticket moves through them; the buttons follow this order.
WORKFLOW = ("acknowledge", "start_investigation", "resolve", "close")
SECONDARY = (
    "add_note",
    "escalate",
    "assign",
    "record_sanction_decision",
    "block_provider",
    "reopen",
)
TOOLS = ("sanctions", "case_file")


def with_keys(tip: str, keys: tuple[str, ...] | list[str]) -> str:
    shown = [QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys]
    return f"{tip} ({' / '.join(shown)})" if shown else tip


class TicketActions(QObject):
    """Signals:
    triggered(name): the user asked for an action (by button, menu or shortcut).
    """

    triggered = Signal(str)

    def __init__(self, host: QWidget) -> None:
        super().__init__(host)
        self.specs = self._specs()
        self.actions: dict[str, QAction] = {}
        for spec in self.specs.values():
            action = QAction(spec.text, host)
            action.setObjectName(f"complaint_{spec.name}")
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
            # The whole page: the agent may be typing in the intake while a ticket is open.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(with_keys(spec.tip, spec.keys))
            action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, n=spec.name: self.triggered.emit(n))
            host.addAction(action)
            self.actions[spec.name] = action

    def __getitem__(self, name: str) -> QAction:
        return self.actions[name]

    def update(
        self,
        states: Mapping[str, ActionState],
        *,
        loaded: bool,
        pending: bool,
        has_provider: bool,
    ) -> None:
        """Enable what the server allows now (nothing while a step waits for the server)."""
        for name, spec in self.specs.items():
            action = self.actions[name]
            tip = with_keys(spec.tip, spec.keys)
            why: list[str] = []
            if not loaded:
                why.append(self.tr("Open a ticket first."))
            elif spec.server:
                if pending:
                    why.append(self.tr("Waiting for the server to confirm the last step."))
                state = states.get(name)
                if state is None:
                    why.append(self.tr("The server did not offer this step."))
                elif not state.allowed:
                    why.extend(reason_text(r) for r in state.reasons)
            elif name == "sanctions" and not has_provider:
                why.append(self.tr("The ticket names no provider."))
            action.setEnabled(not why)
            action.setToolTip(tip if not why else tip + "\n" + "\n".join(why))

    def _specs(self) -> dict[str, ActionSpec]:
        specs = [
            ActionSpec(
                "acknowledge",
                self.tr("Acknowledge"),
                ("Ctrl+Shift+A",),
                self.tr("Take the ticket on: this is the first response"),
            ),
            ActionSpec(
                "start_investigation",
                self.tr("Investigate"),
                ("Ctrl+Shift+I",),
                self.tr("Start investigating the complaint"),
            ),
            ActionSpec(
                "resolve",
                self.tr("Resolve…"),
                ("Ctrl+Shift+R",),
                self.tr("Record the resolution and whether the complaint is substantiated"),
            ),
            ActionSpec(
                "close",
                self.tr("Close ticket"),
                ("Ctrl+Shift+C",),
                self.tr("Close the ticket (needs resolution, callback and sanction decision)"),
            ),
            ActionSpec(
                "add_note",
                self.tr("Note…"),
                ("Ctrl+Shift+N",),
                self.tr("Add a handling note to the timeline"),
            ),
            ActionSpec(
                "escalate",
                self.tr("Escalate…"),
                ("Ctrl+Shift+E",),
                self.tr("Escalate to a supervisor"),
            ),
            ActionSpec(
                "assign",
                self.tr("Transfer…"),
                ("Ctrl+Shift+T",),
                self.tr("Assign or transfer the ticket to a colleague"),
            ),
            ActionSpec(
                "record_sanction_decision",
                self.tr("Sanction…"),
                ("Ctrl+Shift+S",),
                self.tr("Supervisors: record the sanction decision on the provider"),
            ),
            ActionSpec(
                "block_provider",
                self.tr("Never send again…"),
                ("Ctrl+Shift+B",),
                self.tr("The customer never wants this provider again (dispatch honours it)"),
            ),
            ActionSpec(
                "reopen",
                self.tr("Reopen…"),
                ("Ctrl+Shift+O",),
                self.tr("Reopen the ticket for further handling"),
            ),
            ActionSpec(
                "sanctions",
                self.tr("Provider record"),
                ("Ctrl+Shift+H",),
                self.tr("The provider's sanctions and their history"),
                server=False,
            ),
            ActionSpec(
                "case_file",
                self.tr("Case file PDF…"),
                ("Ctrl+P",),
                self.tr("Save the ticket's case file as PDF"),
                server=False,
            ),
        ]
        return {s.name: s for s in specs}
