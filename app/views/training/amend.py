"""Amending a signed assessment from the grid: F2 unlocks the signed row, the trainer types
the corrections as usual, F2 again asks for the reason (kept on record with the scores
before and after) and queues the amendment at the version shown (If-Match: a change made
meanwhile is a conflict for the problems panel, never overwritten); Esc puts the signed
scores back. The page's words keep its ``TrainingPage`` context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from app.client import training as tc
from app.views.training.commands import queued_text
from app.views.training.grid_model import THEORY_COLUMN
from app.views.training.host import TrainingDesk, widget_of


class AmendReason:
    @classmethod
    def ask(cls, parent: QWidget | None, trainee: str) -> str | None:
        """The reason, stripped; None when cancelled or left empty (tests replace this)."""
        text, ok = QInputDialog.getText(
            parent,
            QCoreApplication.translate("AmendReason", "Amend a signed assessment"),
            QCoreApplication.translate(
                "AmendReason", "Why are %1's signed scores corrected? (kept on record)"
            ).replace("%1", trainee),
        )
        return text.strip() or None if ok else None


class Amendments(QObject):
    def __init__(self, page: TrainingDesk) -> None:
        super().__init__(widget_of(page))
        self.page = page

    def why_not(self) -> str | None:
        page = self.page
        if page.grid.amending is not None:
            return None
        row = page.grid_view.currentIndex().row()
        if not 0 <= row < len(page.grid.lines):
            return QCoreApplication.translate("TrainingPage", "Select a trainee first.")
        line = page.grid.lines[row]
        if not line.signed or line.assessment_id is None:
            return QCoreApplication.translate(
                "TrainingPage", "Only a signed assessment is amended; a draft is edited directly."
            )
        if line.provider_id in page.grid.amended:
            return QCoreApplication.translate(
                "TrainingPage", "An amendment of this assessment is on its way."
            )
        return None

    def amend(self) -> None:
        """F2 on a signed row unlocks it; F2 again saves the corrections with a reason."""
        page = self.page
        row = page.current
        grid = page.grid
        if row is None or self.why_not() is not None:
            return
        if grid.amending is None:
            at = page.grid_view.currentIndex().row()
            if grid.start_amend(at):
                page.notice.setText(
                    QCoreApplication.translate(
                        "TrainingPage",
                        "Type the corrections, then F2 again; Esc puts the signed scores back.",
                    )
                )
                page.grid_view.setCurrentIndex(grid.index(at, THEORY_COLUMN))
                page.grid_view.setFocus()
            page._update_actions()
            return
        line = grid.amending_line()
        if line is None or not grid.amend_changed():
            page.notice.setText(
                QCoreApplication.translate(
                    "TrainingPage", "Nothing corrected yet (Esc to stop amending)."
                )
            )
            return
        reason = AmendReason.ask(widget_of(page), line.provider_name)
        if not reason:
            return
        label = (
            QCoreApplication.translate("TrainingPage", "Amend · %1 · %2")
            .replace("%1", line.provider_name)
            .replace("%2", row.course_name)
        )
        if not page.ctx.link.enqueue_command(tc.amend_command(line, reason, label)):
            return  # not stored: the row stays in amending, the link said why
        grid.mark_amended()
        page.notice.setText(queued_text(label))
        page._update_actions()

    def cancel(self) -> None:
        page = self.page
        if page.grid.amending is not None:
            page.grid.cancel_amend()
            page.notice.setText("")
            page._update_actions()
