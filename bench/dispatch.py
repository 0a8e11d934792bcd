"""Batch dispatch benchmark: 1,000 pending orders x 5,000 providers across Beijing.

Budget (DESIGN.md): plan in <= 2 s, 0 hard-rule violations, less total travel than greedy
nearest-first (the baseline, planned in the same process). Run from the repo root:
``.venv/bin/python bench/dispatch.py [--tiny]`` (tiny: 60 orders x 300 providers).
"""

from __future__ import annotations

import argparse
import math
import random
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus as CS
from app.models.enums import ProviderLevel, ProviderStatus, SanctionLevel
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.dispatch import (
    BEIJING,
    Booking,
    CertFact,
    CustomerFacts,
    DispatchSettings,
    OrderFacts,
    Plan,
    ProviderFacts,
    check_eligibility,
    greedy_nearest_first,
    plan_dispatch,
)
from app.rules.districts import DISTRICTS, District
from app.rules.training import TrainingCertificate
from bench._report import Figures, add_size_args

SEED = 20250610
FULL = (1_000, 5_000, 800)  # orders, providers, customers
TINY = (60, 300, 50)
DAY = date(2025, 6, 10)
TRAINED_AT = datetime(2024, 3, 1, tzinfo=UTC)

ORDER_MIX: dict[S, float] = {
    S.CLEANING: 30, S.DEEP_CLEANING: 10, S.NANNY: 6, S.MATERNITY: 3, S.ELDERLY_CARE: 8,
    S.HOME_NURSING: 6, S.APPLIANCE_REPAIR: 11, S.PLUMBING_ELECTRICAL: 12,
    S.APPLIANCE_CLEANING: 8, S.MOVING: 6,
}  # fmt: skip
TRADES: list[tuple[float, tuple[S, ...]]] = [
    (48, (S.CLEANING, S.DEEP_CLEANING, S.APPLIANCE_CLEANING)),
    (10, (S.NANNY, S.CLEANING)),
    (6, (S.MATERNITY, S.NANNY)),
    (8, (S.ELDERLY_CARE,)),
    (6, (S.HOME_NURSING, S.ELDERLY_CARE)),
    (16, (S.APPLIANCE_REPAIR, S.PLUMBING_ELECTRICAL, S.APPLIANCE_CLEANING)),
    (6, (S.MOVING,)),
]


def at(hour: float) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, tzinfo=BEIJING) + timedelta(hours=hour)


def scatter(rng: random.Random, district: District) -> tuple[float, float]:
    """A point in the district: uniform on a disc of its built-up radius around the seat."""
    r = district.radius_km * math.sqrt(rng.random())
    theta = rng.uniform(0, 2 * math.pi)
    dlat = r * math.cos(theta) / 111.0
    dlng = r * math.sin(theta) / (111.0 * math.cos(math.radians(district.lat)))
    return district.lat + dlat, district.lng + dlng


def nearby_districts(district: District, n: int) -> list[str]:
    def km(d: District) -> float:
        return math.hypot(d.lat - district.lat, (d.lng - district.lng) * 0.77) * 111

    return [d.code for d in sorted(DISTRICTS, key=km)[1 : n + 1]]


def make_certs(rng: random.Random, categories: tuple[S, ...]) -> tuple[CertFact, ...]:
    kinds: set[C] = set()
    for cat in categories:
        kinds |= CATEGORIES[cat].required_certifications
    certs: list[CertFact] = []
    for kind in sorted(kinds):
        roll = rng.random()
        expires: date | None = None
        if kind in (C.HEALTH_CERTIFICATE, C.BACKGROUND_CHECK):
            expires = DAY + timedelta(days=rng.randint(1, 365))
        elif kind is not C.ID_VERIFICATION:
            expires = DAY + timedelta(days=rng.randint(30, 1500))
        if roll < 0.03:
            certs.append(CertFact(kind, CS.SUBMITTED, expires))
        elif roll < 0.04:
            certs.append(CertFact(kind, CS.REJECTED, expires))
        elif roll < 0.07 and expires is not None:
            certs.append(CertFact(kind, CS.APPROVED, DAY - timedelta(days=rng.randint(1, 60))))
        elif roll < 0.08 and expires is not None:
            certs.append(CertFact(kind, CS.APPROVED, DAY - timedelta(days=1)))  # lapsed yesterday
            if rng.random() < 0.5:  # renewal waiting for review
                certs.append(CertFact(kind, CS.SUBMITTED, DAY + timedelta(days=365)))
        elif roll < 0.085:
            continue  # never uploaded
        else:
            certs.append(CertFact(kind, CS.APPROVED, expires))
    return tuple(certs)


def make_instance(
    seed: int = SEED, size: tuple[int, int, int] = FULL
) -> tuple[list[OrderFacts], list[ProviderFacts], dict[int, CustomerFacts]]:
    n_orders, n_providers, n_customers = size
    rng = random.Random(seed)
    weights = [d.population_10k for d in DISTRICTS]
    providers: list[ProviderFacts] = []
    for pid in range(1, n_providers + 1):
        home = rng.choices(DISTRICTS, weights)[0]
        lat, lng = scatter(rng, home)
        categories = rng.choices([t[1] for t in TRADES], [t[0] for t in TRADES])[0]
        status_roll = rng.random()
        status = (
            ProviderStatus.ACTIVE
            if status_roll < 0.93
            else ProviderStatus.ONBOARDING
            if status_roll < 0.97
            else ProviderStatus.INACTIVE
        )
        sanction_roll = rng.random()
        sanction = (
            SanctionLevel.RETRAINING
            if sanction_roll < 0.02
            else SanctionLevel.SUSPENSION
            if sanction_roll < 0.03
            else SanctionLevel.DISQUALIFICATION
            if sanction_roll < 0.035
            else None
        )
        courses = tuple(
            TrainingCertificate(CATEGORIES[c].training_course, TRAINED_AT)
            for c in categories
            if rng.random() < 0.94
        )
        bookings: list[Booking] = []
        if rng.random() < 0.3:  # already has jobs today (from earlier dispatch)
            blat, blng = scatter(rng, home)
            start = rng.choice([7.0, 7.5, 8.0, 9.0])
            bookings.append(Booking(-pid, at(start), at(start + 2), blat, blng))
            if rng.random() < 0.4:
                blat, blng = scatter(rng, home)
                start = rng.choice([14.0, 15.0, 16.0])
                bookings.append(Booking(-pid - n_providers, at(start), at(start + 2), blat, blng))
        providers.append(
            ProviderFacts(
                id=pid,
                name=f"P{pid:05d}",
                lat=lat,
                lng=lng,
                districts=frozenset([home.code, *nearby_districts(home, rng.randint(0, 2))]),
                categories=frozenset(categories),
                level=rng.choice(list(ProviderLevel)),
                rating=round(rng.uniform(3.8, 5.0), 1),
                account_status=status,
                sanction_hold=sanction,
                certifications=make_certs(rng, categories),
                training=courses,
                daily_cap=rng.choice([None, 3, 4, 5]),
                bookings=tuple(bookings),
            )
        )
    customers: dict[int, CustomerFacts] = {}
    for cid in range(1, n_customers + 1):
        blocked = frozenset(rng.sample(range(1, n_providers + 1), rng.randint(1, 3)))
        liked = frozenset(rng.sample(range(1, n_providers + 1), rng.randint(1, 4)))
        customers[cid] = CustomerFacts(
            cid,
            blocked if rng.random() < 0.1 else frozenset(),
            liked if rng.random() < 0.2 else frozenset(),
        )
    orders: list[OrderFacts] = []
    cats, cat_weights = list(ORDER_MIX), list(ORDER_MIX.values())
    for oid in range(1, n_orders + 1):
        district = rng.choices(DISTRICTS, weights)[0]
        lat, lng = scatter(rng, district)
        category = rng.choices(cats, cat_weights)[0]
        info = CATEGORIES[category]
        minutes = rng.randrange(info.duration_min, info.duration_max + 1, 30)
        begins = at(rng.choice([h / 2 for h in range(16, 40)]))  # 08:00 .. 19:30
        orders.append(
            OrderFacts(
                id=oid,
                category=category,
                district=district.code,
                lat=lat,
                lng=lng,
                start=begins,
                end=begins + timedelta(minutes=minutes),
                customer_id=rng.randint(1, n_customers),
                premium=rng.random() < 0.15,
            )
        )
    return orders, providers, customers


def count_violations(
    plan: Plan,
    orders: list[OrderFacts],
    providers: list[ProviderFacts],
    customers: dict[int, CustomerFacts],
    settings: DispatchSettings,
) -> int:
    """Re-check every planned pair against the provider's bookings plus the whole plan."""
    by_order = {o.id: o for o in orders}
    by_provider = {p.id: p for p in providers}
    planned: dict[int, list[Booking]] = defaultdict(list)
    for a in plan.assignments:
        o = by_order[a.order_id]
        planned[a.provider_id].append(Booking(o.id, o.start, o.end, o.lat, o.lng))
    violations = 0
    for a in plan.assignments:
        p = by_provider[a.provider_id]
        p = replace(p, bookings=p.bookings + tuple(planned[p.id]))
        o = by_order[a.order_id]
        if check_eligibility(o, p, customers.get(o.customer_id), settings):
            violations += 1
    return violations


def timed(run: Callable[[], Plan], repeat: int = 3) -> tuple[Plan, float, float]:
    """The plan, and median wall and CPU seconds over ``repeat`` runs (the machine is shared)."""
    walls: list[float] = []
    cpus: list[float] = []
    plan: Plan | None = None
    for _ in range(repeat):
        wall, cpu = time.perf_counter(), time.process_time()
        plan = run()
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    assert plan is not None
    return plan, statistics.median(walls), statistics.median(cpus)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_size_args(ap)
    args = ap.parse_args()
    settings = DispatchSettings()
    figures = Figures()
    t0 = time.perf_counter()
    orders, providers, customers = make_instance(size=TINY if args.tiny else FULL)
    t_gen = time.perf_counter() - t0
    plan_dispatch(orders[:50], providers[:200], customers, settings)  # warm imports and caches
    repeat = 1 if args.tiny else 3
    plan, wall, cpu = timed(lambda: plan_dispatch(orders, providers, customers, settings), repeat)
    alone, wall_alone, cpu_alone = timed(
        lambda: plan_dispatch(orders, providers, customers, settings, with_greedy=False), repeat
    )
    figures.check(alone.assignments == plan.assignments, "the plan depends on with_greedy")
    t_greedy, c0 = time.perf_counter(), time.process_time()
    greedy_plan = greedy_nearest_first(orders, providers, customers, settings)
    t_greedy, c_greedy = time.perf_counter() - t_greedy, time.process_time() - c0
    greedy = plan.greedy_total_travel_minutes or 0.0
    violations = count_violations(plan, orders, providers, customers, settings)
    greedy_violations = count_violations(greedy_plan, orders, providers, customers, settings)
    per_provider = Counter(a.provider_id for a in plan.assignments)
    print(f"instance: {len(orders)} orders x {len(providers)} providers, seed {SEED}")
    print(f"  (generated in {t_gen:.2f} s; median of {repeat} runs below)")
    figures.figure(
        "plan time, incl. greedy baseline", wall, "s", budget=2.0, note=f"cpu {cpu:.3f} s"
    )
    figures.figure(
        "plan time, plan only",
        wall_alone,
        "s",
        budget=2.0,
        baseline=t_greedy,
        baseline_name="greedy nearest-first",
        note=f"cpu {cpu_alone:.3f} s (greedy cpu {c_greedy:.3f} s)",
    )
    figures.figure(
        "plan travel",
        plan.total_travel_minutes,
        "min",
        budget=greedy,
        baseline=greedy,
        baseline_name="greedy nearest-first",
    )
    figures.figure("hard-rule violations", violations, "orders", budget=0)
    figures.check(violations == 0, f"{violations} planned assignments break a hard rule")
    print(f"greedy violations:   {greedy_violations}")
    print(f"assigned/unassigned: {len(plan.assignments)}/{len(plan.unassigned)}", end="")
    print(f" (greedy: {len(greedy_plan.assignments)}/{len(greedy_plan.unassigned)})")
    print(f"providers with 2+ orders in the plan: {sum(1 for n in per_provider.values() if n > 1)}")
    causes = Counter(u.reasons[0].code for u in plan.unassigned)
    print(f"unassigned by cause: {dict(causes)}")
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
