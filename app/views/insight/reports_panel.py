"""The kept reports on the dashboard (日报 and weekly, newest first): download one, or ask
the server to make the report of a past day or week. A page holds ``reports.PAGE_SIZE``
entries (Older / Newer move between pages); the list is read again every few minutes, so
the 06:00 report appears without a restart.

Every call goes to the server off the UI thread (``ctx.data.server``); the PDF is written
to the chosen file on the pool thread too.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
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

REFRESH_MS = 10 * 60 * 1000


class ReportsPanel(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.entries: list[ReportEntry] = []
        self.page_number = 0
        self.count = 0
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
        self.newer_button = QPushButton(self.tr("Newer"))
        self.newer_button.clicked.connect(lambda: self.show_page(self.page_number - 1))
        self.older_button = QPushButton(self.tr("Older"))
        self.older_button.clicked.connect(lambda: self.show_page(self.page_number + 1))
        self.range_label = QLabel()
        self.range_label.setStyleSheet("color: #667085;")
        buttons = QHBoxLayout()
        buttons.addWidget(self.download_button)
        buttons.addWidget(self.make_button)
        buttons.addStretch(1)
        buttons.addWidget(self.range_label)
        buttons.addWidget(self.newer_button)
        buttons.addWidget(self.older_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self._show_range()
        self.refresh()

    def refresh(self) -> None:
        """Read the page shown again (the newest first)."""
        self.show_page(self.page_number)

    def show_page(self, number: int) -> None:
        if self.ctx.data is None:
            return
        wanted = max(0, number)
        self.ctx.data.server(
            lambda api: reports.list_reports(api, wanted),
            lambda page: self._listed(wanted, page),
            self._failed,
            owner=self,
            key="reports",
        )

    def _listed(self, number: int, page: ReportPage) -> None:
        chosen = self.selected()
        self.page_number, self.count = number, page.count
        self.entries = list(page.data)
        self.list.clear()
        for row, entry in enumerate(self.entries):
            item = QListWidgetItem(self.describe(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            self.list.addItem(item)
            if chosen is not None and entry.id == chosen.id:
                self.list.setCurrentRow(row)  # a refresh keeps the selection
        if not self.entries:
            self.status.setText(self.tr("No reports kept yet."))
        self._show_range()
        self._selection()

    def _show_range(self) -> None:
        first = self.page_number * reports.PAGE_SIZE
        self.range_label.setText(
            self.tr("%1–%2 of %3")
            .replace("%1", str(first + 1 if self.entries else 0))
            .replace("%2", str(first + len(self.entries)))
            .replace("%3", str(self.count))
        )
        self.newer_button.setEnabled(self.page_number > 0)
        self.older_button.setEnabled(first + len(self.entries) < self.count)
        paged = self.count > reports.PAGE_SIZE
        for widget in (self.range_label, self.newer_button, self.older_button):
            widget.setVisible(paged)

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
