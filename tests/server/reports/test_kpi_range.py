"""The range aggregates (per-day SQL counts, the kpi_days rollup, today live) give the same
figures as the pure KPI definitions over every row, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select, true

from app.models import tables as t
from app.models.enums import Severity
from app.rules.beijing import local_day
from app.rules.kpi import complaints as kc
from app.rules.kpi import orders as ko
from app.rules.kpi.definitions import Period, day_start, whole_day
from app.rules.kpi.facts import ComplaintKpiFacts, OrderKpiFacts
from app.schemas.kpis import KpiStep, RangeStep, Ratio
from app.server.db import Database
from app.server.services import kpi_range, kpi_sql
from tests.server.reports.conftest import NOW

TODAY = local_day(NOW)
FIRST = TODAY - timedelta(days=9)  # the history reaches 9 days back


def _all(db: Database) -> tuple[dict[int, OrderKpiFacts], list[ComplaintKpiFacts]]:
    with db.read() as s:
        orders = kpi_sql._orders(s, true())
        rows = kpi_sql._rows(s, t.Complaint, kpi_sql._COMPLAINT, true())
    from app.rules.kpi.facts import complaint_kpi_facts

    return orders, [complaint_kpi_facts(r) for r in rows]


def _ratio(numerator: float, denominator: int | None) -> Ratio:
    return Ratio(numerator=int(numerator), denominator=int(denominator or 0))


def expected(db: Database, first: date, last: date, period: Period) -> KpiStep:
    """The step the pure definitions give over ``period`` (first..last's days)."""
    orders, complaints = _all(db)
    values = list(orders.values())
    dispatched = ko.dispatched_in_time(values, period)
    arrival = ko.on_time_arrival(values, period)
    done = ko.completed(values, period)
    cancelled, _ = ko.cancellations_by_reason(values, period)
    created = sum(1 for o in values if period.holds(o.created_at))
    rates = kc.complaint_rate(complaints, orders, period, kc.by_district, minimum=0)
    first_response = kc.first_response_sla(complaints, period)
    resolution = kc.resolution_sla(complaints, period)
    return KpiStep(
        start=first,
        end=last,
        orders_created=created,
        dispatched_in_time=_ratio(dispatched.numerator, dispatched.denominator),
        on_time_arrival=_ratio(arrival.numerator, arrival.denominator),
        completed=int(done.numerator),
        cancellations=int(cancelled.numerator),
        first_response_sla={
            s: _ratio(v.numerator, v.denominator) for s, v in first_response.items()
        },
        resolution_sla={s: _ratio(v.numerator, v.denominator) for s, v in resolution.items()},
        complaint_rate=Ratio(
            numerator=sum(int(v.numerator) for v in rates.values()),
            denominator=int(done.numerator),
        ),
    )


def test_every_day_and_the_total_equal_the_definitions(demo_db: Database) -> None:
    steps, total = kpi_range.range_steps(demo_db, FIRST, TODAY, RangeStep.DAY, NOW)
    assert [s.start for s in steps] == [FIRST + timedelta(days=i) for i in range(10)]
    for step in steps:
        period = whole_day(step.start) if step.start < TODAY else Period(day_start(TODAY), NOW)
        assert step == expected(demo_db, step.start, step.end, period), step.start
    assert total == expected(demo_db, FIRST, TODAY, Period(day_start(FIRST), NOW))
    # The data has something in every measure: the comparison means something.
    assert total.completed > 500
    assert total.cancellations > 0
    assert total.complaint_rate.numerator
    assert all(total.resolution_sla[s].denominator for s in Severity)
    # The closed days were kept; today was not.
    with demo_db.read() as s:
        kept = set(s.scalars(select(t.KpiDay.day).distinct()))
    assert kept == {FIRST + timedelta(days=i) for i in range(9)}


def test_weeks_run_monday_to_sunday_and_add_up(demo_db: Database) -> None:
    steps, total = kpi_range.range_steps(demo_db, FIRST, TODAY, RangeStep.WEEK, NOW)
    assert [(s.start.weekday(), s.end.weekday()) for s in steps[1:-1]] == [(0, 6)] * (
        len(steps) - 2
    )
    assert steps[0].start == FIRST
    assert steps[-1].end == TODAY
    for step in steps:
        cut = min(NOW, day_start(step.end + timedelta(days=1)))
        assert step == expected(demo_db, step.start, step.end, Period(day_start(step.start), cut))
    assert sum(s.orders_created for s in steps) == total.orders_created


def test_the_leader_recounts_late_changes_and_fills_gaps(demo_db: Database) -> None:
    yesterday = TODAY - timedelta(days=1)
    assert kpi_range.housekeep(demo_db, NOW) == {
        "kpi_days_recounted": kpi_range.RECOUNT_DAYS,
        "kpi_days_filled": kpi_range.KEEP_DAYS - kpi_range.RECOUNT_DAYS,
    }
    with demo_db.write() as s:  # a stale figure kept for yesterday
        s.execute(t.KpiDay.__table__.update().where(t.KpiDay.day == yesterday).values(numerator=0))
    assert kpi_range.housekeep(demo_db, NOW)["kpi_days_filled"] == 0
    steps, _ = kpi_range.range_steps(demo_db, yesterday, yesterday, RangeStep.DAY, NOW)
    assert steps[0] == expected(demo_db, yesterday, yesterday, whole_day(yesterday))
    with demo_db.read() as s:
        days = s.scalar(select(func.count(func.distinct(t.KpiDay.day))))
    assert days == kpi_range.KEEP_DAYS  # the 400 days to yesterday


def test_a_range_before_any_order_counts_nothing(demo_db: Database) -> None:
    far = TODAY - timedelta(days=300)
    steps, total = kpi_range.range_steps(demo_db, far, far + timedelta(days=2), RangeStep.DAY, NOW)
    assert len(steps) == 3
    assert total.orders_created == 0
    assert total.dispatched_in_time.rate() is None
    assert kpi_range.fill_missing(demo_db, far, far, NOW) == 0  # kept already
