"""The dispatch map: a matplotlib Figure with Beijing's districts, the order, the candidates."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text

from app.charts.beijing_map import (
    KM_PER_DEGREE_LAT,
    MapLabels,
    MapSite,
    _fit,
    beijing_map,
    cjk_font,
    highlight,
)
from app.rules.districts import DISTRICTS

ROOT = Path(__file__).resolve().parents[2]
ORDER = MapSite(39.95, 116.52)
CANDIDATES = (
    MapSite(39.933, 116.512, "李桂兰", True, 1955),
    MapSite(39.94, 116.47, "叶欣怡", True, 1763),
    MapSite(39.97, 116.50, "董桂英", False, 42),
)


def texts(fig: Figure, prefix: str) -> dict[str, Text]:
    return {
        str(t.get_gid()).split(":", 1)[1]: t
        for t in fig.axes[0].texts
        if str(t.get_gid() or "").startswith(prefix)
    }


def lines(fig: Figure) -> dict[str, Line2D]:
    return {str(x.get_gid()): x for x in fig.axes[0].get_lines() if x.get_gid()}


def test_returns_a_figure_with_the_16_district_labels() -> None:
    fig = beijing_map(ORDER, CANDIDATES)

    assert isinstance(fig, Figure)
    labels = texts(fig, "district:")
    assert len(labels) == 16
    assert {code: t.get_text().strip() for code, t in labels.items()} == {
        d.code: d.name_zh for d in DISTRICTS
    }
    assert all(t.get_clip_on() for t in labels.values())  # off-view names do not spill


def test_district_names_in_english_when_asked() -> None:
    fig = beijing_map(None, labels=MapLabels(order="Order", km="{n} km", english_districts=True))

    assert {t.get_text().strip() for t in texts(fig, "district:").values()} == {
        d.name_en for d in DISTRICTS
    }


def test_the_order_and_each_candidate_with_a_line_to_the_order() -> None:
    fig = beijing_map(ORDER, CANDIDATES)
    drawn = lines(fig)

    assert "order" in drawn
    for c in CANDIDATES:
        marker, line = drawn[f"candidate:{c.key}"], drawn[f"line:{c.key}"]
        assert marker.get_xydata().tolist() == [[c.lng, c.lat]]  # type: ignore[union-attr]
        assert line.get_xydata().tolist() == [[c.lng, c.lat], [ORDER.lng, ORDER.lat]]  # type: ignore[union-attr]
        assert (line.get_linestyle() == "-") is c.eligible
    numbers = texts(fig, "number:")
    assert [numbers[str(c.key)].get_text() for c in CANDIDATES] == ["1", "2", "3"]


def test_the_view_is_centred_on_the_order_and_holds_every_candidate() -> None:
    far = MapSite(40.10, 116.30, "远", True, 7)
    fig = beijing_map(ORDER, (*CANDIDATES, far))
    ax = fig.axes[0]
    (x0, x1), (y0, y1) = ax.get_xlim(), ax.get_ylim()

    assert math.isclose((x0 + x1) / 2, ORDER.lng)
    assert math.isclose((y0 + y1) / 2, ORDER.lat)
    assert all(x0 < c.lng < x1 and y0 < c.lat < y1 for c in (*CANDIDATES, far))


@pytest.mark.parametrize("ratio", [1.0, 1.6, 0.7])
def test_a_kilometre_is_as_long_east_west_as_north_south(ratio: float) -> None:
    lng0, lng1, lat0, lat1 = _fit((116.3, 116.5, 39.85, 39.95), ratio)
    cos_lat = math.cos(math.radians((lat0 + lat1) / 2))
    width_km = (lng1 - lng0) * KM_PER_DEGREE_LAT * cos_lat
    height_km = (lat1 - lat0) * KM_PER_DEGREE_LAT

    assert math.isclose(width_km / height_km, ratio)


def test_highlight_makes_one_candidate_bold() -> None:
    fig = beijing_map(ORDER, CANDIDATES, selected=1955)
    drawn = lines(fig)
    assert drawn["line:1955"].get_linewidth() > drawn["line:1763"].get_linewidth()

    highlight(fig, 1763)

    assert drawn["line:1763"].get_linewidth() > drawn["line:1955"].get_linewidth()
    assert drawn["candidate:1763"].get_markersize() > drawn["candidate:1955"].get_markersize()


def test_chinese_is_drawn_with_the_bundled_font() -> None:
    font = cjk_font()
    assert font is not None
    assert font.get_name() == "Noto Sans SC"
    fig = beijing_map(ORDER, CANDIDATES)
    label = texts(fig, "district:")["chaoyang"]

    assert label.get_fontproperties().get_name() == "Noto Sans SC"
    FigureCanvasAgg(fig).draw()  # type: ignore[no-untyped-call] # renders without missing-glyph warnings (warnings are errors)


def test_without_an_order_all_of_beijing_shows() -> None:
    fig = beijing_map(None)
    ax = fig.axes[0]

    assert all(
        ax.get_xlim()[0] < d.lng < ax.get_xlim()[1] and ax.get_ylim()[0] < d.lat < ax.get_ylim()[1]
        for d in DISTRICTS
    )


def test_charts_import_neither_qt_nor_pyplot() -> None:
    code = (
        "import sys, app.charts.beijing_map as m; "
        "m.beijing_map(m.MapSite(39.9, 116.4)); "
        "bad = [x for x in ('PySide6', 'matplotlib.pyplot') if x in sys.modules]; "
        "assert not bad, bad"
    )
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, timeout=60)
