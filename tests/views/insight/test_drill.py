"""What is behind a figure: a click on a dashboard tile, a bar or a district opens the board
(or the queue) filtered to the orders (or tickets) behind it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from app.charts.kpi_charts import DistrictMap, HourlyChart, SlaChart
from app.client.cache import Cache
from app.client.sync import ChangeSet
from app.models.enums import Severity
from app.views.board.page import BoardPage
from app.views.context import PageContext
from app.views.insight import drill
from app.views.insight.page import DashboardPage
from app.views.main_window import MainWindow
from app.views.pages import default_pages
from app.views.settings import open_settings
from tests.views.fakes import FakeLink, FakeUser, SyncBackend, put
from tests.views.insight.test_page import NOW, H, cache, order  # noqa: F401  (the fixture)


def test_each_figure_names_the_list_behind_it() -> None:
    assert drill.tile_drill("at_risk") == drill.Drill("board", {"window": "at_risk"})
    assert drill.tile_drill("cancellations") == drill.Drill(
        "board", {"window": "today", "state": "cancelled"}
    )
    assert drill.tile_drill("first_response") == drill.Drill("complaints", {"overdue": "1"})
    assert drill.tile_drill("queue") == drill.Drill("certification")
    assert drill.tile_drill("on_hold") is None  # no list behind it: not clickable
    assert drill.hour_drill() == drill.Drill("board", {"window": "today"})
    assert drill.severity_drill(Severity.HIGH) == drill.Drill("complaints", {"severity": "high"})
    assert drill.district_drill("haidian", "completed").filters == {
        "window": "today", "district": "haidian", "state": "completed"
    }  # fmt: skip
    assert drill.district_drill("haidian", "arrival").filters == {
        "window": "today", "district": "haidian"
    }  # fmt: skip
    assert drill.district_drill("haidian", "complaint_rate").filters == {"district": "haidian"}


def test_charts_know_what_a_click_hits() -> None:
    hourly = HourlyChart()
    assert hourly.hour_at(8.7) == 9
    assert hourly.hour_at(8.5) is None  # between two bars
    assert hourly.hour_at(-3.0) is None
    assert hourly.hour_at(None) is None
    sla = SlaChart(["a", "b", "c", "d"])
    assert sla.severity_at(1.2) == 1
    assert sla.severity_at(1.5) is None  # between two pairs of bars
    assert sla.severity_at(7.0) is None
    assert sla.severity_at(None) is None
    beijing = DistrictMap()
    for code in ("chaoyang", "dongcheng", "xicheng", "haidian", "yanqing"):
        assert beijing.district_at(*beijing.point_of(code)) == code
    assert beijing.district_at(200.0, 10.0) is None
    assert beijing.district_at(None, None) is None


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path, cache: Cache) -> MainWindow:  # noqa: F811
    put(cache, "order", [order(7, "completed", NOW - 5 * H, district="haidian")])
    link = FakeLink()
    ctx = PageContext(
        link,  # type: ignore[arg-type]
        FakeUser(id=1, role="supervisor", display_name="王主管"),  # type: ignore[arg-type]
        open_settings(tmp_path),
        lambda: NOW,
        SyncBackend(reader=cache),  # type: ignore[arg-type]
    )
    ours = [spec for spec in default_pages() if spec.key in ("insight", "board")]
    win = MainWindow(ctx, server_url="http://127.0.0.1:8765", pages=ours)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    link.changed.emit(ChangeSet.everything())  # what the sync worker says once it has started
    assert win.current_page_key() == "insight"  # the supervisor's home page
    return win


def click_data_point(qtbot: QtBot, canvas: object, ax: object, x: float, y: float) -> None:
    """A left click where the data point (x, y) of ``ax`` is drawn on ``canvas``."""
    from matplotlib.axes import Axes
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    assert isinstance(canvas, FigureCanvasQTAgg)
    assert isinstance(ax, Axes)
    px, py = ax.transData.transform((x, y))
    ratio = canvas.devicePixelRatioF()
    at = QPoint(round(px / ratio), round(canvas.height() - py / ratio))
    qtbot.mouseClick(canvas, Qt.MouseButton.LeftButton, pos=at)


def test_clicking_a_district_opens_the_board_filtered_to_it(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.pages["insight"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.snapshot is not None)
    page.map_kpi.setCurrentIndex(page.map_kpi.findData("completed"))
    page.map_canvas.draw()  # the transform a click is mapped through
    click_data_point(qtbot, page.map_canvas, page.map.figure.axes[0],
                     *page.map.point_of("haidian"))  # fmt: skip

    assert window.current_page_key() == "board"
    board = window.pages["board"]
    assert isinstance(board, BoardPage)
    assert board.filters.district.currentData() == "haidian"
    assert board.filters.time_window.currentData() == "today"
    qtbot.waitUntil(lambda: board.model.total() > 0)
    shown = [board.model.row_at(i) for i in range(board.model.rowCount())]
    assert [r.id for r in shown if r is not None] == [7]


def test_clicking_a_tile_opens_its_orders_and_an_absent_page_is_said(
    qtbot: QtBot, window: MainWindow
) -> None:
    page = window.pages["insight"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.snapshot is not None)
    assert "board" in page.tiles["cancellations"].toolTip()
    qtbot.mouseClick(page.tiles["cancellations"], Qt.MouseButton.LeftButton)
    assert window.current_page_key() == "board"
    board = window.pages["board"]
    assert isinstance(board, BoardPage)
    qtbot.waitUntil(lambda: board.model.rowCount() == 1)
    row = board.model.row_at(0)
    assert row is not None
    assert row.id == 4  # the cancelled one

    window.show_page("insight")
    page.sla_canvas.draw()
    click_data_point(qtbot, page.sla_canvas, page.sla.ax, 1.0, 50.0)  # a bar: no queue here
    assert window.current_page_key() == "insight"
    assert page.status.text()  # says the list is not one of this user's pages


def test_the_at_risk_tile_opens_exactly_the_orders_it_counts(
    qtbot: QtBot,
    window: MainWindow,
    cache: Cache,  # noqa: F811
) -> None:
    page = window.pages["insight"]
    assert isinstance(page, DashboardPage)
    qtbot.waitUntil(lambda: page.snapshot is not None)
    snap = page.snapshot
    assert snap is not None
    counted = int(snap.unassigned_at_risk.value or 0)
    assert counted > 0  # the fixture has pending orders near or past their deadline

    qtbot.mouseClick(page.tiles["at_risk"], Qt.MouseButton.LeftButton)

    board = window.pages["board"]
    assert isinstance(board, BoardPage)
    assert window.current_page_key() == "board"
    qtbot.waitUntil(lambda: board.model.total() > 0)
    assert board.model.rowCount() == counted
