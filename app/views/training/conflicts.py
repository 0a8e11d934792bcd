"""Refused training commands, shown where the trainer works: never overwritten, never lost.

A draft or sign-off refused with 412 means another desk changed the scores first. The row
turns red with the server's scores in its tooltip, the trainer's stay, and the banner offers
the two honest ways out: keep mine (send them again, based on the server's scores this time,
so the retry cannot meet the same 412 for ever) or take the server's. Either way the refused
commands are discarded from the Outbox: their replacement, if any, is a new command. Other
refusals (attendance, a session step) are explained in the banner; the main window's
problems panel keeps them for a retry or a discard.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.client.outbox import OutboxCommand
from app.client.training import Refusal, refusal
from app.views.i18n import is_english
from app.views.training.grid_model import Seen
from app.views.training.host import TrainingDesk

STYLE = """
QFrame#trainingConflict { background: #fef3f2; border: 1px solid #fecdca; border-radius: 8px; }
QLabel#trainingConflictText { color: #b42318; font-weight: 600; }
"""


class ConflictBanner(QFrame):
    def __init__(self, page: TrainingDesk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.setObjectName("trainingConflict")
        self.setStyleSheet(STYLE)
        self.text = QLabel()
        self.text.setObjectName("trainingConflictText")
        self.text.setWordWrap(True)
        self.keep = QPushButton(self.tr("Keep mine (send on the server's scores)"))
        self.take = QPushButton(self.tr("Take the server's scores"))
        self.keep.clicked.connect(lambda: self.settle(keep_mine=True))
        self.take.clicked.connect(lambda: self.settle(keep_mine=False))
        row = QHBoxLayout(self)
        row.addWidget(self.text, 1)
        row.addWidget(self.keep)
        row.addWidget(self.take)
        self.refused: list[Refusal] = []
        self.hide()

    @Slot(object)
    def on_refused(self, command: OutboxCommand) -> None:
        got = refusal(command)
        page = self.page
        if got is None or page.current is None or got.session_id != page.current.id:
            return
        grid = page.grid
        if got.step == "sign-off":
            grid.signing.clear()
        if got.step == "attendance":
            page.roster.sent = None
        reason = got.message_en if is_english() else got.message
        if got.conflict and got.server is not None and got.provider_id is not None:
            self.refused.append(got)
            theory, practical, absences = got.server
            grid.conflicts[got.provider_id] = Seen(theory, practical, absences)
            grid.pending.discard(got.provider_id)
            grid.layoutChanged.emit()
            row = grid.line_of(got.provider_id)
            name = grid.lines[row].provider_name if row is not None else f"#{got.provider_id}"
            self.text.setText(
                self.tr("%1's scores were changed elsewhere; yours are kept in red.").replace(
                    "%1", name
                )
                + (" " + reason if reason else "")
            )
            self.keep.show()
            self.take.show()
        else:
            self.text.setText(self.tr("Refused: %1").replace("%1", reason or got.step))
            self.keep.hide()
            self.take.hide()
        self.show()
        page._update_actions()

    @Slot(int)
    def on_resolved(self, command_id: int) -> None:
        """A refused command retried or discarded elsewhere (the problems panel)."""
        left = [x for x in self.refused if x.command_id != command_id]
        if len(left) != len(self.refused):
            self.refused = left
            if not left:
                self.hide()

    def settle(self, *, keep_mine: bool) -> None:
        """Discard the refused commands; keep mine re-sends the rows based on the server's."""
        page, grid = self.page, self.page.grid
        for got in self.refused:
            page.ctx.link.resolve_command(got.command_id, False)
        for got in self.refused:
            if got.provider_id is None or got.server is None:
                continue
            theory, practical, absences = got.server
            server = Seen(theory, practical, absences)
            if keep_mine:
                grid.rebase(got.provider_id, server)
            else:
                grid.take_server(got.provider_id, server)
        signed_off = any(x.step == "sign-off" for x in self.refused)
        self.refused = []
        self.hide()
        if keep_mine:
            page.commands.save_scores()
        if signed_off:
            page.notice.setText(
                self.tr("The sign-off was not made: check the scores, then sign off again.")
            )
        page._update_actions()
