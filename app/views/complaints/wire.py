"""A ticket detail (``app.schemas.complaints.ComplaintDetail``, read from the cache by
``app.client.complaints``) as the pieces the views show (no Qt here).

``facts_from_detail`` turns a detail back into the rules' ``ComplaintFacts`` so that the
desktop can ask ``app.rules`` what a step would do and explain at once, before the server
answers.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from app.models.enums import ComplaintStatus
from app.rules.complaint_rows import as_time
from app.rules.complaints import CallbackFacts, ComplaintFacts
from app.rules.reasons import Reason
from app.schemas.common import ReasonPublic
from app.schemas.complaints import ComplaintDetail

# An ISO time from the wire as an aware datetime (naive ones are UTC); None if absent. One
# parser for rows on the server and the desktop alike.
parse_time = as_time


def _latest_note_at(detail: ComplaintDetail, kind: str) -> datetime | None:
    return max((n.at for n in detail.notes if n.kind == kind), default=None)


def facts_from_detail(detail: ComplaintDetail) -> ComplaintFacts:
    """The rules' view of a ticket detail.

    The detail says *whether* the ticket was escalated or reopened, not when; the times are
    taken from the matching timeline notes (else the opening time), which is all the rules
    the desktop asks (closing gate, state machine) need of them.
    """
    opened_at = detail.opened_at
    callbacks = tuple(
        CallbackFacts(at=c.at, outcome=c.outcome, note=c.note, cycle=c.cycle)
        for c in detail.callbacks
    )
    escalated_at = None
    if detail.escalated:
        escalated_at = _latest_note_at(detail, "escalation") or opened_at
    reopen_count = detail.reopen_count
    reopened_at = (_latest_note_at(detail, "reopen") or opened_at) if reopen_count else None
    return ComplaintFacts(
        id=detail.id,
        customer_id=detail.customer_id,
        severity=detail.severity,
        status=detail.status,
        opened_at=opened_at,
        order_id=detail.order_id,
        provider_id=detail.provider_id,
        acknowledged_at=detail.acknowledged_at,
        resolved_at=detail.resolved_at,
        resolution=detail.resolution or None,
        substantiated=detail.substantiated,
        sanction_decided=detail.sanction_decided,
        callbacks=callbacks,
        callback_done_at=_callback_done_at(detail, callbacks),
        escalated_at=escalated_at,
        reopened_at=reopened_at,
        reopen_count=reopen_count,
        closed_at=detail.closed_at,
    )


def _callback_done_at(
    detail: ComplaintDetail, callbacks: tuple[CallbackFacts, ...]
) -> datetime | None:
    if detail.status not in (ComplaintStatus.CALLBACK_DONE, ComplaintStatus.CLOSED):
        return None
    stopped = detail.sla.callback.stopped_at
    if stopped is not None:
        return stopped
    cycle = detail.reopen_count
    return max((c.at for c in callbacks if c.cycle == cycle), default=None)


def reasons(items: Sequence[ReasonPublic]) -> list[Reason]:
    """Reasons as the server words them, as the rules' ``Reason``."""
    return [Reason(r.code, r.message, r.message_en) for r in items]


@dataclass(frozen=True, slots=True)
class ActionState:
    """One entry of the detail's ``allowed_actions``."""

    action: str
    allowed: bool
    reasons: tuple[Reason, ...]


def action_states(detail: ComplaintDetail) -> dict[str, ActionState]:
    return {
        a.action: ActionState(a.action, a.allowed, tuple(reasons(a.reasons)))
        for a in detail.allowed_actions
    }


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of a ticket's story: a record, a handling step, a callback or a sanction.

    ``kind`` is ``note:<note kind>``, ``callback:<outcome>`` or ``sanction:<level or none>``.
    """

    at: datetime | None
    kind: str
    who: int | None
    text: str
    cycle: int | None = None


def timeline(detail: ComplaintDetail) -> list[TimelineEntry]:
    """Every note, callback and sanction of the ticket, oldest first (stable for equal times)."""
    entries: list[TimelineEntry] = []
    # A sanction decision is recorded twice, as the sanction and as a note saying it; show it
    # once, as the sanction (a decision of no sanction has only the note, which stays).
    decided = {(s.decided_at, s.decided_by) for s in detail.sanctions}
    for note in detail.notes:
        if note.kind == "sanction" and (note.at, note.author_id) in decided:
            continue
        entries.append(
            TimelineEntry(note.at, f"note:{note.kind or 'handling'}", note.author_id, note.body)
        )
    for call in detail.callbacks:
        entries.append(
            TimelineEntry(
                call.at, f"callback:{call.outcome.value}", call.agent_id, call.note, call.cycle
            )
        )
    for sanction in detail.sanctions:
        entries.append(
            TimelineEntry(
                sanction.decided_at,
                f"sanction:{sanction.level.value}",
                sanction.decided_by,
                sanction.reason,
            )
        )
    far_past = datetime.min.replace(tzinfo=UTC)
    # sorted() is stable: entries at the same moment keep notes before their callback.
    return sorted(entries, key=lambda e: e.at or far_past)


@dataclass(frozen=True, slots=True)
class SlaClockView:
    """One SLA clock of a detail: its deadline and whether it runs, was met, or was missed."""

    clock: str
    deadline: datetime | None
    stopped_at: datetime | None
    running: bool
    breached: bool


def sla_clocks(detail: ComplaintDetail) -> list[SlaClockView]:
    return [
        SlaClockView(name, c.deadline, c.stopped_at, c.running, c.breached)
        for name, c in detail.sla.clocks()
    ]
