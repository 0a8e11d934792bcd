"""Stored operations reports: make the 日报 or weekly report of a period from the database,
keep it (one per period), list and open them.

Making a report reads the period's facts in one read transaction, computes the KPIs and draws
the PDF outside any transaction, then inserts the row. Two processes (or a request and the
morning job) racing for one period both draw it, one insert wins on the unique key and the
other returns the kept report: never two for one period, never a failed request.
"""

from __future__ import annotations

import dataclasses
import hashlib
import logging
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from app.models import tables as t
from app.reports.daily import build_daily_report
from app.reports.kpi_words import kpi_words
from app.rules.kpi import activity as ka
from app.rules.kpi import complaints as kc
from app.rules.kpi import orders as ko
from app.rules.kpi import schedule as sch
from app.rules.kpi import workforce as kw
from app.rules.kpi.definitions import Period
from app.rules.kpi.snapshot import WINDOW_DAYS, KpiSnapshot, snapshot
from app.server.db import Database
from app.server.services import kpi_sql
from app.server.services.context import SYSTEM, Actor, audit
from app.server.services.kpi_sql import load_inputs

log = logging.getLogger(__name__)
LANG = "zh_CN"  # the reports are kept in the desk's language


@dataclass(frozen=True, slots=True)
class ReportInfo:
    id: int
    kind: sch.ReportKind
    period_start: date
    generated_at: datetime
    generated_by: str
    size: int
    sha256: str


def _info(row: t.StoredReport) -> ReportInfo:
    return ReportInfo(
        row.id,
        sch.ReportKind(row.kind),
        row.period_start,
        row.generated_at,
        row.generated_by,
        row.size,
        row.sha256,
    )


def periods(kind: sch.ReportKind, start: date) -> tuple[Period, Period]:
    """The report's order period and its complaint/sanction window (the 日报: the 7 days to
    its cut-off, as the dashboard; the weekly report: its week for both)."""
    day = sch.period(kind, start)
    if kind is sch.ReportKind.WEEKLY:
        return day, day
    return day, Period(day.start - timedelta(days=WINDOW_DAYS - 1), day.cut_off)


def report_snapshot(db: Database, kind: sch.ReportKind, start: date) -> KpiSnapshot:
    """Every KPI of the report: the pure definitions over the facts of the period's orders,
    and, for what reaches other days (last week's volume, the 7-day window's completed orders
    behind the complaint rates), the same definitions over counts made in SQL (GROUP BY)."""
    day, window = periods(kind, start)
    last_day, so_far = ko.last_week(day)
    with db.read() as s:
        inputs = load_inputs(s, day, window)
        then = kpi_sql.created_per_hour(s, last_day)
        then_so_far = sum(kpi_sql.created_per_hour(s, so_far))
        done = kpi_sql.completed_pairs(s, window)
        rates = {
            group: kc.rates_of(
                kpi_sql.complaints_by(s, window, group), kpi_sql.per_group(done, group), window
            )
            for group in kpi_sql.GROUPS
        }
        by_category = kpi_sql.assigned_in(s, day, "category")
        by_district = kpi_sql.assigned_in(s, day, "district")
        completed, worked = kpi_sql.provider_days(s, day)
    snap = snapshot(inputs, day, window)
    held = kw.held_providers(inputs.sanctions, inputs.assessments, day.cut_off)
    return dataclasses.replace(
        snap,
        volume=ko.volume_of(snap.volume.today, then, then_so_far, day),
        rate_by_district=rates["district"],
        rate_by_category=rates["category"],
        activity=ka.activity_of(
            by_category, by_district, completed, worked, day, {int(p) for p in held}
        ),
    )


def render(snap: KpiSnapshot, kind: sch.ReportKind, now: datetime, by: str) -> bytes:
    return build_daily_report(
        snap,
        translate=kpi_words(LANG),
        printed_at=now,
        printed_by=by,
        lang=LANG,
        weekly=kind is sch.ReportKind.WEEKLY,
    )


def find(db: Database, kind: sch.ReportKind, start: date) -> ReportInfo | None:
    r = t.StoredReport
    with db.read() as s:
        row = s.scalar(select(r).where(r.kind == kind.value, r.period_start == start))
        return None if row is None else _info(row)


def generate(
    db: Database, kind: sch.ReportKind, day: date, now: datetime, actor: Actor = SYSTEM
) -> tuple[ReportInfo, bool]:
    """The kept report of ``kind`` covering ``day``, made now if there is none; and whether
    it was made by this call. The caller has checked :func:`app.rules.kpi.schedule.refusal`."""
    start = sch.period_start(kind, day)
    kept = find(db, kind, start)
    if kept is not None:
        return kept, False
    pdf = render(report_snapshot(db, kind, start), kind, now, actor.username)
    row = t.StoredReport(
        kind=kind.value,
        period_start=start,
        generated_at=now,
        generated_by=actor.username,
        size=len(pdf),
        sha256=hashlib.sha256(pdf).hexdigest(),
        pdf=pdf,
    )
    try:
        with db.write() as s:
            s.add(row)
            s.flush()
            detail = {"kind": kind.value, "period_start": start.isoformat()}
            audit(s, actor, now, "report.generate", "report", row.id, detail)
            made = _info(row)
    except IntegrityError:  # another process kept this period's report meanwhile
        kept = find(db, kind, start)
        if kept is None:
            raise
        return kept, False
    return made, True


def listing(db: Database, limit: int, offset: int) -> tuple[list[ReportInfo], int]:
    """Kept reports, newest period first (a weekly before the daily of its Monday)."""
    r = t.StoredReport
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(r)) or 0
        rows = s.scalars(
            select(r).order_by(r.period_start.desc(), r.kind.desc(), r.id.desc())
            .limit(limit).offset(offset)
        ).all()  # fmt: skip
        return [_info(row) for row in rows], count


def open_pdf(
    db: Database, actor: Actor, now: datetime, report_id: int
) -> tuple[ReportInfo, bytes] | None:
    """The report's bytes, the fetch audited in the same transaction (None: no such report)."""
    with db.write() as s:
        row = s.get(t.StoredReport, report_id)
        if row is None:
            return None
        audit(s, actor, now, "report.download", "report", row.id, {"kind": row.kind})
        return _info(row), row.pdf


def run_due(db: Database, now: datetime) -> dict[str, int]:
    """The morning job: make every report :func:`app.rules.kpi.schedule.due` names that is
    not kept yet (a no-op, two small reads, on every other run)."""
    made = 0
    for kind, start in sch.due(now):
        if find(db, kind, start) is None:
            _, new = generate(db, kind, start, now)
            made += new
            log.info("kept the %s report of %s", kind.value, start)
    return {"reports": made}
