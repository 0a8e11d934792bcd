"""The trainer's documents: a trainee's training record (dialog, transcript PDF) and the
session's sign-in sheet (签到表) PDF. The page's words keep its ``TrainingPage`` context."""

from __future__ import annotations

from dataclasses import asdict
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.reports.training import build_sign_in_sheet
from app.views.complaints.pdf import save_pdf
from app.views.i18n import current_language, district_name
from app.views.timefmt import FILE_STAMP, wall_clock
from app.views.training.record import ProviderRecordDialog

if TYPE_CHECKING:
    from app.views.training.page import TrainingPage


class TrainingDocuments(QObject):
    def __init__(self, page: TrainingPage) -> None:
        super().__init__(page)
        self.page = page
        self.record_dialog: ProviderRecordDialog | None = None

    def selected_provider(self) -> int | None:
        """The trainee under the cursor of the open tab (scoring or attendance)."""
        page = self.page
        if page.tabs.currentIndex() == 0:
            row = page.grid_view.currentIndex().row()
            return page.grid.lines[row].provider_id if 0 <= row < len(page.grid.lines) else None
        row = page.roster_view.currentIndex().row()
        return page.roster.lines[row].provider_id if 0 <= row < len(page.roster.lines) else None

    def open_record(self) -> None:
        page = self.page
        pid = self.selected_provider()
        if pid is None or page.ctx.data is None:
            page.notice.setText(
                QCoreApplication.translate("TrainingPage", "Select a trainee first.")
            )
            return
        if self.record_dialog is not None:
            self.record_dialog.close()
        by = page.ctx.user.display_name or page.ctx.user.username
        self.record_dialog = ProviderRecordDialog(
            page.ctx.data, page.ctx.link, pid, page.ctx.clock, by, page
        )
        self.record_dialog.show()

    def print_sign_in_sheet(self) -> None:
        page = self.page
        row = page.current
        if row is None:
            return
        session = {**asdict(row), "district": district_name(row.district or "")}
        trainees = [
            {**asdict(x), "name": x.provider_name, "code": x.provider_code}
            for x in page.roster.lines
        ]
        now, lang = page.ctx.clock(), current_language()
        by = page.ctx.user.display_name or page.ctx.user.username
        trainer = by if row.trainer_id == page.me else ""
        save_pdf(
            page,
            title=QCoreApplication.translate("TrainingPage", "Save the sign-in sheet"),
            suggested=QCoreApplication.translate("TrainingPage", "sign-in-%1-%2.pdf")
            .replace("%1", row.course_code)
            .replace("%2", wall_clock(row.starts_at, FILE_STAMP)),
            build=lambda: build_sign_in_sheet(
                session, trainees, trainer=trainer, printed_at=now, printed_by=by, lang=lang
            ),
            done=lambda _path, text: page.notice.setText(text),
        )
