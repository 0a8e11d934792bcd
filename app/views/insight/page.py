"""运营看板: the supervisor's home page. How today is going (orders), where (the district
map), and why (complaint SLAs, cancellation reasons, holds, the certification queue).

Reads the local cache off the UI thread (``app.client.insight``): once in full when the page
opens, then only the rows the feed changed. Feed changes are collected and debounced, so a
burst of them causes one recompute; only one recompute runs at a time (changes arriving
meanwhile wait for the next). The KPIs are computed on the pool thread too; the UI thread
only writes the tiles and moves the charts' artists (``draw_idle``), and only for the charts
whose data changed. A minute timer moves
the cut-off forward when nothing changes.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.charts.beijing_map import MapLabels
from app.charts.kpi_charts import DistrictMap, HourlyChart, HourlyLabels, SlaChart
from app.client import insight
from app.client.cache import CacheReader
from app.rules.kpi.complaints import SEVERITIES
from app.rules.kpi.definitions import KpiValue
from app.rules.kpi.snapshot import KpiInputs, KpiSnapshot, live
from app.views.context import PageContext
from app.views.i18n import is_english
from app.views.insight import drill
from app.views.insight.labels import (
    level_name,
    period_text,
    severity_name,
    tooltip,
    value_text,
)
from app.views.insight.lists import FigureLists, reason_text
from app.views.insight.reports_panel import ReportsPanel
from app.views.insight.roles import (
    ALL_TILES,
    HOURLY,
    MAP,
    SLA,
    view_for,
)
from app.views.insight.tiles import KpiTile
from app.views.insight.trends import TrendsPanel

DEBOUNCE_MS = 300
TICK_MS = 60_000
TILES = ALL_TILES

Refreshed = tuple[KpiInputs, KpiSnapshot]


def _load(reader: CacheReader, now: datetime) -> Refreshed:
    inputs = insight.load(reader, now)
    return inputs, live(inputs, now)


def _update(
    reader: CacheReader, inputs: KpiInputs, changed: Mapping[str, Iterable[int]], now: datetime
) -> Refreshed:
    fresh = insight.update(reader, inputs, changed, now)
    return fresh, live(fresh, now)


class DashboardPage(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.inputs: KpiInputs | None = None
        self.snapshot: KpiSnapshot | None = None
        self.pending: dict[str, set[int]] = {}
        self.pending_full = False
        self.busy = False
        self.recomputes = 0  # how many recomputes ran (tests and the bench read it)
        self._drawn: dict[str, Any] = {}  # chart -> the data it shows
        self.view = view_for(ctx.user.role)  # the part of the dashboard this role sees

        self.heading = QLabel(self.tr("Operations dashboard"))
        self.heading.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.cut_off = QLabel()
        self.cut_off.setStyleSheet("color: #667085;")
        self.export_button = QPushButton(self.tr("Export daily report…"))
        self.export_button.clicked.connect(self.ask_export)
        self.csv_button = QPushButton(self.tr("Export figures (CSV)…"))
        self.csv_button.setToolTip(
            self.tr("Every figure on this page as a table for a spreadsheet, with its formula")
        )
        self.csv_button.clicked.connect(self.ask_csv)
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addWidget(self.cut_off, 1)
        top.addWidget(self.csv_button)
        top.addWidget(self.export_button)
        self.export_button.setVisible(self.view.reports)

        self.tiles: dict[str, KpiTile] = {}
        grid = QGridLayout()
        grid.setSpacing(8)
        for key in TILES:  # every tile is kept up to date; the role's are on the page
            behind = drill.tile_drill(key)
            tile = KpiTile(key, opens=self._opens_text(behind) if behind else "")
            tile.clicked.connect(self._tile_clicked)
            self.tiles[key] = tile
            tile.hide()
        for i, key in enumerate(self.view.tiles):
            grid.addWidget(self.tiles[key], i // 6, i % 6)
            self.tiles[key].show()
        for column in range(6):  # a tile is a sixth of the width, however few a role has
            grid.setColumnStretch(column, 1)

        self.hourly = HourlyChart(
            HourlyLabels(self.tr("Today"), self.tr("Same weekday last week"), self.tr("h"))
        )
        self.hourly_canvas = self._canvas(self.hourly.figure, "hourlyChart")
        self.hourly_title = QLabel(self.tr("Orders per hour"))
        self.sla = SlaChart(
            [severity_name(s) for s in SEVERITIES],
            (self.tr("First response"), self.tr("Resolution")),
        )
        self.sla_canvas = self._canvas(self.sla.figure, "slaChart")
        self.sla_title = QLabel(self.tr("Complaint SLA kept, % per severity (7 days)"))
        self.map = DistrictMap(
            MapLabels(km=self.tr("%1 km").replace("%1", "{n}"), english_districts=is_english())
        )
        self.map_canvas = self._canvas(self.map.figure, "districtMap")
        self.map_kpi = QComboBox()
        names = {
            "complaint_rate": self.tr("Complaints per 1,000 orders (7 days)"),
            "dispatched": self.tr("Dispatched before deadline (today)"),
            "arrival": self.tr("On-time arrival (today)"),
            "completed": self.tr("Completed (today)"),
        }
        for key in self.view.map_kpis:
            self.map_kpi.addItem(names[key], key)
        self.map_kpi.currentIndexChanged.connect(self._show_map)
        self.hourly_canvas.mpl_connect("button_press_event", self._hourly_clicked)
        self.sla_canvas.mpl_connect("button_press_event", self._sla_clicked)
        self.map_canvas.mpl_connect("button_press_event", self._map_clicked)

        charts = QHBoxLayout()
        for part, heading, canvas, stretch in (
            (HOURLY, self.hourly_title, self.hourly_canvas, 4),
            (SLA, self.sla_title, self.sla_canvas, 3),
            (MAP, self.map_kpi, self.map_canvas, 4),
        ):
            if self.view.shows(part):
                charts.addLayout(self._titled(heading, canvas), stretch)
            else:  # not this role's: kept off the page and never drawn
                heading.hide()
                canvas.hide()

        self.lists = FigureLists(self.view)
        lists = self.lists.row  # the reports panel joins the lists
        self.status = QLabel()
        self.status.setStyleSheet("color: #667085;")
        self.reports: ReportsPanel | None = None
        self.trends: TrendsPanel | None = None
        if self.view.reports and ctx.data is not None and ctx.data.has_server:
            self.reports = ReportsPanel(ctx)
            lists.addWidget(self.reports, 1)
            self.trends = TrendsPanel(ctx)  # days the local cache does not hold

        # On a 1366x768 laptop the dashboard is taller than the window: it scrolls rather
        # than squeezing its charts and lists over each other.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.addLayout(top)
        layout.addLayout(grid)
        layout.addLayout(charts, 1 if self.view.charts else 0)
        layout.addLayout(lists)
        if self.trends is not None:
            layout.addWidget(self.trends)
        layout.addWidget(self.status)
        if not self.view.charts:
            layout.addStretch(1)  # a few tiles stay tiles, at the top
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(DEBOUNCE_MS)
        self.debounce.timeout.connect(self._recompute)
        self.tick = QTimer(self)
        self.tick.setInterval(TICK_MS)
        self.tick.timeout.connect(self._recompute)
        self.tick.start()
        ctx.link.changed.connect(self._on_changed)
        if ctx.data is None or not ctx.data.has_cache:
            self.status.setText(self.tr("The dashboard reads the local cache; there is none."))
        else:
            self.status.setText(self.tr("Loading…"))
            self.pending_full = True
            self._recompute()

    def _canvas(self, figure: Any, name: str) -> FigureCanvasQTAgg:
        canvas = FigureCanvasQTAgg(figure)  # type: ignore[no-untyped-call]
        canvas.setObjectName(name)
        canvas.setMinimumHeight(220)
        canvas.setCursor(Qt.CursorShape.PointingHandCursor)  # a bar or district opens a list
        return canvas

    @staticmethod
    def _titled(heading: QWidget, body: QWidget) -> QVBoxLayout:
        box = QVBoxLayout()
        box.addWidget(heading)
        box.addWidget(body, 1)
        return box

    # -- reads -------------------------------------------------------------------------------

    def _on_changed(self, changes: Any) -> None:
        if not changes.touches(*insight.ENTITIES):
            return
        if changes.full:
            self.pending_full = True
        else:
            for entity in insight.ENTITIES:
                ids = changes.of(entity)
                if ids:
                    self.pending.setdefault(entity, set()).update(ids)
        self.debounce.start()  # restarts: a burst of changes makes one recompute

    def _recompute(self) -> None:
        data = self.ctx.data
        if data is None or not data.has_cache or self.busy:
            return  # the running recompute starts the next one when it is done
        now = self.ctx.clock()
        inputs = self.inputs
        if self.pending_full or inputs is None:
            self.pending_full = False
            self.pending.clear()
            job: Any = lambda r: _load(r, now)  # noqa: E731
        else:
            changed, self.pending = self.pending, {}
            job = lambda r: _update(r, inputs, changed, now)  # noqa: E731
        self.busy = True
        data.local(job, self._computed, self._failed, owner=self, key="insight")

    def _computed(self, got: Refreshed) -> None:
        self.busy = False
        self.recomputes += 1
        self.inputs, self.snapshot = got
        self.show_snapshot(got[1])
        if self.pending or self.pending_full:
            self.debounce.start()

    def _failed(self, exc: Exception) -> None:
        from app.views.error_text import describe_error

        self.busy = False
        # The changed ids this read took are gone with it: read everything at the next
        # recompute (the minute tick retries, or the next feed change).
        self.pending_full = True
        self.status.setText(describe_error(exc))

    # -- showing -----------------------------------------------------------------------------

    def show_snapshot(self, snap: KpiSnapshot) -> None:
        t = self.tiles
        volume = snap.volume.value
        t["orders"].show_value(
            volume,
            self.tr("Last week by now: %1").replace("%1", f"{volume.denominator or 0:,}"),
        )
        t["dispatched"].show_value(snap.dispatched_in_time)
        t["arrival"].show_value(snap.on_time_arrival)
        t["completed"].show_value(snap.completed, "")
        t["at_risk"].show_value(
            snap.unassigned_at_risk, "", alert=bool(snap.unassigned_at_risk.value)
        )
        top = next(iter(snap.cancel_reasons), None)
        t["cancellations"].show_value(
            snap.cancellations,
            self.tr("Most: %1").replace("%1", reason_text(top)) if top is not None else "",
        )
        t["first_response"].show_value(snap.first_response_all)
        t["resolution"].show_value(snap.resolution_all)
        t["on_hold"].show_value(
            snap.on_hold,
            " · ".join(f"{level_name(level)} {n}" for level, n in snap.hold_levels.items() if n),
        )
        t["sanctions"].show_value(
            snap.sanctions,
            " · ".join(
                f"{level_name(level)} {n}" for level, n in snap.sanction_levels.items() if n
            ),
        )
        t["queue"].show_value(
            snap.queue.value, self.tr("%1 waiting").replace("%1", str(snap.queue.waiting))
        )
        self._show_follow_up(snap)
        within = snap.expiring_within
        t["expiring"].show_value(
            snap.expiring,
            self.tr("30 d: %1 · 60 d: %2 · 90 d: %3")
            .replace("%1", str(within.get(30, 0)))
            .replace("%2", str(within.get(60, 0)))
            .replace("%3", str(within.get(90, 0))),
        )
        self.cut_off.setText(period_text(volume))
        self._redraw("hourly", (snap.volume.today, snap.volume.last_week))
        self.hourly_canvas.setToolTip(
            tooltip(volume)
            + "<hr>"
            + self.tr("Click a bar to see today's orders on the board (it lists whole days).")
        )
        self._redraw(
            "sla",
            (
                tuple(snap.first_response[s].value for s in SEVERITIES),
                tuple(snap.resolution[s].value for s in SEVERITIES),
            ),
        )
        self.sla_canvas.setToolTip(
            tooltip(snap.first_response_all)
            + "<hr>"
            + tooltip(snap.resolution_all)
            + "<hr>"
            + self.tr("Click a bar to see that severity's open tickets in the team queue.")
        )
        self.lists.show(snap, self.inputs.trainers if self.inputs is not None else {})
        self._show_map()
        self.status.setText("")

    def map_values(self, snap: KpiSnapshot) -> Mapping[str, KpiValue]:
        key = self.map_kpi.currentData() or "complaint_rate"
        return {
            "complaint_rate": snap.rate_by_district,
            "dispatched": snap.dispatched_by_district,
            "arrival": snap.arrival_by_district,
            "completed": snap.completed_by_district,
        }[key]

    def _show_map(self) -> None:
        snap = self.snapshot
        if snap is None:
            return
        values = self.map_values(snap)
        # Darker is worse: for the on-time rates that is the lower value.
        worse_low = self.map_kpi.currentData() in ("dispatched", "arrival")
        shown = (
            {d: (None if v.value is None else (-v.value if worse_low else v.value))
             for d, v in values.items()},
            {d: value_text(v) for d, v in values.items()},
        )  # fmt: skip
        self._redraw("map", shown)
        sample = next(iter(values.values()), None)
        hint = self.tr("Click a district to see its orders on the board.")
        self.map_canvas.setToolTip((tooltip(sample) + "<hr>" if sample is not None else "") + hint)

    def _redraw(self, chart: str, data: Any) -> None:
        """Move ``chart``'s artists to ``data`` and repaint it when Qt is idle; nothing when
        the data is what it already shows (painting a chart is most of an update's cost)."""
        if self._drawn.get(chart) == data or not self.view.shows(chart):
            return
        self._drawn[chart] = data
        if chart == "hourly":
            self.hourly.update(*data)
            self.hourly_canvas.draw_idle()  # type: ignore[no-untyped-call]
        elif chart == "sla":
            self.sla.update(*data)
            self.sla_canvas.draw_idle()  # type: ignore[no-untyped-call]
        else:
            self.map.update(*data)
            self.map_canvas.draw_idle()  # type: ignore[no-untyped-call]

    def _show_follow_up(self, snap: KpiSnapshot) -> None:
        """The complaint follow-up, workforce activity and training tiles."""
        t, follow, active = self.tiles, snap.follow_up, snap.activity
        t["callbacks_reached"].show_value(follow.callbacks_reached)
        t["callbacks_satisfied"].show_value(follow.callbacks_satisfied)
        t["reopen"].show_value(follow.reopen_rate)
        t["repeats"].show_value(
            follow.repeats,
            self.tr("Same provider %1 · same customer %2")
            .replace("%1", str(follow.repeat_same_provider))
            .replace("%2", str(follow.repeat_same_customer)),
        )
        t["active_providers"].show_value(active.active, "")
        t["utilisation"].show_value(
            active.utilisation,
            self.tr("%1 orders / %2 provider-days")
            .replace("%1", f"{active.utilisation.numerator:,.0f}")
            .replace("%2", f"{active.utilisation.denominator or 0:,}"),
        )
        t["pass_rate"].show_value(snap.pass_rates.overall)
        outcome = snap.retraining[""]
        t["retraining"].show_value(
            outcome.after,
            self.tr("Before: %1 · %2 providers")
            .replace("%1", value_text(outcome.before))
            .replace("%2", str(outcome.providers)),
        )

    # -- what is behind a figure -------------------------------------------------------------

    def _opens_text(self, behind: drill.Drill) -> str:
        if behind.page == drill.BOARD:
            return self.tr("Click to see these orders on the board.")
        if behind.page == drill.COMPLAINTS:
            return self.tr("Click to see the overdue tickets in the team queue.")
        return self.tr("Click to open the certification queue.")

    def _tile_clicked(self, key: str) -> None:
        behind = drill.tile_drill(key)
        if behind is not None:
            self.open_drill(behind)

    def _hourly_clicked(self, event: Any) -> None:
        if event.inaxes is self.hourly.ax and self.hourly.hour_at(event.xdata) is not None:
            self.open_drill(drill.hour_drill())

    def _sla_clicked(self, event: Any) -> None:
        i = self.sla.severity_at(event.xdata) if event.inaxes is self.sla.ax else None
        if i is not None:
            self.open_drill(drill.severity_drill(SEVERITIES[i]))

    def _map_clicked(self, event: Any) -> None:
        ax = self.map.figure.axes[0]
        code = self.map.district_at(event.xdata, event.ydata) if event.inaxes is ax else None
        if code is not None:
            key = str(self.map_kpi.currentData() or "complaint_rate")
            self.open_drill(drill.district_drill(code, key))

    def open_drill(self, behind: drill.Drill) -> None:
        """Show the page behind a figure, filtered to it (when this user has that page)."""
        window = self.window()
        pages = getattr(window, "pages", {})
        show_page = getattr(window, "show_page", None)
        if behind.page not in pages or not callable(show_page):
            self.status.setText(self.tr("The list behind this figure is not one of your pages."))
            return
        show_page(behind.page, behind.filters)

    # -- the daily report --------------------------------------------------------------------

    def ask_export(self) -> None:
        from app.views.insight.export import ask_and_export

        ask_and_export(self)

    def ask_csv(self) -> None:
        from app.views.insight.export import export_figures

        export_figures(self)

    def save_state(self) -> None:
        pass

    def restore_state(self) -> None:
        pass


def build_page(ctx: PageContext) -> QWidget:
    return DashboardPage(ctx)
