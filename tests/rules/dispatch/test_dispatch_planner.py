"""Batch planning: sound plans, several orders per provider, optimal where it can be checked."""

from __future__ import annotations

import itertools
import math
from collections import defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import ServiceCategory as S
from app.rules.dispatch import (
    Booking,
    CustomerFacts,
    DispatchSettings,
    OrderFacts,
    Plan,
    ProviderFacts,
    approach_leg,
    check_eligibility,
    greedy_nearest_first,
    local_day,
    plan_dispatch,
    score_candidate,
    travel_minutes,
)
from app.rules.dispatch import eligibility as E
from app.rules.dispatch import planner as P
from app.rules.dispatch.eligibility import effective_daily_cap
from app.rules.dispatch.matrix import Instance
from tests.rules.dispatch.factories import (
    LAT,
    LNG,
    Problem,
    at,
    booking,
    certs_for,
    courses_for,
    instances,
    make_order,
    make_provider,
)

SETTINGS = DispatchSettings()
NO_CUSTOMERS: dict[int, CustomerFacts] = {}


def with_plan(
    plan: Plan, orders: Sequence[OrderFacts], providers: Sequence[ProviderFacts]
) -> dict[int, ProviderFacts]:
    """Each provider with their existing bookings plus everything the plan gives them."""
    by_order = {o.id: o for o in orders}
    extra: dict[int, list[Booking]] = defaultdict(list)
    for a in plan.assignments:
        o = by_order[a.order_id]
        extra[a.provider_id].append(Booking(o.id, o.start, o.end, o.lat, o.lng))
    return {p.id: replace(p, bookings=p.bookings + tuple(extra[p.id])) for p in providers}


def assert_sound(
    plan: Plan,
    orders: Sequence[OrderFacts],
    providers: Sequence[ProviderFacts],
    customers: Mapping[int, CustomerFacts],
    settings: DispatchSettings,
) -> None:
    """No hard rule broken, nobody double-booked or over their cap, every order accounted for."""
    assigned = [a.order_id for a in plan.assignments]
    unassigned = [u.order_id for u in plan.unassigned]
    assert len(set(assigned)) == len(assigned)
    assert sorted(assigned + unassigned) == sorted(o.id for o in orders)
    by_order = {o.id: o for o in orders}
    final = with_plan(plan, orders, providers)
    planned_ids = set(assigned)
    for a in plan.assignments:
        order, provider = by_order[a.order_id], final[a.provider_id]
        customer = customers.get(order.customer_id)
        assert check_eligibility(order, provider, customer, settings) == [], (order, provider)
        assert a.travel_minutes == pytest.approx(approach_leg(order, provider, settings).minutes)
        assert a.score == pytest.approx(score_candidate(order, provider, customer, settings).total)
    assert plan.total_travel_minutes == pytest.approx(
        sum(a.travel_minutes for a in plan.assignments)
    )
    for provider in final.values():
        # Existing bookings never clash in these instances, so sorting by start gives the route.
        route = sorted(provider.bookings, key=lambda b: (b.start, b.end))
        for before, after in itertools.pairwise(route):
            if {before.order_id, after.order_id} & planned_ids:
                trip = travel_minutes(
                    before.lat, before.lng, after.lat, after.lng, before.end, settings
                )
                assert (after.start - before.end).total_seconds() / 60 >= trip
        per_day: dict[object, int] = defaultdict(int)
        for b in provider.bookings:
            per_day[local_day(b.start)] += 1
        cap = effective_daily_cap(provider, settings)
        for a in plan.assignments:
            if a.provider_id == provider.id:
                assert per_day[local_day(by_order[a.order_id].start)] <= cap
    for u in plan.unassigned:
        assert u.reasons[0].code in (P.NO_ELIGIBLE_PROVIDER, P.ALL_ELIGIBLE_BUSY)


# --- small worked examples -------------------------------------------------------------------


def test_one_provider_takes_two_orders_in_a_row() -> None:
    provider = make_provider(1)
    first = make_order(1, start=at(9), end=at(11))
    second = make_order(2, start=at(13), end=at(15), lat=LAT + 0.01)
    plan = plan_dispatch([second, first], [provider], NO_CUSTOMERS, SETTINGS)
    assert [(a.order_id, a.provider_id) for a in plan.assignments] == [(1, 1), (2, 1)]
    assert plan.unassigned == ()
    # The second trip starts where the first job ended, at 11:00.
    assert plan.assignments[1].travel_minutes == pytest.approx(
        travel_minutes(first.lat, first.lng, second.lat, second.lng, at(11), SETTINGS)
    )
    assert_sound(plan, [first, second], [provider], NO_CUSTOMERS, SETTINGS)


def test_rounds_give_one_provider_several_orders_of_one_bucket() -> None:
    """With a single bucket, each round adds at most one order per provider: three rounds here."""
    orders = [make_order(i, start=at(7 + 3 * i), end=at(8 + 3 * i)) for i in (3, 1, 2)]
    one_bucket = DispatchSettings(planner_bucket_minutes=0)
    plan = plan_dispatch(orders, [make_provider(1)], NO_CUSTOMERS, one_bucket)
    assert [(a.order_id, a.provider_id) for a in plan.assignments] == [(1, 1), (2, 1), (3, 1)]
    assert_sound(plan, orders, [make_provider(1)], NO_CUSTOMERS, one_bucket)


def test_overlapping_orders_cannot_share_a_provider() -> None:
    orders = [make_order(1), make_order(2, start=at(11), end=at(13))]
    plan = plan_dispatch(orders, [make_provider(1)], NO_CUSTOMERS, SETTINGS)
    (taken,) = plan.assignments
    (left,) = plan.unassigned
    # Order 2 wins: its trip leaves at 10:30, after the 08:00-09:59 rush.
    assert (taken.order_id, left.order_id) == (2, 1)
    assert [r.code for r in left.reasons] == [P.ALL_ELIGIBLE_BUSY, E.SCHEDULE_CONFLICT]
    assert left.reasons[1].zh.startswith("王阿姨1：")
    assert left.reasons[1].en.startswith("王阿姨1: ")


def test_daily_cap_limits_a_provider_in_a_plan() -> None:
    orders = [make_order(i, start=at(7 + 3 * i), end=at(8 + 3 * i)) for i in range(1, 4)]
    plan = plan_dispatch(orders, [make_provider(1, daily_cap=2)], NO_CUSTOMERS, SETTINGS)
    assert len(plan.assignments) == 2
    assert [r.code for r in plan.unassigned[0].reasons][-1] == E.DAILY_CAP_REACHED


def test_plan_assigns_more_than_greedy_when_greedy_takes_the_only_option() -> None:
    """Greedy sends its nearest provider to the earlier order and strands the later one."""
    nurse = make_provider(
        1,
        categories=frozenset({S.CLEANING, S.HOME_NURSING}),
        certifications=certs_for(S.CLEANING, S.HOME_NURSING),
        training=courses_for(S.CLEANING, S.HOME_NURSING),
    )
    cleaner = make_provider(2, lat=LAT + 0.02)
    cleaning = make_order(1, start=at(9), end=at(12))
    nursing = make_order(2, category=S.HOME_NURSING, start=at(10), end=at(11))
    orders, providers = [cleaning, nursing], [nurse, cleaner]
    plan = plan_dispatch(orders, providers, NO_CUSTOMERS, SETTINGS)
    greedy = greedy_nearest_first(orders, providers, NO_CUSTOMERS, SETTINGS)
    assert {(a.order_id, a.provider_id) for a in plan.assignments} == {(1, 2), (2, 1)}
    assert [(a.order_id, a.provider_id) for a in greedy.assignments] == [(1, 1)]
    assert [u.order_id for u in greedy.unassigned] == [2]
    assert_sound(plan, orders, providers, NO_CUSTOMERS, SETTINGS)


def test_plan_travels_less_than_greedy_when_greedy_is_shortsighted() -> None:
    # Provider 1 is a little nearer to order 1 but much nearer to order 2.
    p1 = make_provider(1, lat=LAT + 0.010)
    p2 = make_provider(2, lat=LAT - 0.012)
    o1 = make_order(1, start=at(10), end=at(12))
    o2 = make_order(2, start=at(10.5), end=at(12), lat=LAT + 0.03)
    plan = plan_dispatch([o1, o2], [p1, p2], NO_CUSTOMERS, SETTINGS)
    greedy = greedy_nearest_first([o1, o2], [p1, p2], NO_CUSTOMERS, SETTINGS)
    assert {(a.order_id, a.provider_id) for a in greedy.assignments} == {(1, 1), (2, 2)}
    assert {(a.order_id, a.provider_id) for a in plan.assignments} == {(1, 2), (2, 1)}
    assert plan.greedy_total_travel_minutes == pytest.approx(greedy.total_travel_minutes)
    assert plan.total_travel_minutes < greedy.total_travel_minutes


def test_nobody_eligible_explains_with_the_nearest_providers() -> None:
    movers = [make_provider(i, categories=frozenset({S.MOVING})) for i in (1, 2)]
    plan = plan_dispatch([make_order(1)], movers, NO_CUSTOMERS, SETTINGS)
    (left,) = plan.unassigned
    assert left.reasons[0].code == P.NO_ELIGIBLE_PROVIDER
    assert {r.code for r in left.reasons[1:]} == {E.CATEGORY_NOT_OFFERED}


def test_empty_inputs() -> None:
    assert plan_dispatch([], [make_provider()], NO_CUSTOMERS, SETTINGS) == Plan((), 0.0, 0.0, ())
    plan = plan_dispatch([make_order(1)], [], NO_CUSTOMERS, SETTINGS, with_greedy=False)
    assert plan.greedy_total_travel_minutes is None
    assert [u.reasons[0].code for u in plan.unassigned] == [P.NO_ELIGIBLE_PROVIDER]


def test_a_pending_orders_own_booking_is_planned_again() -> None:
    provider = make_provider(1, bookings=(booking(1, 10, 12),))
    plan = plan_dispatch([make_order(1)], [provider], NO_CUSTOMERS, SETTINGS)
    assert [(a.order_id, a.provider_id) for a in plan.assignments] == [(1, 1)]


def test_blocked_provider_is_never_planned() -> None:
    customers = {7: CustomerFacts(7, blocked_provider_ids=frozenset({1}))}
    providers = [make_provider(1), make_provider(2, lat=LAT + 0.05)]
    plan = plan_dispatch([make_order(1)], providers, customers, SETTINGS)
    assert [a.provider_id for a in plan.assignments] == [2]


def test_greedy_with_nothing_to_plan() -> None:
    nobody = greedy_nearest_first([make_order(1)], [], NO_CUSTOMERS, SETTINGS)
    assert nobody.assignments == ()
    assert [u.reasons[0].code for u in nobody.unassigned] == [P.NO_ELIGIBLE_PROVIDER]
    assert greedy_nearest_first([], [make_provider()], NO_CUSTOMERS, SETTINGS) == Plan(
        (), 0.0, 0.0, ()
    )


@pytest.mark.parametrize("planner", [plan_dispatch, greedy_nearest_first])
def test_a_pair_the_matrix_lets_through_is_still_checked_before_booking(
    planner: Callable[..., Plan], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The matrix only narrows the search: were it to let an ineligible provider through,
    the re-check with check_eligibility forbids the pair and the next nearest is taken."""
    real_build = Instance.build

    def too_permissive(*args: Any, **kwargs: Any) -> Instance:
        instance = real_build(*args, **kwargs)
        instance.static_ok[:] = True  # as if every static rule passed
        return instance

    monkeypatch.setattr(Instance, "build", too_permissive)
    mover_next_door = make_provider(1, categories=frozenset({S.MOVING}), lat=LAT + 0.001)
    cleaner_further = make_provider(2, lat=LAT + 0.03)
    order = make_order(1)

    plan = planner([order], [mover_next_door, cleaner_further], NO_CUSTOMERS, SETTINGS)

    assert [(a.order_id, a.provider_id) for a in plan.assignments] == [(1, 2)]
    assert_sound(plan, [order], [mover_next_door, cleaner_further], NO_CUSTOMERS, SETTINGS)


def test_an_improvement_pass_that_finds_a_worse_plan_keeps_the_earlier_one(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Re-solving this window from the first plan's pairs (one candidate per order) gives
    order 1 to provider 2 for about 102 minutes of travel in all; the first plan's 90 stands."""

    def order(oid: int, start: int, end: int, north: int, east: int) -> OrderFacts:
        return make_order(
            oid, start=at(start), end=at(end), lat=LAT + north / 100, lng=LNG + east / 100
        )

    orders = [
        order(1, 11, 12, 0, 5),
        order(2, 9, 10, 4, 4),
        order(3, 14, 15, -3, 3),
        order(4, 14, 16, 1, 1),
    ]
    providers = [
        make_provider(1, lat=LAT + 0.05, lng=LNG - 0.05),
        make_provider(2, lat=LAT - 0.04, lng=LNG - 0.01, daily_cap=2),
    ]
    one_pass = DispatchSettings(planner_bucket_minutes=0, planner_candidates_k=1)
    travel_after_each_solve: list[float] = []
    real_plan_bucket = P._plan_bucket

    def plan_bucket(schedule: Any, *args: Any, **kwargs: Any) -> None:
        real_plan_bucket(schedule, *args, **kwargs)
        travel_after_each_solve.append(schedule.total_travel())

    monkeypatch.setattr(P, "_plan_bucket", plan_bucket)

    improved = plan_dispatch(orders, providers, NO_CUSTOMERS, one_pass, with_greedy=False)
    first, resolved = travel_after_each_solve
    plain = plan_dispatch(
        orders,
        providers,
        NO_CUSTOMERS,
        replace(one_pass, planner_improvement_passes=0),
        with_greedy=False,
    )

    assert resolved > first + 10  # the re-solve was worse ...
    assert improved == plain  # ... so the plan is the first one, pair for pair
    assert improved.total_travel_minutes == pytest.approx(first)
    assert_sound(improved, orders, providers, NO_CUSTOMERS, one_pass)


# --- properties ------------------------------------------------------------------------------

SETTINGS_VARIANTS = st.sampled_from(
    [
        SETTINGS,
        DispatchSettings(planner_candidates_k=1),
        DispatchSettings(planner_bucket_minutes=0),
        DispatchSettings(planner_bucket_minutes=30, planner_candidates_k=2, default_daily_cap=2),
        DispatchSettings(planner_bucket_minutes=60, planner_improvement_passes=2),
    ]
)


@settings(max_examples=100, deadline=None, derandomize=True)
@given(instances(min_size=2), SETTINGS_VARIANTS)
def test_plans_never_break_a_hard_rule(problem: Problem, config: DispatchSettings) -> None:
    orders, providers, customers = problem
    plan = plan_dispatch(orders, providers, customers, config)
    assert_sound(plan, orders, providers, customers, config)


@settings(max_examples=60, deadline=None, derandomize=True)
@given(instances(min_size=2), st.sampled_from([30, 120]))
def test_improvement_passes_never_make_a_plan_worse(problem: Problem, bucket: int) -> None:
    orders, providers, customers = problem
    plain, improved = (
        plan_dispatch(
            orders,
            providers,
            customers,
            DispatchSettings(planner_bucket_minutes=bucket, planner_improvement_passes=passes),
            with_greedy=False,
        )
        for passes in (0, 1)
    )
    assert len(improved.assignments) >= len(plain.assignments)
    if len(improved.assignments) == len(plain.assignments):
        assert improved.total_travel_minutes <= plain.total_travel_minutes + 1e-6


def reference_greedy(
    orders: list[OrderFacts],
    providers: list[ProviderFacts],
    customers: dict[int, CustomerFacts],
    config: DispatchSettings,
) -> tuple[int, float]:
    """Greedy nearest-first written the slow, obvious way: (orders assigned, total travel)."""
    current = {p.id: p for p in providers}
    picks: list[tuple[OrderFacts, int]] = []
    for order in sorted(orders, key=lambda o: (o.start, o.id)):
        best: tuple[float, int] | None = None
        for i, p in enumerate(providers):
            q = current[p.id]
            if not check_eligibility(order, q, customers.get(order.customer_id), config):
                minutes = approach_leg(order, q, config).minutes
                if best is None or minutes < best[0]:
                    best = (minutes, i)
        if best is not None:
            p = providers[best[1]]
            new = Booking(order.id, order.start, order.end, order.lat, order.lng)
            current[p.id] = replace(current[p.id], bookings=(*current[p.id].bookings, new))
            picks.append((order, p.id))
    total = sum(approach_leg(o, current[pid], config).minutes for o, pid in picks)
    return len(picks), total


@settings(max_examples=100, deadline=None, derandomize=True)
@given(instances(min_size=2))
def test_greedy_is_nearest_first_and_sound(problem: Problem) -> None:
    orders, providers, customers = problem
    greedy = greedy_nearest_first(orders, providers, customers, SETTINGS)
    assert_sound(greedy, orders, providers, customers, SETTINGS)
    count, total = reference_greedy(orders, providers, customers, SETTINGS)
    assert len(greedy.assignments) == count
    assert greedy.total_travel_minutes == pytest.approx(total, rel=1e-9, abs=1e-9)
    assert greedy.greedy_total_travel_minutes == greedy.total_travel_minutes


def brute_force(
    orders: list[OrderFacts],
    providers: list[ProviderFacts],
    customers: dict[int, CustomerFacts],
    config: DispatchSettings,
) -> tuple[int, float]:
    """The planner's objective over every assignment: most orders, then least travel.

    Only valid when no provider can take two of the orders (they all overlap in time).
    """
    options: list[list[tuple[int, float]]] = []
    for order in orders:
        customer = customers.get(order.customer_id)
        options.append(
            [
                (i, approach_leg(order, p, config).minutes)
                for i, p in enumerate(providers)
                if not check_eligibility(order, p, customer, config)
            ]
        )
    best = (0, 0.0)

    def search(k: int, used: frozenset[int], count: int, travel: float) -> None:
        nonlocal best
        if k == len(orders):
            if (count, -travel) > (best[0], -best[1]):
                best = (count, travel)
            return
        search(k + 1, used, count, travel)
        for i, minutes in options[k]:
            if i not in used:
                search(k + 1, used | {i}, count + 1, travel + minutes)

    search(0, frozenset(), 0, 0.0)
    return best


@settings(max_examples=100, deadline=None, derandomize=True)
@given(instances(max_orders=4, max_providers=5, same_start=True, min_size=2))
def test_plan_is_optimal_when_every_provider_can_take_only_one_order(problem: Problem) -> None:
    orders, providers, customers = problem
    plan = plan_dispatch(orders, providers, customers, SETTINGS)
    count, travel = brute_force(orders, providers, customers, SETTINGS)
    assert len(plan.assignments) == count
    assert plan.total_travel_minutes == pytest.approx(travel, rel=1e-9, abs=1e-9)
    assert plan.greedy_total_travel_minutes is not None
    greedy = greedy_nearest_first(orders, providers, customers, SETTINGS)
    if len(greedy.assignments) == count:
        assert plan.total_travel_minutes <= plan.greedy_total_travel_minutes + 1e-9
    assert not math.isnan(plan.total_travel_minutes)
