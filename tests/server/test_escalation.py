"""A complaint whose deadline passes is escalated by the server, once per overdue clock."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from app.server.services.escalation import escalate_overdue
from tests.server import factories
from tests.server.conftest import LiveServer


def test_overdue_first_response_is_escalated_once(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    agent = live.login(Role.AGENT)
    r = agent.post(
        live.api("/complaints"),
        json={
            "category": "injury",
            "severity": "critical",
            "summary": "阿姨受伤",
            "customer_id": customer,
        },
        timeout=10,
    )
    assert r.status_code == 201, r.text
    ticket_id = r.json()["id"]
    now = factories.now()
    assert escalate_overdue(live.db, now) == 0  # 15 minutes to first response: not yet
    later = now + timedelta(minutes=20)
    assert escalate_overdue(live.db, later) == 1
    assert escalate_overdue(live.db, later + timedelta(minutes=1)) == 0  # once per clock
    with live.db.read() as s:
        notes = list(
            s.scalars(
                select(t.ComplaintNote).where(
                    t.ComplaintNote.complaint_id == ticket_id, t.ComplaintNote.kind == "escalation"
                )
            )
        )
        audit = s.scalar(select(t.AuditLog).where(t.AuditLog.action == "complaint.escalate"))
    assert len(notes) == 1
    assert notes[0].body.startswith("系统自动上报")
    assert audit is not None
    assert audit.username == "system"
