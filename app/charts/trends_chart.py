"""The dashboard's trends over days or weeks: rates as lines (top), volumes as bars (bottom).

A ``matplotlib.figure.Figure`` (no pyplot, no Qt) built once; ``update`` redraws its two
axes for new data, and the view only calls ``draw_idle`` afterwards. Rates are fractions
(None: nothing was due that step, a gap in the line); every line and bar has a ``gid`` so
tests can find it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from matplotlib.figure import Figure
from matplotlib.ticker import PercentFormatter

from app.charts.kpi_charts import _kw, _style

RATE_COLORS = ("#2e90fa", "#12b76a", "#f79009", "#7a5af8", "#d92d20")
VOLUME_COLORS = ("#98a2b3", "#2e90fa", "#d92d20")
MAX_TICKS = 8  # x labels shown at most (every n-th step beyond)


@dataclass(frozen=True, slots=True)
class TrendData:
    labels: Sequence[str]  # one per step, e.g. "12-03" or "11-30"
    rates: Mapping[str, Sequence[float | None]] = field(default_factory=dict)  # name -> fractions
    volumes: Mapping[str, Sequence[int]] = field(default_factory=dict)  # name -> counts
    rates_title: str = ""
    volumes_title: str = ""


class TrendsChart:
    def __init__(self) -> None:
        self.figure = Figure(figsize=(8, 4.2), layout="constrained")
        self.rates_ax, self.volumes_ax = self.figure.subplots(2, 1, sharex=True)
        self.update(TrendData(labels=()))

    def update(self, data: TrendData) -> None:
        rates, volumes = self.rates_ax, self.volumes_ax
        rates.clear()
        volumes.clear()
        xs = list(range(len(data.labels)))
        for i, (name, values) in enumerate(data.rates.items()):
            ys = [float("nan") if v is None else v for v in values]
            color = RATE_COLORS[i % len(RATE_COLORS)]
            marker = "o" if len(xs) <= 31 else None
            rates.plot(xs, ys, marker=marker, markersize=3, color=color, label=name)
            rates.lines[-1].set_gid(f"rate:{i}")
        rates.set_ylim(0, 1.05)
        rates.yaxis.set_major_formatter(PercentFormatter(1.0, decimals=0))
        rates.set_title(data.rates_title, loc="left", **_kw(9))
        n = max(1, len(data.volumes))
        width = 0.8 / n
        for i, (name, counts) in enumerate(data.volumes.items()):
            offset = (i - (n - 1) / 2) * width
            color = VOLUME_COLORS[i % len(VOLUME_COLORS)]
            bars = volumes.bar([x + offset for x in xs], list(counts), width=width, color=color,
                               label=name)  # fmt: skip
            for bar in bars:
                bar.set_gid(f"volume:{i}")
        volumes.set_title(data.volumes_title, loc="left", **_kw(9))
        every = max(1, -(-len(xs) // MAX_TICKS))
        volumes.set_xticks(xs[::every], [data.labels[x] for x in xs[::every]])
        for ax in (rates, volumes):
            if ax.lines or ax.patches:
                ax.legend(loc="lower left", ncols=3, frameon=False, prop=_legend_font())
        _style(self.figure)

    def series(self, gid: str) -> list[Any]:
        """The artists drawn for ``gid`` ("rate:0", "volume:1", …), for tests."""
        found = [a for ax in self.figure.axes for a in (*ax.lines, *ax.patches)]
        return [a for a in found if a.get_gid() == gid]


def _legend_font() -> Any:
    kw = _kw(7)
    return kw.get("fontproperties") or {"size": 7}
