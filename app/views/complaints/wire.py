"""A ticket detail (``app.rules.complaint_detail``, read from the cache by
``app.client.complaints``) as the typed pieces the views show (no Qt here).

``facts_from_detail`` turns a detail back into the rules' ``ComplaintFacts`` so that the
desktop can ask ``app.rules`` what a step would do and explain at once, before the server
answers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.rules.complaint_rows import as_time
from app.rules.complaints import CallbackFacts, ComplaintFacts
from app.rules.reasons import Reason

Json = Mapping[str, Any]


# An ISO time from the wire as an aware datetime (naive ones are UTC); None if absent. One
# parser for rows on the server and the desktop alike.
parse_time = as_time


def _int(value: object) -> int | None:
    return int(value) if isinstance(value, int | str) and str(value).isdigit() else None


def _latest_note_at(detail: Json, kind: str) -> datetime | None:
    times = [parse_time(n.get("at")) for n in detail.get("notes") or [] if n.get("kind") == kind]
    present = [t for t in times if t is not None]
    return max(present, default=None)


def facts_from_detail(detail: Json) -> ComplaintFacts:
    """The rules' view of a ticket detail.

    The detail says *whether* the ticket was escalated or reopened, not when; the times are
    taken from the matching timeline notes (else the opening time), which is all the rules
    the desktop asks (closing gate, state machine) need of them.
    """
    opened_at = parse_time(detail.get("opened_at")) or datetime.fromtimestamp(0, UTC)
    callbacks = tuple(
        CallbackFacts(
            at=parse_time(c.get("at")) or opened_at,
            outcome=CallbackOutcome(str(c.get("outcome"))),
            note=str(c.get("note") or ""),
            cycle=int(c.get("cycle") or 0),
        )
        for c in detail.get("callbacks") or []
    )
    escalated_at = None
    if detail.get("escalated"):
        escalated_at = _latest_note_at(detail, "escalation") or opened_at
    reopen_count = int(detail.get("reopen_count") or 0)
    reopened_at = (_latest_note_at(detail, "reopen") or opened_at) if reopen_count else None
    substantiated = detail.get("substantiated")
    return ComplaintFacts(
        id=int(detail["id"]),
        customer_id=int(detail.get("customer_id") or 0),
        severity=Severity(str(detail.get("severity"))),
        status=ComplaintStatus(str(detail.get("status"))),
        opened_at=opened_at,
        order_id=_int(detail.get("order_id")),
        provider_id=_int(detail.get("provider_id")),
        acknowledged_at=parse_time(detail.get("acknowledged_at")),
        resolved_at=parse_time(detail.get("resolved_at")),
        resolution=str(detail.get("resolution") or "") or None,
        substantiated=substantiated if isinstance(substantiated, bool) else None,
        sanction_decided=bool(detail.get("sanction_decided")),
        callbacks=callbacks,
        callback_done_at=_callback_done_at(detail, callbacks),
        escalated_at=escalated_at,
        reopened_at=reopened_at,
        reopen_count=reopen_count,
        closed_at=parse_time(detail.get("closed_at")),
    )


def _callback_done_at(detail: Json, callbacks: tuple[CallbackFacts, ...]) -> datetime | None:
    status = str(detail.get("status"))
    if status not in (ComplaintStatus.CALLBACK_DONE.value, ComplaintStatus.CLOSED.value):
        return None
    sla = detail.get("sla") or {}
    stopped = parse_time((sla.get("callback") or {}).get("stopped_at"))
    if stopped is not None:
        return stopped
    cycle = int(detail.get("reopen_count") or 0)
    return max((c.at for c in callbacks if c.cycle == cycle), default=None)


def reasons(items: object) -> list[Reason]:
    """Reasons as the server words them (``{"code", "message", "message_en"}``)."""
    if not isinstance(items, list):
        return []
    return [
        Reason(
            str(r.get("code") or ""), str(r.get("message") or ""), str(r.get("message_en") or "")
        )
        for r in items
        if isinstance(r, Mapping)
    ]


@dataclass(frozen=True, slots=True)
class ActionState:
    """One entry of the detail's ``allowed_actions``."""

    action: str
    allowed: bool
    reasons: tuple[Reason, ...]


def action_states(detail: Json) -> dict[str, ActionState]:
    out: dict[str, ActionState] = {}
    for item in detail.get("allowed_actions") or []:
        name = str(item.get("action") or "")
        out[name] = ActionState(
            name, bool(item.get("allowed")), tuple(reasons(item.get("reasons")))
        )
    return out


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


def timeline(detail: Json) -> list[TimelineEntry]:
    """Every note, callback and sanction of the ticket, oldest first (stable for equal times)."""
    entries: list[TimelineEntry] = []
    # A sanction decision is recorded twice, as the sanction and as a note saying it; show it
    # once, as the sanction (a decision of no sanction has only the note, which stays).
    decided = {
        (parse_time(s.get("decided_at")), _int(s.get("decided_by")))
        for s in detail.get("sanctions") or []
    }
    for note in detail.get("notes") or []:
        said_again = (parse_time(note.get("at")), _int(note.get("author_id"))) in decided
        if note.get("kind") == "sanction" and said_again:
            continue
        entries.append(
            TimelineEntry(
                parse_time(note.get("at")),
                f"note:{note.get('kind') or 'handling'}",
                _int(note.get("author_id")),
                str(note.get("body") or ""),
            )
        )
    for call in detail.get("callbacks") or []:
        entries.append(
            TimelineEntry(
                parse_time(call.get("at")),
                f"callback:{call.get('outcome')}",
                _int(call.get("agent_id")),
                str(call.get("note") or ""),
                _int(call.get("cycle")),
            )
        )
    for sanction in detail.get("sanctions") or []:
        entries.append(
            TimelineEntry(
                parse_time(sanction.get("decided_at")),
                f"sanction:{sanction.get('level') or 'none'}",
                _int(sanction.get("decided_by")),
                str(sanction.get("reason") or ""),
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


def sla_clocks(detail: Json) -> list[SlaClockView]:
    sla = detail.get("sla") or {}
    out: list[SlaClockView] = []
    for clock in ("first_response", "resolution", "callback"):
        state = sla.get(clock) or {}
        out.append(
            SlaClockView(
                clock,
                parse_time(state.get("deadline")),
                parse_time(state.get("stopped_at")),
                bool(state.get("running")),
                bool(state.get("breached")),
            )
        )
    return out
