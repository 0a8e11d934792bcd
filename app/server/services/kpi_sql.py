"""The KPIs' facts for a period, read from the server's database, and the simple KPI counts
aggregated in SQL (GROUP BY), for ranges no desktop cache holds.

Only the rows a period can touch are read (each condition is a time range on an indexed or
small table); the KPIs themselves stay the pure definitions of ``app.rules.kpi``, so the
server's report and the desktop's dashboard compute every figure the same way. The counts
below are the same figures as those definitions over the same rows (tests/server check it on
SQLite and PostgreSQL).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import ColumnElement, Integer, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import OrderStatus, Severity
from app.rules.complaint_rows import Row
from app.rules.kpi import training as kt
from app.rules.kpi.definitions import Period
from app.rules.kpi.facts import (
    ASSIGN,
    CANCEL,
    COMPLETE,
    START,
    AssessmentKpiFacts,
    ComplaintKpiFacts,
    OrderKpiFacts,
    assessment_kpi_facts,
    cert_kpi_facts,
    complaint_kpi_facts,
    order_kpi_facts,
)
from app.rules.kpi.orders import ARRIVAL_GRACE
from app.rules.kpi.snapshot import KpiInputs
from app.rules.sanction_rows import assessment_facts, latest_appeals, sanction_facts
from app.rules.sla import REPEAT_WINDOW, deadlines

_ANY = datetime(2026, 1, 1, tzinfo=UTC)
# The longest a complaint's SLA clock runs: a complaint opened this long before a window can
# still have a deadline in it.
LONGEST_SLA = max(deadlines(s, _ANY).resolution - _ANY for s in Severity)
TIMELINE = (ASSIGN, START, COMPLETE, CANCEL)
ID_CHUNK = 5000  # ids per IN list (SQLite allows 32,766 parameters)


def in_period(column: Any, period: Period) -> ColumnElement[bool]:
    """``column`` in the half-open ``period`` (as :meth:`Period.holds`)."""
    return and_(column >= period.start, column < period.cut_off)


_in = in_period


def _finished_in(period: Period) -> Any:
    """Orders with a completion or cancellation recorded in ``period``."""
    e = t.OrderEvent
    return select(e.order_id).where(e.action.in_((COMPLETE, CANCEL)), _in(e.at, period))


def _complaints_where(window: Period) -> ColumnElement[bool]:
    c = t.Complaint
    return and_(c.opened_at >= window.start - LONGEST_SLA, c.opened_at < window.cut_off)


def _orders_where(day: Period, window: Period) -> ColumnElement[bool]:
    """The orders an order KPI of ``day`` counts, and those complaints of ``window`` are about
    (for their district and category). Last week's orders and the window's completions are
    counted in SQL instead (:func:`created_per_hour`, :func:`completed_by`)."""
    o = t.Order
    about = select(t.Complaint.order_id).where(
        _complaints_where(window), t.Complaint.order_id.is_not(None)
    )
    return or_(
        _in(o.created_at, day),
        _in(o.dispatch_by, day),
        _in(o.scheduled_start, day.shifted(-ARRIVAL_GRACE)),
        o.id.in_(_finished_in(day)),
        o.id.in_(about),
    )


_ORDER_COLUMNS = ("id", "status", "category", "district", "created_at", "scheduled_start",
                  "dispatch_by", "cancel_reason", "provider_id")  # fmt: skip


def _orders(s: Session, where: ColumnElement[bool]) -> dict[int, OrderKpiFacts]:
    """The orders ``where`` selects, with the times their timelines record. The timelines
    are read by order id in chunks (the order_id index), whatever their actions."""
    o, e = t.Order, t.OrderEvent
    columns = [getattr(o, name) for name in _ORDER_COLUMNS]
    rows = [dict(row._mapping) for row in s.execute(select(*columns).where(where))]
    events: dict[int, list[Row]] = {}
    ids = [int(row["id"]) for row in rows]
    for i in range(0, len(ids), ID_CHUNK):
        chunk = select(e.order_id, e.action, e.at).where(e.order_id.in_(ids[i : i + ID_CHUNK]))
        for order_id, action, at in s.execute(chunk):
            if action in TIMELINE:
                events.setdefault(order_id, []).append({"action": action, "at": at})
    return {int(row["id"]): order_kpi_facts(row, events.get(int(row["id"]), ())) for row in rows}


def _rows(s: Session, table: Any, columns: Iterable[str], *where: Any) -> list[Row]:
    """Only the named columns, as plain rows: loading whole entities would also open their
    sealed personal fields, which no KPI reads."""
    query = select(*(getattr(table, name) for name in columns)).where(*where)
    return [dict(row._mapping) for row in s.execute(query)]


_SANCTION = ("id", "provider_id", "level", "reason", "decided_by", "decided_at",
             "complaint_id", "ends_at", "status")  # fmt: skip
_APPEAL = ("id", "sanction_id", "filed_at", "reason", "status", "decided_at", "decided_by",
           "decision_note")  # fmt: skip
_ASSESSMENT = ("provider_id", "course_id", "passed", "assessed_at", "is_retraining")
_COMPLAINT = ("id", "severity", "category", "opened_at", "acknowledged_at", "resolved_at",
              "order_id", "status", "customer_id", "provider_id", "reopen_count")  # fmt: skip
_TRAINING = ("id", "provider_id", "course_id", "session_id", "passed", "assessed_at",
             "is_retraining")  # fmt: skip
_CERT = ("id", "kind", "status", "expires_on", "review_due", "submitted_at")


def _sanctions(s: Session, cut_off: Any) -> tuple[list[Any], dict[Any, list[Any]]]:
    rows = _rows(s, t.Sanction, _SANCTION, t.Sanction.decided_at < cut_off)
    ids = [r["id"] for r in rows]
    appeals = _rows(s, t.Appeal, _APPEAL, t.Appeal.sanction_id.in_(ids))
    latest = latest_appeals(appeals)
    facts = [sanction_facts(r, latest.get(r["id"])) for r in rows]
    providers = {r["provider_id"] for r in rows}
    a = t.Assessment
    assessed = _rows(s, a, _ASSESSMENT, a.provider_id.in_(providers), a.assessed_at < cut_off)
    courses = s.execute(select(t.TrainingCourse.id, t.TrainingCourse.code))
    codes: dict[Any, str] = {course_id: code for course_id, code in courses}
    per_provider: dict[Any, list[Any]] = {}
    for x in assessed:
        per_provider.setdefault(x["provider_id"], []).extend(assessment_facts([x], codes))
    return facts, per_provider


def _complaints(s: Session, window: Period) -> dict[int, ComplaintKpiFacts]:
    """The complaints whose SLA deadlines can fall in ``window``, and those a complaint of
    ``window`` may repeat, with their callback attempts."""
    c = t.Complaint
    since = min(window.start - LONGEST_SLA, window.start - REPEAT_WINDOW)
    rows = _rows(s, c, _COMPLAINT, c.opened_at >= since, c.opened_at < window.cut_off)
    ids = [int(r["id"]) for r in rows]
    callbacks: dict[int, list[Row]] = {}
    a = t.CallbackAttempt
    for i in range(0, len(ids), ID_CHUNK):
        chunk = select(a.complaint_id, a.at, a.outcome).where(
            a.complaint_id.in_(ids[i : i + ID_CHUNK])
        )
        for complaint_id, at, outcome in s.execute(chunk):
            callbacks.setdefault(int(complaint_id), []).append({"at": at, "outcome": outcome})
    return {i: complaint_kpi_facts(r, callbacks.get(i, ())) for i, r in zip(ids, rows, strict=True)}


def _training(s: Session, cut_off: datetime) -> tuple[AssessmentKpiFacts, ...]:
    """The assessments signed before ``cut_off``, with course codes and session trainers."""
    a = t.Assessment
    rows = _rows(s, a, _TRAINING, a.assessed_at < cut_off, a.state == "signed")
    course = t.TrainingCourse
    codes = {int(i): str(code) for i, code in s.execute(select(course.id, course.code))}
    x = t.TrainingSession
    sessions = {int(r["session_id"]) for r in rows if r["session_id"] is not None}
    trainers = {int(i): trainer for i, trainer in s.execute(
        select(x.id, x.trainer_id).where(x.id.in_(sessions)))}  # fmt: skip
    return tuple(assessment_kpi_facts(r, codes, trainers) for r in rows)


def _retrained_orders(
    s: Session, training: Iterable[AssessmentKpiFacts], cut_off: datetime
) -> dict[int, OrderKpiFacts]:
    """The orders the retraining outcome at ``cut_off`` reads: those its retrained providers
    completed in the months it compares."""
    since = kt.data_since(cut_off)
    recent = cut_off - kt.RETRAINING_LOOKBACK
    providers = {a.provider_id for a in training
                 if a.is_retraining and a.passed and a.assessed_at >= recent}  # fmt: skip
    if not providers:
        return {}
    o = t.Order
    return _orders(s, and_(o.provider_id.in_(providers),
                           o.id.in_(_finished_in(Period(since, cut_off)))))  # fmt: skip


def load_inputs(s: Session, day: Period, window: Period) -> KpiInputs:
    """The facts a snapshot of ``day`` (orders) and ``window`` (complaints, sanctions) reads,
    but for the orders of other days: see :func:`app.server.services.reports.report_snapshot`."""
    orders = _orders(s, _orders_where(day, window))
    complaints = _complaints(s, window)
    sanctions, assessments = _sanctions(s, window.cut_off)
    certs = tuple(cert_kpi_facts(c) for c in _rows(s, t.Certification, _CERT))
    training = _training(s, window.cut_off)
    orders = _retrained_orders(s, training, window.cut_off) | orders
    return KpiInputs(orders, complaints, sanctions, assessments, certs, training)


# --- counts aggregated in SQL -------------------------------------------------------------


def _last(action: str, period: Period) -> Any:
    """Each order's last ``action`` in ``period`` (its completion or cancellation time, as the
    facts say: both end an order, so an order has at most one). Read through the events' time
    index: only the period's events are grouped, not the whole timeline."""
    e = t.OrderEvent
    return (
        select(e.order_id.label("order_id"), func.max(e.at).label("at"))
        .where(e.action == action, _in(e.at, period))
        .group_by(e.order_id)
        .subquery()
    )


GROUPS = ("district", "category")


def completed_pairs(s: Session, period: Period) -> Counter[tuple[str, str]]:
    """Orders completed in ``period`` per (district, category): both groupings of the
    complaint rates from one query."""
    o = t.Order
    done = _last(COMPLETE, period)
    query = (
        select(o.district, o.category, func.count())
        .join(done, done.c.order_id == o.id)
        .where(o.status == OrderStatus.COMPLETED.value, _in(done.c.at, period))
        .group_by(o.district, o.category)
    )
    return Counter({(str(d or ""), str(c or "")): int(n) for d, c, n in s.execute(query)})


def per_group(pairs: Counter[tuple[str, str]], group: str) -> dict[str, int]:
    """``pairs`` added up per "district" or "category"."""
    at = GROUPS.index(group)
    summed: Counter[str] = Counter()
    for key, n in pairs.items():
        summed[key[at]] += n
    return dict(summed)


def completed_by(s: Session, period: Period, group: str) -> dict[str, int]:
    """Orders completed in ``period`` per ``group`` ("district" or "category")."""
    return per_group(completed_pairs(s, period), group)


def cancelled_by_reason(s: Session, period: Period) -> dict[str, int]:
    """Orders cancelled in ``period`` per reason text (trimmed; "" when none was given)."""
    o = t.Order
    gone = _last(CANCEL, period)
    reason = func.trim(func.coalesce(o.cancel_reason, ""))
    query = (
        select(reason, func.count())
        .join(gone, gone.c.order_id == o.id)
        .where(o.status == OrderStatus.CANCELLED.value, _in(gone.c.at, period))
        .group_by(reason)
    )
    return {str(key): int(n) for key, n in s.execute(query)}


def complaints_by(s: Session, period: Period, group: str) -> dict[str, int]:
    """Complaints opened in ``period`` about an order, per the order's ``group``."""
    o, c = t.Order, t.Complaint
    column = getattr(o, group)
    query = (
        select(column, func.count())
        .select_from(c)
        .join(o, o.id == c.order_id)
        .where(_in(c.opened_at, period))
        .group_by(column)
    )
    return {str(key or ""): int(n) for key, n in s.execute(query)}


def _beijing_hour(s: Session, column: Any) -> Any:
    if s.get_bind().dialect.name == "postgresql":
        return cast(func.extract("hour", func.timezone("Asia/Shanghai", column)), Integer)
    return cast(func.strftime("%H", column, "+8 hours"), Integer)  # stored as UTC text


def _beijing_day(s: Session, column: Any) -> Any:
    if s.get_bind().dialect.name == "postgresql":
        return func.date(func.timezone("Asia/Shanghai", column))
    return func.date(column, "+8 hours")  # stored as UTC text


def assigned_in(s: Session, period: Period, group: str) -> list[tuple[int, str]]:
    """The distinct (provider, ``group``: "category" or "district") of orders scheduled to
    start in ``period``, assigned and not cancelled: who the active providers are."""
    o = t.Order
    column = getattr(o, group)
    query = (
        select(o.provider_id, column)
        .where(
            o.provider_id.is_not(None),
            o.status != OrderStatus.CANCELLED.value,
            _in(o.scheduled_start, period),
        )
        .distinct()
    )
    return [(int(p or 0), str(g or "")) for p, g in s.execute(query)]


def provider_days(s: Session, period: Period) -> tuple[int, int]:
    """Orders completed in ``period`` by a provider, and the (provider, Beijing day) pairs
    they were completed on: utilisation's numerator and denominator."""
    o = t.Order
    done = _last(COMPLETE, period)
    day = _beijing_day(s, done.c.at)
    query = (
        select(o.provider_id, day, func.count())
        .join(done, done.c.order_id == o.id)
        .where(
            o.status == OrderStatus.COMPLETED.value,
            o.provider_id.is_not(None),
            _in(done.c.at, period),
        )
        .group_by(o.provider_id, day)
    )
    counts = [int(n) for _, _, n in s.execute(query)]
    return sum(counts), len(counts)


def created_per_hour(s: Session, period: Period) -> list[int]:
    """Orders created in ``period`` per Beijing hour of the day (24 counts)."""
    o = t.Order
    hour = _beijing_hour(s, o.created_at)
    counts = [0] * 24
    query = select(hour, func.count()).where(_in(o.created_at, period)).group_by(hour)
    for h, n in s.execute(query):
        counts[int(h)] += int(n)
    return counts
