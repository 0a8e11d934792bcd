"""The auto-dispatch page: plan a window, preview it as a diff, apply it whole or re-plan."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client.dispatch import APPLY_PATH, PLAN_PATH
from app.client.sync import ChangeSet
from app.views.context import PageContext
from app.views.dispatch.auto_dispatch_page import AutoDispatchPage
from app.views.dispatch.plan_model import PlanColumn
from app.views.dispatch.window_bar import from_qt
from app.views.main_window import MainWindow
from app.views.pages import default_pages
from app.views.settings import open_settings
from tests.views.dispatch.fakes import FixtureApi, fixture, plan_cache
from tests.views.fakes import NOW, FakeLink, FakeUser, SyncBackend

pytestmark = pytest.mark.gui

PLAN = fixture("plan.json")
REQUEST = fixture("plan_request.json")


def instants(body: dict[str, str]) -> dict[str, object]:
    """A plan request with its times parsed (the same instant may be written in any zone)."""
    return {k: datetime.fromisoformat(v) if k.startswith("window_") else v for k, v in body.items()}


def make_page(
    qtbot: Any, api: FixtureApi, link: FakeLink | None = None
) -> tuple[AutoDispatchPage, SyncBackend]:
    channel = SyncBackend(api=api, reader=plan_cache())
    page = AutoDispatchPage(channel, link=link, clock=lambda: NOW)  # type: ignore[arg-type]
    page.confirm_apply = lambda count: True  # type: ignore[method-assign]
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.set_window(
        datetime.fromisoformat(REQUEST["window_start"]),
        datetime.fromisoformat(REQUEST["window_end"]),
    )
    return page, channel


def planned(qtbot: Any, api: FixtureApi, link: FakeLink | None = None) -> AutoDispatchPage:
    page, _ = make_page(qtbot, api, link)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    return page


def test_the_window_defaults_to_orders_due_by_two_hours_from_now_late_ones_included(
    qtbot: Any,
) -> None:
    page = AutoDispatchPage(SyncBackend(api=FixtureApi()), clock=lambda: NOW)
    qtbot.addWidget(page)

    window = page.plan_window()
    midnight = datetime(2026, 11, 26, 16, 0, tzinfo=UTC)  # NOW is 10:00 on 27 Nov in Beijing
    assert (window.start, window.end, window.district) == (midnight, NOW + timedelta(hours=2), None)
    assert window.to_wire()["basis"] == "dispatch_by"  # appointments lie hours after it
    assert page.bar.start.dateTime().toString("HH:mm") == "00:00"


def test_an_empty_window_says_how_many_pending_orders_lie_outside(qtbot: Any) -> None:
    api = FixtureApi()
    page, _ = make_page(qtbot, api)
    api.plan = {
        "orders": 0, "assignments": [], "unassigned": [], "total_travel_minutes": 0.0,
        "greedy_total_travel_minutes": None, "pending_outside": 12,
    }  # fmt: skip

    page.plan()

    assert "No pending order must be dispatched in this window." in page.summary.text()
    assert "12 pending order(s) lie outside it" in page.summary.text()


def test_applying_asks_first_and_a_no_sends_nothing(qtbot: Any) -> None:
    api = FixtureApi()
    page = planned(qtbot, api)
    asked: list[int] = []
    page.confirm_apply = lambda count: asked.append(count) or False  # type: ignore[method-assign]

    page.apply()

    assert asked == [len(PLAN["assignments"])]
    assert [c["path"] for c in api.commands] == [PLAN_PATH]
    assert page.preview() is not None


def test_plan_previews_the_servers_plan_as_a_diff(qtbot: Any) -> None:
    api = FixtureApi()
    page = planned(qtbot, api)
    model = page.model

    assert api.commands[0]["path"] == PLAN_PATH
    assert instants(api.commands[0]["body"]) == instants(REQUEST)
    assert model.rowCount() == len(PLAN["assignments"]) + len(PLAN["unassigned"])
    unassigned = len(PLAN["unassigned"])
    assert [model.index(r, PlanColumn.ORDER).data() for r in range(unassigned)] == [
        u["order_code"] for u in PLAN["unassigned"]
    ]
    assert model.index(0, PlanColumn.PROVIDER).data() == "Not assigned"
    first = model.line(unassigned)
    assert first is not None
    assert model.index(unassigned, PlanColumn.PROVIDER).data() == f"→ {first.provider_name}"
    assert model.index(unassigned, PlanColumn.START).data().startswith("11-28 09:")
    summary = page.summary.text()
    assert f"{len(PLAN['assignments'])} of {model.rowCount()} orders planned" in summary
    assert f"{PLAN['total_travel_minutes']:.1f}" in summary
    assert f"{PLAN['greedy_total_travel_minutes']:.1f}" in summary
    ratio = PLAN["total_travel_minutes"] / PLAN["greedy_total_travel_minutes"]
    assert f"ratio {ratio:.3f}" in summary
    assert page.apply_button.isEnabled()
    assert page.apply_button.text() == f"Apply {len(PLAN['assignments'])} assignments"


def test_the_district_filter_goes_with_the_plan(qtbot: Any) -> None:
    api = FixtureApi()
    page, _ = make_page(qtbot, api)
    page.bar.district.setCurrentIndex(page.bar.district.findData("pinggu"))

    page.actions_by_name["plan"].trigger()

    assert instants(api.commands[0]["body"]) == instants({**REQUEST, "district": "pinggu"})
    assert api.gets == []  # the preview reads the orders from the local cache


def test_apply_sends_the_planned_pairs_and_clears_the_preview(qtbot: Any) -> None:
    api = FixtureApi()
    page = planned(qtbot, api)
    messages: list[str] = []
    page.message.connect(messages.append)

    qtbot.mouseClick(page.apply_button, Qt.MouseButton.LeftButton)

    apply = api.commands[-1]
    assert apply["path"] == APPLY_PATH
    assert apply["if_match"] is None
    expected = sorted(
        (
            {k: a[k] for k in ("order_id", "provider_id", "order_version")}
            for a in PLAN["assignments"]
        ),
        key=lambda a: a["order_id"],
    )
    assert sorted(apply["body"]["assignments"], key=lambda a: a["order_id"]) == expected
    applied = len(fixture("apply_ok.json")["applied"])
    assert messages == [f"Applied {applied} assignments."]
    assert page.status.text() == ""  # "Applying…" does not stay behind
    assert page.model.rowCount() == 0
    assert page.preview() is None
    assert not page.apply_button.isEnabled()


def test_a_refused_apply_shows_what_changed_and_offers_to_plan_again(qtbot: Any) -> None:
    api = FixtureApi(apply_conflict=True)
    page = planned(qtbot, api)
    conflict = fixture("apply_conflict.json")["error"]["details"]["conflicts"][0]
    row = page.model.row_of(conflict["order_id"])
    assert row is not None
    code = page.model.index(row, PlanColumn.ORDER).data()

    page.actions_by_name["apply"].trigger()

    assert page.banner.isVisibleTo(page)
    assert code in page.banner_text.text()
    assert "Nothing was applied" in page.banner_text.text()
    assert page.model.index(row, PlanColumn.NOTE).data() == "Changed since planning: now Assigned"
    assert page.table.currentIndex().row() == row
    assert not page.apply_button.isEnabled()

    api.apply_conflict = False
    qtbot.mouseClick(page.replan_button, Qt.MouseButton.LeftButton)

    assert [c["path"] for c in api.commands] == [PLAN_PATH, APPLY_PATH, PLAN_PATH]
    assert not page.banner.isVisibleTo(page)
    assert page.apply_button.isEnabled()


def test_a_feed_change_to_a_planned_order_asks_for_a_new_plan(qtbot: Any) -> None:
    link = FakeLink()
    page = planned(qtbot, FixtureApi(), link)
    planned_id = PLAN["assignments"][0]["order_id"]

    link.changed.emit(ChangeSet({"order": (999_999,)}))  # not in the plan
    link.changed.emit(ChangeSet({"provider": (planned_id,)}))
    assert not page.banner.isVisibleTo(page)

    link.changed.emit(ChangeSet({"order": (planned_id,)}))
    assert page.banner.isVisibleTo(page)
    assert not page.apply_button.isEnabled()


def test_discard_forgets_the_plan(qtbot: Any) -> None:
    api = FixtureApi()
    page = planned(qtbot, api)

    qtbot.mouseClick(page.discard_button, Qt.MouseButton.LeftButton)

    assert page.preview() is None
    assert page.model.rowCount() == 0
    assert [c["path"] for c in api.commands] == [PLAN_PATH]


def test_an_empty_or_too_long_window_cannot_be_planned(qtbot: Any) -> None:
    page, _ = make_page(qtbot, FixtureApi())
    start = from_qt(page.bar.start.dateTime())

    page.set_window(start, start - timedelta(minutes=5))
    assert not page.plan_button.isEnabled()
    assert "end after" in page.plan_button.toolTip()
    page.set_window(start, start + timedelta(days=3))
    assert not page.plan_button.isEnabled()
    page.set_window(start, start + timedelta(hours=3))
    assert page.plan_button.isEnabled()


def test_without_a_server_channel_the_page_says_so(qtbot: Any) -> None:
    page = AutoDispatchPage(None, clock=lambda: datetime(2026, 1, 1, tzinfo=UTC))
    qtbot.addWidget(page)

    assert not page.plan_button.isEnabled()
    assert "connection" in page.status.text()


def test_the_board_opens_the_auto_dispatch_page(qtbot: Any, tmp_path: Path) -> None:
    link = FakeLink()
    ctx = PageContext(
        link=link,  # type: ignore[arg-type]
        user=FakeUser(role="dispatcher"),
        settings=open_settings(tmp_path),
        clock=lambda: NOW,
        data=SyncBackend(api=FixtureApi()),  # type: ignore[arg-type]
    )
    ours = [spec for spec in default_pages() if spec.key in ("board", "dispatch")]
    window = MainWindow(ctx, server_url="http://127.0.0.1:8765", pages=ours)
    qtbot.addWidget(window)
    assert "dispatch" in window.nav_buttons

    window.pages["board"].actions_by_name["auto_dispatch"].trigger()  # type: ignore[attr-defined]

    assert window.current_page_key() == "dispatch"
    assert isinstance(window.pages["dispatch"], AutoDispatchPage)


def test_the_page_is_listed_for_dispatch_roles_only() -> None:
    spec = next(s for s in default_pages() if s.key == "dispatch")

    assert spec.roles == frozenset({"dispatcher", "supervisor", "admin"})
    assert (spec.title, spec.rail_title) == ("Auto-dispatch", "Plan")


def test_column_widths_are_saved_and_restored(qtbot: Any, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = AutoDispatchPage(None, settings=settings, clock=lambda: NOW)
    qtbot.addWidget(page)
    page.table.horizontalHeader().resizeSection(PlanColumn.DISTRICT, 211)
    page.save_state()

    again = AutoDispatchPage(None, settings=settings, clock=lambda: NOW)
    qtbot.addWidget(again)
    again.restore_state()

    assert again.table.horizontalHeader().sectionSize(PlanColumn.DISTRICT) == 211


def test_one_call_at_a_time_so_no_answer_is_lost(qtbot: Any) -> None:
    page, channel = make_page(qtbot, FixtureApi())
    channel.hold = True
    page.plan()
    assert not page.plan_button.isEnabled()
    channel.flush()  # the server's plan
    assert not page.plan_button.isEnabled()  # still busy: the preview is read from the cache
    channel.flush()
    page.apply()

    page.plan()  # while the apply is in flight: refused, the apply's answer still counts
    assert [kind for kind, _key in channel.calls] == ["server", "local", "server"]
    assert not page.plan_button.isEnabled()
    assert not page.discard_button.isEnabled()
    channel.flush()

    assert page.preview() is None
    assert page.summary.text().startswith("Applied")
    assert page.plan_button.isEnabled()
