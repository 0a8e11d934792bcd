"""Which part of the dashboard each role sees: the figures of its own working day.

A dispatcher watches today's board health and the providers at work, an agent the complaint
SLAs, rates and follow-up (callbacks, reopenings, repeats), a reviewer the certification
queue and expiries, a trainer the holds and sanctions that send providers to training, the
pass rates and what retraining changed; supervisors and administrators see everything.
Every role's figures come from its own local cache (what the feed lets it see), so a role is
shown only figures its cache can answer.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.models.enums import Role
from app.rules.access import INSIGHT_READERS, REPORT_READERS

HOURLY, SLA, MAP = "hourly", "sla", "map"
REASONS, CATEGORIES = "reasons", "categories"
ACTIVITY, TRAINING = (
    "activity",
    "training",
)  # breakdown tables: per category/district, course/trainer

ORDER_TILES = ("orders", "dispatched", "arrival", "completed", "at_risk", "cancellations")
COMPLAINT_TILES = ("first_response", "resolution")
WORKFORCE_TILES = ("on_hold", "sanctions")
CERTIFICATION_TILES = ("queue", "expiring")
FOLLOW_UP_TILES = ("callbacks_reached", "callbacks_satisfied", "reopen", "repeats")
ACTIVITY_TILES = ("active_providers", "utilisation")
TRAINING_TILES = ("pass_rate", "retraining")
ALL_TILES = (
    *ORDER_TILES,
    *COMPLAINT_TILES,
    *FOLLOW_UP_TILES,
    *WORKFORCE_TILES,
    *ACTIVITY_TILES,
    *TRAINING_TILES,
    *CERTIFICATION_TILES,
)
ORDER_MAPS = ("dispatched", "arrival", "completed")
ALL_MAPS = ("complaint_rate", *ORDER_MAPS)


@dataclass(frozen=True)
class DashboardView:
    tiles: tuple[str, ...]
    charts: frozenset[str] = frozenset()
    map_kpis: tuple[str, ...] = ()  # the map's choices, the first shown first
    lists: frozenset[str] = frozenset()
    reports: bool = False  # the kept reports and the daily report export

    def shows(self, part: str) -> bool:
        return part in self.charts or part in self.lists


EVERYTHING = DashboardView(
    ALL_TILES,
    frozenset({HOURLY, SLA, MAP}),
    ALL_MAPS,
    frozenset({REASONS, CATEGORIES, ACTIVITY, TRAINING}),
)
VIEWS: dict[Role, DashboardView] = {
    Role.DISPATCHER: DashboardView(
        (*ORDER_TILES, *ACTIVITY_TILES),
        frozenset({HOURLY, MAP}),
        ORDER_MAPS,
        frozenset({REASONS, ACTIVITY}),
    ),
    Role.AGENT: DashboardView(
        (*COMPLAINT_TILES, "completed", *FOLLOW_UP_TILES),
        frozenset({SLA, MAP}),
        ("complaint_rate",),
        frozenset({CATEGORIES}),
    ),
    Role.REVIEWER: DashboardView((*CERTIFICATION_TILES, "on_hold")),
    # Not the retraining outcome: trainers receive no complaints, so it would read 0 ‰.
    Role.TRAINER: DashboardView((*WORKFORCE_TILES, "pass_rate"), lists=frozenset({TRAINING})),
}


def view_for(role: Role | str) -> DashboardView:
    """The role's part of the dashboard (everything for supervisors and administrators)."""
    try:
        known = Role(role)
    except ValueError:
        return DashboardView(())
    if known in INSIGHT_READERS:
        return DashboardView(
            EVERYTHING.tiles,
            EVERYTHING.charts,
            EVERYTHING.map_kpis,
            EVERYTHING.lists,
            reports=known in REPORT_READERS,
        )
    return VIEWS.get(known, DashboardView(()))
