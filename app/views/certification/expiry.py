"""The expiry watch tab of 资质审核: approved certificates lapsing within 90/60/30 days and
expired ones, soonest first, with a group filter, CSV export, and the selected provider's
certificate history (every certificate of theirs, newest first, from the cache).

Selecting a line shows that certificate in the page's detail pane (where V revokes it); the
page fills the list (``show_rows``) from its one background read.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.client import certifications as cq
from app.reports.certification_watch import watch_csv
from app.rules.certification.watch import BUCKETS, EXPIRED_BUCKET
from app.views.certification.labels import kind_name, state_name
from app.views.csv_files import CsvFiles
from app.views.error_text import describe_error
from app.views.i18n import current_language

ROW_ROLE = Qt.ItemDataRole.UserRole
ALL = -1


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else "—"


class ExpiryTab(QWidget):
    """Signals: picked(CertRow) — a line was selected."""

    picked = Signal(object)

    def __init__(self, run: Callable[..., object] | None) -> None:
        super().__init__()
        self._run = run  # Backend.local, for the history read and the export's write
        self.rows: list[cq.CertRow] = []
        self.today: date | None = None
        self.group = QComboBox()
        self.group.addItem(self.tr("All (90 days and expired)"), ALL)
        self.group.addItem(self.tr("Expired"), EXPIRED_BUCKET)
        for days in BUCKETS:
            self.group.addItem(self.tr("Within %1 days").replace("%1", str(days)), days)
        self.group.currentIndexChanged.connect(lambda _i: self._fill())
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.list = QListWidget()
        self.list.currentItemChanged.connect(self._on_item)
        self.history_title = QLabel(self.tr("The provider's certificates"))
        self.history = QListWidget()
        self.history.setMaximumHeight(140)
        top = QHBoxLayout()
        top.addWidget(self.group, 1)
        top.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.history_title)
        layout.addWidget(self.history)

    def group_of(self, row: cq.CertRow) -> str:
        assert self.today is not None
        bucket = row.bucket(self.today)
        if bucket == EXPIRED_BUCKET:
            return self.tr("Expired")
        return self.tr("≤ %1 days").replace("%1", str(bucket)) if bucket else ""

    def show_rows(self, rows: list[cq.CertRow], today: date, keep: int | None) -> None:
        self.rows, self.today = rows, today
        self._fill(keep)

    def shown(self) -> list[cq.CertRow]:
        want = self.group.currentData()
        if want == ALL or self.today is None:
            return list(self.rows)
        today = self.today
        return [r for r in self.rows if r.bucket(today) == want]

    def _fill(self, keep: int | None = None) -> None:
        current = self.list.currentItem()
        if keep is None and current is not None:
            kept = current.data(ROW_ROLE)
            keep = kept.id if isinstance(kept, cq.CertRow) else None
        self.list.blockSignals(True)
        self.list.clear()
        for row in self.shown():
            item = QListWidgetItem(
                f"{_day(row.lapses_on())}  {self.group_of(row)}  {row.provider_name}  "
                f"{kind_name(row.kind)}  {state_name(row.status)}"
            )
            item.setData(ROW_ROLE, row)
            self.list.addItem(item)
            if keep == row.id:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)

    def _on_item(self, item: QListWidgetItem | None, _prev: object = None) -> None:
        row = item.data(ROW_ROLE) if item is not None else None
        if not isinstance(row, cq.CertRow):
            return
        self.picked.emit(row)
        if self._run is not None:
            pid = row.provider_id
            self._run(
                lambda r: cq.provider_certificates(r, pid),
                lambda got: self._show_history(pid, got),
                owner=self,
                key="cert-history",
            )

    def _show_history(self, provider_id: int, rows: list[cq.CertRow]) -> None:
        current = self.list.currentItem()
        row = current.data(ROW_ROLE) if current is not None else None
        if not isinstance(row, cq.CertRow) or row.provider_id != provider_id:
            return
        self.history_title.setText(
            self.tr("Certificates of %1 (newest first)").replace("%1", row.provider_name)
        )
        self.history.clear()
        for cert in rows:
            self.history.addItem(
                f"{_day(cert.issued_on)} → {_day(cert.lapses_on())}  {kind_name(cert.kind)}  "
                f"{cert.number}  {state_name(cert.status)}"
            )

    def export(self) -> None:
        """The lines the group filter shows, as CSV (UTF-8 with BOM), written off the UI
        thread. ID numbers in it are masked (``watch_csv``); the file is written from the
        cache, so the server has no request to audit (DESIGN.md audits reveals, mutations and
        downloads), and nothing in it needs a reveal."""
        if self._run is None or self.today is None:
            return
        rows, today, lang = self.shown(), self.today, current_language()
        path = CsvFiles.ask_path(
            self, f"certificate-expiry-{today.isoformat()}.csv", self.tr("Export the expiry watch")
        )
        if path is None:
            return
        self.note.setText(self.tr("Exporting…"))
        self._run(
            lambda _r: write(path, watch_csv(rows, today, lang)),
            lambda _n: self.note.setText(
                self.tr("Saved %1 certificates to %2")
                .replace("%1", str(len(rows)))
                .replace("%2", str(path))
            ),
            lambda exc: self.note.setText(describe_error(exc)),
            owner=self,
            key="cert-export",
        )


def write(path: Path, content: bytes) -> int:
    return path.write_bytes(content)
