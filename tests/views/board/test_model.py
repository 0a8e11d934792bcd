"""The order board model: Qt's model rules, in-place feed changes, filters, deadline colours."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QTableView

from app.rules.orders import DeadlineState
from app.views.board.filter import BoardFilter, Column, TimeWindow, filter_indices
from app.views.board.model import ORDER_ID_ROLE, OrderBoardModel
from app.views.labels import DEADLINE_COLORS
from tests.views.fakes import DISTRICT_CODES, NOW, STATES, changed, make_row

pytestmark = pytest.mark.gui


def model_with(n: int, **kw: object) -> OrderBoardModel:
    model = OrderBoardModel(clock=lambda: NOW)
    model.set_rows([make_row(i) for i in range(1, n + 1)])
    return model


def visible_ids(model: OrderBoardModel) -> list[int]:
    return [model.index(r, 0).data(ORDER_ID_ROLE) for r in range(model.rowCount())]


def test_model_passes_qt_model_tester(qtmodeltester: object) -> None:
    model = model_with(200)
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_model_passes_qt_model_tester_through_filter_sort_and_feed(qtmodeltester: object) -> None:
    model = model_with(300)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_filter(BoardFilter(states=frozenset({"pending"}), district="chaoyang"))
    model.sort(Column.CODE, Qt.SortOrder.DescendingOrder)
    rows = [make_row(i) for i in range(1, 301, 3)]
    model.apply([changed(r, status="pending", district="chaoyang") for r in rows[:40]])
    model.apply([changed(r, status="completed") for r in rows[40:]])
    model.apply([make_row(i, status="pending", district="chaoyang") for i in range(400, 420)])
    model.set_filter(BoardFilter(text="zs"))
    model.remove_ids([1, 2, 3])
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_thousand_feed_changes_never_reset_the_model(qtbot: object) -> None:
    model = model_with(5000)
    updates = [
        changed(make_row(i), status="assigned", provider_name="杨阿姨") for i in range(1, 901)
    ]
    arrivals = [make_row(i) for i in range(10_001, 10_101)]

    with qtbot.assert_not_emitted(model.modelReset):  # type: ignore[attr-defined]
        model.apply(updates + arrivals)

    assert model.total() == 5100
    assert model.rowCount() == 5100


def test_feed_changes_emit_data_changed_and_inserts_in_place(qtbot: object) -> None:
    model = model_with(50)
    row = model.row_of(10)
    assert row is not None

    with qtbot.waitSignal(model.dataChanged) as changed_signal:  # type: ignore[attr-defined]
        model.apply([changed(make_row(10), provider_name="黄师傅")])
    first, last = changed_signal.args[0], changed_signal.args[1]
    assert first.row() == last.row() == row

    with qtbot.waitSignal(model.rowsInserted) as inserted:  # type: ignore[attr-defined]
        model.apply([make_row(999)])
    assert model.row_of(999) == inserted.args[1]


def test_sorted_board_inserts_new_rows_at_their_place() -> None:
    model = model_with(100)
    model.sort(Column.START, Qt.SortOrder.AscendingOrder)
    early = make_row(500, scheduled_start=NOW - timedelta(days=1))
    late = make_row(501, scheduled_start=NOW + timedelta(days=30))

    model.apply([late, early])

    assert visible_ids(model)[0] == 500
    assert visible_ids(model)[-1] == 501


def test_row_leaving_the_filter_is_removed_not_reset(qtbot: object) -> None:
    model = model_with(70)
    model.set_filter(BoardFilter(states=frozenset({"pending"})))
    pending = visible_ids(model)
    assert pending
    assert all(model.order(i).status == "pending" for i in pending)
    leaving = model.order(pending[0])
    assert leaving is not None

    with (
        qtbot.assert_not_emitted(model.modelReset),  # type: ignore[attr-defined]
        qtbot.waitSignal(model.rowsRemoved),  # type: ignore[attr-defined]
    ):
        model.apply([changed(leaving, status="assigned", provider_id=5, provider_name="陈师傅")])

    assert pending[0] not in visible_ids(model)
    assert model.counts()["assigned"] == 1 + sum(
        1 for r in range(1, 71) if make_row(r).status == "assigned"
    )


def test_selection_and_current_row_survive_feed_changes(qapp: object) -> None:
    model = model_with(2000)
    view = QTableView()
    view.setModel(model)
    view.resize(800, 600)
    target = model.row_of(1500)
    assert target is not None
    index = model.index(target, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index)
    scroll = view.verticalScrollBar().value()

    # Busy feed: updates all around, including the selected order, plus new orders.
    model.apply([changed(make_row(i), provider_name="刘阿姨") for i in range(1, 2001, 7)])
    model.apply(
        [changed(make_row(1500), status="cancelled"), *(make_row(i) for i in range(3000, 3050))]
    )

    current = view.selectionModel().currentIndex()
    assert current.data(ORDER_ID_ROLE) == 1500
    assert [i.data(ORDER_ID_ROLE) for i in view.selectionModel().selectedRows()] == [1500]
    assert view.verticalScrollBar().value() == scroll


def test_user_sort_keeps_the_selected_order_selected(qapp: object) -> None:
    model = model_with(500)
    view = QTableView()
    view.setModel(model)
    row = model.row_of(123)
    assert row is not None
    view.selectionModel().setCurrentIndex(
        model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    model.sort(Column.CUSTOMER, Qt.SortOrder.DescendingOrder)

    assert view.selectionModel().currentIndex().data(ORDER_ID_ROLE) == 123
    names = [model.row_at(r).customer_name for r in range(model.rowCount())]  # type: ignore[union-attr]
    assert names == sorted(names, reverse=True)


@pytest.mark.parametrize(
    ("query", "expected_name"), [("zs", "张三"), ("ls", "李四"), ("ww", "王五")]
)
def test_search_finds_customers_by_pinyin_initials(query: str, expected_name: str) -> None:
    model = model_with(160)

    model.set_filter(BoardFilter(text=query))

    assert model.rowCount() > 0
    assert {model.row_at(r).customer_name for r in range(model.rowCount())} == {expected_name}  # type: ignore[union-attr]


def test_search_by_provider_initials_and_code() -> None:
    model = model_with(160)
    model.set_filter(BoardFilter(text="lay"))  # 刘阿姨
    assert {model.row_at(r).provider_name for r in range(model.rowCount())} == {"刘阿姨"}  # type: ignore[union-attr]
    model.set_filter(BoardFilter(text="SM20261127-000042"))
    assert visible_ids(model) == [42]


def test_filters_combine_and_counts_follow_the_non_state_filters() -> None:
    model = model_with(700)
    model.set_filter(BoardFilter(district="haidian", category="nanny"))
    rows = [model.row_at(r) for r in range(model.rowCount())]
    assert rows
    assert all(r.district == "haidian" and r.category == "nanny" for r in rows)
    counts_all_states = model.counts()

    model.set_filter(
        BoardFilter(states=frozenset({"pending"}), district="haidian", category="nanny")
    )

    assert model.counts() == counts_all_states  # the chips still count every state
    assert model.rowCount() == counts_all_states.get("pending", 0)


def test_time_windows() -> None:
    rows = [
        make_row(
            1,
            status="pending",
            scheduled_start=NOW + timedelta(minutes=30),
            dispatch_by=NOW + timedelta(minutes=10),
        ),
        make_row(2, status="pending", scheduled_start=NOW + timedelta(hours=5)),
        make_row(3, status="pending", scheduled_start=NOW + timedelta(days=2)),
        make_row(
            4,
            status="pending",
            scheduled_start=NOW + timedelta(days=3),
            dispatch_by=NOW - timedelta(minutes=1),
        ),
        make_row(
            5,
            status="assigned",
            scheduled_start=NOW + timedelta(days=3),
            dispatch_by=NOW - timedelta(minutes=1),
        ),
    ]
    model = OrderBoardModel(clock=lambda: NOW)
    model.set_rows(rows)

    model.set_filter(BoardFilter(window=TimeWindow.NEXT_2H))
    assert visible_ids(model) == [1]
    model.set_filter(BoardFilter(window=TimeWindow.OVERDUE))
    assert visible_ids(model) == [4]
    model.set_filter(BoardFilter(window=TimeWindow.AT_RISK))
    assert sorted(visible_ids(model)) == [1, 4]  # 1 is due within 30 min
    model.set_filter(BoardFilter(window=TimeWindow.TODAY))
    assert 3 not in visible_ids(model)
    assert {1, 2} <= set(visible_ids(model))


def test_deadline_colours_follow_the_injected_clock() -> None:
    now = [NOW]
    row = make_row(1, status="pending", dispatch_by=NOW + timedelta(minutes=45))
    model = OrderBoardModel(clock=lambda: now[0])
    model.set_rows([row, make_row(2, status="assigned", dispatch_by=NOW - timedelta(hours=1))])
    deadline = model.index(model.row_of(1) or 0, Column.DISPATCH_BY)
    assigned = model.index(model.row_of(2) or 0, Column.DISPATCH_BY)

    def background(index: QModelIndex) -> QColor | None:
        brush = index.data(Qt.ItemDataRole.BackgroundRole)
        return brush.color() if brush is not None else None

    assert background(deadline) is None
    assert "45" in deadline.data()

    now[0] = NOW + timedelta(minutes=20)  # 25 min left: soon
    model.refresh_clock()
    assert background(deadline) == QColor(DEADLINE_COLORS[DeadlineState.SOON][0])

    now[0] = NOW + timedelta(minutes=50)  # 5 min past: overdue
    model.refresh_clock()
    assert background(deadline) == QColor(DEADLINE_COLORS[DeadlineState.OVERDUE][0])
    assert model.index(deadline.row(), Column.DISPATCH_BY).data(Qt.ItemDataRole.FontRole).bold()
    assert background(assigned) is None  # dispatched orders have no deadline to colour


def test_clock_refresh_reapplies_a_time_window() -> None:
    now = [NOW]
    model = OrderBoardModel(clock=lambda: now[0])
    model.set_rows([make_row(1, status="pending", dispatch_by=NOW + timedelta(minutes=10))])
    model.set_filter(BoardFilter(window=TimeWindow.OVERDUE))
    assert model.rowCount() == 0

    now[0] = NOW + timedelta(minutes=11)
    model.refresh_clock()

    assert visible_ids(model) == [1]


def test_scheduled_start_shows_beijing_wall_clock() -> None:
    model = OrderBoardModel(clock=lambda: NOW)
    model.set_rows([make_row(1, scheduled_start=NOW + timedelta(minutes=30))])  # 02:30 UTC

    assert model.index(0, Column.START).data() == "10:30"


def test_apply_keeps_counts_consistent_with_a_full_recount() -> None:
    model = model_with(400)
    model.set_filter(BoardFilter(district="chaoyang"))
    model.apply([changed(make_row(i), status="cancelled") for i in range(1, 400, 5)])
    model.apply([make_row(i, district="chaoyang") for i in range(1000, 1010)])
    counts = model.counts()

    model.set_filter(BoardFilter(district="haidian"))
    model.set_filter(BoardFilter(district="chaoyang"))

    assert model.counts() == counts


def test_default_order_is_newest_first_and_new_orders_arrive_on_top() -> None:
    model = model_with(30)
    assert visible_ids(model)[:3] == [30, 29, 28]

    model.apply([make_row(31), make_row(32)])

    assert visible_ids(model)[:3] == [32, 31, 30]


def test_random_feed_keeps_the_model_equal_to_a_fresh_recount() -> None:
    """Whatever the mix of updates, arrivals, deletions, filters and sorts, the board shows
    exactly what a from-scratch filter would, and its id -> row map agrees with its rows."""
    rng = random.Random(7)
    model = model_with(600)
    latest = {i: make_row(i) for i in range(1, 601)}
    filters = [
        BoardFilter(),
        BoardFilter(states=frozenset({"pending", "assigned"})),
        BoardFilter(district="haidian"),
        BoardFilter(text="ls"),
        BoardFilter(window=TimeWindow.NEXT_2H),
    ]
    next_id = 601
    for step in range(60):
        action = step % 6
        if action == 0:
            model.set_filter(rng.choice(filters))
        elif action == 1:
            model.sort(rng.randrange(-1, len(Column)), rng.choice(list(Qt.SortOrder)))
        elif action == 5:
            gone = rng.sample(sorted(latest), 3)
            model.remove_ids(gone)
            for i in gone:
                del latest[i]
        else:
            batch = [
                changed(latest[i], status=rng.choice(STATES), district=rng.choice(DISTRICT_CODES))
                for i in rng.sample(sorted(latest), 40)
            ]
            batch += [make_row(next_id + k) for k in range(5)]
            next_id += 5
            model.apply(batch)
            latest.update({r.id: r for r in batch})

        expected, counts = filter_indices(list(latest.values()), model.filter(), NOW)
        shown = visible_ids(model)
        assert sorted(shown) == sorted(list(latest.values())[k].id for k in expected)
        assert model.counts() == {s: n for s, n in counts.items() if n}
        assert all(model.row_of(order_id) == row for row, order_id in enumerate(shown))
        assert all(model.order(i) == latest[i] for i in latest)


def test_an_older_copy_arriving_late_never_replaces_a_newer_row() -> None:
    model = model_with(5)
    row = model.order(1)
    assert row is not None
    newer = changed(row, status="cancelled")
    model.apply([newer])
    model.apply([row])  # the stale one, delivered late
    kept = model.order(1)
    assert kept is not None
    assert kept.version == newer.version
    assert kept.status == "cancelled"
