"""Dispatch settings refuse values that would make the rules meaningless, naming the knob."""

from __future__ import annotations

from typing import Any

import pytest

from app.rules.dispatch import DispatchSettings


def test_the_defaults_are_valid() -> None:
    settings = DispatchSettings()
    assert settings.radius_km == 8.0
    assert len(settings.speed_kmh_by_hour) == 24


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"speed_kmh_by_hour": (20.0,) * 23}, "one speed per hour"),
        ({"speed_kmh_by_hour": (20.0,) * 23 + (0.0,)}, "speeds must be positive"),
        ({"radius_km": -0.5}, "radius_km must be >= 0"),
        ({"road_factor": 0.9}, "road_factor >= 1"),
        ({"planner_candidates_k": 0}, "planner_candidates_k must be at least 1"),
        ({"planner_bucket_minutes": -30}, "planner_bucket_minutes"),
        ({"planner_improvement_passes": -1}, "planner_improvement_passes must be >= 0"),
        ({"top_n": -1}, "counts must not be negative"),
        ({"ineligible_n": -1}, "counts must not be negative"),
        ({"default_daily_cap": -1}, "counts must not be negative"),
    ],
)
def test_impossible_settings_are_refused(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        DispatchSettings(**changes)


def test_zero_is_a_valid_radius_bucket_and_cap() -> None:
    settings = DispatchSettings(radius_km=0, planner_bucket_minutes=0, default_daily_cap=0)
    assert (settings.radius_km, settings.planner_bucket_minutes) == (0, 0)
