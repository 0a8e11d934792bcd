"""A complaint ticket as the API and the desktop show it, assembled from plain dicts.

The detail carries what the desktop needs to explain itself: the closing blockers and, for
every action, whether this user may take it now and why not (codes with zh/en), all from
the complaint rules. The server calls :func:`complaint_detail` on its projected rows; the
desktop calls it on the same rows from its local cache, so both show the same ticket.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.models.enums import ComplaintStatus, Role
from app.rules.access import COMPLAINT_WORKERS, SANCTION_DECIDERS, may_work_ticket
from app.rules.complaint_facts import ACTION_NAMES
from app.rules.complaint_rows import Row, history_facts, sorted_callbacks, ticket_facts, time_of
from app.rules.complaints import (
    ComplaintActionKind,
    ComplaintFacts,
    RepeatFlags,
    action_blocker,
    callback_verdict,
    closing_blockers,
    counted_unreachable_attempts,
    repeat_complaints,
)
from app.rules.reasons import Reason, reason_wire
from app.rules.sanction_rows import (
    latest_appeals,
    recommendation,
    recommendation_wire,
    sanction_view,
)
from app.rules.sanctions import AssessmentFacts
from app.rules.sla import ClockState, needs_escalation, sla_state

K = ComplaintActionKind

ROLE_REASON = Reason(
    "forbidden_role", "您的角色无权执行此操作。", "Your role may not take this action."
)


@dataclass(frozen=True, slots=True)
class Viewer:
    """Who reads a ticket: what they may do on it depends on their role and on whether it is
    theirs. ``user_id`` None: the server's own jobs."""

    role: Role
    user_id: int | None


def _action(action: str, label: tuple[str, str], reasons: Sequence[Reason]) -> dict[str, Any]:
    return {
        "action": action,
        "label": label[0],
        "label_en": label[1],
        "allowed": not reasons,
        "reasons": [reason_wire(r) for r in reasons],
    }


def allowed_actions(
    ticket: ComplaintFacts, viewer: Viewer, now: datetime, blocked: bool, owner_id: int | None
) -> list[dict[str, Any]]:
    """Every action with whether ``viewer`` may take it now, and why not.

    Close lists every closing blocker, so the desktop can show all that is missing.
    ``blocked``: the customer already blocks this ticket's provider. ``owner_id``: who the
    ticket is assigned to; only they (or a supervisor) work it, others add notes or escalate.
    """
    role = viewer.role
    out: list[dict[str, Any]] = []
    for kind in K:
        roles = SANCTION_DECIDERS if kind is K.RECORD_SANCTION_DECISION else COMPLAINT_WORKERS
        reasons: list[Reason] = [] if role in roles else [ROLE_REASON]
        if not reasons:
            raises_only = kind in (K.ADD_NOTE, K.ESCALATE)
            owner = may_work_ticket(role, viewer.user_id, owner_id, raises_only=raises_only)
            reasons += [owner] if owner is not None else []
        blocker = action_blocker(ticket, kind, now)
        if kind is K.CLOSE:
            reasons += closing_blockers(ticket) or ([blocker] if blocker else [])
        elif blocker is not None:
            reasons.append(blocker)
        out.append(_action(kind.value, ACTION_NAMES[kind], reasons))
    owner = may_work_ticket(role, viewer.user_id, owner_id, raises_only=False)
    work = [ROLE_REASON] if role not in COMPLAINT_WORKERS else [owner] if owner else []
    closed = (
        [Reason("complaint.closed", "工单已关闭。", "The ticket is closed.")]
        if ticket.status is ComplaintStatus.CLOSED
        else []
    )
    out.append(_action("assign", ("分配/转交", "assign or transfer"), work + closed))
    block: list[Reason] = list(work)
    if ticket.provider_id is None:
        block.append(
            Reason("complaint.no_provider", "工单未涉及服务人员。", "The ticket names no provider.")
        )
    elif blocked:
        block.append(
            Reason(
                "complaint.already_blocked",
                "客户已屏蔽该服务人员。",
                "The customer already blocks this provider.",
            )
        )
    out.append(_action("block_provider", ("不再派此人", "never send this provider"), block))
    return out


def _clock_wire(clock: ClockState) -> dict[str, Any]:
    return {
        "deadline": clock.deadline.isoformat() if clock.deadline else None,
        "stopped_at": clock.stopped_at.isoformat() if clock.stopped_at else None,
        "remaining_seconds": (
            int(clock.remaining.total_seconds()) if clock.remaining is not None else None
        ),
        "running": clock.running,
        "overdue": clock.overdue,
        "breached": clock.breached,
    }


def sla_wire(ticket: ComplaintFacts, now: datetime) -> dict[str, Any]:
    state = sla_state(ticket, now)
    out: dict[str, Any] = {c.clock.value: _clock_wire(c) for c in state.clocks}
    nxt = state.next_deadline
    out["next_deadline"] = nxt.isoformat() if nxt else None
    out["overdue"] = [c.clock.value for c in state.overdue]
    return out


def repeat_wire(flags: RepeatFlags) -> dict[str, Any]:
    return {
        "same_provider": list(flags.same_provider),
        "same_customer": list(flags.same_customer),
        "possible_duplicates": list(flags.possible_duplicates),
        "is_repeat": flags.is_repeat,
        "reasons": [reason_wire(r) for r in flags.reasons],
    }


def queue_item(row: Row, ticket: ComplaintFacts | None, now: datetime) -> dict[str, Any]:
    """A ticket in a list: its (projected) row plus the few clock facts a queue shows.

    ``ticket`` None: the ticket is closed and every clock has stopped.
    """
    item = dict(row)
    if ticket is None:
        item |= {"overdue": False, "next_deadline": None, "needs_escalation": False}
        return item
    state = sla_state(ticket, now)
    nxt = state.next_deadline
    item |= {
        "overdue": bool(state.overdue),
        "next_deadline": nxt.isoformat() if nxt else None,
        "needs_escalation": bool(needs_escalation(ticket, now)),
    }
    return item


def repeats_of(row: Row, related: Iterable[Row]) -> RepeatFlags:
    """The repeat flags of the ticket ``row`` as of its opening, among ``related`` rows
    (complaints of the same customer, provider or order; others are ignored)."""
    opened = history_facts(row)
    history = [
        history_facts(r)
        for r in related
        if r["id"] != row["id"]
        and (
            r.get("customer_id") == opened.customer_id
            or (opened.provider_id is not None and r.get("provider_id") == opened.provider_id)
            or (opened.order_id is not None and r.get("order_id") == opened.order_id)
        )
    ]
    return repeat_complaints(opened, history, opened.opened_at)


@dataclass(frozen=True, slots=True)
class TicketRows:
    """Everything a ticket detail is made of: projected rows (plain dicts), as the server's
    database or the desktop's cache holds them.

    Args:
        complaint: the ticket's row.
        notes: its notes (any order).
        callbacks: its callback attempts (any order).
        sanctions: the sanctions decided on this ticket.
        appeals: appeals of those sanctions.
        assessments: the provider's assessments as facts (for what a sanction does now).
        blocks: the customer's blocks of this ticket's provider.
        customer, order, provider: the rows the ticket names (provider already as the
            reader's role may see it); None when absent.
        assignee: ``{"id", "display_name", "role"}`` of the assigned user, or None.
        related: complaints of the same customer, provider or order (repeat flags).
        provider_complaints: complaints naming the provider (the sanctions ladder).
    """

    complaint: Row
    notes: Sequence[Row] = ()
    callbacks: Sequence[Row] = ()
    sanctions: Sequence[Row] = ()
    appeals: Sequence[Row] = ()
    assessments: Sequence[AssessmentFacts] = ()
    blocks: Sequence[Row] = ()
    customer: Row | None = None
    order: Row | None = None
    provider: Row | None = None
    assignee: Row | None = None
    related: Sequence[Row] = ()
    provider_complaints: Sequence[Row] = ()


def assignee_view(user: Row | None) -> dict[str, Any] | None:
    if user is None:
        return None
    return {"id": user["id"], "display_name": user.get("display_name"), "role": user.get("role")}


def complaint_detail(rows: TicketRows, viewer: Viewer, now: datetime) -> dict[str, Any]:
    """The ticket detail: row, related rows, timeline parts, clocks, blockers and actions."""
    row = rows.complaint
    ticket = ticket_facts(row, rows.notes, rows.callbacks)
    notes = sorted(rows.notes, key=lambda n: (time_of(n["at"]), n["id"]))
    callbacks = [
        dict(cb) | {"cycle": facts.cycle}
        for cb, facts in zip(sorted_callbacks(rows.callbacks), ticket.callbacks, strict=True)
    ]
    appeals = latest_appeals(rows.appeals)
    blocks = [
        b
        for b in rows.blocks
        if row.get("provider_id") is not None
        and b.get("customer_id") == row["customer_id"]
        and b.get("provider_id") == row["provider_id"]
    ]
    rec = None
    if not ticket.sanction_decided:
        rec = recommendation_wire(recommendation(ticket, rows.provider_complaints, now))
    return {
        **row,
        "customer": dict(rows.customer) if rows.customer else None,
        "order": dict(rows.order) if rows.order else None,
        "provider": dict(rows.provider) if rows.provider else None,
        "assignee": dict(rows.assignee) if rows.assignee else None,
        "notes": [dict(n) for n in notes],
        "callbacks": callbacks,
        "callback_verdict": callback_verdict(ticket).value,
        "counted_unreachable_attempts": len(counted_unreachable_attempts(ticket.cycle_callbacks)),
        "sanctions": [
            sanction_view(s, appeals.get(s["id"]), rows.assessments, now)
            for s in sorted(rows.sanctions, key=lambda s: s["id"])
        ],
        "customer_blocks": [dict(b) for b in blocks],
        "recommended_sanction": rec,
        "closing_blockers": [reason_wire(r) for r in closing_blockers(ticket)],
        "allowed_actions": allowed_actions(
            ticket, viewer, now, bool(blocks), row.get("assignee_id")
        ),
        "sla": sla_wire(ticket, now),
        "escalation_needed": [reason_wire(r) for r in needs_escalation(ticket, now)],
        "repeat": repeat_wire(repeats_of(row, rows.related)),
    }
