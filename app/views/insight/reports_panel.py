"""The kept reports on the dashboard (日报 and weekly, newest first): download one, or ask
the server to make the report of a past day or week.

Every call goes to the server off the UI thread (``ctx.data.server``); the PDF is written
to the chosen file on the pool thread too.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.client import reports
from app.client.api import ApiClient
from app.rules.beijing import SHORT, wall_clock
from app.rules.kpi.schedule import ReportKind
from app.schemas.reports import ReportEntry, ReportPage
from app.views.complaints.pdf import PdfFiles
from app.views.context import PageContext
from app.views.error_text import describe_error
from app.views.insight.report_dialog import ReportRequestDialog


class ReportsPanel(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.entries: list[ReportEntry] = []
        self.heading = QLabel(self.tr("Reports"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.list = QListWidget()
        self.list.setObjectName("reportList")
        self.list.itemSelectionChanged.connect(self._selection)
        self.list.itemDoubleClicked.connect(lambda _item: self.ask_download())
        self.download_button = QPushButton(self.tr("Download…"))
        self.download_button.setEnabled(False)
        self.download_button.clicked.connect(self.ask_download)
        self.make_button = QPushButton(self.tr("Make report for…"))
        self.make_button.clicked.connect(self.ask_make)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #667085;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.refresh()

    def refresh(self) -> None:
        if self.ctx.data is None:
            return
        self.ctx.data.server(
            lambda api: reports.list_reports(api),
            self._listed,
            self._failed,
            owner=self,
            key="reports",
        )

    def _listed(self, page: ReportPage) -> None:
        self.entries = list(page.data)
        self.list.clear()
        for entry in self.entries:
            item = QListWidgetItem(self.describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
        if not self.entries:
            self.status.setText(self.tr("No reports kept yet."))
        self._selection()

    def describe(self, entry: ReportEntry) -> str:
        first = entry.period_start.isoformat()
        if entry.kind is ReportKind.WEEKLY:
            last = (entry.period_start + timedelta(days=6)).isoformat()
            name = self.tr("Weekly report %1 – %2").replace("%1", first).replace("%2", last)
        else:
            name = self.tr("Daily report %1").replace("%1", first)
        made = self.tr("made %1").replace("%1", wall_clock(entry.generated_at, SHORT))
        size = self.tr("%1 KB").replace("%1", f"{max(1, round(entry.size / 1024))}")
        return f"{name}  ·  {made}  ·  {size}"

    def selected(self) -> ReportEntry | None:
        row = self.list.currentRow()
        items = self.list.selectedItems()
        return self.entries[row] if items and 0 <= row < len(self.entries) else None

    def _selection(self) -> None:
        self.download_button.setEnabled(self.selected() is not None)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe_error(exc))

    def ask_download(self) -> None:
        entry = self.selected()
        if entry is None or self.ctx.data is None:
            return
        weekly = entry.kind is ReportKind.WEEKLY
        name = self.tr("Weekly report") if weekly else self.tr("Daily report")
        suggested = f"{name}-{entry.period_start.isoformat().replace('-', '')}.pdf"
        path = PdfFiles.ask_path(self, self.tr("Download report"), suggested)
        if path is None:
            return
        report_id = entry.id

        def fetch(api: ApiClient) -> Path:
            path.write_bytes(reports.download(api, report_id))
            return path

        def saved(result: Path) -> None:
            self.status.setText(self.tr("Saved %1").replace("%1", str(result)))

        self.status.setText(self.tr("Downloading…"))
        self.ctx.data.server(fetch, saved, self._failed, owner=self, key="download")

    def ask_period(self) -> tuple[ReportKind, date] | None:
        """Which report to make (None: cancelled); tests replace this hook."""
        dialog = ReportRequestDialog(self.ctx.clock(), self)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_make(self) -> None:
        if self.ctx.data is None:
            return
        wanted = self.ask_period()
        if wanted is None:
            return
        kind, day = wanted

        def made(entry: ReportEntry) -> None:
            self.status.setText(self.tr("Ready: %1").replace("%1", self.describe(entry)))
            self.refresh()

        self.status.setText(self.tr("Making the report…"))
        self.ctx.data.server(
            lambda api: reports.generate(api, kind, day), made, self._failed, owner=self, key="make"
        )
