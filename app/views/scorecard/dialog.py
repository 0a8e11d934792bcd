"""The provider scorecard dialog: the figures of the last 90 Beijing days beside the peers'
medians, the weekly rating trend, sanctions and appeals, certificates and training results;
"Export PDF…" writes the one-page A4 scorecard off the UI thread.

Read from the local cache off the UI thread (``app.client.scorecard.load``). It follows the
feed while open: a change to one of the provider's rows (checked off the UI thread too, by
``app.client.scorecard.touches``) reads the scorecard again; other providers' changes do not.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.charts.rating_trend import RatingTrendChart
from app.client.scorecard import ENTITIES, Loaded, load, touches
from app.reports.scorecard import build_scorecard
from app.rules.kpi.scorecard import Figures, Scorecard, period_start_day
from app.views.certification.labels import kind_name, state_name
from app.views.complaints.labels import appeal_label, level_label, sanction_status_label
from app.views.complaints.pdf import save_pdf
from app.views.error_text import describe_error
from app.views.i18n import category_name, current_language, district_name
from app.views.timefmt import DAY, FILE_STAMP, SHORT, wall_clock

if TYPE_CHECKING:
    from collections.abc import Callable

    from app.views.background import Backend
    from app.views.sync_link import SyncLink

WORSE, LAPSED = QColor("#b54708"), QColor("#b42318")
NONE = "—"


def _count(value: float | None) -> str:
    return NONE if value is None else f"{value:g}"


def _rate(value: float | None) -> str:
    return NONE if value is None else f"{value * 100:.0f}%"


def _stars(value: float | None) -> str:
    return NONE if value is None else f"{value:.2f}"


def _tree(headers: list[str]) -> QTreeWidget:
    tree = QTreeWidget()
    tree.setRootIsDecorated(False)
    tree.setUniformRowHeights(True)
    tree.setHeaderLabels(headers)
    tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return tree


class ScorecardDialog(QDialog):
    def __init__(
        self, data: Backend, link: SyncLink | None, provider_id: int,
        clock: Callable[[], datetime], printed_by: str, parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self.setModal(False)
        self.data, self.provider_id, self.clock = data, provider_id, clock
        self.printed_by = printed_by
        self.loaded: Loaded | None = None
        self.setWindowTitle(self.tr("Provider scorecard"))
        self.resize(920, 640)
        self.title = QLabel(self.tr("Loading…"))
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.subtitle = QLabel()
        self.subtitle.setObjectName("noteLabel")
        self.figures = _tree([self.tr("Last 90 days"), self.tr("This provider"),
                              self.tr("Peers' median")])  # fmt: skip
        self.chart = RatingTrendChart()
        self.canvas = FigureCanvasQTAgg(self.chart.figure)  # type: ignore[no-untyped-call]
        self.canvas.setMinimumHeight(170)
        self.sanctions = _tree([self.tr("Level"), self.tr("Decided"), self.tr("Status"),
                                self.tr("Appeal"), self.tr("Reason")])  # fmt: skip
        self.certs = _tree([self.tr("Certificate"), self.tr("Status"), self.tr("Expires"),
                            self.tr("Review due")])  # fmt: skip
        self.training = _tree([self.tr("Course"), self.tr("Assessed"), self.tr("Theory"),
                               self.tr("Practical"), self.tr("Result")])  # fmt: skip
        self.pdf = QPushButton(self.tr("Export PDF…"))
        self.pdf.setEnabled(False)
        self.pdf.clicked.connect(self.export_pdf)
        self.message = QLabel()
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)

        grid = QGridLayout()
        grid.addWidget(self._titled(self.tr("Figures"), self.figures), 0, 0)
        grid.addWidget(self._titled(self.tr("Weekly mean rating"), self.canvas), 0, 1)
        grid.addWidget(self._titled(self.tr("Sanctions and appeals"), self.sanctions), 1, 0, 1, 2)
        grid.addWidget(self._titled(self.tr("Certificates"), self.certs), 2, 0)
        grid.addWidget(self._titled(self.tr("Training results"), self.training), 2, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(grid, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.pdf)
        bar.addWidget(close)
        layout.addLayout(bar)
        if link is not None:
            link.changed.connect(self._on_changed)
        self.reload()

    def _titled(self, title: str, widget: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(title)
        caption.setObjectName("sectionTitle")
        column.addWidget(caption)
        column.addWidget(widget, 1)
        return box

    # -- reading -----------------------------------------------------------------------------

    def reload(self) -> None:
        pid, now = self.provider_id, self.clock()
        self.data.local(lambda r: load(r, pid, now), self.show_loaded, self._failed,
                        owner=self, key="scorecard")  # fmt: skip

    def _failed(self, exc: Exception) -> None:
        self.message.setText(describe_error(exc))

    def _on_changed(self, changes: Any) -> None:
        if not changes.touches(*ENTITIES):
            return
        shown = self.loaded.shown if self.loaded else {}
        if changes.full or any(set(changes.of(e)) & ids for e, ids in shown.items()):
            self.reload()
            return
        pid, ids = self.provider_id, {e: changes.of(e) for e in ENTITIES}
        self.data.local(lambda r: touches(r, pid, ids), self._reload_if, owner=self,
                        key="scorecard-touch")  # fmt: skip

    def _reload_if(self, touched: bool) -> None:
        if touched:
            self.reload()

    # -- showing -----------------------------------------------------------------------------

    def show_loaded(self, loaded: Loaded | None) -> None:
        if loaded is None:
            self.title.setText(self.tr("This provider is not on this computer."))
            return
        self.loaded = loaded
        card = loaded.card
        self.title.setText(f"{card.name}  {card.code}")
        since = period_start_day(card.period).isoformat()
        self.subtitle.setText(
            self.tr("%1 · %2 · since %3 (Beijing days) · %4 peers")
            .replace("%1", category_name(card.category) or NONE)
            .replace("%2", district_name(card.district) or NONE)
            .replace("%3", since)
            .replace("%4", str(card.peers.peers))
        )  # fmt: skip
        self._show_figures(card.figures, card.peers.figures)
        peer = card.peers.figures
        self.chart.update([w.monday for w in card.trend], [w.mean for w in card.trend],
                          peer.mean_rating if peer else None)  # fmt: skip
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        self._show_lists(card)
        self.pdf.setEnabled(True)

    def _show_figures(self, own: Figures, peer: Figures | None) -> None:
        self.figures.clear()
        # (label, shown as, field, higher is better)
        lines = (
            (self.tr("Orders completed"), _count, "completed", True),
            (self.tr("On-time arrival"), _rate, "on_time_rate", True),
            (self.tr("Cancellations"), _count, "cancellations", False),
            (self.tr("Mean rating"), _stars, "mean_rating", True),
            (self.tr("Ratings"), _count, "ratings", True),
            (self.tr("Complaints"), _count, "complaints", False),
            (self.tr("Substantiated complaints"), _count, "substantiated", False),
        )
        for label, show, name, higher in lines:
            mine = getattr(own, name)
            theirs = getattr(peer, name) if peer else None
            item = QTreeWidgetItem([label, show(mine), show(theirs)])
            if mine is not None and theirs is not None and (mine < theirs if higher
                                                            else mine > theirs):  # fmt: skip
                item.setForeground(1, QBrush(WORSE))
            if peer is None:
                item.setToolTip(2, self.tr("Fewer than 5 peers: no median."))
            self.figures.addTopLevelItem(item)

    def _show_lists(self, card: Scorecard) -> None:
        self.sanctions.clear()
        for s in card.sanctions:
            self.sanctions.addTopLevelItem(QTreeWidgetItem([
                level_label(s.level), wall_clock(s.decided_at, SHORT),
                sanction_status_label(s.status),
                appeal_label(s.appeal.status) if s.appeal else NONE, s.reason,
            ]))  # fmt: skip
        self.certs.clear()
        for c in card.certificates:
            item = QTreeWidgetItem([
                kind_name(c.kind.value), state_name(c.status.value),
                c.expires_on.isoformat() if c.expires_on else NONE,
                c.review_due.isoformat() if c.review_due else NONE,
            ])  # fmt: skip
            if c.bucket is not None:
                colour = LAPSED if c.bucket == 0 else WORSE
                for column in (2, 3):
                    item.setForeground(column, QBrush(colour))
            self.certs.addTopLevelItem(item)
        self.training.clear()
        for t in card.training:
            name = t.course_name or t.course_code
            if t.retraining:
                name = self.tr("%1 (retraining)").replace("%1", name)
            item = QTreeWidgetItem([
                name, wall_clock(t.assessed_at, DAY), _count(t.theory), _count(t.practical),
                self.tr("Passed") if t.passed else self.tr("Failed"),
            ])  # fmt: skip
            item.setForeground(4, QBrush(QColor("#067647") if t.passed else LAPSED))
            self.training.addTopLevelItem(item)

    # -- PDF ---------------------------------------------------------------------------------

    def export_pdf(self) -> None:
        if self.loaded is None:
            return
        card, now, lang, by = self.loaded.card, self.clock(), current_language(), self.printed_by
        save_pdf(
            self,
            title=self.tr("Save the provider scorecard"),
            suggested=self.tr("scorecard-%1-%2.pdf").replace("%1", card.code)
            .replace("%2", wall_clock(now, FILE_STAMP)),
            build=lambda: build_scorecard(card, printed_at=now, printed_by=by, lang=lang),
            done=lambda _path, text: self.message.setText(text),
        )  # fmt: skip


def open_scorecard(
    parent: QWidget, data: Backend | None, link: SyncLink | None, provider_id: int | None,
    clock: Callable[[], datetime], printed_by: str = "",
) -> ScorecardDialog | None:  # fmt: skip
    """Open (or bring forward) ``parent``'s scorecard of ``provider_id``: one dialog per
    parent, replaced when another provider is asked for. None without a cache or provider."""
    if data is None or provider_id is None:
        return None
    current = parent.findChild(ScorecardDialog)
    if current is not None and current.provider_id == provider_id and current.isVisible():
        current.activateWindow()
        return current
    if current is not None:
        current.close()
        current.deleteLater()
    dialog = ScorecardDialog(data, link, provider_id, clock, printed_by, parent)
    dialog.show()
    return dialog
