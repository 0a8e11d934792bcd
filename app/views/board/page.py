"""调度看板 — the live order board: state chips, filters, the table, details and actions.

The page holds no data of its own beyond the model: it reads its rows from the local cache
(``Backend.local`` with the queries of ``app.client.board``) whenever the sync worker says
orders changed (``SyncLink.changed``); commands go to the Outbox (``SyncLink.enqueue_command``).
The page is layout and data flow; what each order action does lives in ``actions.py`` and the
table view in ``table.py``.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.client.board import OrderEvent, board_rows, order_events
from app.rules.orders import OrderAction, board_cut_off
from app.views import settings as ui
from app.views.board.actions import (
    BOARD_ACTIONS,
    ORDER_ROLES,
    ActionSpec,
    BoardCommands,
    make_actions,
    show_refusals,
)
from app.views.board.broken_orders import BrokenOrdersPanel
from app.views.board.detail import OrderDetailPanel
from app.views.board.filters import FilterBar, StateChips
from app.views.board.model import OrderBoardModel
from app.views.board.table import make_board_table
from app.views.empty_hint import EmptyHint
from app.views.labels import STATUS_ORDER
from app.views.scorecard.dialog import open_scorecard
from app.views.sync_worker import no_cyclic_gc
from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.client.board import BoardRow
    from app.client.cache import CacheReader
    from app.client.sync import ChangeSet
    from app.views.background import Backend
    from app.views.sync_link import SyncLink

AUTO_DISPATCH_PAGE = "dispatch"  # the PageSpec key of app.views.dispatch.auto_dispatch_page
CLOCK_INTERVAL_MS = 30_000
FREEZE_FROM = 10_000  # rows in a full load from which gc.freeze() pays off
APPLY_EVERY_MS = 100  # feed changes are applied to the board at most this often


def full_board(reader: CacheReader, since: datetime | None = None) -> list[BoardRow]:
    """Every order on the board (``since``: app.rules.orders.board_cut_off); Python's cyclic
    GC stays off while 100k rows are built (a collection then would hold the GIL, and the UI
    thread, for 50-100 ms)."""
    with no_cyclic_gc():
        return board_rows(reader, since=since)


class BoardPage(QWidget):
    """Signals:
    message(str): a short notice for the status bar ("Queued: …").
    """

    message = Signal(str)

    def __init__(
        self,
        link: SyncLink,
        *,
        role: str,
        settings: QSettings,
        clock: Callable[[], datetime] = utc_now,
        data: Backend | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("boardPage")
        self._link = link
        self._data = data
        self._role = role
        self._settings = settings
        self._clock = clock
        self._cut_off = board_cut_off(clock())  # finished orders before it are not on the board
        self._state = ""  # the chip chosen; "" = every state
        self._loaded = False

        self.model = OrderBoardModel(clock=clock, parent=self)
        self.commands = BoardCommands(self, link, role=role, data=data, clock=clock)
        self._pending_rows: dict[int, BoardRow] = {}
        self._apply_timer = QTimer(self)
        self._apply_timer.setSingleShot(True)
        self._apply_timer.setInterval(APPLY_EVERY_MS)
        self._apply_timer.timeout.connect(self._apply_pending)
        self.chips = StateChips()
        self.filters = FilterBar()
        self.table = make_board_table(self.model)
        self.actions_by_name = self._make_actions()
        self.empty_hint = EmptyHint(self.table, self._empty_text)
        self.detail = OrderDetailPanel(
            [self.actions_by_name[a.value] for a in BOARD_ACTIONS], parent=self, data=data
        )
        self.detail.provider_requested.connect(
            lambda pid: open_scorecard(self, data, link, pid, clock)
        )
        # Future orders a lapsed or revoked certificate broke, with R to reassign one.
        self.problems = BrokenOrdersPanel(link, data, role=role, clock=clock, parent=self)
        self.problems.message.connect(self.message)
        self.problems.setEnabled(role in ORDER_ROLES)
        self.loading = QLabel(self.tr("Synchronising orders…"))
        self.loading.setObjectName("noteLabel")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([1000, 340])

        self.auto_dispatch_button = QToolButton()
        self.auto_dispatch_button.setObjectName("actionButton")
        self.auto_dispatch_button.setDefaultAction(self.actions_by_name["auto_dispatch"])
        self.auto_dispatch_button.setVisible(self._role in ORDER_ROLES)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        self.new_order_button = QToolButton()
        self.new_order_button.setObjectName("actionButton")
        self.new_order_button.setDefaultAction(self.actions_by_name["new_order"])
        self.new_order_button.setVisible(self._role in ORDER_ROLES)
        self.actions_by_name["new_order"].setEnabled(self._role in ORDER_ROLES)
        top.addWidget(self.chips, 1)
        top.addWidget(self.new_order_button)
        top.addWidget(self.auto_dispatch_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.loading)
        layout.addWidget(self.problems)
        layout.addWidget(self.splitter, 1)

        self.chips.state_chosen.connect(self._choose_state)
        self.filters.changed.connect(self._apply_filter)
        self.filters.search.returnPressed.connect(self.filters.flush)
        self.model.counts_changed.connect(self._update_counts)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._selection_maybe_gone)
        self.model.layoutChanged.connect(self._selection_maybe_gone)
        self.model.rowsRemoved.connect(self._selection_maybe_gone)

        link.changed.connect(self._on_changed)
        link.progress.connect(self._on_progress)

        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_INTERVAL_MS)
        self._clock_timer.timeout.connect(self.refresh_clock)
        self._clock_timer.start()
        self._update_actions()
        self._update_counts()

    # ---- page protocol (main window) ----------------------------------------------------

    def save_state(self) -> None:
        ui.write(self._settings, ui.BOARD_SPLITTER, self.splitter.saveState())
        ui.write(self._settings, ui.BOARD_HEADER, self.table.horizontalHeader().saveState())

    def restore_state(self) -> None:
        splitter = ui.read(self._settings, ui.BOARD_SPLITTER)
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = ui.read(self._settings, ui.BOARD_HEADER)
        if not header.isEmpty():
            self.table.horizontalHeader().restoreState(header)
        # restoreState may bring back a sort indicator; re-sync the model with it.
        view_header = self.table.horizontalHeader()
        self.model.sort(view_header.sortIndicatorSection(), view_header.sortIndicatorOrder())

    def drill(self, filters: Mapping[str, str]) -> None:
        """Show only the orders ``filters`` select (a dashboard figure's: ``state``,
        ``district``, ``category``, ``window``; what is missing is "all"); ``open``: every
        order, with that one chosen (an audit record's)."""
        state = filters.get("state", "")
        self._state = state if state in {s.value for s in STATUS_ORDER} else ""
        self.chips.set_current(self._state)
        self.filters.show_filter(
            filters.get("district", ""), filters.get("category", ""), filters.get("window", "")
        )
        self._apply_filter()
        wanted = filters.get("open", "")
        if wanted.isdigit() and not self.select_order(int(wanted)):
            self._open_finished(int(wanted))

    def _open_finished(self, order_id: int) -> None:
        """An order not on the board, as one finished on an earlier day: read from the cache
        and shown with today's (until the next full load)."""
        if self._data is None:
            self._not_on_board(order_id, [])
            return
        self._data.local(
            lambda reader: board_rows(reader, [order_id]),
            lambda rows: self._not_on_board(order_id, rows),
            owner=self,
        )

    def _not_on_board(self, order_id: int, rows: list[BoardRow]) -> None:
        if rows:
            self.model.apply(rows)
            if self.select_order(order_id):
                return
        self.message.emit(
            self.tr("Order %1 is not on the board (not in this computer's data).").replace(
                "%1", str(order_id)
            )
        )

    # ---- what the user does -------------------------------------------------------------

    def selected_row(self) -> BoardRow | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_order(self, order_id: int) -> bool:
        row = self.model.row_of(order_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        return True

    @Slot()
    def assign_selected(self) -> None:
        self.commands.assign()

    @Slot()
    def new_order(self) -> None:
        self.commands.new_order(self._clock)

    @Slot()
    def open_auto_dispatch(self) -> None:
        """Show the auto-dispatch page (when the main window has one for this role)."""
        show_page = getattr(self.window(), "show_page", None)
        if callable(show_page):
            show_page(AUTO_DISPATCH_PAGE)

    @Slot()
    def unassign_selected(self) -> None:
        self.commands.unassign()

    @Slot()
    def cancel_selected(self) -> None:
        self.commands.cancel()

    @Slot()
    def refresh(self) -> None:
        self._read_rows(None)
        self.message.emit(self.tr("Reloading the board from the local cache…"))

    @Slot()
    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    @Slot()
    def refresh_clock(self) -> None:
        self.model.refresh_clock()
        self.detail.show_order(self.selected_row(), self.model.now())
        if board_cut_off(self.model.now()) != self._cut_off:
            self._read_rows(None)  # a new Beijing day: yesterday's finished orders leave

    # ---- data from the local cache ------------------------------------------------------

    @Slot(object)
    def _on_changed(self, changes: ChangeSet) -> None:
        self.problems.on_changed(changes)
        if changes.touches("certification"):  # the selected order's certificate line
            self.detail.show_order(self.selected_row(), self.model.now())
        if changes.full:
            self._read_rows(None)
        elif changes.touches("order"):
            self._read_rows(changes.of("order"))

    def _read_rows(self, ids: Sequence[int] | None) -> None:
        """Read the whole board (``ids`` None) or the changed orders from the cache."""
        if self._data is None:
            return
        if ids is None:
            self._cut_off = since = board_cut_off(self._clock())
            self._data.local(
                lambda reader: full_board(reader, since),
                lambda rows: self._on_rows(rows, True),
                owner=self,
                key="all",
            )
            return
        wanted = list(ids)
        since = self._cut_off
        self._data.local(
            lambda reader: board_rows(reader, wanted, since=since),
            lambda rows: self._on_some_rows(wanted, rows),
            owner=self,
        )

    def _on_some_rows(self, ids: list[int], rows: list[BoardRow]) -> None:
        gone = set(ids).difference(r.id for r in rows)
        if rows:
            self._on_rows(rows, False)
        if gone:
            self._on_removed(sorted(gone))

    def _read_events(self, order_id: int) -> None:
        if self._data is not None:
            self._data.local(
                lambda reader: order_events(reader, order_id),
                lambda events: self._on_events(order_id, events),
                owner=self,
                key="events",
            )

    def _on_rows(self, rows: list[BoardRow], full: bool) -> None:
        if full or not self._loaded:
            selected = self.selected_row()
            # Changes still waiting predate this full load: applying them later would put
            # older versions back on the board.
            self._pending_rows.clear()
            self._apply_timer.stop()
            self.model.set_rows(rows)
            if len(rows) >= FREEZE_FROM:
                # The board now holds many long-lived rows. Freezing them out of the cyclic GC
                # keeps its full collections from walking them all (50-100 ms UI pauses).
                gc.freeze()
            self._loaded = True
            self.loading.hide()
            self.empty_hint.refresh()
            if selected is not None:
                self.select_order(selected.id)
        else:
            # Feed changes arrive a few at a time; apply them at most every APPLY_EVERY_MS so
            # that a busy evening costs one model update per tick, not one per change.
            self._pending_rows.update((r.id, r) for r in rows)
            if not self._apply_timer.isActive():
                self._apply_timer.start()
            return
        self._after_rows(rows)

    def newest(self, order_id: int) -> BoardRow | None:
        """The newest row seen for ``order_id``, including feed changes not yet applied."""
        return self._pending_rows.get(order_id) or self.model.order(order_id)

    @Slot()
    def _apply_pending(self) -> None:
        rows = list(self._pending_rows.values())
        self._pending_rows.clear()
        if rows:
            self.model.apply(rows)
            self._after_rows(rows)

    def _after_rows(self, rows: list[BoardRow]) -> None:
        current = self.selected_row()
        self.detail.show_order(current, self.model.now())
        if current is not None and any(r.id == current.id for r in rows):
            self._read_events(current.id)
        self._update_actions()

    def _on_removed(self, ids: list[int]) -> None:
        self.model.remove_ids(ids)

    def _on_events(self, order_id: int, events: list[OrderEvent]) -> None:
        self.detail.show_events(order_id, events)

    @Slot(int)
    def _on_progress(self, rows: int) -> None:
        if not self._loaded:
            self.loading.setText(
                self.tr("Synchronising orders… %1 received").replace("%1", f"{rows:,}")
            )

    # ---- internals ----------------------------------------------------------------------

    def _make_actions(self) -> dict[str, QAction]:
        specs: list[ActionSpec] = [
            (OrderAction.ASSIGN.value, self.tr("Assign…"), ["A"], self.assign_selected),
            (OrderAction.UNASSIGN.value, self.tr("Unassign"), ["U"], self.unassign_selected),
            (
                OrderAction.CANCEL.value,
                self.tr("Cancel order…"),
                ["Del", "Ctrl+D"],
                self.cancel_selected,
            ),
            ("search", self.tr("Search"), ["Ctrl+F"], self.focus_search),
            ("refresh", self.tr("Reload board"), ["F5"], self.refresh),
            ("auto_dispatch", self.tr("Auto-dispatch…"), ["Ctrl+P"], self.open_auto_dispatch),
            ("new_order", self.tr("New order…"), ["Ctrl+N"], self.new_order),
        ]
        tips = {
            OrderAction.ASSIGN.value: self.tr("Assign a provider to the selected order"),
            OrderAction.UNASSIGN.value: self.tr("Take the provider off the selected order"),
            OrderAction.CANCEL.value: self.tr("Cancel the selected order (a reason is required)"),
            "search": self.tr("Search the board"),
            "refresh": self.tr("Reload the board from the local cache"),
            "auto_dispatch": self.tr("Plan every pending order of a time window at once"),
            "new_order": self.tr("Book an order for a caller (phone booking)"),
        }
        return make_actions(self, specs, tips)

    def _empty_text(self) -> str:
        if not self._loaded:
            return ""  # the "Synchronising orders…" line says what is going on
        if self.model.total() == 0:
            return self.tr("No orders yet.")
        return self.tr("No order matches these filters. Clear the search or choose all states.")

    def _choose_state(self, state: str) -> None:
        self._state = state
        self._apply_filter()

    def _apply_filter(self) -> None:
        states = frozenset({self._state}) if self._state else frozenset()
        self.model.set_filter(self.filters.board_filter(states))
        current = self.selected_row()
        if current is not None:
            self.table.scrollTo(self.table.currentIndex())

    def _update_counts(self) -> None:
        counts = self.model.counts()
        self.chips.set_counts(counts)
        self.filters.summary.setText(
            self.tr("Showing %1 of %2 orders")
            .replace("%1", f"{self.model.rowCount():,}")
            .replace("%2", f"{self.model.total():,}")
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.detail.show_order(row, self.model.now())
        if row is not None:
            self._read_events(row.id)
        self._update_actions()

    def _selection_maybe_gone(self, *_: object) -> None:
        if self.selected_row() is None:
            self.detail.show_order(None, self.model.now())
            self._update_actions()

    def _update_actions(self) -> None:
        show_refusals(self.actions_by_name, self.selected_row(), self._role)
