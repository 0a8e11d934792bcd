"""Travel time in Beijing: distance, rush hours, where a provider comes from."""

from __future__ import annotations

from datetime import UTC

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.rules.dispatch import (
    Booking,
    DispatchSettings,
    approach_leg,
    great_circle_km,
    static_reasons,
    travel_minutes,
)
from app.rules.dispatch.matrix import Instance, great_circle_km_np, great_circle_km_table
from tests.rules.dispatch.factories import (
    LAT,
    LNG,
    Problem,
    at,
    booking,
    instances,
    make_order,
    make_provider,
)

SETTINGS = DispatchSettings()
TIANANMEN = (39.9087, 116.3975)
CAPITAL_AIRPORT = (40.0799, 116.6031)


def test_great_circle_distance_is_about_right() -> None:
    assert great_circle_km(*TIANANMEN, *CAPITAL_AIRPORT) == pytest.approx(25.9, abs=0.5)
    assert great_circle_km(*TIANANMEN, *TIANANMEN) == 0.0
    assert great_circle_km(*TIANANMEN, *CAPITAL_AIRPORT) == pytest.approx(
        great_circle_km(*CAPITAL_AIRPORT, *TIANANMEN)
    )


def test_rush_hours_are_slower_than_midday_and_night() -> None:
    def minutes(hour: float) -> float:
        return travel_minutes(*TIANANMEN, *CAPITAL_AIRPORT, at(hour), SETTINGS)

    for rush in (7, 8, 8.5, 9, 17, 18, 19.5):
        assert minutes(rush) > minutes(11) > minutes(2)
    # 25.9 km great-circle * 1.4 road factor at 14 km/h in the 08:00 rush: about 2.6 hours.
    assert minutes(8) == pytest.approx(25.9 * 1.4 / 14 * 60, rel=0.02)


def test_the_beijing_hour_decides_the_speed_whatever_the_offset() -> None:
    depart = at(8)  # 00:00 UTC is 08:00 in Beijing: rush hour
    assert travel_minutes(*TIANANMEN, *CAPITAL_AIRPORT, depart.astimezone(UTC), SETTINGS) == (
        travel_minutes(*TIANANMEN, *CAPITAL_AIRPORT, depart, SETTINGS)
    )


def test_faster_roads_mean_fewer_minutes() -> None:
    quick = DispatchSettings(speed_kmh_by_hour=(60.0,) * 24, road_factor=1.0)
    assert travel_minutes(*TIANANMEN, *CAPITAL_AIRPORT, at(8), quick) == pytest.approx(
        great_circle_km(*TIANANMEN, *CAPITAL_AIRPORT)
    )


def test_settings_are_validated() -> None:
    with pytest.raises(ValueError, match="24"):
        DispatchSettings(speed_kmh_by_hour=(20.0,) * 23)
    with pytest.raises(ValueError, match="positive"):
        DispatchSettings(speed_kmh_by_hour=(0.0,) * 24)


def test_naive_datetimes_are_refused() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        make_order(start=at(10).replace(tzinfo=None))
    with pytest.raises(ValueError, match="timezone-aware"):
        Booking(1, at(8), at(9).replace(tzinfo=None), LAT, LNG)


def test_from_home_the_provider_leaves_before_the_order_starts() -> None:
    leg = approach_leg(make_order(), make_provider(), SETTINGS)
    assert leg.from_order_id is None
    assert leg.depart == at(9.5)  # home_lead_minutes = 30
    assert (leg.from_lat, leg.from_lng) == (LAT + 0.004, LNG)


def test_from_the_previous_job_that_day() -> None:
    provider = make_provider(bookings=(booking(5, 6, 7, dlat=0.05), booking(6, 8, 9, dlat=0.02)))
    leg = approach_leg(make_order(), provider, SETTINGS)
    assert leg.from_order_id == 6
    assert leg.depart == at(9)
    assert leg.minutes == pytest.approx(travel_minutes(LAT + 0.02, LNG, LAT, LNG, at(9), SETTINGS))


def test_a_job_the_day_before_does_not_move_the_start() -> None:
    provider = make_provider(bookings=(booking(5, -3, -1, dlat=0.05),))
    assert approach_leg(make_order(), provider, SETTINGS).from_order_id is None


def test_a_later_job_is_not_where_the_provider_comes_from() -> None:
    provider = make_provider(bookings=(booking(5, 14, 15, dlat=0.05),))
    assert approach_leg(make_order(), provider, SETTINGS).from_order_id is None


coords = st.tuples(st.floats(39.4, 41.1), st.floats(115.4, 117.5))


@settings(max_examples=100, deadline=None, derandomize=True)
@given(st.lists(coords, min_size=1, max_size=6), st.lists(coords, min_size=1, max_size=6))
def test_numpy_distances_match_the_scalar_rule(
    froms: list[tuple[float, float]], tos: list[tuple[float, float]]
) -> None:
    f = np.asarray(froms)
    t = np.asarray(tos)
    table = great_circle_km_table(f[:, 0], f[:, 1], t[:, 0], t[:, 1])
    direct = great_circle_km_np(f[None, :, 0], f[None, :, 1], t[:, None, 0], t[:, None, 1])
    for i, (lat2, lng2) in enumerate(tos):
        for j, (lat1, lng1) in enumerate(froms):
            scalar = great_circle_km(lat1, lng1, lat2, lng2)
            assert table[i, j] == pytest.approx(scalar, abs=1e-9)
            assert direct[i, j] == pytest.approx(scalar, abs=1e-9)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(instances(max_orders=5, max_providers=5))
def test_planner_matrices_match_the_scalar_rules(
    instance: Problem,
) -> None:
    """The numpy view the planner searches agrees with static_reasons and approach_leg."""
    orders, providers, customers = instance
    inst = Instance.build(orders, providers, customers, SETTINGS)
    for r, order in enumerate(orders):
        customer = customers.get(order.customer_id)
        for c, provider in enumerate(providers):
            expected = not static_reasons(order, provider, customer, SETTINGS)
            assert bool(inst.static_ok[r, c]) == expected, (order, provider)
            leg = approach_leg(order, provider, SETTINGS)
            assert inst.initial_cost[r, c] == pytest.approx(leg.minutes, abs=1e-9)
