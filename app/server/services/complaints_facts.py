"""Complaint rows <-> the facts ``app.rules.complaints`` reads.

The table stores the current state of a ticket; three facts the rules need are not columns
and are derived from the ticket's own records instead, so that no schema change is needed:

- ``escalated_at``: the latest note of kind ``escalation``.
- the reopen cycle of each callback: the number of reopenings before it. A ticket reopens in
  exactly two ways: a manual reopen, which writes a note of kind ``reopen``, and an
  unsatisfied callback, which reopens it by itself (its note is kind ``system``, so it is
  not counted twice). A callback at the same instant as a manual reopen is put in the
  earlier cycle: that can only make the gate stricter, never let a ticket close early.
- ``reopened_at``: the latest of those reopenings; ``callback_done_at``: the first callback
  of the current cycle after which the callbacks allowed closing.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.rules.complaints import CallbackFacts, ComplaintFacts, callback_verdict
from app.rules.sla import deadlines

# Note kinds (complaint_notes.kind). Only REOPEN and ESCALATION are read back as facts.
RECORD = "record"  # what the customer reported
HANDLING = "handling"  # an agent's handling step or free note
RESOLUTION = "resolution"  # the resolution text and finding of one cycle
TRANSFER = "transfer"  # assigned or transferred to someone
ESCALATION = "escalation"
REOPEN = "reopen"  # a manual reopening (not the one an unsatisfied callback causes)
SANCTION = "sanction"  # a sanction decision, interim suspension or customer block
SYSTEM = "system"  # state changes the server notes for the timeline

_FACT_NOTE_KINDS = (REOPEN, ESCALATION)
_CHUNK = 500  # ids per IN (...) in bulk loads


def _callback_facts(
    callbacks: Sequence[t.CallbackAttempt], manual_reopens: Sequence[datetime], reopen_count: int
) -> tuple[tuple[CallbackFacts, ...], list[datetime]]:
    """Each callback with its cycle, and the times of every reopening."""
    facts: list[CallbackFacts] = []
    unsatisfied: list[datetime] = []
    for cb in sorted(callbacks, key=lambda c: (c.at, c.id)):
        outcome = CallbackOutcome(cb.outcome)
        before = sum(1 for at in manual_reopens if at < cb.at) + len(unsatisfied)
        facts.append(CallbackFacts(cb.at, outcome, cb.note, min(before, reopen_count)))
        if outcome is CallbackOutcome.REACHED_UNSATISFIED:
            unsatisfied.append(cb.at)
    return tuple(facts), [*manual_reopens, *unsatisfied]


def _callback_done_at(ticket: ComplaintFacts) -> datetime | None:
    if ticket.status not in (ComplaintStatus.CALLBACK_DONE, ComplaintStatus.CLOSED):
        return None
    current = [c for c in ticket.callbacks if c.cycle == ticket.reopen_count]
    for n in range(1, len(current) + 1):
        if callback_verdict(replace(ticket, callbacks=tuple(current[:n]))).allows_closing:
            return current[n - 1].at
    return None


def build_facts(
    row: t.Complaint,
    notes: Iterable[tuple[str, datetime]],
    callbacks: Sequence[t.CallbackAttempt],
) -> ComplaintFacts:
    """The rules' view of ``row``, given its (kind, at) notes and its callback rows."""
    note_list = list(notes)
    manual_reopens = sorted(at for kind, at in note_list if kind == REOPEN)
    escalations = [at for kind, at in note_list if kind == ESCALATION]
    cb_facts, reopenings = _callback_facts(callbacks, manual_reopens, row.reopen_count)
    escalated_at: datetime | None = None
    if row.escalated:
        # A ticket flagged escalated without its note (imported data) counts as escalated
        # at opening: any later breach then still asks for a new escalation.
        escalated_at = max(escalations, default=row.opened_at)
    ticket = ComplaintFacts(
        id=row.id,
        customer_id=row.customer_id,
        severity=Severity(row.severity),
        status=ComplaintStatus(row.status),
        opened_at=row.opened_at,
        order_id=row.order_id,
        provider_id=row.provider_id,
        acknowledged_at=row.acknowledged_at,
        resolved_at=row.resolved_at,
        resolution=row.resolution or None,
        substantiated=row.substantiated,
        sanction_decided=row.sanction_decided,
        callbacks=cb_facts,
        escalated_at=escalated_at,
        reopened_at=max(reopenings, default=None) if row.reopen_count else None,
        reopen_count=row.reopen_count,
        closed_at=row.closed_at,
    )
    return replace(ticket, callback_done_at=_callback_done_at(ticket))


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
    return ComplaintFacts(
        id=row.id,
        customer_id=row.customer_id,
        severity=Severity(row.severity),
        status=ComplaintStatus(row.status),
        opened_at=row.opened_at,
        order_id=row.order_id,
        provider_id=row.provider_id,
        substantiated=row.substantiated,
    )
