"""资质审核: the reviewer's page. Queue oldest first (own model), a detail pane with the scan
viewer, findings and four-eyes state, decisions from the keyboard, the expiry watch list.

Reads come from the local cache (``app.client.certifications``) off the UI thread and again
whenever the feed changes a certificate, so another reviewer's claim shows without a
refresh. The detail (findings, history, scans' metadata) and the scans come from the server,
in the background. Decisions are Outbox commands at the version the reviewer saw; after a
decision the next item is selected. Every disabled action says why (its tooltip and the
line under the buttons).
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.client import certifications as cq
from app.models.enums import CertificationKind
from app.rules.beijing import local_day
from app.rules.certification.decisions import DECISION_REASONS, OTHER
from app.views.certification.expiry import ExpiryTab
from app.views.certification.intake import IntakeDialog
from app.views.certification.labels import kind_name, reason_name, state_name, why_not
from app.views.certification.model import WIDTHS, QueueModel
from app.views.certification.viewer import DocumentViewer
from app.views.context import PageContext
from app.views.error_text import describe_error
from app.views.i18n import pick
from app.views.scorecard.dialog import open_scorecard

ACTIONS = ("claim", "approve", "reject", "request-resubmission", "release", "revoke")
KEYS = {
    "claim": "N",
    "approve": "A",
    "reject": "R",
    "request-resubmission": "S",
    "release": "Esc",
    "revoke": "V",
}
ROW_ROLE = Qt.ItemDataRole.UserRole
WATCH_DAYS = 90
SEARCH_PAUSE_MS = 250  # typing reads the queue once it pauses


class CertificationPage(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.me = int(ctx.user.id)
        self.current: cq.CertRow | None = None
        self.follow_next = False
        self.model = QueueModel(ctx.clock())
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        # Fixed widths: ResizeToContents measures every row of a 500-row page on each update.
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        em = self.table.fontMetrics().horizontalAdvance("0")
        for column, chars in enumerate(WIDTHS):
            header.resizeSection(column, chars * em + 16)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_row)
        self.counts = QLabel()
        self.mine = QCheckBox(self.tr("My claims"))
        self.mine.toggled.connect(self.reload)
        # Filters; N claims the oldest item they show.
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(SEARCH_PAUSE_MS)
        self._filter_timer.timeout.connect(self.reload)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Name, pinyin initials or number (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.search.returnPressed.connect(self.table.setFocus)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind in CertificationKind:
            self.kind.addItem(kind_name(kind.value), kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.red_only = QCheckBox(self.tr("Red flags only"))
        self.red_only.toggled.connect(self.reload)
        QShortcut(QKeySequence("Ctrl+F"), self, self.search.setFocus)
        self.expiry = ExpiryTab(ctx.data.local if ctx.data is not None else None)
        self.expiry.picked.connect(self._on_watch_row)
        self.watch = self.expiry.list

        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        titles = {
            "claim": self.tr("Claim next"),
            "approve": self.tr("Approve"),
            "reject": self.tr("Reject…"),
            "request-resubmission": self.tr("Ask to resubmit…"),
            "release": self.tr("Release"),
            "revoke": self.tr("Revoke…"),
        }
        for action in ACTIONS:
            button = QPushButton(f"{titles[action]} ({KEYS[action]})")
            button.clicked.connect(lambda _=False, a=action: self.act(a))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.buttons[action] = button
            bar.addWidget(button)
            QShortcut(QKeySequence(KEYS[action]), self, lambda a=action: self.act(a))
        bar.addStretch(1)
        self.intake = QPushButton(self.tr("Enter a certificate… (Ctrl+N)"))
        self.intake.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.intake.clicked.connect(self.enter_certificate)
        bar.addWidget(self.intake)
        QShortcut(QKeySequence("Ctrl+N"), self, self.enter_certificate)
        QShortcut(QKeySequence("J"), self, lambda: self.step_row(1))
        QShortcut(QKeySequence("K"), self, lambda: self.step_row(-1))
        self.why = QLabel()
        self.why.setStyleSheet("color: #555;")

        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.scorecard = QPushButton(self.tr("Provider scorecard"))
        self.scorecard.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scorecard.clicked.connect(self.open_scorecard)
        self.fields = QLabel()
        self.fields.setTextFormat(Qt.TextFormat.RichText)
        self.fields.setWordWrap(True)
        self.four_eyes = QLabel()
        self.four_eyes.setWordWrap(True)
        self.four_eyes.setStyleSheet("color: #6a1b9a; font-weight: bold;")
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.viewer = DocumentViewer()

        left = QWidget()
        lv = QVBoxLayout(left)
        top = QHBoxLayout()
        top.addWidget(self.counts, 1)
        top.addWidget(self.mine)
        lv.addLayout(top)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(self.kind)
        filters.addWidget(self.red_only)
        lv.addLayout(filters)
        lv.addWidget(self.table, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(left, self.tr("Queue"))
        self.tabs.addTab(self.expiry, self.tr("Expiry watch (90/60/30 days, expired)"))
        right = QWidget()
        rv = QVBoxLayout(right)
        heading = QHBoxLayout()
        heading.addWidget(self.title, 1)
        heading.addWidget(self.scorecard)
        rv.addLayout(heading)
        rv.addWidget(self.fields)
        rv.addWidget(self.four_eyes)
        rv.addWidget(self.findings)
        rv.addWidget(self.viewer, 1)
        split = QSplitter()
        split.addWidget(self.tabs)
        split.addWidget(right)
        split.setSizes([620, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.why)
        layout.addWidget(split, 1)
        ctx.link.changed.connect(self._on_changed)
        self._show_current()
        self.reload()

    # -- reads -------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.ctx.data is None:
            return
        today = local_day(self.ctx.clock())
        query = self.query()
        self.ctx.data.local(
            lambda r: cq.read_desk(r, query, today, WATCH_DAYS),
            self._show,
            owner=self,
            key="cert-queue",
        )

    def query(self) -> cq.QueueQuery:
        """The queue as the filters above it select it."""
        return cq.QueueQuery(
            kind=str(self.kind.currentData() or "") or None,
            claimed_by=self.me if self.mine.isChecked() else None,
            flagged=self.red_only.isChecked(),
            search=self.search.text(),
        )

    def _on_changed(self, changes: Any) -> None:
        if changes.touches("certification", "provider", "user"):
            self.reload()

    def _show(self, got: cq.Desk) -> None:
        page = got.page
        keep = self.current.id if self.current else None
        self.model.set_queue(page.rows, got.names, self.ctx.clock())
        self.counts.setText(
            self.tr("%1 waiting · %2 in review · %3 shown")
            .replace("%1", str(page.counts.get("submitted", 0)))
            .replace("%2", str(page.counts.get("in_review", 0)))
            .replace("%3", str(page.total))
        )
        self.expiry.show_rows(got.watch, local_day(self.ctx.clock()), keep)
        if self.current is not None and self.current.id not in [r.id for r in page.rows]:
            # A certificate picked from the watch list stays shown, with its latest state.
            watched = {r.id: r for r in got.watch}
            if self.current.id in watched:
                self.current = watched[self.current.id]
                self._show_current()
                return
        ids = [r.id for r in page.rows]
        if keep in ids:
            self._select(ids.index(keep))
        elif self.follow_next and ids:
            self._select(0)
        else:
            self.current = None
            self._show_current()

    def _select(self, index: int) -> None:
        self.table.selectRow(index)
        self.current = self.model.rows[index]
        self._show_current()

    def _on_row(self, index: Any, _prev: Any = None) -> None:
        if not index.isValid() or index.row() >= len(self.model.rows):
            return
        row = self.model.rows[index.row()]
        changed = self.current is None or self.current.id != row.id
        self.current = row
        self._show_current()
        if changed:
            self._fetch_detail(row)

    def _on_watch_row(self, row: cq.CertRow) -> None:
        self.table.clearSelection()
        changed = self.current is None or self.current.id != row.id
        self.current = row
        self._show_current()
        if changed:
            self._fetch_detail(row)

    def step_row(self, step: int) -> None:
        if not self.model.rows:
            return
        at = self.table.currentIndex().row()
        self._select(max(0, min(len(self.model.rows) - 1, at + step)))
        self._on_row(self.table.currentIndex())

    # -- the detail pane ---------------------------------------------------------------------

    def open_scorecard(self) -> None:
        row, ctx = self.current, self.ctx
        by = ctx.user.display_name or ctx.user.username
        open_scorecard(self, ctx.data, ctx.link, row.provider_id if row else None, ctx.clock, by)

    def _show_current(self) -> None:
        row, now = self.current, self.ctx.clock()
        for action, button in self.buttons.items():
            # "Claim next" takes the oldest free item, whatever is selected.
            reason = None if action == "claim" else why_not(action, row, self.me, now)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        # The line under the buttons: why the main action of this row is off (approve in the
        # queue, revoke on the expiry watch).
        main = "approve" if row is None or row.status in cq.OPEN_STATES else "revoke"
        self.why.setText(why_not(main, row, self.me, now) or "")
        self.scorecard.setEnabled(row is not None)
        if row is None:
            self.title.setText(self.tr("Nothing selected: press N to claim the next item."))
            self.fields.setText("")
            self.four_eyes.setText("")
            self.findings.setText("")
            return
        self.title.setText(
            f"{kind_name(row.kind)} · {row.provider_name} · {state_name(row.status)}"
        )
        self.fields.setText(
            self.tr("Number %1 · holder %2 · issuer %3<br>issued %4 · expires %5 · review due %6")
            .replace("%1", escape(row.number))
            .replace("%2", escape(row.holder_name))
            .replace("%3", escape(row.issuer))
            .replace("%4", _day(row.issued_on))
            .replace("%5", _day(row.expires_on))
            .replace("%6", _day(row.review_due))
        )
        if row.awaiting_second_approval and row.first_approver_id == self.me:
            self.four_eyes.setText(self.tr("Needs a second reviewer; you gave the first approval."))
        elif row.awaiting_second_approval:
            self.four_eyes.setText(
                self.tr("First approval given; yours is the second (four-eyes).")
            )
        elif row.four_eyes and row.status in cq.OPEN_STATES:
            self.four_eyes.setText(self.tr("High-risk kind: two different reviewers must approve."))
        else:
            self.four_eyes.setText("")

    def _fetch_detail(self, row: cq.CertRow) -> None:
        self.findings.setText(self.tr("Loading findings…"))
        self.viewer.show_message(self.tr("Loading the scan…"))
        if self.ctx.data is None or not self.ctx.data.has_server:
            self.findings.setText(self.tr("Findings and scans need the server."))
            self.viewer.show_message(self.tr("The server is not reachable."))
            return
        self.ctx.data.server(
            lambda api: cq.fetch_detail(api, row.id),
            self._show_detail,
            lambda exc: self.findings.setText(escape(describe_error(exc))),
            owner=self,
            key="cert-detail",
        )

    def _show_detail(self, detail: cq.CertDetail) -> None:
        if self.current is None or detail.id != self.current.id:
            return
        lines = [
            ("<span style='color:#c62828'>⚠ " if f.red else "• ")
            + escape(pick(f.message, f.message_en))
            + ("</span>" if f.red else "")
            for f in detail.findings
        ]
        self.findings.setText("<br>".join(lines) or self.tr("No findings."))
        if not detail.documents:
            self.viewer.show_message(self.tr("No scan attached."))
            return
        doc = detail.documents[0]
        cert_id, doc_id, media = detail.id, doc.id, doc.media_type
        assert self.ctx.data is not None
        self.ctx.data.server(
            lambda api: cq.download_document(api, cert_id, doc_id),
            lambda content: self._show_scan(cert_id, content, media),
            lambda exc: self.viewer.show_message(describe_error(exc)),
            owner=self,
            key="cert-scan",
        )

    def _show_scan(self, cert_id: int, content: bytes, media: str) -> None:
        if self.current is not None and self.current.id == cert_id:
            self.viewer.show_bytes(content, media)

    # -- decisions ---------------------------------------------------------------------------

    def act(self, action: str) -> None:
        if action == "claim":
            self._claim_next()
            return
        row = self.current
        if why_not(action, row, self.me, self.ctx.clock()) is not None or row is None:
            return
        body: dict[str, Any] | None = None
        if action == "revoke":
            reason = self._ask_words(
                self.tr("Revoke"),
                self.tr("Why is %1 revoked? Orders it no longer covers are flagged.").replace(
                    "%1", kind_name(row.kind)
                ),
            )
            if reason is None:
                return
            body = cq.revoke_body(reason)
        elif action in ("reject", "request-resubmission"):
            picked = self._pick_reason(action)
            if picked is None:
                return
            code, text = picked
            body = (cq.reject_body(code, text) if action == "reject"
                    else cq.resubmission_body([code], text))  # fmt: skip
        label = f"{self.buttons[action].text()} · {row.number}"
        if not self.ctx.link.enqueue_command(cq.decision_command(row, action, body, label)):
            return  # not stored: the link said why
        self.follow_next = action not in ("release", "revoke")
        if self.follow_next:
            self.step_row(1)

    def _claim_next(self) -> None:
        if self.ctx.data is None:
            return
        now, shown = self.ctx.clock(), self.query()
        self.ctx.data.local(
            lambda r: cq.next_claimable(r, self.me, now, shown),
            self._claim_found,
            owner=self,
            key="cert-next",
        )

    def _claim_found(self, row: cq.CertRow | None) -> None:
        if row is None:
            self.why.setText(self.tr("Nothing left to claim."))
            return
        claim = cq.decision_command(
            row, "claim", None, self.tr("Claim %1").replace("%1", row.number)
        )
        if not self.ctx.link.enqueue_command(claim):
            return  # not stored: the link said why
        self.current = row
        self.tabs.setCurrentIndex(0)  # the queue, where the claimed item is
        ids = [r.id for r in self.model.rows]
        if row.id in ids:
            self.table.selectRow(ids.index(row.id))
        self._show_current()
        self._fetch_detail(row)

    def _pick_reason(self, action: str) -> tuple[str, str] | None:
        codes = list(DECISION_REASONS)
        names = [reason_name(c) for c in codes]
        title = self.tr("Reject") if action == "reject" else self.tr("Ask to resubmit")
        name, ok = QInputDialog.getItem(self, title, self.tr("Reason"), names, 0, False)
        if not ok:
            return None
        code = codes[names.index(name)]
        text = ""
        if code == OTHER:
            words = self._ask_words(title, self.tr("Say what is wrong"))
            if words is None:
                return None
            text = words
        return code, text

    def _ask_words(self, title: str, label: str) -> str | None:
        """Words the decision needs; asked again (saying so) while empty, None on Cancel."""
        prompt = label
        while True:
            text, ok = ask_text(self, title, prompt)
            if not ok:
                return None
            if text.strip():
                return text.strip()
            prompt = label + "\n" + self.tr("This cannot be empty: the provider reads it.")

    def enter_certificate(self) -> None:
        """Intake or renewal on a provider's behalf, with scans (needs the server)."""
        if self.ctx.data is None:
            return
        dialog = IntakeDialog(self.ctx.data, self)
        if dialog.exec() == IntakeDialog.DialogCode.Accepted and dialog.result_detail:
            self.why.setText(
                self.tr("Entered: it joins the queue with its findings (%1 scans).").replace(
                    "%1", str(len(dialog.result_detail.documents))
                )
            )
        dialog.deleteLater()

    def save_state(self) -> None:
        pass

    def restore_state(self) -> None:
        pass


def ask_text(parent: QWidget, title: str, label: str) -> tuple[str, bool]:
    """One line of text from the user (tests replace this)."""
    return QInputDialog.getText(parent, title, label)


def _day(value: Any) -> str:
    return value.isoformat() if value is not None else "—"


def build_page(ctx: PageContext) -> QWidget:
    return CertificationPage(ctx)
