"""The scorecard's rating trend: the weekly mean rating as a line over 1-5 stars, redrawn in
place (``update`` moves the line's data; the view then calls ``draw_idle``)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from matplotlib.figure import Figure

LINE_COLOR = "#2e90fa"
PEER_COLOR = "#98a2b3"


class RatingTrendChart:
    """Weekly mean rating (gaps for weeks without ratings) and the peers' median as a flat
    dashed line (hidden when there is none)."""

    def __init__(self, size: tuple[float, float] = (4.2, 1.8)) -> None:
        self.figure = Figure(figsize=size, dpi=100, facecolor="white")
        self.figure.subplots_adjust(left=0.09, right=0.98, bottom=0.2, top=0.95)
        ax = self.figure.add_subplot(1, 1, 1)
        self.ax = ax
        (self.line,) = ax.plot([], [], color=LINE_COLOR, marker="o", markersize=3,
                               linewidth=1.5, gid="rating")  # fmt: skip
        self.peer = ax.axhline(0, color=PEER_COLOR, linestyle="--", linewidth=1, gid="peers")
        self.peer.set_visible(False)
        ax.set_ylim(0.8, 5.2)
        ax.set_yticks([1, 2, 3, 4, 5])
        ax.spines["top"].set_visible(False)
        ax.spines["right"].set_visible(False)
        ax.tick_params(labelsize=7)

    def update(self, weeks: Sequence[date], means: Sequence[float | None],
               peer_median: float | None) -> None:  # fmt: skip
        xs = list(range(len(weeks)))
        self.line.set_data(xs, [float("nan") if m is None else m for m in means])
        self.ax.set_xlim(-0.5, max(len(weeks) - 0.5, 0.5))
        step = max(1, len(weeks) // 6)
        self.ax.set_xticks(xs[::step], [f"{w.month}/{w.day}" for w in weeks[::step]])
        self.peer.set_visible(peer_median is not None)
        if peer_median is not None:
            self.peer.set_ydata([peer_median, peer_median])

    def values(self) -> list[float]:
        ys: Any = self.line.get_ydata()
        return [float(y) for y in ys]
