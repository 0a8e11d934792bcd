"""Batch dispatch: plan every pending order in a window at once, and the greedy baseline.

Objective, in this order: (1) as many orders assigned as possible, (2) the least total travel
minutes into them, each order's travel being ``approach_leg``: from the provider's previous job
that Beijing day, or from home.

How: orders are taken in start-time buckets, earliest first, so later orders can start from where
earlier ones end. Within a bucket, rounds of ``linear_sum_assignment`` give each provider at most
one more order per round (a provider who can fit several gets them over several rounds), with the
bookings and positions updated and eligibility re-checked between rounds. Each round is exactly
optimal over every order's ``planner_candidates_k`` nearest feasible providers, so when all the
orders overlap and a bucket holds no more orders than that, the plan is exactly optimal. Then
every bucket is solved again with the rest of the plan known (a re-solve is kept only if it is
better). Every planned pair is re-checked with ``check_eligibility`` against the plan so far, so a
plan never breaks a hard rule.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import NamedTuple

import numpy as np
from scipy.optimize import linear_sum_assignment
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components

from app.rules.dispatch.eligibility import check_eligibility
from app.rules.dispatch.facts import CustomerFacts, OrderFacts, ProviderFacts
from app.rules.dispatch.matrix import Instance
from app.rules.dispatch.schedule import Schedule
from app.rules.dispatch.scoring import score_candidate
from app.rules.dispatch.settings import DispatchSettings
from app.rules.reasons import Reason

NO_ELIGIBLE_PROVIDER = "no_eligible_provider"
ALL_ELIGIBLE_BUSY = "all_eligible_busy"


class Assignment(NamedTuple):
    order_id: int
    provider_id: int
    travel_minutes: float  # into the order, from the provider's previous job that day or home
    score: float  # score_candidate(...).total with the whole plan booked


class Unassigned(NamedTuple):
    order_id: int
    reasons: tuple[Reason, ...]  # a summary first, then the nearest providers' reasons


@dataclass(frozen=True, slots=True)
class Plan:
    assignments: tuple[Assignment, ...]  # by order start, then order id
    total_travel_minutes: float
    greedy_total_travel_minutes: float | None  # same instance, greedy_nearest_first()
    unassigned: tuple[Unassigned, ...]


Edge = tuple[int, int, float]  # (order row, provider column, travel minutes)


def _solve_round(edges: list[Edge]) -> list[tuple[int, int]]:
    """Most pairs, then least travel, over the candidate edges (one order per provider)."""
    rows = sorted({e[0] for e in edges})
    cols = sorted({e[1] for e in edges})
    r_at = {r: i for i, r in enumerate(rows)}
    c_at = {c: i for i, c in enumerate(cols)}
    er = np.asarray([r_at[e[0]] for e in edges], dtype=np.int64)
    ec = np.asarray([c_at[e[1]] for e in edges], dtype=np.int64)
    ev = np.asarray([e[2] for e in edges], dtype=np.float64)
    # Orders sharing no candidates cannot affect each other: solve each component on its own.
    n_r = len(rows)
    graph = coo_matrix((np.ones(len(edges)), (er, ec + n_r)), shape=(n_r + len(cols),) * 2)
    _, label = connected_components(graph, directed=False)
    edge_label = label[er]
    matched: list[tuple[int, int]] = []
    for component in np.unique(edge_label):
        mask = edge_label == component
        cr, cc, cv = er[mask], ec[mask], ev[mask]
        ur, r_local = np.unique(cr, return_inverse=True)
        uc, c_local = np.unique(cc, return_inverse=True)
        if len(ur) == 1 or len(uc) == 1:
            best = int(np.lexsort((cc, cr, cv))[0])  # one side of one: the cheapest pair
            matched.append((rows[int(cr[best])], cols[int(cc[best])]))
            continue
        # Leaving an order out costs more than any complete set of trips (cardinality first);
        # each order has its own "unassigned" column so the matrix always has a full matching.
        cv = cv - cv.min()  # successor savings can make a trip negative
        leave_out = (float(cv.max()) + 1.0) * (len(ur) + 1)
        cost = np.full((len(ur), len(uc) + len(ur)), 2.0 * leave_out)
        cost[r_local, c_local] = cv
        cost[np.arange(len(ur)), len(uc) + np.arange(len(ur))] = leave_out
        rr, cc_sol = linear_sum_assignment(cost)
        for i, j in zip(rr.tolist(), cc_sol.tolist(), strict=True):
            if j < len(uc):
                matched.append((rows[int(ur[i])], cols[int(uc[j])]))
    return matched


def _buckets(instance: Instance) -> list[list[int]]:
    """Order rows by start (then id), cut into ``planner_bucket_minutes`` slices."""
    rows = sorted(range(len(instance.orders)), key=lambda r: _order_key(instance.orders[r]))
    width = instance.settings.planner_bucket_minutes * 60_000_000
    if width == 0 or not rows:
        return [rows] if rows else []
    first = int(instance.o_start[rows[0]])
    buckets: dict[int, list[int]] = {}
    for r in rows:
        buckets.setdefault((int(instance.o_start[r]) - first) // width, []).append(r)
    return [buckets[b] for b in sorted(buckets)]


def _order_key(order: OrderFacts) -> tuple[datetime, int]:
    return (order.start, order.id)


def _by_start(instance: Instance, pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    return sorted(pairs, key=lambda pair: _order_key(instance.orders[pair[0]]))


def _plan_bucket(
    schedule: Schedule, bucket: list[int], keep: list[tuple[int, int]] | None = None
) -> None:
    """Rounds of assignment until no more of the bucket's orders fit.

    ``keep`` pairs (an earlier solution) are always offered in the first round, so a re-solve
    can find at least that solution again.
    """
    instance = schedule.instance
    k = instance.settings.planner_candidates_k
    remaining = bucket
    offer = list(keep or [])
    while remaining:
        lists = schedule.candidates(remaining, k)
        pairs = {(r, c): v for r, found in zip(remaining, lists, strict=True) for c, v in found}
        for r, c in offer:
            if (r, c) not in pairs and schedule.fits(r, c):
                pairs[(r, c)] = float(schedule.cost[r, c])
        offer = []
        edges = [(r, c, v + schedule.successor_delta(r, c)) for (r, c), v in pairs.items()]
        if not edges:
            break
        # Never empty: leaving an order out costs more than any edge (see _solve_round).
        matched = _solve_round(edges)
        for row, col in _by_start(instance, matched):
            schedule.try_book(row, col)
        # Each round books a pair or forbids one (a failed re-check), so the loop ends.
        remaining = [r for r in remaining if r not in schedule.assigned]


def _run_rounds(instance: Instance, *, consume: bool = False) -> Schedule:
    schedule = Schedule(instance, consume=consume)
    buckets = _buckets(instance)
    for bucket in buckets:
        _plan_bucket(schedule, bucket)
    for _ in range(instance.settings.planner_improvement_passes):
        for bucket in buckets:
            _resolve_bucket(schedule, bucket)
    return schedule


def _resolve_bucket(schedule: Schedule, bucket: list[int]) -> None:
    """Plan a bucket again now that later orders are known; keep whichever plan is better."""
    before = [(r, schedule.assigned[r]) for r in bucket if r in schedule.assigned]
    if not before:
        return
    travel_before = schedule.total_travel()
    for r, _ in before:
        schedule.unbook(r)
    _plan_bucket(schedule, bucket, keep=before)
    count = sum(1 for r in bucket if r in schedule.assigned)
    if (count, -schedule.total_travel()) >= (len(before), -travel_before - 1e-9):
        return
    for r in bucket:
        if r in schedule.assigned:
            schedule.unbook(r)
    for r, c in before:
        schedule.try_book(r, c)


def _run_greedy(instance: Instance, *, consume: bool = False) -> Schedule:
    schedule = Schedule(instance, consume=consume)
    for row in sorted(range(len(instance.orders)), key=lambda r: _order_key(instance.orders[r])):
        while (col := schedule.nearest(row)) is not None and not schedule.try_book(row, col):
            pass  # the re-check failed and forbade the pair: try the next nearest
    return schedule


def _assignments(schedule: Schedule) -> tuple[Assignment, ...]:
    inst = schedule.instance
    out: list[Assignment] = []
    for row, col in _by_start(inst, list(schedule.assigned.items())):
        order = inst.orders[row]
        customer = inst.customers.get(order.customer_id)
        breakdown = score_candidate(order, schedule.provider(col), customer, inst.settings)
        out.append(
            Assignment(order.id, inst.providers[col].id, breakdown.travel_minutes, breakdown.total)
        )
    return tuple(out)


def _unassigned(schedule: Schedule) -> tuple[Unassigned, ...]:
    inst = schedule.instance
    n_show = inst.settings.ineligible_n
    out: list[Unassigned] = []
    for row in sorted(range(len(inst.orders)), key=lambda r: _order_key(inst.orders[r])):
        if row in schedule.assigned:
            continue
        order = inst.orders[row]
        n_static = int(inst.static_ok[row].sum())
        if n_static == 0:
            head = Reason(
                NO_ELIGIBLE_PROVIDER,
                "没有在资质、培训、区域等方面都符合条件的服务人员",
                "No provider meets the certificate, training, area and other requirements",
            )
        else:
            head = Reason(
                ALL_ELIGIBLE_BUSY,
                f"{n_static}位符合条件的服务人员在该时段都已排满或赶不及",
                f"All {n_static} otherwise eligible providers are booked or cannot make it in time",
            )
        # The nearest providers who offer this service, and what stops each of them.
        km = inst.home_km[row]
        reasons = [head]
        customer = inst.customers.get(order.customer_id)
        offers = inst.offers_by_category[inst.o_category[row]]
        nearest = np.lexsort((np.arange(len(km)), km, ~offers))
        for col in nearest[:n_show].tolist():
            provider = schedule.provider(col)
            for r in check_eligibility(order, provider, customer, inst.settings):
                reasons.append(
                    Reason(r.code, f"{provider.name}：{r.zh}", f"{provider.name}: {r.en}")
                )
        out.append(Unassigned(order.id, tuple(reasons)))
    return tuple(out)


def plan_dispatch(
    orders: Sequence[OrderFacts],
    providers: Sequence[ProviderFacts],
    customers: Mapping[int, CustomerFacts],
    settings: DispatchSettings,
    *,
    with_greedy: bool = True,
) -> Plan:
    """Assign pending orders to providers (see the module docstring for the objective).

    ``providers[i].bookings`` are their existing jobs; a booking for one of ``orders`` is ignored
    (the order is being planned again). ``customers`` maps customer id to facts; a missing customer
    has no block list and no favourites. ``with_greedy=False`` skips the baseline.
    """
    if not orders or not providers:
        return Plan((), 0.0, 0.0 if with_greedy else None, _no_providers(orders))
    instance = Instance.build(orders, providers, customers, settings)
    schedule = _run_rounds(instance, consume=not with_greedy)
    assignments = _assignments(schedule)
    greedy: float | None = None
    if with_greedy:
        baseline = _assignments(_run_greedy(instance, consume=True))  # last user of instance
        greedy = math.fsum(a.travel_minutes for a in baseline)
    return Plan(
        assignments,
        math.fsum(a.travel_minutes for a in assignments),
        greedy,
        _unassigned(schedule),
    )


def _no_providers(orders: Sequence[OrderFacts]) -> tuple[Unassigned, ...]:
    head = Reason(NO_ELIGIBLE_PROVIDER, "没有可派的服务人员", "There are no providers to dispatch")
    return tuple(Unassigned(o.id, (head,)) for o in sorted(orders, key=_order_key))


def greedy_nearest_first(
    orders: Sequence[OrderFacts],
    providers: Sequence[ProviderFacts],
    customers: Mapping[int, CustomerFacts],
    settings: DispatchSettings,
) -> Plan:
    """The baseline: orders by start time, each to the eligible provider with the least travel
    given the bookings made so far (ties: earlier in ``providers``).

    Returns a ``Plan`` whose ``greedy_total_travel_minutes`` equals its own total.
    """
    if not orders or not providers:
        return Plan((), 0.0, 0.0, _no_providers(orders))
    instance = Instance.build(orders, providers, customers, settings)
    schedule = _run_greedy(instance, consume=True)
    assignments = _assignments(schedule)
    total = math.fsum(a.travel_minutes for a in assignments)
    return Plan(assignments, total, total, _unassigned(schedule))
