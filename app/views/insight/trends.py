"""Trends on the dashboard (趋势): the last 7, 28, 90 or 365 Beijing days as the server counts
them (GET /kpis/range: the local cache holds only the last days), rates as lines and volumes
as bars. For report readers (supervisors, admins) with a server connected.

The call goes through the typed client off the UI thread (``ctx.data.server``); a failure is
said in words under the chart, which keeps what it showed, and Refresh asks again.
"""

from __future__ import annotations

from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.charts.trends_chart import TrendData, TrendsChart
from app.client import kpis
from app.models.enums import Severity
from app.rules.beijing import local_day
from app.schemas.kpis import KpiRange, KpiStep, Ratio
from app.views.context import PageContext
from app.views.error_text import describe_error

SPANS = (7, 28, 90, 365)  # days offered
DEFAULT_SPAN = 28


def _pooled(ratios: dict[Severity, Ratio]) -> Ratio:
    total = Ratio()
    for ratio in ratios.values():
        total = total + ratio
    return total


class TrendsPanel(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.shown: KpiRange | None = None
        self.heading = QLabel(self.tr("Trends"))
        self.heading.setStyleSheet("font-weight: bold;")
        self.span = QComboBox()
        self.span.setObjectName("trendSpan")
        for days in SPANS:
            self.span.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        self.span.setCurrentIndex(SPANS.index(DEFAULT_SPAN))
        self.span.currentIndexChanged.connect(lambda _i: self.load())
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.load)
        self.chart = TrendsChart()
        self.canvas = FigureCanvasQTAgg(self.chart.figure)  # type: ignore[no-untyped-call]
        self.canvas.setMinimumHeight(320)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setStyleSheet("color: #667085;")
        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addStretch(1)
        top.addWidget(self.span)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.status)
        self.load()

    def days(self) -> int:
        return int(self.span.currentData())

    def load(self) -> None:
        if self.ctx.data is None:
            return
        days, today = self.days(), local_day(self.ctx.clock())
        self.status.setText(self.tr("Loading the last %1 days…").replace("%1", str(days)))
        self.ctx.data.server(
            lambda api: kpis.last_days(api, today, days),
            self._loaded,
            self._failed,
            owner=self,
            key="trends",
        )

    def _loaded(self, answer: KpiRange) -> None:
        self.shown = answer
        self.chart.update(self.data(answer))
        self.canvas.draw_idle()  # type: ignore[no-untyped-call]
        total = answer.total
        self.status.setText(
            self.tr("%1 to %2 (Beijing time): %3 orders created, %4 completed, %5 cancelled.")
            .replace("%1", answer.start.isoformat())
            .replace("%2", answer.end.isoformat())
            .replace("%3", str(total.orders_created))
            .replace("%4", str(total.completed))
            .replace("%5", str(total.cancellations))
        )

    def _failed(self, exc: Exception) -> None:
        self.status.setText(
            self.tr("Trends could not be loaded: %1").replace("%1", describe_error(exc))
        )

    def data(self, answer: KpiRange) -> TrendData:
        steps = answer.steps

        def rate(pick: str) -> list[float | None]:
            return [self._ratio(step, pick).rate() for step in steps]

        return TrendData(
            labels=[step.start.isoformat()[5:] for step in steps],  # "12-03"
            rates={
                self.tr("Dispatched in time"): rate("dispatched"),
                self.tr("On-time arrival"): rate("arrival"),
                self.tr("First-response SLA"): rate("first_response"),
                self.tr("Resolution SLA"): rate("resolution"),
            },
            volumes={
                self.tr("Orders created"): [s.orders_created for s in steps],
                self.tr("Completed"): [s.completed for s in steps],
                self.tr("Cancelled"): [s.cancellations for s in steps],
            },
            rates_title=self.tr("Rates (per day)")
            if answer.step.value == "day"
            else self.tr("Rates (per week)"),
            volumes_title=self.tr("Orders"),
        )

    @staticmethod
    def _ratio(step: KpiStep, pick: str) -> Ratio:
        if pick == "dispatched":
            return step.dispatched_in_time
        if pick == "arrival":
            return step.on_time_arrival
        if pick == "first_response":
            return _pooled(step.first_response_sla)
        return _pooled(step.resolution_sla)
