"""The dashboard's charts: built once, then redrawn in place (data in, artists updated).

Each chart owns a ``matplotlib.figure.Figure`` (no pyplot, no Qt); ``update`` changes its
artists' data and limits and nothing else, so the view only calls ``draw_idle`` afterwards.
Every artist that stands for a value has a ``gid`` so tests can find it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.colors import LinearSegmentedColormap, to_rgba
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Ellipse, Rectangle
from matplotlib.text import Text

from app.charts.beijing_map import MapLabels, _fit, beijing_map, cjk_font
from app.rules.districts import DISTRICTS

TODAY_COLOR = "#2e90fa"
LAST_WEEK_COLOR = "#98a2b3"
FIRST_RESPONSE_COLOR = "#2e90fa"
RESOLUTION_COLOR = "#12b76a"
NO_DATA = "#f2f4f7"
HEAT = LinearSegmentedColormap.from_list("kpi", ["#e0f2fe", "#fdb022", "#d92d20"])
HOUR_BAR_WIDTH = 0.7  # of an hour's column
SLA_BAR_WIDTH, SLA_OFFSET = 0.38, 0.2  # each severity: two bars either side of its tick
SLA_PAIR_HALF_WIDTH = SLA_OFFSET + SLA_BAR_WIDTH / 2


@dataclass(frozen=True, slots=True)
class HourlyLabels:
    today: str = "今天"
    last_week: str = "上周同日"
    hour: str = "时"


def _font(size: float) -> FontProperties | None:
    font = cjk_font()
    if font is None:
        return None
    sized = font.copy()
    sized.set_size(size)
    return sized


def _kw(size: float) -> dict[str, Any]:
    font = _font(size)
    return {"fontsize": size} if font is None else {"fontproperties": font}


def _style(fig: Figure) -> None:
    for ax in fig.axes:
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
        ax.tick_params(labelsize=7)


class HourlyChart:
    """Orders created per hour: today's bars against last week's line."""

    def __init__(
        self, labels: HourlyLabels | None = None, size: tuple[float, float] = (5.0, 2.2)
    ) -> None:
        words = labels or HourlyLabels()
        self.figure = Figure(figsize=size, dpi=100, facecolor="white")
        self.figure.subplots_adjust(left=0.08, right=0.99, bottom=0.15, top=0.88)
        ax = self.figure.add_subplot(1, 1, 1)
        self.ax = ax
        hours = list(range(24))
        self.bars: list[Rectangle] = list(
            ax.bar(hours, [0] * 24, color=TODAY_COLOR, width=HOUR_BAR_WIDTH, label=words.today)
        )
        for hour, bar in enumerate(self.bars):
            bar.set_gid(f"today:{hour}")
        (self.line,) = ax.plot(
            hours, [0] * 24, color=LAST_WEEK_COLOR, linewidth=1.5, label=words.last_week,
            gid="last-week",
        )  # fmt: skip
        ax.set_xticks(list(range(0, 24, 3)))
        ax.set_xlim(-0.6, 23.6)
        ax.legend(loc="upper left", frameon=False, ncols=2, prop=_font(7.5))  # fmt: skip
        _style(self.figure)

    def update(self, today: Sequence[int], last_week: Sequence[int]) -> None:
        for bar, n in zip(self.bars, today, strict=True):
            bar.set_height(n)
        self.line.set_ydata(list(last_week))
        top = max([*today, *last_week, 1])
        self.ax.set_ylim(0, top * 1.25)

    def heights(self) -> list[float]:
        return [bar.get_height() for bar in self.bars]

    def hour_at(self, x: float | None) -> int | None:
        """The hour whose column holds the data coordinate ``x`` (a click), or None."""
        if x is None:
            return None
        hour = round(x)
        on_bar = abs(x - hour) <= HOUR_BAR_WIDTH / 2  # a click between two bars hits none
        return hour if on_bar and 0 <= hour < len(self.bars) else None


class SlaChart:
    """First-response and resolution SLA compliance per severity, as percentages."""

    def __init__(
        self,
        severities: Sequence[str],
        series: tuple[str, str] = ("首次响应", "处理完毕"),
        size: tuple[float, float] = (3.6, 2.2),
    ) -> None:
        self.figure = Figure(figsize=size, dpi=100, facecolor="white")
        self.figure.subplots_adjust(left=0.14, right=0.99, bottom=0.15, top=0.88)
        ax = self.figure.add_subplot(1, 1, 1)
        self.ax = ax
        n = len(severities)
        xs = list(range(n))
        left, right = [x - SLA_OFFSET for x in xs], [x + SLA_OFFSET for x in xs]
        first = ax.bar(left, [0] * n, width=SLA_BAR_WIDTH, color=FIRST_RESPONSE_COLOR,
                       label=series[0])  # fmt: skip
        resolution = ax.bar(right, [0] * n, width=SLA_BAR_WIDTH, color=RESOLUTION_COLOR,
                            label=series[1])  # fmt: skip
        self.first: list[Rectangle] = list(first)
        self.resolution: list[Rectangle] = list(resolution)
        self.marks: list[Text] = []
        for i, (a, b) in enumerate(zip(self.first, self.resolution, strict=True)):
            a.set_gid(f"first:{i}")
            b.set_gid(f"resolution:{i}")
            for bar in (a, b):
                self.marks.append(
                    ax.text(bar.get_x() + bar.get_width() / 2, 2, "", ha="center", va="bottom",
                            **_kw(6.5))
                )  # fmt: skip
        ax.set_xticks(xs)
        ax.set_xticklabels(list(severities), **_kw(7.5))
        ax.set_ylim(0, 118)
        ax.set_yticks([0, 50, 100])
        ax.legend(loc="upper right", frameon=False, ncols=2, prop=_font(7))  # fmt: skip
        _style(self.figure)

    def update(self, first: Sequence[float | None], resolution: Sequence[float | None]) -> None:
        """Rates in [0, 1]; None (nothing due) draws no bar and a dash."""
        bars = [*self.first, *self.resolution]
        values = [*first, *resolution]
        order = [*range(0, 2 * len(first), 2), *range(1, 2 * len(first), 2)]
        for bar, value, mark_at in zip(bars, values, order, strict=True):
            pct = 0.0 if value is None else 100.0 * value
            bar.set_height(pct)
            mark = self.marks[mark_at]
            mark.set_y(pct + 1)
            mark.set_text("—" if value is None else f"{pct:.0f}")

    def heights(self) -> tuple[list[float], list[float]]:
        return [b.get_height() for b in self.first], [b.get_height() for b in self.resolution]

    def severity_at(self, x: float | None) -> int | None:
        """The index of the severity whose pair of bars holds the data coordinate ``x``."""
        if x is None:
            return None
        i = round(x)
        on_pair = abs(x - i) <= SLA_PAIR_HALF_WIDTH  # a click between two pairs hits none
        return i if on_pair and 0 <= i < len(self.first) else None


class DistrictMap:
    """Beijing's districts coloured by one KPI (darker: worse); grey where it is suppressed."""

    def __init__(self, labels: MapLabels | None = None, size: tuple[float, float] = (3.6, 3.6)):
        self.labels = labels or MapLabels()
        self.figure = beijing_map(None, labels=self.labels, size_inches=size)
        ax = self.figure.axes[0]
        # Closer than the whole municipality: every seat in view with its disc, so the six
        # central districts are not one blot.
        lngs = [d.lng for d in DISTRICTS]
        lats = [d.lat for d in DISTRICTS]
        lng0, lng1, lat0, lat1 = _fit(
            (min(lngs) - 0.1, max(lngs) + 0.16, min(lats) - 0.08, max(lats) + 0.07),
            size[0] / size[1],
        )
        ax.set_xlim(lng0, lng1)
        ax.set_ylim(lat0, lat1)
        self.areas: dict[str, Ellipse] = {
            str(p.get_gid()).split(":", 1)[1]: p
            for p in ax.patches
            if isinstance(p, Ellipse) and str(p.get_gid()).startswith("district-area:")
        }
        self.names: dict[str, Text] = {
            str(t.get_gid()).split(":", 1)[1]: t
            for t in ax.texts
            if str(t.get_gid()).startswith("district:")
        }
        self.base = {code: text.get_text() for code, text in self.names.items()}
        for p in self.areas.values():
            p.set_alpha(0.85)

    def update(self, values: Mapping[str, float | None], shown: Mapping[str, str]) -> None:
        """``values`` by district code (None or missing: no figure); ``shown``: the text to
        write under each district's name (already formatted)."""
        known = [v for v in values.values() if v is not None]
        low, high = (min(known), max(known)) if known else (0.0, 1.0)
        span = high - low or 1.0
        for d in DISTRICTS:
            value = values.get(d.code)
            area = self.areas[d.code]
            area.set_facecolor(NO_DATA if value is None else HEAT((value - low) / span))
            text = shown.get(d.code, "")
            self.names[d.code].set_text(self.base[d.code] + (f"\n  {text}" if text else ""))

    def colour_of(self, district: str) -> tuple[float, float, float, float]:
        return to_rgba(self.areas[district].get_facecolor())

    def district_at(self, lng: float | None, lat: float | None) -> str | None:
        """The district whose area holds the point (a click, in data coordinates); where
        areas overlap, the one whose seat is nearest relative to its size."""
        if lng is None or lat is None:
            return None
        best: tuple[float, str] | None = None
        for code, area in self.areas.items():
            cx, cy = self.point_of(code)
            dx = 2 * (lng - cx) / area.get_width()
            dy = 2 * (lat - cy) / area.get_height()
            inside = dx * dx + dy * dy
            if inside <= 1 and (best is None or inside < best[0]):
                best = (inside, code)
        return None if best is None else best[1]

    def point_of(self, district: str) -> tuple[float, float]:
        """A district's seat in data coordinates (tests click there)."""
        center: Any = self.areas[district].get_center()  # the stubs say float; it is (x, y)
        return float(center[0]), float(center[1])
