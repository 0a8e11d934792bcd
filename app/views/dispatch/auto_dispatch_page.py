"""智能派单 — plan every pending order in a time window at once, review, then apply or discard.

The server plans (nothing is written), the page previews the plan as a diff (order → provider,
travel) with the unassigned orders and why, and the travel totals against nearest-first. Apply is
one atomic call: every order must still be as planned, or nothing is written and the page shows
which orders changed and offers to plan again.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QItemSelectionModel, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.client.dispatch_plan import (
    PlanPreview,
    PlanWindow,
    apply_plan,
    make_plan,
    plan_conflicts,
    plan_preview,
)
from app.client.errors import ClientError
from app.rules.catalog import CATEGORIES
from app.views import settings as ui
from app.views.dispatch.plan_model import PlanColumn, PlanModel
from app.views.dispatch.text import list_sep
from app.views.dispatch.window_bar import PlanWindowBar
from app.views.error_text import describe_error
from app.views.i18n import category_name
from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.client.sync import ChangeSet
    from app.views.background import Backend
    from app.views.context import PageContext
    from app.views.sync_link import SyncLink

ROW_HEIGHT = 28
PLAN_HEADER: ui.Setting[QByteArray] = ui.Setting(
    "dispatch/plan_header", QByteArray(), "auto-dispatch preview columns"
)
PAGE_STYLE = """
QLabel#planSummary {
    background: #ffffff; border: 1px solid #e4e7ec; border-radius: 8px;
    padding: 8px 12px; color: #101828;
}
QFrame#conflictBanner { background: #fef3f2; border: 1px solid #fecdca; border-radius: 8px; }
QLabel#conflictText { color: #b42318; font-weight: 600; }
QTableView#planTable {
    background: #ffffff; border: 1px solid #e4e7ec; border-radius: 8px;
    selection-background-color: #d1e0ff; selection-color: #101828; outline: 0;
}
QPushButton#primaryButton {
    background: #1849a9; color: #ffffff; border: none; border-radius: 6px;
    padding: 6px 14px; font-weight: 600;
}
QPushButton#primaryButton:hover { background: #1d5bd6; }
QPushButton#primaryButton:disabled { background: #eaecf0; color: #98a2b3; }
"""
_COLUMN_WIDTHS: dict[PlanColumn, int] = {
    PlanColumn.ORDER: 150,
    PlanColumn.START: 100,
    PlanColumn.DISTRICT: 80,
    PlanColumn.SERVICE: 100,
    PlanColumn.PROVIDER: 110,
    PlanColumn.TRAVEL: 80,
}


class AutoDispatchPage(QWidget):
    """Signals:
    message(str): a short notice for the status bar ("Applied 28 assignments").
    """

    message = Signal(str)

    def __init__(
        self,
        data: Backend | None,
        *,
        link: SyncLink | None = None,
        settings: QSettings | None = None,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("autoDispatchPage")
        self._data = data if data is not None and data.has_server else None
        self._settings = settings
        self._preview: PlanPreview | None = None
        self._busy = ""  # "plan" or "apply" while waiting for the server
        self._stale = False  # the feed or a refused apply says orders changed since planning

        self.bar = PlanWindowBar(clock=clock)
        self.plan_button = self.bar.plan_button

        self.summary = QLabel(self.tr("Choose a window and press Plan (F5)."))
        self.summary.setObjectName("planSummary")
        self.summary.setWordWrap(True)
        self.banner = QFrame()
        self.banner.setObjectName("conflictBanner")
        self.banner_text = QLabel()
        self.banner_text.setObjectName("conflictText")
        self.banner_text.setWordWrap(True)
        self.replan_button = QPushButton(self.tr("Plan again"))
        banner_row = QHBoxLayout(self.banner)
        banner_row.addWidget(self.banner_text, 1)
        banner_row.addWidget(self.replan_button)
        self.banner.hide()

        self.model = PlanModel(self)
        self.table = self._make_table()
        self.status = QLabel()
        self.status.setObjectName("noteLabel")
        self.status.setWordWrap(True)
        self.discard_button = QPushButton(self.tr("Discard"))
        self.apply_button = QPushButton(self.tr("Apply plan"))
        self.apply_button.setObjectName("primaryButton")
        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.discard_button)
        bottom.addWidget(self.apply_button)

        # TODO(lead): move into resources/qss/console.qss next to #boardTable.
        self.setStyleSheet(PAGE_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addWidget(self.bar)
        layout.addWidget(self.summary)
        layout.addWidget(self.banner)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)

        self.actions_by_name = self._make_actions()
        self.bar.plan_requested.connect(self.plan)
        self.bar.changed.connect(self._update_buttons)
        self.replan_button.clicked.connect(self.plan)
        self.apply_button.clicked.connect(self.apply)
        self.discard_button.clicked.connect(self.discard)
        if self._data is None:
            self.status.setText(self.tr("Auto-dispatch needs a connection to the server."))
        if link is not None:
            link.changed.connect(self._on_changed)
        self._update_buttons()

    # ---- page protocol (main window) ----------------------------------------------------

    def save_state(self) -> None:
        if self._settings is not None:
            ui.write(self._settings, PLAN_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        if self._settings is None:
            return
        header = ui.read(self._settings, PLAN_HEADER)
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)

    # ---- what the user does -------------------------------------------------------------

    def plan_window(self) -> PlanWindow:
        return self.bar.plan_window()

    def set_window(self, start: datetime, end: datetime, district: str | None = None) -> None:
        self.bar.set_window(start, end, district)

    def preview(self) -> PlanPreview | None:
        return self._preview

    def plan(self) -> None:
        # One call at a time: ``_busy`` holds the next until this one answers.
        if self._data is None or self._busy or self.bar.problem() is not None:
            return
        window = self.plan_window()
        self._busy = "plan"
        self.status.setText(self.tr("Planning…"))
        self._update_buttons()
        self._data.server(
            lambda api: make_plan(api, window),
            lambda plan: self._planned(window, plan),
            self._on_failed,
            owner=self,
        )

    def _planned(self, window: PlanWindow, plan: object) -> None:
        """The server's plan: read the orders and providers it names from the local cache."""
        data = self._data
        if data is None or not isinstance(plan, dict):
            self._on_failed(RuntimeError(self.tr("The server's plan could not be read.")))
            return
        data.local(
            lambda reader: plan_preview(reader, window, plan),
            self._on_answered,
            self._on_failed,
            owner=self,
        )

    def confirm_apply(self, count: int) -> bool:
        """Ask before writing ``count`` assignments at once (tests replace this)."""
        answer = QMessageBox.question(
            self,
            self.tr("Apply the plan"),
            self.tr("Assign %1 orders now, as planned?").replace("%1", str(count)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes

    def apply(self) -> None:
        preview = self._preview
        if self._data is None or preview is None or not preview.assigned or self._busy:
            return
        if not self.confirm_apply(len(preview.assigned)):
            return
        self._busy = "apply"
        self.status.setText(
            self.tr("Applying %1 assignments…").replace("%1", str(len(preview.assigned)))
        )
        self._update_buttons()
        self._data.server(
            lambda api: apply_plan(api, preview), self._on_answered, self._on_failed, owner=self
        )

    def discard(self) -> None:
        self._show(None)
        self.summary.setText(self.tr("Plan discarded. Nothing was assigned."))
        self.status.clear()

    # ---- answers --------------------------------------------------------------------------

    def _on_answered(self, result: object) -> None:
        kind, self._busy = self._busy, ""
        if kind == "plan" and isinstance(result, PlanPreview):
            self._show(result)
            self.status.clear()
            if not result.lines:
                self.summary.setText(self._nothing_in_window(result))
        elif kind == "apply":
            applied = result if isinstance(result, int) else 0
            self._show(None)
            self.status.clear()
            text = self.tr("Applied %1 assignments.").replace("%1", str(applied))
            self.summary.setText(text)
            self.message.emit(text)
        self._update_buttons()

    def _on_failed(self, error: Exception) -> None:
        kind, self._busy = self._busy, ""
        conflicts = plan_conflicts(error) if isinstance(error, ClientError) else []
        if kind == "apply" and conflicts:
            self.model.set_conflicts(conflicts)
            codes = [self._code_of(c.order_id) for c in conflicts]
            self._mark_stale(
                self.tr(
                    "Nothing was applied: %1 order(s) changed since planning (%2). Plan again to "
                    "include what changed."
                )
                .replace("%1", str(len(conflicts)))
                .replace("%2", list_sep().join(codes))
            )
            first = self.model.row_of(conflicts[0].order_id)
            if first is not None:
                # Current but not selected: the row keeps its red mark in view.
                index = self.model.index(first, 0)
                self.table.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.Clear
                )
                self.table.scrollTo(index)
            self.status.clear()
        else:
            text = describe_error(error) if isinstance(error, BaseException) else str(error)
            failed = (
                self.tr("Could not apply: %1") if kind == "apply" else self.tr("Could not plan: %1")
            )
            self.status.setText(failed.replace("%1", text))
        self._update_buttons()

    def _on_changed(self, changes: ChangeSet) -> None:
        """The feed changed orders: a plan that includes one of them is out of date."""
        if not changes.touches("order") or self._preview is None or self._busy == "apply":
            return
        planned = {line.order_id for line in self._preview.lines}
        touched = (
            sorted(planned) if changes.full else [i for i in changes.of("order") if i in planned]
        )
        if touched:
            codes = [self._code_of(i) for i in touched]
            self._mark_stale(
                self.tr("%1 order(s) in this plan changed since planning (%2). Plan again first.")
                .replace("%1", str(len(touched)))
                .replace("%2", list_sep().join(codes))
            )

    # ---- internals ------------------------------------------------------------------------

    def _show(self, preview: PlanPreview | None) -> None:
        self._preview = preview
        self._stale = False
        self.banner.hide()
        self.model.set_preview(preview)
        self.summary.setText(self._summary(preview) if preview is not None else "")
        self._update_buttons()

    def _mark_stale(self, text: str) -> None:
        self._stale = True
        self.banner_text.setText(text)
        self.banner.show()
        self._update_buttons()

    def _summary(self, p: PlanPreview) -> str:
        counts = (
            self.tr("%1 of %2 orders planned, %3 left unassigned.")
            .replace("%1", str(len(p.assigned)))
            .replace("%2", str(len(p.lines)))
            .replace("%3", str(len(p.unassigned)))
        )
        ratio = p.travel_ratio
        if ratio is None or p.greedy_total_travel_minutes is None:
            travel = self.tr("Travel: %1 min in total.").replace(
                "%1", f"{p.total_travel_minutes:.1f}"
            )
        else:
            saved = p.greedy_total_travel_minutes - p.total_travel_minutes
            travel = (
                self.tr(
                    "Travel: %1 min in total, against %2 min for nearest-first (%3 min less, "
                    "ratio %4)."
                )
                .replace("%1", f"{p.total_travel_minutes:.1f}")
                .replace("%2", f"{p.greedy_total_travel_minutes:.1f}")
                .replace("%3", f"{saved:.1f}")
                .replace("%4", f"{ratio:.3f}")
            )
        outside = (
            " "
            + self.tr("%1 more pending order(s) lie outside this window.").replace(
                "%1", str(p.pending_outside)
            )
            if p.pending_outside
            else ""
        )
        return f"{counts} {travel}{outside}"

    def _nothing_in_window(self, p: PlanPreview) -> str:
        text = self.tr("No pending order must be dispatched in this window.")
        if p.pending_outside:
            text += " " + self.tr(
                "%1 pending order(s) lie outside it: widen the window to plan them."
            ).replace("%1", str(p.pending_outside))
        return text

    def _code_of(self, order_id: int) -> str:
        row = self.model.row_of(order_id)
        line = self.model.line(row) if row is not None else None
        return line.order_code if line is not None else f"#{order_id}"

    def _update_buttons(self, *_: object) -> None:
        connected = self._data is not None
        self.bar.set_plannable(connected and not self._busy)
        self.replan_button.setEnabled(self.plan_button.isEnabled())
        preview = self._preview
        count = len(preview.assigned) if preview is not None else 0
        self.apply_button.setText(
            self.tr("Apply %1 assignments").replace("%1", str(count))
            if count
            else self.tr("Apply plan")
        )
        self.apply_button.setEnabled(connected and count > 0 and not self._busy and not self._stale)
        self.discard_button.setEnabled(preview is not None and self._busy != "apply")
        for name, button in (
            ("plan", self.plan_button),
            ("apply", self.apply_button),
            ("discard", self.discard_button),
        ):
            self.actions_by_name[name].setEnabled(button.isEnabled())

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setObjectName("planTable")
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        vertical = table.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(ROW_HEIGHT)
        vertical.hide()
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        # Defaults fit Chinese; English service names run longer (measured once, not per row).
        metrics = table.fontMetrics()
        service = max(metrics.horizontalAdvance(category_name(c.value)) for c in CATEGORIES) + 20
        for column, width in _COLUMN_WIDTHS.items():
            needed = header.sectionSizeHint(column)
            if column is PlanColumn.SERVICE:
                needed = max(needed, service)
            header.resizeSection(column, max(width, needed))
        return table

    def _make_actions(self) -> dict[str, QAction]:
        actions: dict[str, QAction] = {}
        for name, text, keys, slot in (
            ("plan", self.tr("Plan"), ["F5"], self.plan),
            ("apply", self.tr("Apply plan"), ["Ctrl+Return"], self.apply),
            ("discard", self.tr("Discard"), ["Ctrl+Backspace"], self.discard),
        ):
            action = QAction(text, self)
            action.setObjectName(f"action_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        return actions


def build_page(ctx: PageContext) -> QWidget:
    """The ``PageSpec`` builder (app.views.pages)."""
    return AutoDispatchPage(ctx.data, link=ctx.link, settings=ctx.settings, clock=ctx.clock)
