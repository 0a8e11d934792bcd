"""Making and keeping reports: one per period however many processes ask at once, the
morning job, the PDF kept with its size and checksum."""

from __future__ import annotations

import hashlib
import threading
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.rules.beijing import BEIJING
from app.rules.kpi.schedule import ReportKind
from app.server.db import Database
from app.server.services import reports as svc

YESTERDAY = date(2026, 12, 3)


def kept(db: Database) -> list[tuple[str, date]]:
    with db.read() as s:
        rows = s.execute(select(t.StoredReport.kind, t.StoredReport.period_start)).all()
    return sorted((k, d) for k, d in rows)


def test_a_report_is_made_once_and_kept_with_its_checksum(demo_db: Database) -> None:
    now = datetime(2026, 12, 4, 6, 0, tzinfo=BEIJING)
    info, made = svc.generate(demo_db, ReportKind.DAILY, YESTERDAY, now)
    again, made_again = svc.generate(demo_db, ReportKind.DAILY, YESTERDAY, now)
    assert made
    assert not made_again
    assert again == info
    found = svc.open_pdf(demo_db, svc.SYSTEM, now, info.id)
    assert found is not None
    pdf = found[1]
    assert pdf.startswith(b"%PDF")
    assert len(pdf) == info.size
    assert hashlib.sha256(pdf).hexdigest() == info.sha256
    assert kept(demo_db) == [("daily", YESTERDAY)]
    with demo_db.read() as s:
        actions = list(s.scalars(select(t.AuditLog.action).where(t.AuditLog.entity == "report")))
    assert actions == ["report.generate", "report.download"]


def test_two_processes_racing_for_one_period_keep_one_report(
    demo_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Both pass the "is it kept?" check before either inserts (a barrier in the drawing)."""
    other = Database(demo_db.url, demo_db.keys)  # a second process's own engine
    barrier = threading.Barrier(2, timeout=60)
    draw = svc.render

    def render(*args: Any) -> bytes:
        barrier.wait()
        return draw(*args)

    monkeypatch.setattr(svc, "render", render)
    now = datetime(2026, 12, 4, 6, 0, tzinfo=BEIJING)
    results: list[tuple[svc.ReportInfo, bool]] = []

    def ask(db: Database) -> None:
        results.append(svc.generate(db, ReportKind.WEEKLY, date(2026, 11, 25), now))

    threads = [threading.Thread(target=ask, args=(db,)) for db in (demo_db, other)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(120)
    other.dispose()
    assert sorted(made for _, made in results) == [False, True]
    assert results[0][0].id == results[1][0].id
    assert kept(demo_db) == [("weekly", date(2026, 11, 23))]


def test_the_morning_job_makes_yesterdays_and_on_monday_last_weeks(demo_db: Database) -> None:
    before_six = datetime(2026, 11, 30, 5, 59, tzinfo=BEIJING)  # a Monday
    assert svc.run_due(demo_db, before_six) == {"reports": 2}  # Saturday's, the week before
    assert kept(demo_db) == [("daily", date(2026, 11, 28)), ("weekly", date(2026, 11, 16))]
    monday = before_six + timedelta(minutes=1)
    assert svc.run_due(demo_db, monday) == {"reports": 2}
    assert svc.run_due(demo_db, monday + timedelta(minutes=5)) == {"reports": 0}
    tuesday = monday + timedelta(days=1)
    assert svc.run_due(demo_db, tuesday) == {"reports": 1}
    assert kept(demo_db) == [
        ("daily", date(2026, 11, 28)),
        ("daily", date(2026, 11, 29)),
        ("daily", date(2026, 11, 30)),
        ("weekly", date(2026, 11, 16)),
        ("weekly", date(2026, 11, 23)),
    ]
    listed, count = svc.listing(demo_db, limit=2, offset=0)
    assert count == 5
    assert [(i.kind.value, i.period_start) for i in listed] == [
        ("daily", date(2026, 11, 30)),
        ("daily", date(2026, 11, 29)),
    ]


def test_a_missing_report_is_none(demo_db: Database) -> None:
    assert svc.open_pdf(demo_db, svc.SYSTEM, datetime.now(BEIJING), 99) is None
    with demo_db.read() as s:
        assert s.scalar(select(func.count()).select_from(t.AuditLog).where(
            t.AuditLog.entity == "report")) == 0  # fmt: skip
