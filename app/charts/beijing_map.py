"""A small map of Beijing for dispatch: districts, one order, its candidates and the distances.

Data in, ``matplotlib.figure.Figure`` out (no pyplot, no Qt); app.views embeds it with
FigureCanvasQTAgg. There are no district outlines in our data, only seats and a rough built-up
radius (``app.rules.districts``), so a district is drawn as a pale disc with its name: enough to
see at a glance which candidate sits where, and how far each is from the order.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, fontManager
from matplotlib.lines import Line2D
from matplotlib.patches import Ellipse

from app.resources_path import resource_path
from app.rules.districts import DISTRICTS, District

FONT_FILES: tuple[str, str] = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")
KM_PER_DEGREE_LAT = 111.32
MIN_SPAN_KM = 9.0  # never zoom closer than this: the neighbouring districts stay in view
MARGIN = 0.12  # of the reach, around the order and the candidates
VIEW_SHARE = 0.8  # of the candidates the view reaches (and always the first, the best one)
PIN_INSET = 0.05  # of the view, between a pinned far-away candidate and the frame
SCALE_STEPS_KM: tuple[float, ...] = (1, 2, 5, 10, 20, 50)
# Without an order (nothing loaded yet) the whole municipality shows.
BEIJING_EXTENT: tuple[float, float, float, float] = (115.55, 117.35, 39.48, 40.95)

ORDER_COLOR = "#d92d20"
ELIGIBLE_COLOR = "#2e90fa"
SELECTED_COLOR = "#1849a9"
INELIGIBLE_COLOR = "#98a2b3"
DISTRICT_FILL = "#eef4ff"
DISTRICT_EDGE = "#c7d7fe"
DISTRICT_TEXT = "#667085"
LAND = "#fcfcfd"


@dataclass(frozen=True, slots=True)
class MapSite:
    """A point on the map: ``key`` identifies a candidate (its provider id) for highlighting."""

    lat: float
    lng: float
    label: str = ""
    eligible: bool = True
    key: int = 0


@dataclass(frozen=True, slots=True)
class MapLabels:
    """The few words the map draws itself (the caller passes them translated)."""

    order: str = "订单"
    km: str = "{n} 公里"  # "{n}" is replaced by the scale bar's length
    english_districts: bool = False


@cache
def cjk_font(bold: bool = False) -> FontProperties | None:
    """The bundled Noto Sans SC, registered with matplotlib once; None if the file is missing.

    Registered by file so Chinese renders on machines without any CJK font installed.
    """
    path = resource_path("fonts", FONT_FILES[1 if bold else 0])
    if not path.exists():
        return None
    fontManager.addfont(str(path))
    return FontProperties(fname=str(path))


def _text_kw(size: float, *, bold: bool = False) -> dict[str, Any]:
    font = cjk_font(bold)
    kw: dict[str, Any] = {"fontsize": size}
    if font is not None:
        kw["fontproperties"] = font.copy()
        kw["fontproperties"].set_size(size)
    return kw


def _extent(
    points: Sequence[tuple[float, float]], center: tuple[float, float] | None
) -> tuple[float, float, float, float]:
    """(lng0, lng1, lat0, lat1) around ``points`` with a margin, at least MIN_SPAN_KM across.

    With a ``center`` (the order) the view is centred on it, so distances read outwards from the
    middle, and it reaches the first point (the best candidate) and most of the others: one
    provider far away must not shrink the crowd near the order to a dot (those beyond the view
    are pinned to its edge, see ``_pin``). Without a centre: the points' bounding box.
    """
    if not points:
        return BEIJING_EXTENT
    lats = [p[0] for p in points]
    lngs = [p[1] for p in points]
    if center is None:
        mid_lat, mid_lng = (min(lats) + max(lats)) / 2, (min(lngs) + max(lngs)) / 2
    else:
        mid_lat, mid_lng = center
    km_per_lng = KM_PER_DEGREE_LAT * math.cos(math.radians(mid_lat))
    reaches = [
        max(abs(lat - mid_lat) * KM_PER_DEGREE_LAT, abs(lng - mid_lng) * km_per_lng)
        for lat, lng in points
    ]
    if center is None:
        reach = max(reaches)
    else:
        share = sorted(reaches)[max(0, math.ceil(VIEW_SHARE * len(reaches)) - 1)]
        reach = max(share, reaches[0])
    reach_km = max(reach, MIN_SPAN_KM / 2) * (1 + 2 * MARGIN)
    half_lat = reach_km / KM_PER_DEGREE_LAT
    half_lng = reach_km / km_per_lng
    return (mid_lng - half_lng, mid_lng + half_lng, mid_lat - half_lat, mid_lat + half_lat)


def _pin(
    site: MapSite, order: MapSite | None, view: tuple[float, float, float, float]
) -> tuple[float, float, bool]:
    """Where to draw ``site``: where it is, or, beyond the view, on the view's edge in the
    direction of where it is (True: pinned). Its line still runs to the real place."""
    lng0, lng1, lat0, lat1 = view
    inset_lng, inset_lat = (lng1 - lng0) * PIN_INSET, (lat1 - lat0) * PIN_INSET
    inside = lng0 + inset_lng <= site.lng <= lng1 - inset_lng and (
        lat0 + inset_lat <= site.lat <= lat1 - inset_lat
    )
    if inside or order is None:
        return site.lng, site.lat, False
    dx, dy = site.lng - order.lng, site.lat - order.lat
    half_w = (lng1 - lng0) / 2 - inset_lng
    half_h = (lat1 - lat0) / 2 - inset_lat
    t = min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf)
    return order.lng + dx * t, order.lat + dy * t, True


def _label_spot(district: District, view: tuple[float, float, float, float]) -> tuple[float, float]:
    """Where to write a district's name: at its seat when the seat is in view; otherwise, when
    its disc reaches into the view, near the view's edge on the side of its seat (so the name
    says "this way lies Chaoyang" without covering the order in the middle)."""
    lng0, lng1, lat0, lat1 = view
    pad_lng, pad_lat = (lng1 - lng0) * 0.08, (lat1 - lat0) * 0.06
    if lng0 + pad_lng <= district.lng <= lng1 - pad_lng and lat0 + pad_lat <= district.lat <= lat1:
        return district.lng, district.lat
    mid_lng, mid_lat = (lng0 + lng1) / 2, (lat0 + lat1) / 2
    km_per_lng = KM_PER_DEGREE_LAT * math.cos(math.radians(mid_lat))
    dx = (district.lng - mid_lng) * km_per_lng  # from the middle towards the seat, in km
    dy = (district.lat - mid_lat) * KM_PER_DEGREE_LAT
    distance = math.hypot(dx, dy)
    half_w = (lng1 - lng0) / 2 * km_per_lng
    half_h = (lat1 - lat0) / 2 * KM_PER_DEGREE_LAT
    # How far the ray towards the seat runs before it leaves the view, then a little inset.
    to_edge = (
        min(half_w / abs(dx) if dx else math.inf, half_h / abs(dy) if dy else math.inf) * distance
    )
    step = min(0.78 * to_edge, distance)
    x, y = dx / distance * step, dy / distance * step
    if math.hypot(dx - x, dy - y) > district.radius_km:
        return district.lng, district.lat  # its disc does not reach in: clipped away
    lng, lat = mid_lng + x / km_per_lng, mid_lat + y / KM_PER_DEGREE_LAT
    # Left-aligned text needs room on its right.
    return min(lng, lng1 - 2.5 * pad_lng), lat


def _fit(
    extent: tuple[float, float, float, float], box_ratio: float
) -> tuple[float, float, float, float]:
    """Widen ``extent`` along one axis so that, drawn in a box ``box_ratio`` wide per unit of
    height, a kilometre has the same length east-west as north-south."""
    lng0, lng1, lat0, lat1 = extent
    cos_lat = math.cos(math.radians((lat0 + lat1) / 2))
    width_km = (lng1 - lng0) * KM_PER_DEGREE_LAT * cos_lat
    height_km = (lat1 - lat0) * KM_PER_DEGREE_LAT
    if width_km / height_km < box_ratio:
        grow = (height_km * box_ratio - width_km) / (KM_PER_DEGREE_LAT * cos_lat) / 2
        return (lng0 - grow, lng1 + grow, lat0, lat1)
    grow = (width_km / box_ratio - height_km) / KM_PER_DEGREE_LAT / 2
    return (lng0, lng1, lat0 - grow, lat1 + grow)


def _scale_km(span_km: float) -> float:
    """A round length about a quarter of the view."""
    target = span_km / 4
    return max((s for s in SCALE_STEPS_KM if s <= target), default=SCALE_STEPS_KM[0])


def beijing_map(
    order: MapSite | None,
    candidates: Sequence[MapSite] = (),
    *,
    labels: MapLabels | None = None,
    selected: int | None = None,
    size_inches: tuple[float, float] = (4.0, 4.0),
    dpi: float = 100.0,
) -> Figure:
    """The districts around ``order`` with ``candidates`` and a line from each to the order.

    Candidates are numbered in the order given (the dialog's list order). Eligible ones are blue
    with solid lines, ineligible ones grey with dashed lines; ``selected`` (a candidate ``key``)
    is drawn bold. Every artist that stands for something has a ``gid`` ("district:<code>",
    "order", "candidate:<key>", "line:<key>") so tests and ``highlight`` can find it.
    """
    words = labels or MapLabels()
    fig = Figure(figsize=size_inches, dpi=dpi, facecolor="white")
    fig.subplots_adjust(left=0.01, right=0.99, bottom=0.01, top=0.99)
    ax = fig.add_subplot(1, 1, 1)
    ax.set_facecolor(LAND)
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor("#d0d5dd")

    points = [(c.lat, c.lng) for c in candidates]
    if order is not None and not points:
        points.append((order.lat, order.lng))
    lng0, lng1, lat0, lat1 = _fit(
        _extent(points, (order.lat, order.lng) if order else None), size_inches[0] / size_inches[1]
    )
    cos_lat = math.cos(math.radians((lat0 + lat1) / 2))

    for d in DISTRICTS:
        radius_lat = d.radius_km / KM_PER_DEGREE_LAT
        ax.add_patch(
            Ellipse(
                (d.lng, d.lat),
                width=2 * radius_lat / cos_lat,
                height=2 * radius_lat,
                facecolor=DISTRICT_FILL,
                edgecolor=DISTRICT_EDGE,
                linewidth=0.8,
                zorder=1,
                gid=f"district-area:{d.code}",
            )
        )
        ax.plot([d.lng], [d.lat], marker="s", markersize=3, color=DISTRICT_EDGE, zorder=2)
        label_lng, label_lat = _label_spot(d, (lng0, lng1, lat0, lat1))
        ax.text(
            label_lng,
            label_lat,
            f"  {d.name_en if words.english_districts else d.name_zh}",
            color=DISTRICT_TEXT,
            ha="left",
            va="center",
            clip_on=True,  # names of districts outside the view must not spill over the frame
            zorder=2,
            gid=f"district:{d.code}",
            **_text_kw(8.5),
        )

    if order is not None:
        for c in candidates:
            ax.add_line(
                Line2D(
                    [c.lng, order.lng],
                    [c.lat, order.lat],
                    color=ELIGIBLE_COLOR if c.eligible else INELIGIBLE_COLOR,
                    linestyle="-" if c.eligible else (0, (3, 2)),
                    linewidth=1.1,
                    alpha=0.7,
                    zorder=3,
                    gid=f"line:{c.key}",
                )
            )
    for number, c in enumerate(candidates, start=1):
        color = ELIGIBLE_COLOR if c.eligible else INELIGIBLE_COLOR
        x, y, pinned = _pin(c, order, (lng0, lng1, lat0, lat1))
        ax.plot(
            [x],
            [y],
            # A pinned marker is not where the provider is: a hexagon at the edge, its line
            # running on out of the view towards the real place.
            marker="h" if pinned else "o",
            markersize=13,
            markerfacecolor="white",
            markeredgecolor=color,
            markeredgewidth=1.6,
            linestyle="none",
            zorder=5,
            gid=f"candidate:{c.key}",
        )
        ax.text(
            x,
            y,
            str(number),
            color=color,
            ha="center",
            va="center",
            zorder=6,
            clip_on=True,
            gid=f"number:{c.key}",
            **_text_kw(7.5, bold=True),
        )
    if order is not None:
        ax.plot(
            [order.lng],
            [order.lat],
            marker="*",
            markersize=17,
            color=ORDER_COLOR,
            markeredgecolor="white",
            markeredgewidth=1.0,
            zorder=7,
            gid="order",
        )
        ax.text(
            order.lng,
            order.lat,
            f"\n\n{order.label or words.order}",
            color=ORDER_COLOR,
            ha="center",
            va="center",
            zorder=7,
            clip_on=True,
            gid="order-label",
            **_text_kw(8.5, bold=True),
        )

    # _fit made a kilometre as long both ways for this box, so no aspect correction is needed.
    ax.set_xlim(lng0, lng1)
    ax.set_ylim(lat0, lat1)
    _scale_bar(ax, (lng1 - lng0) * KM_PER_DEGREE_LAT * cos_lat, words)
    highlight(fig, selected)
    return fig


def _scale_bar(ax: Any, span_km: float, words: MapLabels) -> None:
    """A bar of a round length, bottom left, in axes fractions (``span_km`` is the view's width)."""
    km = _scale_km(span_km)
    width = km / span_km
    x0, y0 = 0.05, 0.05
    ax.plot(
        [x0, x0 + width],
        [y0, y0],
        transform=ax.transAxes,
        color="#344054",
        linewidth=2.2,
        solid_capstyle="butt",
        zorder=8,
        gid="scale",
    )
    ax.text(
        x0 + width / 2,
        y0 + 0.015,
        words.km.replace("{n}", f"{km:g}"),
        transform=ax.transAxes,
        color="#344054",
        ha="center",
        va="bottom",
        zorder=8,
        **_text_kw(8),
    )


def highlight(fig: Figure, key: int | None) -> None:
    """Draw candidate ``key`` (and its line) bold, every other candidate normal."""
    for ax in fig.axes:
        for line in ax.get_lines():
            kind, _, value = str(line.get_gid() or "").partition(":")
            chosen = key is not None and value == str(key)
            if kind == "line":
                line.set_linewidth(2.6 if chosen else 1.1)
                line.set_alpha(1.0 if chosen else 0.55)
                line.set_zorder(4 if chosen else 3)
                if chosen and line.get_color() != INELIGIBLE_COLOR:
                    line.set_color(SELECTED_COLOR)
                elif line.get_color() == SELECTED_COLOR:
                    line.set_color(ELIGIBLE_COLOR)
            elif kind == "candidate":
                line.set_markersize(16 if chosen else 13)
                line.set_markerfacecolor("#fef0c7" if chosen else "white")
