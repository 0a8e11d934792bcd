"""Complaint rows -> the facts ``app.rules.complaints`` reads, from plain dicts.

The server (from its rows) and the desktop (from the cached, projected rows of the change
feed) both build a ticket's facts here, so both see the same ticket. A row is a mapping of
column name to value; times may be ``datetime`` or ISO text (as the feed carries them).

The table stores the current state of a ticket; three facts the rules need are not columns
and are derived from the ticket's own records instead:

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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from datetime import UTC, datetime
from typing import Any, TypeAlias

from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.rules.complaints import CallbackFacts, ComplaintFacts, callback_verdict

Row: TypeAlias = Mapping[str, Any]

# Note kinds (complaint_notes.kind) read back as facts.
REOPEN = "reopen"
ESCALATION = "escalation"
FACT_NOTE_KINDS = (REOPEN, ESCALATION)


def as_time(value: object) -> datetime | None:
    """A row's time: a ``datetime`` as it is, ISO text parsed (naive means UTC), else None."""
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def time_of(value: object) -> datetime:
    """A row's time that must be there (see :func:`as_time`)."""
    moment = as_time(value)
    if moment is None:
        raise ValueError(f"not a time: {value!r}")
    return moment


def as_id(value: object) -> int | None:
    """A row's id column: an int as it is, anything else (None, text, a bool) None."""
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def callback_facts(
    callbacks: Iterable[Row], manual_reopens: Sequence[datetime], reopen_count: int
) -> tuple[tuple[CallbackFacts, ...], list[datetime]]:
    """Each callback (oldest first) with its cycle, and the times of every reopening."""
    facts: list[CallbackFacts] = []
    unsatisfied: list[datetime] = []
    for cb in sorted_callbacks(callbacks):
        at = time_of(cb["at"])
        outcome = CallbackOutcome(cb["outcome"])
        before = sum(1 for moment in manual_reopens if moment < at) + len(unsatisfied)
        facts.append(
            CallbackFacts(at, outcome, str(cb.get("note") or ""), min(before, reopen_count))
        )
        if outcome is CallbackOutcome.REACHED_UNSATISFIED:
            unsatisfied.append(at)
    return tuple(facts), [*manual_reopens, *unsatisfied]


def sorted_callbacks(callbacks: Iterable[Row]) -> list[Row]:
    """Callbacks in the order they were logged: by time, then id."""
    return sorted(callbacks, key=lambda c: (time_of(c["at"]), c.get("id") or 0))


def _callback_done_at(ticket: ComplaintFacts) -> datetime | None:
    if ticket.status not in (ComplaintStatus.CALLBACK_DONE, ComplaintStatus.CLOSED):
        return None
    current = [c for c in ticket.callbacks if c.cycle == ticket.reopen_count]
    for n in range(1, len(current) + 1):
        if callback_verdict(replace(ticket, callbacks=tuple(current[:n]))).allows_closing:
            return current[n - 1].at
    return None


def _substantiated(value: object) -> bool | None:
    return value if isinstance(value, bool) else None


def history_facts(row: Row) -> ComplaintFacts:
    """The few facts repeat detection and the sanctions ladder read (no notes needed)."""
    return ComplaintFacts(
        id=row["id"],
        customer_id=row["customer_id"],
        severity=Severity(row["severity"]),
        status=ComplaintStatus(row["status"]),
        opened_at=time_of(row["opened_at"]),
        order_id=row.get("order_id"),
        provider_id=row.get("provider_id"),
        substantiated=_substantiated(row.get("substantiated")),
    )


def ticket_facts(row: Row, notes: Iterable[Row], callbacks: Iterable[Row]) -> ComplaintFacts:
    """The rules' view of the complaint ``row``, given its notes and its callback rows.

    Only the ``kind`` and ``at`` of the notes are read, and only of the kinds in
    :data:`FACT_NOTE_KINDS` (others may be left out).
    """
    note_list = [(str(n.get("kind")), time_of(n["at"])) for n in notes]
    reopen_count = int(row.get("reopen_count") or 0)
    opened_at = time_of(row["opened_at"])
    manual_reopens = sorted(at for kind, at in note_list if kind == REOPEN)
    escalations = [at for kind, at in note_list if kind == ESCALATION]
    cb_facts, reopenings = callback_facts(callbacks, manual_reopens, reopen_count)
    escalated_at: datetime | None = None
    if row.get("escalated"):
        # A ticket flagged escalated without its note (imported data) counts as escalated
        # at opening: any later breach then still asks for a new escalation.
        escalated_at = max(escalations, default=opened_at)
    ticket = ComplaintFacts(
        id=row["id"],
        customer_id=row["customer_id"],
        severity=Severity(row["severity"]),
        status=ComplaintStatus(row["status"]),
        opened_at=opened_at,
        order_id=row.get("order_id"),
        provider_id=row.get("provider_id"),
        acknowledged_at=as_time(row.get("acknowledged_at")),
        resolved_at=as_time(row.get("resolved_at")),
        resolution=row.get("resolution") or None,
        substantiated=_substantiated(row.get("substantiated")),
        sanction_decided=bool(row.get("sanction_decided")),
        callbacks=cb_facts,
        escalated_at=escalated_at,
        reopened_at=max(reopenings, default=None) if reopen_count else None,
        reopen_count=reopen_count,
        closed_at=as_time(row.get("closed_at")),
    )
    return replace(ticket, callback_done_at=_callback_done_at(ticket))
