"""The range aggregates (per-day SQL counts, the kpi_days rollup, today live) give the same
figures as the pure KPI definitions over every row, on SQLite and PostgreSQL."""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from typing import Any

import pytest
from sqlalchemy import event, func, select, true
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

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
        "kpi_days_dropped": 0,
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


# --- the writer lock stays short, and two writers of one day are no error ----------------------


def _kept_rows(db: Database, day: date) -> dict[str, tuple[int, int]]:
    kd = t.KpiDay
    with db.read() as s:
        rows = s.execute(select(kd.measure, kd.numerator, kd.denominator).where(kd.day == day))
        return {measure: (numerator, denominator) for measure, numerator, denominator in rows}


def test_the_counting_runs_outside_every_write_transaction(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The GROUP BY counts run in read transactions; a write transaction only upserts the
    results, a few days at a time (SQLite's one writer lock is never held for a count)."""
    writing = False
    writes: list[list[str]] = []
    counts_outside: list[str] = []
    write = demo_db.write

    @contextmanager
    def spy() -> Iterator[Session]:
        nonlocal writing
        writes.append([])
        writing = True
        try:
            with write() as s:
                yield s
        finally:
            writing = False

    def statement(_conn: Any, _cursor: Any, sql: str, *_: Any) -> None:
        if sql.lstrip().upper().startswith("BEGIN"):
            return
        if writing:
            writes[-1].append(sql)
        elif "GROUP BY" in sql:
            counts_outside.append(sql)

    monkeypatch.setattr(demo_db, "write", spy)
    engines = {demo_db.write_engine, demo_db.read_engine}
    for engine in engines:
        event.listen(engine, "before_cursor_execute", statement)
    try:
        kpi_range.range_steps(demo_db, FIRST, TODAY, RangeStep.DAY, NOW)  # 9 closed days
        assert len(writes) == 2  # 7 days, then 2
        kpi_range.housekeep(demo_db, NOW)
    finally:
        for engine in engines:
            event.remove(engine, "before_cursor_execute", statement)
    assert counts_outside
    for sqls in writes:
        assert sqls
        for sql in sqls:
            assert "SELECT" not in sql.upper(), sql  # no count, no read at all
            assert sql.startswith("INSERT INTO kpi_days"), sql
            assert "ON CONFLICT" in sql, sql
    # The leader's round: one write for its 3 recounted days, then the 391 days not kept yet
    # (of its 400) a week at a time.
    assert len(writes) == 2 + 1 + math.ceil((kpi_range.KEEP_DAYS - 9) / kpi_range.STORE_DAYS)


def test_a_day_kept_meanwhile_by_the_leader_is_replaced_not_an_error(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    yesterday = TODAY - timedelta(days=1)
    count = kpi_range.count_days
    raced = False

    def leader_keeps_it_meanwhile(s: Session, period: Period) -> dict[date, kpi_range.Counts]:
        nonlocal raced
        counts = count(s, period)
        if not raced:  # the request has counted the missing day; the leader keeps it first
            raced = True
            assert kpi_range.recount(demo_db, yesterday, yesterday, NOW) == 1
        return counts

    monkeypatch.setattr(kpi_range, "count_days", leader_keeps_it_meanwhile)
    steps, _ = kpi_range.range_steps(demo_db, yesterday, yesterday, RangeStep.DAY, NOW)
    assert raced
    assert steps[0] == expected(demo_db, yesterday, yesterday, whole_day(yesterday))
    assert len(_kept_rows(demo_db, yesterday)) == len(kpi_range.MEASURES)
    # Sequentially too: the same days kept again replace what was kept.
    assert kpi_range.recount(demo_db, FIRST, yesterday, NOW) == 9
    assert kpi_range.recount(demo_db, FIRST, yesterday, NOW) == 9
    steps, _ = kpi_range.range_steps(demo_db, yesterday, yesterday, RangeStep.DAY, NOW)
    assert steps[0] == expected(demo_db, yesterday, yesterday, whole_day(yesterday))


def test_two_processes_filling_the_same_days_at_once_both_succeed(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both count before either writes (a barrier), then both upsert the same rows."""
    count = kpi_range.count_days
    both_counted = threading.Barrier(2, timeout=60)

    def count_then_wait(s: Session, period: Period) -> dict[date, kpi_range.Counts]:
        counts = count(s, period)
        both_counted.wait()
        return counts

    monkeypatch.setattr(kpi_range, "count_days", count_then_wait)
    filled: list[int] = []
    errors: list[BaseException] = []

    def fill() -> None:
        try:
            filled.append(kpi_range.fill_missing(demo_db, FIRST, TODAY, NOW))
        except BaseException as e:  # reported below, on the test's thread
            errors.append(e)

    threads = [threading.Thread(target=fill) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(120)
    assert errors == []
    assert filled == [9, 9]
    monkeypatch.setattr(kpi_range, "count_days", count)
    steps, _ = kpi_range.range_steps(demo_db, FIRST, TODAY, RangeStep.DAY, NOW)
    for step in steps[:-1]:
        assert step == expected(demo_db, step.start, step.end, whole_day(step.start))
        assert len(_kept_rows(demo_db, step.start)) == len(kpi_range.MEASURES)


def test_rows_of_another_version_are_counted_again_and_dropped(demo_db: Database) -> None:
    yesterday = TODAY - timedelta(days=1)
    stale = {"created": 999, "v0:completed": 999}  # unversioned, and an older version
    with demo_db.write() as s:
        for measure, value in stale.items():
            s.add(
                t.KpiDay(
                    day=yesterday, measure=measure, numerator=value, denominator=0, computed_at=NOW
                )
            )
    steps, _ = kpi_range.range_steps(demo_db, yesterday, yesterday, RangeStep.DAY, NOW)
    assert steps[0] == expected(demo_db, yesterday, yesterday, whole_day(yesterday))
    assert set(_kept_rows(demo_db, yesterday)) == set(kpi_range.KEYS.values()) | set(stale)
    assert kpi_range.housekeep(demo_db, NOW)["kpi_days_dropped"] == 2
    assert set(_kept_rows(demo_db, yesterday)) == set(kpi_range.KEYS.values())
    assert kpi_range.drop_other_versions(demo_db) == 0
    assert max(len(key) for key in kpi_range.KEYS.values()) <= 32  # kpi_days.measure's width


def test_a_request_answers_even_when_keeping_its_counts_fails(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    yesterday = TODAY - timedelta(days=1)

    def busy(*_args: object) -> None:
        raise OperationalError("INSERT", {}, Exception("database is locked"))

    monkeypatch.setattr(kpi_range, "_keep", busy)
    steps, _ = kpi_range.range_steps(demo_db, yesterday, yesterday, RangeStep.DAY, NOW)
    assert steps[0] == expected(demo_db, yesterday, yesterday, whole_day(yesterday))
    assert _kept_rows(demo_db, yesterday) == {}  # the leader keeps it on its next round
    assert "could not keep 1 counted days" in caplog.text
