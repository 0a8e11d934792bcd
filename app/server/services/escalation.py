"""Escalation when a complaint's deadline passes: the server does it, day and night.

Run by the leader process every minute. Each overdue clock escalates a ticket once (the rules'
``needs_escalation`` looks at when it was last escalated), as a note from "system" that the
supervisors' queue and the change feed both see.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from app.models import tables as t
from app.models.enums import ComplaintStatus, Role
from app.rules.complaints import ComplaintAction
from app.rules.sla import needs_escalation
from app.server.db import Database
from app.server.errors import ApiError
from app.server.services.complaints import act
from app.server.services.complaints_facts import load_facts_many
from app.server.services.context import Actor

SYSTEM = Actor(None, "system", Role.ADMIN, "server")


def escalate_overdue(db: Database, now: datetime) -> int:
    """Escalate every open ticket with a newly overdue clock; returns how many."""
    with db.read() as s:
        rows = list(
            s.scalars(select(t.Complaint).where(t.Complaint.status != ComplaintStatus.CLOSED.value))
        )
        facts = load_facts_many(s, rows)
        due = [(r.id, r.version, needs_escalation(facts[r.id], now)) for r in rows]
    done = 0
    for complaint_id, version, reasons in due:
        if not reasons:
            continue
        note = "系统自动上报：" + "；".join(r.zh for r in reasons)
        try:
            with db.write() as s:
                act(s, SYSTEM, now, complaint_id, version, ComplaintAction.escalate(note))
        except ApiError:
            continue  # someone changed the ticket meanwhile: the next run looks again
        done += 1
    return done
