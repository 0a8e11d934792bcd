"""The work queue model: the server's order, live countdowns without resets, overdue in red."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.client.complaints import ticket_row
from app.views.complaints.labels import OVERDUE_BG
from app.views.complaints.notify import BreachWatch
from app.views.complaints.queue_model import ID_ROLE, QueueColumn, QueueFilter, TicketQueueModel
from tests.views.complaints.conftest import Clock
from tests.views.complaints.fakes import load

pytestmark = pytest.mark.gui


@pytest.fixture
def model(clock: Clock) -> TicketQueueModel:
    model = TicketQueueModel(clock)
    model.set_rows([ticket_row(i) for i in load("queue_team.json")["data"]])
    model.set_people({2: "客服 李娜", 5: "主管 陈静"})
    return model


def countdown(model: TicketQueueModel, row: int) -> Any:
    return model.data(model.index(row, QueueColumn.COUNTDOWN))


def test_the_model_passes_qt_model_tester(qtmodeltester: Any, model: TicketQueueModel) -> None:
    qtmodeltester.check(model, force_py=True)


def test_rows_keep_the_servers_urgency_order(model: TicketQueueModel) -> None:
    served = [item["id"] for item in load("queue_team.json")["data"]]

    assert [model.data(model.index(r, 0), ID_ROLE) for r in range(model.rowCount())] == served


def test_a_tick_repaints_only_the_countdowns_on_screen(
    qtbot: Any, model: TicketQueueModel, clock: Clock
) -> None:
    soon = next(r for r in range(model.rowCount()) if "left" in countdown(model, r))
    before = countdown(model, soon)
    changes: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda tl, br, _roles: changes.append((tl.row(), br.row(), tl.column(), br.column()))
    )

    clock.advance(seconds=61)
    with qtbot.assertNotEmitted(model.modelReset), qtbot.assertNotEmitted(model.layoutChanged):
        model.tick(0, soon + 2)

    c = QueueColumn.COUNTDOWN
    assert changes == [(0, soon + 2, c, c)]
    assert countdown(model, soon) != before


def test_a_hidden_queue_only_moves_its_clock(qtbot: Any, model: TicketQueueModel) -> None:
    with qtbot.assertNotEmitted(model.dataChanged):
        model.tick(0, -1)


def test_overdue_tickets_are_red_and_say_so(model: TicketQueueModel, clock: Clock) -> None:
    rows = model.rows()
    running = next(i for i, r in enumerate(rows) if r.next_deadline and not r.overdue(clock.now))
    deadline = rows[running].next_deadline
    assert deadline is not None
    index = model.index(running, QueueColumn.COUNTDOWN)
    assert model.data(index, Qt.ItemDataRole.BackgroundRole) is None or (
        model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() != OVERDUE_BG
    )

    clock.now = deadline + timedelta(seconds=5)
    model.tick(running, running)
    # Now overdue, it moved up among the overdue tickets: follow it.
    index = model.index(model.row_of(rows[running].id) or 0, QueueColumn.COUNTDOWN)

    assert model.data(index, Qt.ItemDataRole.BackgroundRole).color().name() == OVERDUE_BG
    assert "overdue" in model.data(index)
    assert "00:05" in model.data(index)  # under an hour: minutes and seconds, ticking


def test_names_and_flags(model: TicketQueueModel) -> None:
    rows = model.rows()
    mine = next(i for i, r in enumerate(rows) if r.assignee_id == 2)
    nobody = next(i for i, r in enumerate(rows) if r.assignee_id is None)
    late = next(i for i, r in enumerate(rows) if r.needs_escalation)

    assert model.data(model.index(mine, QueueColumn.ASSIGNEE)) == "客服 李娜"
    assert model.data(model.index(nobody, QueueColumn.ASSIGNEE)) == "Unassigned"
    assert "Escalate" in model.data(model.index(late, QueueColumn.FLAGS))


def test_a_breach_is_announced_once_per_ticket_and_deadline(
    model: TicketQueueModel, clock: Clock
) -> None:
    watch = BreachWatch()
    already = watch.prime(model.rows(), clock.now)
    assert already  # the fixture has overdue tickets: known, not news
    assert watch.news(model.rows(), clock.now) == []

    running = [r for r in model.rows() if r.next_deadline and not r.overdue(clock.now)]
    first = min(running, key=lambda r: r.next_deadline or clock.now)
    assert first.next_deadline is not None
    clock.now = first.next_deadline + timedelta(seconds=1)

    fresh = watch.news(model.rows(), clock.now)
    assert [r.id for r in fresh] == [first.id]
    assert watch.news(model.rows(), clock.now) == []


def test_a_ticket_that_goes_overdue_moves_up_without_a_read(
    model: TicketQueueModel, clock: Clock
) -> None:
    rows = model.rows()
    running = next(r for r in rows if r.next_deadline and not r.overdue(clock.now))
    overdue_before = sum(1 for r in rows if r.overdue(clock.now))
    assert model.row_of(running.id) == overdue_before  # the first of the running ones
    assert running.next_deadline is not None

    clock.now = running.next_deadline + timedelta(seconds=1)
    model.tick()

    now = clock.now
    order = model.rows()
    assert order == sorted(order, key=lambda r: r.urgency(now))
    assert (model.row_of(running.id) or 0) < overdue_before + 1
    assert [r.id for r in order] != [r.id for r in rows]


def test_an_overdue_only_queue_takes_in_a_ticket_whose_deadline_passes(
    qtbot: Any, qtmodeltester: Any, model: TicketQueueModel, clock: Clock
) -> None:
    model.set_filter(QueueFilter(overdue=True))
    shown = {r.id for r in model.rows()}
    running = next(r for r in model.all_rows() if r.next_deadline and r.id not in shown)
    assert running.next_deadline is not None
    qtmodeltester.check(model, force_py=True)

    clock.now = running.next_deadline + timedelta(seconds=1)
    with qtbot.waitSignal(model.rowsInserted), qtbot.assertNotEmitted(model.modelReset):
        model.tick()

    assert {r.id for r in model.rows()} == shown | {running.id}
    assert model.row_of(running.id) is not None
    assert all(r.overdue(clock.now) for r in model.rows())
    qtmodeltester.check(model, force_py=True)
