"""The dispatch board page: actions become the right Outbox commands; filters; details."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from app.client.board import ProviderOption
from app.client.cache import Cache
from app.client.sync import ChangeSet
from app.views.board.dialogs import AssignDialog, CancelDialog, ConfirmDialog
from app.views.board.page import BoardPage
from tests.views.fakes import (
    NOW,
    FakeLink,
    SyncBackend,
    board_cache,
    changed,
    make_row,
    put,
    put_rows,
)

pytestmark = pytest.mark.gui

PROVIDERS = [
    {
        "id": 3,
        "name": "刘阿姨",
        "code": "P0003",
        "level": "gold",
        "rating": 4.9,
        "home_district": "chaoyang",
    },
    {
        "id": 8,
        "name": "杨阿姨",
        "code": "P0008",
        "level": "senior",
        "rating": 4.7,
        "home_district": "haidian",
    },
]


@pytest.fixture
def link() -> FakeLink:
    return FakeLink()


@pytest.fixture
def cache() -> Cache:
    cache = board_cache()
    put(
        cache,
        "provider",
        [{**p, "status": "active", "categories": ["cleaning"]} for p in PROVIDERS],
    )
    return cache


@pytest.fixture
def data(cache: Cache) -> SyncBackend:
    return SyncBackend(reader=cache)


def feed(link: FakeLink, cache: Cache, rows: list[Any]) -> None:
    """The sync worker stored ``rows`` and says which orders changed."""
    put_rows(cache, rows)
    link.changed.emit(ChangeSet({"order": tuple(r.id for r in rows)}))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def make_page(
    qtbot: Any,
    link: FakeLink,
    settings: QSettings,
    role: str = "dispatcher",
    data: SyncBackend | None = None,
) -> BoardPage:
    data = data or SyncBackend(reader=board_cache())
    page = BoardPage(link, role=role, settings=settings, clock=lambda: NOW, data=data)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    rows = [make_row(i) for i in range(1, 50)]
    rows.append(
        make_row(100, status="pending", version=4, district="chaoyang", category="cleaning")
    )
    rows.append(make_row(101, status="assigned", version=2, provider_id=3, provider_name="刘阿姨"))
    rows.append(make_row(102, status="completed"))
    put_rows(data.reader, rows)
    link.changed.emit(ChangeSet.everything())
    return page


def test_assign_picks_a_provider_and_queues_the_command(
    qtbot: Any,
    link: FakeLink,
    data: SyncBackend,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, link, settings, data=data)
    asked: list[tuple[str, str, list[ProviderOption]]] = []
    monkeypatch.setattr(
        AssignDialog,
        "ask",
        classmethod(
            lambda cls, parent, code, district, providers: (
                asked.append((code, district, providers)) or 3
            )
        ),
    )
    assert page.select_order(100)

    page.actions_by_name["assign"].trigger()  # offline: the cache's providers for the order

    assert [(code, district, [p.id for p in found]) for code, district, found in asked] == [
        ("SM20261127-000100", "chaoyang", [3, 8])
    ]
    assert link.commands == [
        {
            "path": "/api/v1/orders/100/assign",
            "body": {"provider_id": 3},
            "if_match": 4,
            "entity": "order",
            "entity_id": 100,
            "label": "Assign SM20261127-000100 to 刘阿姨",
        }
    ]


def test_assign_keeps_the_version_the_dispatcher_decided_on(
    qtbot: Any,
    link: FakeLink,
    data: SyncBackend,
    cache: Cache,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, link, settings, data=data)
    row = page.model.order(100)
    assert row is not None

    def answer(cls: Any, parent: Any, code: str, district: str, providers: Any) -> int:
        feed(link, cache, [changed(row)])
        return 8

    monkeypatch.setattr(AssignDialog, "ask", classmethod(answer))
    page.select_order(100)
    page.assign_selected()

    # A colleague's change while the dialog was open must come back as a 412 conflict,
    # not be overwritten: If-Match is the version the dispatcher saw.
    assert link.commands[0]["if_match"] == row.version
    assert row.version != 5


def test_cancel_needs_a_reason_and_sends_it(
    qtbot: Any, link: FakeLink, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, link, settings)
    answers = iter([None, "Customer asked to cancel"])
    monkeypatch.setattr(CancelDialog, "ask", classmethod(lambda cls, parent, code: next(answers)))
    page.select_order(101)

    page.actions_by_name["cancel"].trigger()  # the dispatcher closed the dialog: nothing sent
    assert link.commands == []
    page.actions_by_name["cancel"].trigger()

    assert link.commands == [
        {
            "path": "/api/v1/orders/101/cancel",
            "body": {"reason": "Customer asked to cancel"},
            "if_match": 2,
            "entity": "order",
            "entity_id": 101,
            "label": "Cancel SM20261127-000101",
        }
    ]


def test_unassign_after_confirmation(
    qtbot: Any, link: FakeLink, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page(qtbot, link, settings)
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    page.select_order(101)

    page.actions_by_name["unassign"].trigger()

    assert [(c["path"], c["body"], c["if_match"]) for c in link.commands] == [
        ("/api/v1/orders/101/unassign", None, 2)
    ]


def test_actions_follow_the_order_state_and_say_why_not(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings)
    actions = page.actions_by_name

    page.select_order(100)  # pending
    assert (
        actions["assign"].isEnabled(),
        actions["unassign"].isEnabled(),
        actions["cancel"].isEnabled(),
    ) == (True, False, True)
    page.select_order(102)  # completed
    assert not any(actions[a].isEnabled() for a in ("assign", "unassign", "cancel"))
    assert (
        "不能执行此操作" in actions["assign"].toolTip()
        or "not allowed" in actions["assign"].toolTip()
    )


def test_roles_without_dispatch_rights_get_no_actions(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings, role="agent")
    page.select_order(100)

    assert not page.actions_by_name["assign"].isEnabled()
    assert "role" in page.actions_by_name["assign"].toolTip()


def test_every_action_has_a_shortcut_shown_in_its_tooltip(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings)
    expected = {
        "assign": ["A"],
        "unassign": ["U"],
        "cancel": ["Del", "Ctrl+D"],
        "search": ["Ctrl+F"],
        "refresh": ["F5"],
    }
    for name, keys in expected.items():
        action = page.actions_by_name[name]
        assert action.shortcuts() == [QKeySequence(k) for k in keys]
        assert all(QKeySequence(k).toString() in action.toolTip() for k in keys)


def test_keyboard_shortcut_triggers_the_action(
    qtbot: Any,
    link: FakeLink,
    data: SyncBackend,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    asked: list[str] = []
    monkeypatch.setattr(
        AssignDialog, "ask", classmethod(lambda cls, parent, code, *_: asked.append(code))
    )
    page = make_page(qtbot, link, settings, data=data)
    data.calls.clear()
    page.show()
    qtbot.waitExposed(page)
    page.windowHandle().requestActivate()  # offscreen: activateWindow() alone does not
    qtbot.waitUntil(page.isActiveWindow)
    page.select_order(100)
    page.table.setFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_A)
    qtbot.keyClick(page.table, Qt.Key.Key_F5)

    assert asked == ["SM20261127-000100"]  # A: the providers for the order, from the cache
    assert "all" in data.keys("local")  # F5: the whole board again


def test_state_chip_filters_and_counts(qtbot: Any, link: FakeLink, settings: QSettings) -> None:
    page = make_page(qtbot, link, settings)
    total = page.model.rowCount()
    pending = page.model.counts()["pending"]

    page.chips.button("pending").click()

    assert page.model.rowCount() == pending < total
    assert page.chips.button("pending").text().endswith(str(pending))
    page.chips.button("").click()
    assert page.model.rowCount() == total


def test_search_box_filters_by_pinyin_after_a_pause(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings)

    page.filters.search.setText("zs")
    page.filters.flush()

    names = {page.model.row_at(r).customer_name for r in range(page.model.rowCount())}  # type: ignore[union-attr]
    assert names == {"张三"}


def test_detail_panel_shows_the_order_and_its_timeline(
    qtbot: Any, link: FakeLink, data: SyncBackend, cache: Cache, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings, data=data)
    put(
        cache,
        "order_event",
        [
            {
                "id": 1,
                "order_id": 101,
                "at": "2026-11-27T01:00:00+00:00",
                "action": "create",
                "from_status": "",
                "to_status": "pending",
                "note": "",
            },
            {
                "id": 2,
                "order_id": 101,
                "at": "2026-11-27T01:05:00+00:00",
                "action": "assign",
                "from_status": "pending",
                "to_status": "assigned",
                "note": "就近",
            },
        ],
    )
    page.select_order(101)

    assert page.detail.order_id() == 101
    assert page.detail.code.text().startswith("SM20261127-000101")
    assert page.detail.timeline.topLevelItemCount() == 2
    newest = page.detail.timeline.topLevelItem(0)
    assert newest.text(0) == "11-27 09:05"  # Beijing time
    assert "Pending → Assigned" in newest.toolTip(1)
    assert newest.text(2) == "System"  # no person in the cache took the step
    assert newest.text(3) == "就近"


def test_feed_update_refreshes_details_without_losing_the_selection(
    qtbot: Any, link: FakeLink, data: SyncBackend, cache: Cache, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings, data=data)
    page.select_order(100)
    row = page.model.order(100)
    assert row is not None
    data.calls.clear()

    feed(
        link,
        cache,
        [changed(row, status="assigned", provider_id=8, provider_name="杨阿姨"), make_row(500)],
    )
    # Feed changes are applied on the page's next tick (coalesced), not synchronously.
    qtbot.waitUntil(lambda: page.model.order(500) is not None)

    assert page.selected_row() is not None
    assert page.selected_row().id == 100
    assert "杨阿姨" in page.detail._fields["provider"].text()
    assert "events" in data.keys("local")  # the selected order's timeline is read again


def test_layout_is_saved_and_restored(qtbot: Any, link: FakeLink, settings: QSettings) -> None:
    page = make_page(qtbot, link, settings)
    page.table.horizontalHeader().resizeSection(5, 333)
    page.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    page.save_state()

    again = make_page(qtbot, FakeLink(), settings)
    again.restore_state()

    assert again.table.horizontalHeader().sectionSize(5) == 333
    assert again.model.sort_key() == (0, True)


def test_a_second_action_waits_until_the_first_reached_the_server(
    qtbot: Any,
    link: FakeLink,
    data: SyncBackend,
    cache: Cache,
    settings: QSettings,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = make_page(qtbot, link, settings, data=data)
    monkeypatch.setattr(CancelDialog, "ask", classmethod(lambda cls, parent, code: "改期"))
    page.select_order(101)
    messages: list[str] = []
    page.message.connect(messages.append)

    page.actions_by_name["cancel"].trigger()
    page.actions_by_name["cancel"].trigger()  # a double press: not sent twice
    assert len(link.commands) == 1
    assert "on its way" in messages[-1]

    row = page.model.order(101)
    assert row is not None
    feed(link, cache, [changed(row)])  # the server's answer came back by the feed
    qtbot.waitUntil(lambda: (r := page.model.order(101)) is not None and r.version > row.version)
    page.actions_by_name["cancel"].trigger()
    assert len(link.commands) == 2


def test_drill_filters_the_board_and_open_chooses_one_order(
    qtbot: Any, link: FakeLink, data: SyncBackend, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings, data=data)
    qtbot.waitUntil(lambda: page.model.total() == 52)
    page.drill({"district": "chaoyang", "state": "pending", "window": "all"})
    shown = [page.model.row_at(i) for i in range(page.model.rowCount())]
    assert shown
    assert all(r is not None and r.district == "chaoyang" and r.status == "pending" for r in shown)
    assert page.chips.button("pending").isChecked()

    said: list[str] = []
    page.message.connect(said.append)
    page.drill({"open": "102"})  # an audit record's order: every order shown, that one chosen
    assert page.model.rowCount() == 52
    row = page.selected_row()
    assert row is not None
    assert row.id == 102
    page.drill({"open": "999999"})
    assert said
    assert "999999" in said[-1]


def test_the_past_days_finished_orders_stay_off_the_board_until_asked_for(
    qtbot: Any, link: FakeLink, data: SyncBackend, settings: QSettings
) -> None:
    page = make_page(qtbot, link, settings, data=data)
    qtbot.waitUntil(lambda: page.model.total() == 52)
    earlier = NOW - timedelta(days=2)
    past = [
        make_row(700, status="completed", scheduled_start=earlier),
        make_row(701, status="cancelled", scheduled_start=earlier),
        make_row(702, status="in_service", scheduled_start=earlier),  # still open: on it
    ]
    feed(link, data.reader, past)
    qtbot.waitUntil(lambda: page.model.order(702) is not None)
    assert page.model.order(700) is None
    link.changed.emit(ChangeSet.everything())  # a full load leaves them off too
    qtbot.waitUntil(lambda: page.model.total() == 53)
    assert page.model.order(701) is None

    said: list[str] = []
    page.message.connect(said.append)
    page.drill({"open": "700"})  # e.g. a dashboard's drill or an audit record: shown, chosen
    qtbot.waitUntil(lambda: (r := page.selected_row()) is not None and r.id == 700)
    assert not said
    assert page.model.total() == 54


def test_a_new_beijing_day_takes_yesterdays_finished_orders_off(
    qtbot: Any, link: FakeLink, data: SyncBackend, settings: QSettings
) -> None:
    now = [NOW]
    page = BoardPage(link, role="dispatcher", settings=settings, clock=lambda: now[0], data=data)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    put_rows(data.reader, [make_row(800, status="completed", scheduled_start=NOW),
                           make_row(801, status="pending", scheduled_start=NOW)])  # fmt: skip
    link.changed.emit(ChangeSet.everything())
    qtbot.waitUntil(lambda: page.model.total() == 2)
    page.refresh_clock()  # the same day: nothing reloads
    assert page.model.order(800) is not None
    now[0] = NOW + timedelta(days=1)
    page.refresh_clock()
    qtbot.waitUntil(lambda: page.model.total() == 1)
    assert page.model.order(801) is not None
