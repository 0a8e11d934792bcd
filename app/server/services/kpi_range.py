"""KPI counts per Beijing day for ranges the desktop's cache does not hold (GET /kpis/range).

Each count is one GROUP BY over the day the KPI's definition puts a row in (created, due for
dispatch, due to start, completed, cancelled, complaint deadlines), numerator and
denominator, the same figures as the pure definitions of ``app.rules.kpi`` over the same rows
(tests/server check it on SQLite and PostgreSQL).

Closed days are kept in ``kpi_days`` (the rollup): the leader fills them once they are over
and recounts the last :data:`RECOUNT_DAYS` to take in late changes (a late start, a
completion recorded the next morning). Today is always counted live, up to the request. A
range of a year so reads at most 400 short rows.

The counting never holds the writer: SQLite has one writer lock, and a dispatch command
waits for whoever holds it. Every count runs in a read transaction (WAL lets it run beside
writers; on PostgreSQL it locks nothing), and only its results are written, in upserts of
:data:`STORE_DAYS` days per write transaction. A request whose range has closed days not
kept yet (at most the whole range, 400 days) counts them in its read transaction, answers
from those counts and then keeps them the same way; it fills nothing beyond its range (the
leader fills the rest). The leader and a request may keep the same day at once: the upsert
makes the later write replace the earlier, both counts of a closed day taken moments apart.

A kept row's ``measure`` carries :data:`VERSION` (``v1:created``): when the counts change,
bumping it makes every kept day missing, so it is counted again (by the next request or the
leader's round), and the leader deletes the rows of other versions.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Interval,
    and_,
    case,
    cast,
    delete,
    func,
    literal,
    not_,
    select,
)
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import OrderStatus, Severity
from app.rules.beijing import local_day
from app.rules.kpi.definitions import Period, day_start
from app.rules.kpi.facts import ASSIGN, CANCEL, COMPLETE, START
from app.rules.kpi.orders import ARRIVAL_GRACE
from app.rules.sla import deadlines
from app.schemas.kpis import KpiStep, RangeStep, Ratio
from app.server.db import Database, insert_for
from app.server.services.kpi_sql import in_period

Counts = dict[str, tuple[int, int]]  # measure -> (numerator, denominator)

CREATED, DISPATCHED, ON_TIME = "created", "dispatched", "on_time"
COMPLETED, CANCELLED, COMPLAINTS = "completed", "cancelled", "complaints"
FIRST_RESPONSE, RESOLUTION = "first_response", "resolution"
RECOUNT_DAYS = 3  # closed days recounted by the leader (late changes)
KEEP_DAYS = 400  # how far back the leader keeps the rollup filled
STORE_DAYS = 7  # days kept per write transaction (14 rows a day): the writer lock stays short
# The counts' version, kept in each row's measure: bump it when a count below (or a definition
# of app.rules.kpi it follows) changes, and the kept days are counted again.
VERSION = 1

_ANY = datetime(2026, 1, 1, tzinfo=UTC)

log = logging.getLogger(__name__)


def _clock(severity: Severity, which: str) -> timedelta:
    return getattr(deadlines(severity, _ANY), which) - _ANY  # type: ignore[no-any-return]


def _sla_measure(which: str, severity: Severity) -> str:
    return f"{which}.{severity.value}"


MEASURES: tuple[str, ...] = (
    CREATED,
    DISPATCHED,
    ON_TIME,
    COMPLETED,
    CANCELLED,
    COMPLAINTS,
    *(_sla_measure(w, s) for w in (FIRST_RESPONSE, RESOLUTION) for s in Severity),
)
KEYS: dict[str, str] = {m: f"v{VERSION}:{m}" for m in MEASURES}  # measure -> kept as
_MEASURE_OF = {key: measure for measure, key in KEYS.items()}
_CURRENT = tuple(_MEASURE_OF)


# --- SQL per dialect ------------------------------------------------------------------------


def _postgres(s: Session) -> bool:
    return s.get_bind().dialect.name == "postgresql"


def _beijing_day(s: Session, column: Any) -> Any:
    if _postgres(s):
        return cast(func.timezone("Asia/Shanghai", column), Date)
    return func.date(column, "+8 hours")  # stored as naive UTC text


def _plus(s: Session, column: Any, delta: timedelta) -> Any:
    """``column`` + ``delta`` (whole seconds). On SQLite the stored text keeps its fraction:
    ``datetime()`` drops it, so it is put back (comparisons stay exact)."""
    if _postgres(s):
        return column + literal(delta, Interval())
    seconds = int(delta.total_seconds())
    return func.datetime(column, f"+{seconds} seconds").op("||")(func.substr(column, 20))


def _as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _per_day(s: Session, query: Any, measure: str, into: dict[date, Counts]) -> None:
    for day, numerator, denominator in s.execute(query):
        into[_as_date(day)][measure] = (int(numerator or 0), int(denominator or 0))


def _first(action: str) -> Any:
    o, e = t.Order, t.OrderEvent
    return select(func.min(e.at)).where(e.order_id == o.id, e.action == action).scalar_subquery()


def _last_cancel() -> Any:
    o, e = t.Order, t.OrderEvent
    return select(func.max(e.at)).where(e.order_id == o.id, e.action == CANCEL).scalar_subquery()


def _kept(s: Session, due: Any, where: ColumnElement[bool], action: str) -> Any:
    """Per day of ``due``: orders that did ``action`` (first time) by then ÷ orders due, but
    those cancelled by then without doing it (app.rules.kpi.orders)."""
    rows = (
        select(due.label("due"), _first(action).label("done"), _last_cancel().label("gone"))
        .where(where)
        .subquery()
    )
    done, gone, at = rows.c.done, rows.c.gone, rows.c.due
    day = _beijing_day(s, at)
    kept = func.sum(case((and_(done.is_not(None), done <= at), 1), else_=0))
    dropped = and_(done.is_(None), gone.is_not(None), gone <= at)
    return select(day, kept, func.count()).where(not_(dropped)).group_by(day)


def _last_in(action: str, period: Period) -> Any:
    """Each order's last ``action``, for the orders with one in ``period``."""
    e = t.OrderEvent
    touched = select(e.order_id).where(e.action == action, in_period(e.at, period))
    return (
        select(e.order_id.label("order_id"), func.max(e.at).label("at"))
        .where(e.action == action, e.order_id.in_(touched))
        .group_by(e.order_id)
        .subquery()
    )


def _finished(s: Session, period: Period, action: str, status: OrderStatus) -> Any:
    o = t.Order
    last = _last_in(action, period)
    day = _beijing_day(s, last.c.at)
    return (
        select(day, func.count(), literal(0))
        .select_from(last)
        .join(o, o.id == last.c.order_id)
        .where(o.status == status.value, in_period(last.c.at, period))
        .group_by(day)
    )


def _sla(s: Session, period: Period, which: str, severity: Severity) -> Any:
    c = t.Complaint
    clock = _clock(severity, which)
    deadline = _plus(s, c.opened_at, clock)
    met = c.acknowledged_at if which == FIRST_RESPONSE else c.resolved_at
    day = _beijing_day(s, deadline)
    kept = func.sum(case((and_(met.is_not(None), met <= deadline), 1), else_=0))
    return (
        select(day, kept, func.count())
        .where(c.severity == severity.value, in_period(c.opened_at, period.shifted(-clock)))
        .group_by(day)
    )


def count_days(s: Session, period: Period) -> dict[date, Counts]:
    """Every measure per Beijing day of ``period`` (from a Beijing midnight), in SQL."""
    o, c = t.Order, t.Complaint
    into: dict[date, Counts] = defaultdict(dict)
    created = _beijing_day(s, o.created_at)
    query = select(created, func.count(), literal(0)).where(in_period(o.created_at, period))
    _per_day(s, query.group_by(created), CREATED, into)
    _per_day(s, _kept(s, o.dispatch_by, in_period(o.dispatch_by, period), ASSIGN), DISPATCHED, into)
    latest = _plus(s, o.scheduled_start, ARRIVAL_GRACE)
    starts = in_period(o.scheduled_start, period.shifted(-ARRIVAL_GRACE))
    _per_day(s, _kept(s, latest, starts, START), ON_TIME, into)
    _per_day(s, _finished(s, period, COMPLETE, OrderStatus.COMPLETED), COMPLETED, into)
    _per_day(s, _finished(s, period, CANCEL, OrderStatus.CANCELLED), CANCELLED, into)
    opened = _beijing_day(s, c.opened_at)
    about = (
        select(opened, func.count(), literal(0))
        .select_from(c)
        .join(o, o.id == c.order_id)
        .where(in_period(c.opened_at, period))
        .group_by(opened)
    )
    _per_day(s, about, COMPLAINTS, into)
    for which in (FIRST_RESPONSE, RESOLUTION):
        for severity in Severity:
            _per_day(s, _sla(s, period, which, severity), _sla_measure(which, severity), into)
    return dict(into)


# --- the rollup -------------------------------------------------------------------------------


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


def _whole_days(first: date, last: date) -> Period:
    return Period(day_start(first), day_start(last + timedelta(days=1)))


def _upsert(s: Session, counts: Mapping[date, Counts], now: datetime) -> None:
    """Keeps every measure of each day of ``counts``, replacing what is kept already."""
    rows = [
        {
            "day": day,
            "measure": KEYS[measure],
            "numerator": counts[day].get(measure, (0, 0))[0],
            "denominator": counts[day].get(measure, (0, 0))[1],
            "computed_at": now,
        }
        for day in counts
        for measure in MEASURES
    ]
    insert = insert_for(s, t.KpiDay)
    new = insert.excluded
    s.execute(
        insert.on_conflict_do_update(
            index_elements=["day", "measure"],
            set_={
                "numerator": new.numerator,
                "denominator": new.denominator,
                "computed_at": new.computed_at,
            },
        ),
        rows,
    )


def _keep(db: Database, counts: Mapping[date, Counts], now: datetime) -> None:
    """Keeps ``counts`` (counted beforehand, in a read transaction) in short writes."""
    days = sorted(counts)
    for i in range(0, len(days), STORE_DAYS):
        with db.write() as s:
            _upsert(s, {day: counts[day] for day in days[i : i + STORE_DAYS]}, now)


def _last_closed(last: date, now: datetime) -> date:
    return min(last, local_day(now) - timedelta(days=1))


def recount(db: Database, first: date, last: date, now: datetime) -> int:
    """Counts the closed days ``first``..``last`` again and keeps them (replacing what was
    kept). Returns the number of days kept."""
    last = _last_closed(last, now)
    if last < first:
        return 0
    with db.read() as s:
        counts = count_days(s, _whole_days(first, last))
    days = _days(first, last)
    _keep(db, {day: counts.get(day, {}) for day in days}, now)
    return len(days)


def _kept_days(s: Session, first: date, last: date) -> dict[date, Counts]:
    kd = t.KpiDay
    query = select(kd.day, kd.measure, kd.numerator, kd.denominator).where(
        kd.day >= first, kd.day <= last, kd.measure.in_(_CURRENT)
    )
    kept: dict[date, Counts] = defaultdict(dict)
    for day, key, numerator, denominator in s.execute(query):
        kept[_as_date(day)][_MEASURE_OF[key]] = (numerator, denominator)
    return dict(kept)


def _runs(days: list[date]) -> list[tuple[date, date]]:
    """``days`` (sorted) as runs of consecutive days."""
    runs: list[tuple[date, date]] = []
    for day in days:
        if runs and runs[-1][1] + timedelta(days=1) == day:
            runs[-1] = (runs[-1][0], day)
        else:
            runs.append((day, day))
    return runs


def _kept_and_missing(
    s: Session, first: date, last: date
) -> tuple[dict[date, Counts], dict[date, Counts]]:
    """The kept days of ``first``..``last`` (closed days), and the others counted (one count
    per run of missing days)."""
    kept = _kept_days(s, first, last)
    counted: dict[date, Counts] = {}
    for a, b in _runs([d for d in _days(first, last) if d not in kept]):
        counts = count_days(s, _whole_days(a, b))
        counted.update({day: counts.get(day, {}) for day in _days(a, b)})
    return kept, counted


def fill_missing(db: Database, first: date, last: date, now: datetime) -> int:
    """Keeps every closed day of ``first``..``last`` not kept yet; returns how many. Another
    process keeping the same days at once is no error."""
    with db.read() as s:
        _, counted = _kept_and_missing(s, first, _last_closed(last, now))
    _keep(db, counted, now)
    return len(counted)


def drop_other_versions(db: Database) -> int:
    """Deletes the kept rows of another :data:`VERSION` (or of a measure no longer counted);
    returns how many. The writer is taken only when there are some."""
    kd = t.KpiDay
    stale = kd.measure.not_in(_CURRENT)
    with db.read() as s:
        if s.scalar(select(kd.day).where(stale).limit(1)) is None:
            return 0
    with db.write() as s:
        return int(getattr(s.execute(delete(kd).where(stale)), "rowcount", 0) or 0)


def housekeep(db: Database, now: datetime) -> dict[str, int]:
    """The leader's round: recount the last closed days, fill any missing one of the last
    :data:`KEEP_DAYS`."""
    today = local_day(now)
    yesterday = today - timedelta(days=1)
    dropped = drop_other_versions(db)
    recounted = recount(db, today - timedelta(days=RECOUNT_DAYS), yesterday, now)
    filled = fill_missing(db, today - timedelta(days=KEEP_DAYS), yesterday, now)
    return {
        "kpi_days_recounted": recounted,
        "kpi_days_filled": filled,
        "kpi_days_dropped": dropped,
    }


# --- a range --------------------------------------------------------------------------------


def _step_of(start: date, end: date, counts: Iterable[Counts]) -> KpiStep:
    summed: dict[str, Ratio] = defaultdict(Ratio)
    for day in counts:
        for measure, (numerator, denominator) in day.items():
            summed[measure] = summed[measure] + Ratio(numerator=numerator, denominator=denominator)

    def sla(which: str) -> dict[Severity, Ratio]:
        return {s: summed[_sla_measure(which, s)] for s in Severity}

    return KpiStep(
        start=start,
        end=end,
        orders_created=summed[CREATED].numerator,
        dispatched_in_time=summed[DISPATCHED],
        on_time_arrival=summed[ON_TIME],
        completed=summed[COMPLETED].numerator,
        cancellations=summed[CANCELLED].numerator,
        first_response_sla=sla(FIRST_RESPONSE),
        resolution_sla=sla(RESOLUTION),
        complaint_rate=Ratio(
            numerator=summed[COMPLAINTS].numerator, denominator=summed[COMPLETED].numerator
        ),
    )


def _step_bounds(first: date, last: date, step: RangeStep) -> list[tuple[date, date]]:
    if step is RangeStep.DAY:
        return [(d, d) for d in _days(first, last)]
    bounds: list[tuple[date, date]] = []
    start = first
    while start <= last:
        end = min(last, start + timedelta(days=6 - start.weekday()))
        bounds.append((start, end))
        start = end + timedelta(days=1)
    return bounds


def range_steps(
    db: Database, first: date, last: date, step: RangeStep, now: datetime
) -> tuple[list[KpiStep], KpiStep]:
    """The KPIs of ``first``..``last`` (Beijing days, ``last`` not after today) per step, and
    over the whole range: closed days from the rollup (counted, then kept, when missing),
    today live. Every count runs in the read transaction; the writes only keep its results."""
    today = local_day(now)
    with db.read() as s:
        per_day, counted = _kept_and_missing(s, first, _last_closed(last, now))
        if first <= today <= last:
            live = count_days(s, Period(day_start(today), max(now, day_start(today))))
            per_day[today] = live.get(today, {})
    try:
        _keep(db, counted, now)
    except Exception:  # the answer stands; the leader keeps these days on its next round
        log.exception("could not keep %d counted days in kpi_days", len(counted))
    per_day.update(counted)
    steps = [
        _step_of(a, b, (per_day.get(d, {}) for d in _days(a, b)))
        for a, b in _step_bounds(first, last, step)
    ]
    total = _step_of(first, last, per_day.values())
    return steps, total
