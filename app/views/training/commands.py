"""What the trainer's page writes: every Outbox command it queues (a session step, the
attendance, score drafts, the sign-off), each checked against the page's "why not" first.

The page decides what may be done and shows it; this queues it. A command that cannot be
stored leaves the trainer's work on screen, unsaved (the link said why). The words keep the
page's ``TrainingPage`` translation context.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from app.client import training as tc
from app.views.board.dialogs import ConfirmDialog
from app.views.context import PageContext
from app.views.timefmt import SHORT, wall_clock
from app.views.training.grid_model import GridModel
from app.views.training.roster_model import RosterModel


class SessionDesk(Protocol):
    """What the commands use of the page: the open session, its roster and grid, and the
    page's word on what may be done now."""

    ctx: PageContext
    current: tc.SessionRow | None
    notice: QLabel
    roster: RosterModel
    grid: GridModel
    step_buttons: dict[str, QPushButton]

    def why_not_step(self, step: str) -> str | None: ...
    def why_not_attendance(self) -> str | None: ...
    def why_not_sign(self) -> str | None: ...
    def _update_actions(self) -> None: ...


def queued_text(label: str) -> str:
    """The notice after a command was stored in the Outbox."""
    return QCoreApplication.translate("TrainingPage", "Queued: %1").replace("%1", label)


class SessionCommands(QObject):
    def __init__(self, page: SessionDesk, window: QWidget) -> None:
        """``window`` (the page itself) parents the sign-off confirmation."""
        super().__init__(window)
        self.page = page
        self.window = window

    def session_step(self, step: str) -> None:
        page = self.page
        row = page.current
        if row is None or page.why_not_step(step) is not None:
            return
        title = page.step_buttons[step].text()
        label = f"{title} · {row.course_name} {wall_clock(row.starts_at, SHORT)}"
        if not page.ctx.link.enqueue_command(
            tc.session_step_command(row.id, row.version, step, label)
        ):
            return  # not stored: the link said why
        page.notice.setText(queued_text(label))

    def save_roster(self) -> bool:
        """Queue the roster; False when it could not be stored (or may not be saved now)."""
        page = self.page
        row = page.current
        if row is None or page.why_not_attendance() is not None:
            return False
        label = (
            QCoreApplication.translate("TrainingPage", "Attendance · %1 %2")
            .replace("%1", row.course_name)
            .replace("%2", wall_clock(row.starts_at, SHORT))
        )
        if not page.ctx.link.enqueue_command(
            tc.attendance_command(row.id, row.version, dict(page.roster.present), label)
        ):
            return False  # not stored: the roster keeps its unsaved marks, the link said why
        page.roster.mark_sent()
        page.notice.setText(queued_text(label))
        page._update_actions()
        return True

    def save_unsaved(self) -> int:
        """Queue what was typed and not saved yet (scores as drafts, attendance where it may
        be taken): on a change of session and before logout or quit. Returns how many."""
        page = self.page
        if page.current is None:
            return 0
        saved = 0
        if page.roster.has_edits() and page.why_not_attendance() is None and self.save_roster():
            saved += 1
        return saved + self.save_scores()

    def save_scores(self) -> int:
        """Queue a draft for every changed row; returns how many."""
        page = self.page
        row = page.current
        grid = page.grid
        lines = grid.dirty_lines()
        if row is None or not lines:
            return 0
        stored = []
        for line in lines:
            base = grid.base.get(line.provider_id)
            label = (
                QCoreApplication.translate("TrainingPage", "Scores · %1 · %2")
                .replace("%1", line.provider_name)
                .replace("%2", row.course_name)
            )
            if not page.ctx.link.enqueue_command(
                tc.draft_command(
                    row.id, line, base.theory if base else None,
                    dict(base.practical) if base else {}, label, absences=line.absences,
                )
            ):  # fmt: skip
                break  # not stored: the rest stay unsaved on screen, the link said why
            stored.append(line)
        grid.mark_saved(stored)
        page.notice.setText(
            QCoreApplication.translate(
                "TrainingPage",
                "%1 draft(s) queued; they are sent as soon as the server is reachable.",
            ).replace("%1", str(len(stored)))
        )
        page._update_actions()
        return len(stored)

    def sign_off(self, *, confirm: bool = True) -> bool:
        """Save what is unsaved, then sign off every unsigned assessment of the session."""
        page = self.page
        row = page.current
        reason = page.why_not_sign()
        if row is None or reason is not None:
            if reason:
                page.notice.setText(reason)
            return False
        grid = page.grid
        lines = grid.unsigned_lines()
        failing = sum(1 for x in lines if not grid.results[grid.lines.index(x)].passed)
        if confirm and not ConfirmDialog.ask(
            self.window,
            QCoreApplication.translate("TrainingPage", "Sign off the session"),
            QCoreApplication.translate(
                "TrainingPage",
                "Sign off %1 assessment(s) of %2 (%3 fail)? Signed results are locked; a "
                "correction then needs an amendment with a reason.",
            )
            .replace("%1", str(len(lines)))
            .replace("%2", row.course_name)
            .replace("%3", str(failing)),
            yes=QCoreApplication.translate("TrainingPage", "Sign off"),
            no=QCoreApplication.translate("TrainingPage", "Keep editing"),
        ):
            return False
        roster_stored = True
        if page.roster.is_dirty() and page.why_not_attendance() is None:
            roster_stored = self.save_roster()
        self.save_scores()
        if grid.dirty_lines() or not roster_stored:
            return False  # something could not be stored: no sign-off over unsaved work
        label = (
            QCoreApplication.translate("TrainingPage", "Sign off · %1 %2")
            .replace("%1", row.course_name)
            .replace("%2", wall_clock(row.starts_at, SHORT))
        )
        if not page.ctx.link.enqueue_command(tc.sign_off_command(row.id, lines, label)):
            return False  # not stored: the link said why
        grid.mark_signing(lines)
        page.notice.setText(queued_text(label))
        page._update_actions()
        return True
