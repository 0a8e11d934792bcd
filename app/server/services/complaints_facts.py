"""Complaint rows <-> the facts ``app.rules.complaints`` reads.

The derivation itself (escalation time, reopen cycles of callbacks, when the callbacks
allowed closing) is pure and lives in ``app.rules.complaint_rows``, where the desktop uses
it on its cached rows too; this module loads the rows and writes the rules' results back.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import Severity
from app.rules.complaint_rows import ESCALATION as ESCALATION
from app.rules.complaint_rows import REOPEN as REOPEN
from app.rules.complaint_rows import history_facts as rules_history_facts
from app.rules.complaint_rows import ticket_facts
from app.rules.complaints import ComplaintFacts
from app.rules.sla import deadlines

# Note kinds (complaint_notes.kind). Only REOPEN and ESCALATION are read back as facts.
RECORD = "record"  # what the customer reported
HANDLING = "handling"  # an agent's handling step or free note
RESOLUTION = "resolution"  # the resolution text and finding of one cycle
TRANSFER = "transfer"  # assigned or transferred to someone
# ESCALATION and REOPEN (a manual reopening, not the one an unsatisfied callback causes)
# come from app.rules.complaint_rows, which reads them back.
SANCTION = "sanction"  # a sanction decision, interim suspension or customer block
SYSTEM = "system"  # state changes the server notes for the timeline

_FACT_NOTE_KINDS = (REOPEN, ESCALATION)
_CHUNK = 500  # ids per IN (...) in bulk loads


def row_values(obj: t.Base) -> dict[str, Any]:
    """A row's column values as a plain dict (what the pure assembly in app.rules reads)."""
    return {key: getattr(obj, key) for key in _columns(type(obj))}


@functools.cache
def _columns(cls: type[t.Base]) -> tuple[str, ...]:
    return tuple(c.key for c in inspect(cls).column_attrs)


def build_facts(
    row: t.Complaint,
    notes: Iterable[tuple[str, datetime]],
    callbacks: Sequence[t.CallbackAttempt],
) -> ComplaintFacts:
    """The rules' view of ``row``, given its (kind, at) notes and its callback rows."""
    return ticket_facts(
        row_values(row),
        [{"kind": kind, "at": at} for kind, at in notes],
        [row_values(cb) for cb in callbacks],
    )


def load_facts(session: Session, row: t.Complaint) -> ComplaintFacts:
    return load_facts_many(session, [row])[row.id]


def load_callbacks(session: Session, ids: Sequence[int]) -> dict[int, list[t.CallbackAttempt]]:
    out: dict[int, list[t.CallbackAttempt]] = {i: [] for i in ids}
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stmt = select(t.CallbackAttempt).where(t.CallbackAttempt.complaint_id.in_(chunk))
        for cb in session.scalars(stmt.order_by(t.CallbackAttempt.at, t.CallbackAttempt.id)):
            out[cb.complaint_id].append(cb)
    return out


def load_facts_many(session: Session, rows: Sequence[t.Complaint]) -> dict[int, ComplaintFacts]:
    """Facts for many tickets with two queries per ``_CHUNK`` tickets (queues, lists)."""
    ids = [r.id for r in rows]
    notes: dict[int, list[tuple[str, datetime]]] = {i: [] for i in ids}
    n = t.ComplaintNote
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        stmt = select(n.complaint_id, n.kind, n.at).where(
            n.complaint_id.in_(chunk), n.kind.in_(_FACT_NOTE_KINDS)
        )
        for complaint_id, kind, at in session.execute(stmt):
            notes[complaint_id].append((kind, at))
    callbacks = load_callbacks(session, ids)
    return {r.id: build_facts(r, notes[r.id], callbacks[r.id]) for r in rows}


def write_back(row: t.Complaint, ticket: ComplaintFacts, now: datetime) -> None:
    """Store the state the rules produced, with the deadlines kept up to date."""
    row.status = ticket.status.value
    row.acknowledged_at = ticket.acknowledged_at
    row.resolved_at = ticket.resolved_at
    row.resolution = ticket.resolution or ""
    row.substantiated = ticket.substantiated
    row.sanction_decided = ticket.sanction_decided
    row.escalated = ticket.escalated
    row.reopen_count = ticket.reopen_count
    row.closed_at = ticket.closed_at
    set_deadlines(row, ticket.reopened_at)
    row.updated_at = now


def set_deadlines(row: t.Complaint, reopened_at: datetime | None) -> None:
    due = deadlines(Severity(row.severity), row.opened_at, row.resolved_at, reopened_at)
    row.first_response_due = due.first_response
    row.resolution_due = due.resolution
    row.callback_due = due.callback


def history_facts(row: t.Complaint) -> ComplaintFacts:
    """The few facts repeat detection and the sanctions ladder read (no notes needed)."""
    return rules_history_facts(row_values(row))
