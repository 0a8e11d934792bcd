"""Every role has its part of the dashboard: the figures of its own working day, from its own
cache; supervisors and administrators see everything and the kept reports."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.client.cache import Cache
from app.models.enums import Role
from app.rules.access import DASHBOARD_READERS
from app.views.context import PageContext
from app.views.insight.page import TILES, DashboardPage
from app.views.insight.roles import ALL_TILES, view_for
from app.views.pages import default_pages
from tests.views.fakes import FakeLink, FakeUser, SyncBackend
from tests.views.insight.test_page import NOW, cache  # noqa: F401  (the fixture)


def make(qtbot: QtBot, tmp_path: Path, reader: Cache, role: str) -> DashboardPage:
    settings = QSettings(str(tmp_path / f"{role}.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(FakeLink(), FakeUser(id=1, role=role), settings,  # type: ignore[arg-type]
                      lambda: NOW, SyncBackend(reader=reader))  # type: ignore[arg-type]  # fmt: skip
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    qtbot.waitUntil(lambda: page.snapshot is not None)
    return page


def shown_tiles(page: DashboardPage) -> list[str]:
    return [k for k, t in page.tiles.items() if not t.isHidden()]


def test_every_role_has_a_dashboard_page() -> None:
    [spec] = [s for s in default_pages() if s.key == "insight"]
    assert spec.roles == DASHBOARD_READERS == frozenset(Role)
    for role in Role:
        assert view_for(role).tiles, role  # nobody opens an empty page
    assert view_for("visitor").tiles == ()
    assert set(TILES) == set(ALL_TILES)


@pytest.mark.parametrize(
    ("role", "tiles", "charts"),
    [
        (
            "dispatcher",
            {"orders", "at_risk", "cancellations", "active_providers", "utilisation"},
            ("hourly", "map"),
        ),
        (
            "agent",
            {
                "first_response",
                "resolution",
                "callbacks_reached",
                "callbacks_satisfied",
                "reopen",
                "repeats",
            },
            ("sla", "map"),
        ),
        ("reviewer", {"queue", "expiring"}, ()),
        ("trainer", {"on_hold", "sanctions", "pass_rate"}, ()),
    ],
)
def test_each_role_sees_the_figures_of_its_day(
    qtbot: QtBot, tmp_path: Path, cache: Cache,  # noqa: F811
    role: str, tiles: set[str], charts: tuple[str, ...],
) -> None:  # fmt: skip
    page = make(qtbot, tmp_path, cache, role)
    shown = shown_tiles(page)
    assert tiles <= set(shown)
    assert set(shown) < set(ALL_TILES)  # not everything: the supervisor's view is bigger
    canvases = {"hourly": page.hourly_canvas, "sla": page.sla_canvas, "map": page.map_canvas}
    assert [k for k, c in canvases.items() if not c.isHidden()] == list(charts)
    assert page.export_button.isHidden()  # the daily report is the supervisors'
    assert page.reports is None
    assert not page.csv_button.isHidden()  # their own figures they may take away
    for key in shown:  # each was computed (its tooltip names the cut-off)
        assert "Asia/Shanghai" in page.tiles[key].toolTip(), key


def test_the_dispatchers_map_offers_the_order_kpis_only(
    qtbot: QtBot,
    tmp_path: Path,
    cache: Cache,  # noqa: F811
) -> None:
    page = make(qtbot, tmp_path, cache, "dispatcher")
    choices = [page.map_kpi.itemData(i) for i in range(page.map_kpi.count())]
    assert choices == ["dispatched", "arrival", "completed"]
    assert page.map.names["chaoyang"].get_text().endswith("%")  # today's dispatched share


def test_the_supervisor_sees_everything(qtbot: QtBot, tmp_path: Path, cache: Cache) -> None:  # noqa: F811
    page = make(qtbot, tmp_path, cache, "supervisor")
    assert shown_tiles(page) == list(ALL_TILES)
    assert not page.export_button.isHidden()
    assert page.map_kpi.count() == 4
    # The breakdowns a tile cannot say: per service and district, per course and trainer.
    assert not page.lists.activity.isHidden()
    assert not page.lists.training.isHidden()
    assert "Asia/Shanghai" in page.lists.activity.toolTip()
    assert "Asia/Shanghai" in page.lists.training.toolTip()
    assert "Active providers" in page.lists.activity.text() or "在岗" in page.lists.activity.text()


def test_the_breakdowns_go_to_their_roles(qtbot: QtBot, tmp_path: Path, cache: Cache) -> None:  # noqa: F811
    dispatcher = make(qtbot, tmp_path, cache, "dispatcher")
    assert not dispatcher.lists.activity.isHidden()
    assert dispatcher.lists.training.isHidden()
    trainer = make(qtbot, tmp_path, cache, "trainer")
    assert trainer.lists.activity.isHidden()
    assert not trainer.lists.training.isHidden()


def test_the_retraining_outcome_is_for_those_who_see_complaints(
    qtbot: QtBot,
    tmp_path: Path,
    cache: Cache,  # noqa: F811
) -> None:
    # Trainers receive no complaints: the outcome would read 0 ‰ there, so it is not shown.
    titles = ("Complaints after retraining", "再培训后每千单投诉")
    supervisor = make(qtbot, tmp_path, cache, "supervisor")
    assert any(t in supervisor.lists.training.toolTip() for t in titles)
    trainer = make(qtbot, tmp_path, cache, "trainer")
    assert not any(t in trainer.lists.training.toolTip() for t in titles)
    assert "→" not in trainer.lists.training.text()
