"""审计日志: the audit log viewer for supervisors (their own page) and administrators (a tab
of theirs). Filters by user, entity, action, client address and time; pages from the server
(the log is never in the local cache); verifies the hash chain; exports what the filter
matches as CSV (Beijing times), written off the UI thread.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.client.api import ApiClient
from app.client.audit import PAGE_SIZE, AuditFilter, all_records, audit_page, verify_chain
from app.reports.audit_csv import audit_csv
from app.rules.beijing import wall_clock
from app.schemas.audit import AuditPage, AuditVerify
from app.views.admin.models import AuditModel
from app.views.context import PageContext
from app.views.csv_files import CsvFiles
from app.views.error_text import describe_error
from app.views.i18n import current_language


def _aware(moment: QDateTime) -> datetime:
    """The edit's wall-clock moment as an aware UTC datetime (the server refuses naive ones)."""
    return datetime.fromtimestamp(moment.toSecsSinceEpoch(), UTC)


# Records about these entities open the page that shows them (its ``drill({"open": id})``).
OPENS: dict[str, str] = {
    "order": "board",
    "complaint": "complaints",
    "training_session": "training",
}


def export_csv(api: ApiClient, where: AuditFilter, path: Path, lang: str) -> tuple[int, int]:
    """Fetch every matching record and write the CSV (on a pool thread): (written, matched)."""
    got = all_records(api, where)
    path.write_bytes(audit_csv(got.data, lang))
    return len(got.data), got.count


class AuditTab(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.page_number = 0
        self.total = 0
        self.model = AuditModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        em = self.table.fontMetrics().horizontalAdvance("0")
        for column, chars in enumerate((19, 12, 22, 14, 14)):  # time, user, action, …
            self.table.horizontalHeader().resizeSection(column, chars * em + 16)
        self.user_edit = QLineEdit()
        self.user_edit.setPlaceholderText(self.tr("User"))
        self.entity_edit = QLineEdit()
        self.entity_edit.setPlaceholderText(self.tr("Entity (e.g. user)"))
        self.action_edit = QLineEdit()
        self.action_edit.setPlaceholderText(self.tr("Action starts with (e.g. account.)"))
        self.address_edit = QLineEdit()
        self.address_edit.setPlaceholderText(self.tr("Address starts with (e.g. 10.2.)"))
        now = QDateTime.currentDateTime()
        self.since_edit = QDateTimeEdit(now.addDays(-7))
        self.until_edit = QDateTimeEdit(now.addDays(1))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.prev_button = QPushButton(self.tr("Previous"))
        self.next_button = QPushButton(self.tr("Next"))
        self.prev_button.clicked.connect(lambda: self.load(self.page_number - 1))
        self.next_button.clicked.connect(lambda: self.load(self.page_number + 1))
        self.page_label = QLabel()
        self.verify_button = QPushButton(self.tr("Verify chain"))
        self.verify_button.clicked.connect(self.verify)
        self.verify_label = QLabel()
        self.verify_label.setWordWrap(True)
        self.export_button = QPushButton(self.tr("Export CSV…"))
        self.export_button.clicked.connect(self.export)
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(
            self.tr(
                "Show the order, ticket or training session this record is about "
                "(or double-click it)"
            )
        )
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(self.open_selected)
        self.table.doubleClicked.connect(lambda _index: self.open_selected())
        self.table.selectionModel().currentRowChanged.connect(
            lambda _now, _before: self.open_button.setEnabled(self.target() is not None)
        )
        filters = QHBoxLayout()
        for w in (
            self.user_edit,
            self.entity_edit,
            self.action_edit,
            self.address_edit,
            self.since_edit,
            self.until_edit,
            self.search_button,
        ):
            filters.addWidget(w)
        paging = QHBoxLayout()
        for w2 in (self.prev_button, self.page_label, self.next_button):
            paging.addWidget(w2)
        paging.addStretch(1)
        paging.addWidget(self.open_button)
        paging.addWidget(self.verify_label)
        paging.addWidget(self.export_button)
        paging.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table)
        layout.addLayout(paging)
        self._paging()

    def where(self) -> AuditFilter:
        return AuditFilter(
            username=self.user_edit.text(),
            entity=self.entity_edit.text(),
            action=self.action_edit.text(),
            address=self.address_edit.text(),
            since=_aware(self.since_edit.dateTime()),
            until=_aware(self.until_edit.dateTime()),
        )

    def search(self) -> None:
        self.load(0)

    def load(self, page: int) -> None:
        if self._ctx.data is None:
            return
        where, number = self.where(), max(0, page)

        def loaded(result: AuditPage) -> None:
            self.page_number, self.total = number, result.count
            self.model.set_rows(result.data)
            self._paging()

        self._ctx.data.server(
            lambda api: audit_page(api, where, number),
            loaded,
            lambda exc: self.page_label.setText(describe_error(exc, "")),
            owner=self,
            key="audit",
        )

    def target(self) -> tuple[str, int] | None:
        """The page and id the chosen record is about, when this user has that page."""
        index = self.table.currentIndex()
        if not index.isValid() or not 0 <= index.row() < len(self.model.rows):
            return None
        entry = self.model.rows[index.row()]
        page = OPENS.get(entry.entity)
        pages = getattr(self.window(), "pages", {})
        if page is None or entry.entity_id is None or page not in pages:
            return None
        return page, int(entry.entity_id)

    def open_selected(self) -> None:
        found = self.target()
        show_page = getattr(self.window(), "show_page", None)
        if found is not None and callable(show_page):
            page, entity_id = found
            show_page(page, {"open": str(entity_id)})

    def _paging(self) -> None:
        pages = max(1, -(-self.total // PAGE_SIZE))
        self.page_label.setText(
            self.tr("Page %1 of %2 (%3 records)")
            .replace("%1", str(self.page_number + 1))
            .replace("%2", str(pages))
            .replace("%3", str(self.total))
        )
        self.prev_button.setEnabled(self.page_number > 0)
        self.next_button.setEnabled(self.page_number + 1 < pages)

    def export(self) -> None:
        """Everything the filter matches (not only this page), as CSV."""
        if self._ctx.data is None:
            return
        where, lang = self.where(), current_language()
        stamp = wall_clock(datetime.now(UTC), "%Y%m%d-%H%M")
        path = CsvFiles.ask_path(self, f"audit-{stamp}.csv", self.tr("Export the audit log"))
        if path is None:
            return
        self.export_button.setEnabled(False)
        self.verify_label.setText(self.tr("Exporting…"))

        def done(counts: tuple[int, int]) -> None:
            self.export_button.setEnabled(True)
            written, matched = counts
            text = self.tr("Saved %1 records to %2").replace("%1", str(written))
            if written < matched:
                text += self.tr(" (of %1: narrow the filter for the rest)").replace(
                    "%1", str(matched)
                )
            self.verify_label.setText(text.replace("%2", str(path)))

        def failed(exc: Exception) -> None:
            self.export_button.setEnabled(True)
            self.verify_label.setText(describe_error(exc, ""))

        self._ctx.data.server(
            lambda api: export_csv(api, where, path, lang),
            done,
            failed,
            owner=self,
            key="export",
        )

    def verify(self) -> None:
        if self._ctx.data is None:
            return
        self.verify_label.setText(self.tr("Checking the chain…"))

        def done(result: AuditVerify) -> None:
            if result.intact:
                text = self.tr("Intact: %1 chained records.").replace("%1", str(result.checked))
            else:
                text = self.tr("BROKEN at record %1: it or a record before it was changed.")
                text = text.replace("%1", str(result.first_broken_id))
            self.verify_label.setText(text)

        self._ctx.data.server(
            verify_chain,
            done,
            lambda exc: self.verify_label.setText(describe_error(exc, "")),
            owner=self,
            key="verify",
        )


def build_page(ctx: PageContext) -> QWidget:
    page = AuditTab(ctx)
    page.search()
    return page
