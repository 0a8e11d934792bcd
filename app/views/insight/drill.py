"""What is behind a figure on the dashboard: the page and filters that show its orders or
tickets, so that a click on a tile, a bar or a district opens them.

Pure: a ``Drill`` names a page (its key in ``app.views.pages``) and the filters that page's
``drill(filters)`` understands. The board takes ``state``, ``district``, ``category`` and
``window`` (a ``TimeWindow`` value); the complaints page takes ``severity`` and ``overdue``
("1": only tickets past a deadline). The main window's ``show_page(key, filters)`` opens it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from app.models.enums import OrderStatus, Severity
from app.views.board.filter import TimeWindow

BOARD = "board"
COMPLAINTS = "complaints"
CERTIFICATION = "certification"


@dataclass(frozen=True)
class Drill:
    page: str
    filters: Mapping[str, str] = field(default_factory=dict)


def _today(**filters: str) -> Drill:
    return Drill(BOARD, {"window": TimeWindow.TODAY.value, **filters})


# A tile's orders or tickets (tiles with nothing to list behind them are missing).
TILE_DRILLS: dict[str, Drill] = {
    "orders": _today(),
    "dispatched": _today(),
    "arrival": _today(),
    "completed": _today(state=OrderStatus.COMPLETED.value),
    "at_risk": Drill(BOARD, {"window": TimeWindow.AT_RISK.value}),
    "cancellations": _today(state=OrderStatus.CANCELLED.value),
    "first_response": Drill(COMPLAINTS, {"overdue": "1"}),
    "resolution": Drill(COMPLAINTS, {"overdue": "1"}),
    "queue": Drill(CERTIFICATION),
    "expiring": Drill(CERTIFICATION),
}


def tile_drill(key: str) -> Drill | None:
    return TILE_DRILLS.get(key)


def hour_drill() -> Drill:
    """A bar of the orders-per-hour chart: today's orders (the board has no hour filter)."""
    return _today()


def severity_drill(severity: Severity) -> Drill:
    """A bar of the SLA chart: the open tickets of that severity."""
    return Drill(COMPLAINTS, {"severity": severity.value})


def district_drill(district: str, map_kpi: str) -> Drill:
    """A district of the map: its orders behind the KPI the map shows (today's for the
    day's rates; every order of the district for the weekly complaint rate)."""
    if map_kpi == "completed":
        return _today(district=district, state=OrderStatus.COMPLETED.value)
    if map_kpi in ("dispatched", "arrival"):
        return _today(district=district)
    return Drill(BOARD, {"district": district})
