"""The supervisor's dashboard: KPIs from the cache, live on feed changes without reopening,
one recompute per burst of changes, tooltips with formula, cut-off and timezone, the map
coloured by the chosen KPI, and the daily report written off the UI thread."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.client.cache import Cache
from app.client.sync import ChangeSet
from app.rules.kpi.definitions import DEFINITIONS
from app.views.complaints.pdf import PdfFiles
from app.views.context import PageContext
from app.views.insight.labels import SOURCES
from app.views.insight.page import DashboardPage
from tests.views.fakes import FakeLink, FakeUser, SyncBackend, put

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
H = timedelta(hours=1)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def order(id: int, status: str, created: datetime, **kw: Any) -> dict[str, Any]:
    return {
        "id": id, "code": f"SM-{id}", "status": status, "category": "cleaning",
        "district": "chaoyang", "customer_id": 1, "created_at": iso(created),
        "scheduled_start": iso(created + 2 * H), "scheduled_end": iso(created + 4 * H),
        "dispatch_by": iso(created + H), **kw,
    }  # fmt: skip


def event(id: int, order_id: int, action: str, at: datetime) -> dict[str, Any]:
    return {"id": id, "order_id": order_id, "action": action, "at": iso(at)}


@pytest.fixture
def cache() -> Cache:
    c = Cache(":memory:")
    put(c, "order", [
        order(1, "completed", NOW - 6 * H),
        order(2, "assigned", NOW - 5 * H),
        order(3, "pending", NOW - 2 * H, dispatch_by=iso(NOW + H / 4)),
        order(4, "cancelled", NOW - 3 * H, cancel_reason="客户改期"),
        order(5, "completed", NOW - timedelta(days=7) - 2 * H),  # last week
    ])  # fmt: skip
    put(c, "order_event", [
        event(1, 1, "assign", NOW - 6 * H + H / 2),
        event(2, 1, "start", NOW - 4 * H),
        event(3, 1, "complete", NOW - 2 * H),
        event(4, 2, "assign", NOW - 3 * H),
        event(5, 4, "cancel", NOW - 2 * H),
    ])  # fmt: skip
    put(c, "complaint", [
        {"id": 1, "code": "TS-1", "customer_id": 1, "severity": "high", "status": "open",
         "category": "quality", "order_id": 1, "opened_at": iso(NOW - 5 * H),
         "acknowledged_at": iso(NOW - 5 * H + H / 2)},
    ])  # fmt: skip
    put(c, "sanction", [
        {"id": 1, "provider_id": 10, "level": "suspension", "status": "active",
         "reason": "r", "decided_at": iso(NOW - 2 * H)},
    ])  # fmt: skip
    put(c, "certification", [
        {"id": 1, "provider_id": 10, "kind": "health_certificate", "status": "submitted",
         "submitted_at": iso(NOW - 30 * H)},
        {"id": 2, "provider_id": 11, "kind": "health_certificate", "status": "approved",
         "submitted_at": iso(NOW - 300 * H), "expires_on": "2026-12-20"},
    ])  # fmt: skip
    return c


@pytest.fixture
def board(qtbot: QtBot, tmp_path: Path, cache: Cache) -> tuple[DashboardPage, FakeLink]:
    link = FakeLink()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(link, FakeUser(id=1, role="supervisor", display_name="王主管"), settings,
                      lambda: NOW, SyncBackend(reader=cache))  # type: ignore[arg-type]  # fmt: skip
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    return page, link


def test_tiles_show_the_kpis_from_the_cache(board: tuple[DashboardPage, FakeLink]) -> None:
    page, _ = board
    t = page.tiles
    assert page.recomputes == 1
    assert t["orders"].figure.text() == "4"
    assert t["completed"].figure.text() == "1"
    assert t["cancellations"].figure.text() == "1"
    assert "客户改期" in t["cancellations"].detail.text()
    assert t["first_response"].figure.text() == "100.0%"
    assert t["on_hold"].figure.text() == "1"
    assert t["queue"].figure.text() == "30.0 h"
    assert t["expiring"].figure.text() == "1"
    assert sum(page.hourly.heights()) == 4


def test_every_tooltip_carries_the_formula_cut_off_and_timezone(
    board: tuple[DashboardPage, FakeLink],
) -> None:
    page, _ = board
    for tile in page.tiles.values():
        tip = tile.toolTip()
        assert "Asia/Shanghai" in tip, tile.key
        assert "2026-12-04 10:00" in tip, tile.key
    formulas = {d.key: d.formula for d in DEFINITIONS}
    assert formulas["dispatched_in_time"].split(" ÷")[0] in page.tiles["dispatched"].toolTip()
    assert "Asia/Shanghai" in page.hourly_canvas.toolTip()


def test_a_completed_order_moves_the_figures_without_reopening_the_page(
    qtbot: QtBot, board: tuple[DashboardPage, FakeLink], cache: Cache
) -> None:
    page, link = board
    canvas, bars_before = page.hourly_canvas, page.hourly.heights()
    put(cache, "order", [order(6, "completed", NOW - H)])
    put(cache, "order_event", [event(6, 6, "complete", NOW - H / 4)])
    link.changed.emit(ChangeSet({"order": (6,), "order_event": (6,)}))
    qtbot.waitUntil(lambda: page.tiles["completed"].figure.text() == "2")
    assert page.recomputes == 2
    assert page.hourly_canvas is canvas  # redrawn in place
    assert sum(page.hourly.heights()) == sum(bars_before) + 1
    assert page.hourly.heights()[9] == bars_before[9] + 1  # created 09:00 Beijing


def test_a_burst_of_feed_changes_triggers_one_recompute(
    qtbot: QtBot, board: tuple[DashboardPage, FakeLink], cache: Cache
) -> None:
    page, link = board
    for i in range(10, 30):
        put(cache, "order", [order(i, "pending", NOW - H / 2)])
        link.changed.emit(ChangeSet({"order": (i,)}))
    link.changed.emit(ChangeSet({"user": (1,)}))  # not a KPI entity: ignored
    qtbot.waitUntil(lambda: page.recomputes == 2)
    assert page.tiles["orders"].figure.text() == "24"
    with qtbot.assertNotEmitted(page.debounce.timeout, wait=400):
        pass
    assert page.recomputes == 2


def test_a_deleted_order_leaves_the_figures(
    qtbot: QtBot, board: tuple[DashboardPage, FakeLink], cache: Cache
) -> None:
    page, link = board
    cache.apply_page(
        [{"entity": "order", "id": 4, "version": 99, "op": "D", "data": {}}], cache.cursor() + "x"
    )
    link.changed.emit(ChangeSet({"order": (4,)}))
    qtbot.waitUntil(lambda: page.tiles["cancellations"].figure.text() == "0")


def test_the_map_is_coloured_by_the_chosen_kpi(
    qtbot: QtBot, board: tuple[DashboardPage, FakeLink]
) -> None:
    page, _ = board
    grey = page.map.colour_of("chaoyang")  # complaint rate: 1 order, suppressed
    assert "—" in page.map.names["chaoyang"].get_text()
    page.map_kpi.setCurrentIndex(page.map_kpi.findData("completed"))
    assert page.map.colour_of("chaoyang") != grey
    assert "1" in page.map.names["chaoyang"].get_text()
    assert page.map.colour_of("yanqing") == grey  # no orders there


def test_export_writes_the_daily_report_off_the_ui_thread(
    qtbot: QtBot, board: tuple[DashboardPage, FakeLink], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    page, _ = board
    target = tmp_path / "daily.pdf"
    monkeypatch.setattr(PdfFiles, "ask_path", classmethod(lambda cls, *a: target))
    opened: list[Path] = []
    monkeypatch.setattr(PdfFiles, "open_file", classmethod(lambda cls, p: opened.append(p)))
    page.export_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=15000)
    assert target.read_bytes().startswith(b"%PDF")
    assert str(target) in page.status.text()


def test_the_page_says_so_without_a_cache(qtbot: QtBot, tmp_path: Path) -> None:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(FakeLink(), FakeUser(role="supervisor"), settings, lambda: NOW,
                      SyncBackend())  # type: ignore[arg-type]  # fmt: skip
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.status.text()
    assert page.recomputes == 0
    page.export_button.click()  # nothing loaded: says so, asks nothing
    assert page.status.text()


def test_every_kpi_title_and_formula_is_listed_for_translation() -> None:
    assert {d.key: (d.title, d.formula) for d in DEFINITIONS} == SOURCES


def test_the_minute_tick_moves_the_cut_off(qtbot: QtBot, tmp_path: Path, cache: Cache) -> None:
    now = [NOW]
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(FakeLink(), FakeUser(role="supervisor"), settings, lambda: now[0],
                      SyncBackend(reader=cache))  # type: ignore[arg-type]  # fmt: skip
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert "10:00" in page.cut_off.text()
    now[0] = NOW + timedelta(minutes=1)
    page.tick.timeout.emit()
    assert "10:01" in page.cut_off.text()
    assert page.recomputes == 2


def test_export_figures_writes_every_figure_as_csv(
    qtbot: QtBot, board: tuple[DashboardPage, FakeLink], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    import csv
    import io

    from app.reports.kpi_csv import HEADINGS, UNITS
    from app.views.csv_files import CsvFiles
    from app.views.insight.export import CSV_WORDS, group_name

    page, _ = board
    target = tmp_path / "figures.csv"
    monkeypatch.setattr(CsvFiles, "ask_path", classmethod(lambda cls, *a: target))
    page.csv_button.click()
    qtbot.waitUntil(lambda: str(target) in page.status.text())
    table = list(csv.reader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert table[0] == list(HEADINGS)
    cancelled = [r for r in table if r[0] == "Cancellations"]
    assert cancelled[1][:3] == ["Cancellations", "客户改期", "1"]
    assert any(r[1] == "朝阳区" and r[0] == "Completed" for r in table)
    assert set(CSV_WORDS) == {*HEADINGS, *UNITS.values()}  # every CSV word is translated
    assert group_name("hour", "9") == "09:00–09:59"
    assert group_name("days", "30") == "within 30 days"
    assert group_name("reason", "") == "(no reason given)"


def test_export_figures_before_the_first_read_says_to_wait(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.views.csv_files import CsvFiles

    asked: list[object] = []
    monkeypatch.setattr(CsvFiles, "ask_path", classmethod(lambda cls, *a: asked.append(a)))
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(FakeLink(), FakeUser(role="supervisor"), settings, lambda: NOW,
                      SyncBackend())  # type: ignore[arg-type]  # fmt: skip
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.csv_button.click()
    assert "loading" in page.status.text()
    assert asked == []


def test_a_failed_incremental_read_loses_no_change(
    qtbot: QtBot, board: tuple[DashboardPage, FakeLink], cache: Cache,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    from app.client import insight

    page, link = board

    def broken(*_a: object) -> object:
        raise OSError("disk I/O error")

    monkeypatch.setattr(insight, "update", broken)
    put(cache, "order", [order(6, "completed", NOW - H)])
    put(cache, "order_event", [event(6, 6, "complete", NOW - H / 4)])
    link.changed.emit(ChangeSet({"order": (6,), "order_event": (6,)}))
    qtbot.waitUntil(lambda: not page.busy and page.pending_full)
    assert page.tiles["completed"].figure.text() == "1"  # the read failed: nothing moved
    monkeypatch.undo()
    page.tick.timeout.emit()  # the minute tick reads again: everything, order 6 included
    qtbot.waitUntil(lambda: page.tiles["completed"].figure.text() == "2")
