"""GET/POST /reports and the PDF download over HTTP: who may, what is refused, what is kept."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from app.rules.beijing import local_day
from app.server import clock
from tests.server.conftest import LiveServer


def test_supervisors_make_list_and_download_reports(live: LiveServer) -> None:
    sup = live.login(Role.SUPERVISOR)
    r = sup.post(live.api("/reports"), json={"kind": "daily", "day": "2026-01-05"}, timeout=60)
    assert r.status_code == 201, r.text
    first = r.json()
    assert first["kind"] == "daily"
    assert first["period_start"] == "2026-01-05"
    assert first["generated_by"] == "supervisor"
    again = sup.post(live.api("/reports"), json={"kind": "daily", "day": "2026-01-05"}, timeout=60)
    assert again.status_code == 200
    assert again.json() == first
    week = sup.post(live.api("/reports"), json={"kind": "weekly", "day": "2026-01-07"}, timeout=60)
    assert week.status_code == 201
    assert week.json()["period_start"] == "2026-01-05"

    page = sup.get(live.api("/reports"), timeout=30).json()
    assert page["count"] == 2
    assert [e["kind"] for e in page["data"]] == ["weekly", "daily"]  # newest period first

    pdf = sup.get(live.api(f"/reports/{first['id']}/pdf"), timeout=30)
    assert pdf.status_code == 200
    assert pdf.headers["Content-Type"] == "application/pdf"
    assert pdf.headers["Cache-Control"] == "no-store"
    assert pdf.content.startswith(b"%PDF")
    assert len(pdf.content) == first["size"]
    assert 'filename="daily-20260105.pdf"' in pdf.headers["Content-Disposition"]
    with live.db.read() as s:
        audited = s.scalars(
            select(t.AuditLog.username).where(t.AuditLog.action == "report.download")
        ).all()
    assert audited == ["supervisor"]
    assert sup.get(live.api("/reports/999/pdf"), timeout=30).status_code == 404


def test_only_supervisors_and_admins_see_reports(live: LiveServer) -> None:
    for role in (Role.DISPATCHER, Role.AGENT, Role.REVIEWER, Role.TRAINER):
        s = live.login(role)
        assert s.get(live.api("/reports"), timeout=30).status_code == 403
        body = {"kind": "daily", "day": "2026-01-05"}
        assert s.post(live.api("/reports"), json=body, timeout=30).status_code == 403
    assert live.login(Role.ADMIN).get(live.api("/reports"), timeout=30).status_code == 200


def test_periods_not_over_or_before_2000_are_refused(live: LiveServer) -> None:
    sup = live.login(Role.SUPERVISOR)
    today = local_day(clock.now())
    for kind, day, code in (
        ("daily", today, "report.not_over"),
        ("daily", today + timedelta(days=30), "report.not_over"),
        ("weekly", today, "report.not_over"),
        ("daily", "1999-12-31", "report.before_2000"),
    ):
        r = sup.post(live.api("/reports"), json={"kind": kind, "day": str(day)}, timeout=30)
        assert r.status_code == 422, r.text
        assert r.json()["error"]["code"] == code
    bad = sup.post(live.api("/reports"), json={"kind": "monthly", "day": "2026-01-05"}, timeout=30)
    assert bad.status_code == 422
    assert sup.get(live.api("/reports"), timeout=30).json()["count"] == 0
