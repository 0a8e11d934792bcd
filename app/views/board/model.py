"""The order board's table model: plain BoardRow lists, changes applied in place.

Feed changes never reset the model: updated rows emit ``dataChanged`` (one signal per run of
adjacent rows), new rows ``rowsInserted`` at their sorted place, rows that stop matching the
filter ``rowsRemoved``. So the dispatcher's selection and scroll position survive a busy feed.
Only an explicit user change of filter or sort re-lays the table out (``layoutChanged`` with the
persistent indexes moved to their rows' new places), and only a full load resets it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from app.views.board.cells import BoardCells
from app.views.board.filter import (
    ORDER_ID,
    SORT_KEYS,
    BoardFilter,
    Column,
    base_predicate,
    filter_indices,
    insert_position,
    inverse,
    sort_indices,
)
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.client.board import BoardRow

Index = QModelIndex | QPersistentModelIndex

ORDER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
ROW_ROLE = int(Qt.ItemDataRole.UserRole) + 2

# More separate runs than this in one apply and a single covering dataChanged is cheaper: the
# view repaints its viewport either way.
_MAX_RANGES = 32

_HEADERS: dict[Column, str] = {
    Column.CODE: QT_TRANSLATE_NOOP("OrderBoardModel", "Order"),
    Column.STATUS: QT_TRANSLATE_NOOP("OrderBoardModel", "Status"),
    Column.CATEGORY: QT_TRANSLATE_NOOP("OrderBoardModel", "Service"),
    Column.DISTRICT: QT_TRANSLATE_NOOP("OrderBoardModel", "District"),
    Column.CUSTOMER: QT_TRANSLATE_NOOP("OrderBoardModel", "Customer"),
    Column.ADDRESS: QT_TRANSLATE_NOOP("OrderBoardModel", "Address"),
    Column.PROVIDER: QT_TRANSLATE_NOOP("OrderBoardModel", "Provider"),
    Column.START: QT_TRANSLATE_NOOP("OrderBoardModel", "Start"),
    Column.DISPATCH_BY: QT_TRANSLATE_NOOP("OrderBoardModel", "Dispatch by"),
}


class OrderBoardModel(QAbstractTableModel):
    """Orders as table rows.

    Signals:
        counts_changed(): the per-state counts (for the header chips) may have changed.
    """

    counts_changed = Signal()

    def __init__(
        self,
        clock: Callable[[], datetime] = utc_now,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._now = clock()
        # Every row in arrival order (ids ascending from the cache, new orders appended), and
        # where each id sits in it. What is shown is ``_order``: indices into ``_base`` in
        # display order; ``_pos`` is its inverse (base index -> display row, -1 = hidden).
        # A full load leaves both maps unbuilt (None) so the reset paints sooner; the first
        # feed change or lookup builds them.
        # Working on indices keeps sorting and re-numbering off the scattered row objects.
        self._base: list[BoardRow] = []
        self._index_cache: dict[int, int] | None = {}
        self._order: list[int] = []
        self._pos_cache: list[int] | None = []
        self._filter = BoardFilter()
        self._sort: tuple[Column, bool] | None = None  # None: newest orders first
        self._counts: dict[str, int] = {}
        self._headers = {
            c: QCoreApplication.translate("OrderBoardModel", text) for c, text in _HEADERS.items()
        }
        self._cells = BoardCells()

    # ---- Qt model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers[Column(section)]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row_no = index.row()
        if not 0 <= row_no < len(self._order):
            return None
        row = self._base[self._order[row_no]]
        if role == ORDER_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return self._cells.data(row, Column(index.column()), role, self._now)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The user clicked a header: re-sort in Python and move the persistent indexes."""
        if not 0 <= column < len(Column):
            key: tuple[Column, bool] | None = None
        else:
            key = (Column(column), order == Qt.SortOrder.DescendingOrder)
        if key == self._sort:
            return
        self._sort = key
        self._relayout(self._sorted(self._order))

    # ---- what the page calls ------------------------------------------------------------

    def set_rows(self, rows: Iterable[BoardRow]) -> None:
        """A full load (start-up, re-sync, F5): the one place the model resets.

        ``rows`` are unique by order id (they come from the cache, keyed by it).
        """
        self.beginResetModel()
        self._now = self._clock()
        self._base = list(rows)
        self._index_cache = None
        self._order, self._counts = self._filtered()
        self._pos_cache = None
        self.endResetModel()
        self.counts_changed.emit()
        # Build the lookup tables now, each in its own event-loop turn, rather than all at
        # once inside the first feed change (that was a 50-70 ms pause at 100k rows).
        QTimer.singleShot(0, self._warm_index)

    def _warm_index(self) -> None:
        _ = self._index
        QTimer.singleShot(0, self._warm_pos)

    def _warm_pos(self) -> None:
        _ = self._pos

    def apply(self, rows: Iterable[BoardRow]) -> None:
        """Feed changes: update, insert or drop rows in place; never a reset."""
        batch = {r.id: r for r in rows}
        if not batch:
            return
        pred = base_predicate(self._filter, self._now)
        states = self._filter.states
        counts, base, index, pos = self._counts, self._base, self._index, self._pos
        changed: list[int] = []
        leaving: list[int] = []
        arriving: list[int] = []
        for row_id, new in batch.items():
            i = index.get(row_id)
            if i is None:
                i = index[row_id] = len(base)
                base.append(new)
                pos.append(-1)
            else:
                old = base[i]
                if new.version < old.version:
                    continue  # an older copy arrived late: the board keeps the newer one
                base[i] = new
                if pred is None or pred(old):
                    counts[old.status] = counts.get(old.status, 1) - 1
            matches = pred is None or pred(new)
            if matches:
                counts[new.status] = counts.get(new.status, 0) + 1
            shown = matches and (not states or new.status in states)
            p = pos[i]
            if p >= 0:
                if shown:
                    changed.append(p)
                else:
                    leaving.append(p)
            elif shown:
                arriving.append(i)
        # Order matters: dataChanged while the positions are still right, then removals from
        # the bottom up, then insertions (which compute their own positions).
        self._emit_changed(changed)
        first = self._remove_positions(leaving)
        first = min(first, self._insert_rows(arriving))
        self._renumber(first)
        self.counts_changed.emit()

    def remove_ids(self, ids: Iterable[int]) -> None:
        """Orders deleted on the server (rare): drop them without a reset."""
        doomed = {i for row_id in ids if (i := self._index.get(row_id)) is not None}
        if not doomed:
            return
        pred = base_predicate(self._filter, self._now)
        for i in doomed:
            old = self._base[i]
            if pred is None or pred(old):
                self._counts[old.status] = self._counts.get(old.status, 1) - 1
        self._remove_positions([p for i in doomed if (p := self._pos[i]) >= 0])
        # Compact the base (rare, so a full re-index is fine) and re-point the shown rows.
        keep = [i for i in range(len(self._base)) if i not in doomed]
        new_index_of = {old: new for new, old in enumerate(keep)}
        self._base = [self._base[i] for i in keep]
        self._index_cache = None
        self._order = [new_index_of[i] for i in self._order]
        self._pos_cache = inverse(self._order, len(self._base))
        self.counts_changed.emit()

    def set_filter(self, f: BoardFilter) -> None:
        """The user changed a filter: recompute the visible rows, keep the selection."""
        if f == self._filter:
            return
        self._filter = f
        self._now = self._clock()
        order, self._counts = self._filtered()
        self._relayout(order)
        self.counts_changed.emit()

    def refresh_clock(self) -> None:
        """Re-read the clock (the page calls this every 30 s): recolour deadlines and, when the
        filter is a time window, re-apply it."""
        self._now = self._clock()
        if self._filter.depends_on_clock:
            order, self._counts = self._filtered()
            self._relayout(order)
            self.counts_changed.emit()
        elif self._order:
            first, last = sorted((Column.START, Column.DISPATCH_BY))
            top = self.index(0, first)
            bottom = self.index(len(self._order) - 1, last)
            self.dataChanged.emit(top, bottom, [])

    def filter(self) -> BoardFilter:
        return self._filter

    def sort_key(self) -> tuple[Column, bool] | None:
        return self._sort

    def now(self) -> datetime:
        return self._now

    def counts(self) -> dict[str, int]:
        """Rows per state among those passing the non-state filters."""
        return {k: v for k, v in self._counts.items() if v > 0}

    def total(self) -> int:
        return len(self._base)

    def row_at(self, row: int) -> BoardRow | None:
        return self._base[self._order[row]] if 0 <= row < len(self._order) else None

    def row_of(self, order_id: int) -> int | None:
        i = self._index.get(order_id)
        if i is None or self._pos[i] < 0:
            return None
        return self._pos[i]

    def order(self, order_id: int) -> BoardRow | None:
        i = self._index.get(order_id)
        return self._base[i] if i is not None else None

    # ---- internals ----------------------------------------------------------------------

    def _filtered(self) -> tuple[list[int], dict[str, int]]:
        order, counts = filter_indices(self._base, self._filter, self._now)
        return self._sorted(order), counts

    def _sorted(self, order: list[int]) -> list[int]:
        if self._sort is None:
            return order[::-1]  # newest first: new orders show up at the top
        column, descending = self._sort
        return sort_indices(self._base, order, column, descending)

    def _relayout(self, order: list[int]) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        old_order = self._order
        kept = [old_order[p.row()] if 0 <= p.row() < len(old_order) else -1 for p in persistent]
        self._order = order
        self._pos_cache = inverse(order, len(self._base))
        moved: list[QModelIndex] = []
        for p, i in zip(persistent, kept, strict=True):
            new_row = self._pos[i] if i >= 0 else -1
            moved.append(self.index(new_row, p.column()) if new_row >= 0 else QModelIndex())
        self.changePersistentIndexList(persistent, moved)
        self.layoutChanged.emit()

    @property
    def _index(self) -> dict[int, int]:
        """order id -> base index (built on first use after a full load)."""
        if self._index_cache is None:
            ids = map(ORDER_ID, self._base)
            self._index_cache = dict(zip(ids, range(len(self._base)), strict=True))
        return self._index_cache

    @property
    def _pos(self) -> list[int]:
        """base index -> display row or -1 (built on first use after a full load)."""
        if self._pos_cache is None:
            self._pos_cache = inverse(self._order, len(self._base))
        return self._pos_cache

    def _renumber(self, first: int) -> None:
        """Re-point ``_pos`` for display rows from ``first`` on (they moved up or down)."""
        pos, order = self._pos, self._order
        for p in range(first, len(order)):
            pos[order[p]] = p

    def _emit_changed(self, positions: list[int]) -> None:
        if not positions:
            return
        positions.sort()
        last_column = len(Column) - 1
        runs: list[tuple[int, int]] = []
        start = prev = positions[0]
        for pos in positions[1:]:
            if pos > prev + 1:
                runs.append((start, prev))
                start = pos
            prev = pos
        runs.append((start, prev))
        if len(runs) > _MAX_RANGES:
            runs = [(runs[0][0], runs[-1][1])]
        for first, last in runs:
            self.dataChanged.emit(self.index(first, 0), self.index(last, last_column), [])

    def _remove_positions(self, doomed: list[int]) -> int:
        """Drop these display rows (runs bottom-up); returns the first row that moved."""
        if not doomed:
            return len(self._order)
        doomed = sorted(set(doomed), reverse=True)
        for p in doomed:
            self._pos[self._order[p]] = -1
        end = prev = doomed[0]
        for p in [*doomed[1:], -2]:
            if p == prev - 1:
                prev = p
                continue
            self.beginRemoveRows(QModelIndex(), prev, end)
            del self._order[prev : end + 1]
            self.endRemoveRows()
            end = prev = p
        return doomed[-1]

    def _insert_rows(self, indices: list[int]) -> int:
        """Show these base rows at their sorted place; returns the first row that moved."""
        if not indices:
            return len(self._order)
        groups: list[tuple[int, list[int]]] = []
        if self._sort is None:
            groups.append((0, indices[::-1]))  # newest first
        else:
            column, descending = self._sort
            key, base = SORT_KEYS[column], self._base
            indices = sorted(indices, key=lambda i: key(base[i]), reverse=descending)
            # Positions against the list as it is now; rows sharing a position form one run.
            for i in indices:
                p = insert_position(self._base, self._order, i, column, descending)
                if groups and groups[-1][0] == p:
                    groups[-1][1].append(i)
                else:
                    groups.append((p, [i]))
        offset = 0
        for p, group in groups:
            first = p + offset
            self.beginInsertRows(QModelIndex(), first, first + len(group) - 1)
            self._order[first:first] = group
            for k, i in enumerate(group):  # so data() and row_of() agree inside the signal
                self._pos[i] = first + k
            self.endInsertRows()
            offset += len(group)
        return groups[0][0]
