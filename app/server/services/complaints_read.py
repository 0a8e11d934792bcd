"""Complaint reads: the ticket detail, the queues sorted by urgency, the hotline lookup.

The detail carries what the desktop needs to explain itself: the closing blockers and, for
every action, whether this user may take it now and why not (codes with zh/en), all from
``app.rules``. Everything leaves masked (``project``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ComplaintStatus, Role, Severity
from app.rules.access import COMPLAINT_WORKERS, SANCTION_DECIDERS
from app.rules.complaint_facts import ACTION_NAMES
from app.rules.complaints import (
    ComplaintActionKind,
    ComplaintFacts,
    RepeatFlags,
    action_blocker,
    callback_verdict,
    closing_blockers,
    counted_unreachable_attempts,
)
from app.rules.reasons import Reason
from app.rules.sla import SEVERITY_RANK, ClockState, needs_escalation, sla_state, urgency_key
from app.server.projections import for_role, project
from app.server.services import complaints_sanction_facts as sanctions
from app.server.services.complaints import customers_by_phone, repeat_flags
from app.server.services.complaints_facts import (
    history_facts,
    load_callbacks,
    load_facts,
    load_facts_many,
)
from app.server.services.complaints_store import (
    ROLE_REASON,
    reason_wire,
)

K = ComplaintActionKind
_CLOSED = ComplaintStatus.CLOSED.value
RECENT_ORDERS = 10


def _action(action: str, label: tuple[str, str], reasons: Sequence[Reason]) -> dict[str, Any]:
    return {
        "action": action,
        "label": label[0],
        "label_en": label[1],
        "allowed": not reasons,
        "reasons": [reason_wire(r) for r in reasons],
    }


def allowed_actions(
    ticket: ComplaintFacts, role: Role, now: datetime, blocked: bool
) -> list[dict[str, Any]]:
    """Every action with whether ``role`` may take it now, and why not.

    Close lists every closing blocker, so the desktop can show all that is missing.
    ``blocked``: the customer already blocks this ticket's provider.
    """
    out: list[dict[str, Any]] = []
    for kind in K:
        roles = SANCTION_DECIDERS if kind is K.RECORD_SANCTION_DECISION else COMPLAINT_WORKERS
        reasons: list[Reason] = [] if role in roles else [ROLE_REASON]
        blocker = action_blocker(ticket, kind, now)
        if kind is K.CLOSE:
            reasons += closing_blockers(ticket) or ([blocker] if blocker else [])
        elif blocker is not None:
            reasons.append(blocker)
        out.append(_action(kind.value, ACTION_NAMES[kind], reasons))
    work = [] if role in COMPLAINT_WORKERS else [ROLE_REASON]
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


def queue_item(row: t.Complaint, ticket: ComplaintFacts | None, now: datetime) -> dict[str, Any]:
    """A ticket in a list: its row plus the few clock facts a queue shows."""
    item = project("complaint", row)
    if ticket is None:  # closed: every clock has stopped
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


def complaint_detail(
    session: Session, row: t.Complaint, role: Role, now: datetime
) -> dict[str, Any]:
    ticket = load_facts(session, row)
    n = t.ComplaintNote
    notes = session.scalars(select(n).where(n.complaint_id == row.id).order_by(n.at, n.id))
    callback_rows = load_callbacks(session, [row.id])[row.id]
    callbacks = [
        project("callback_attempt", cb) | {"cycle": facts.cycle}
        for cb, facts in zip(callback_rows, ticket.callbacks, strict=True)
    ]
    sanction_rows = list(
        session.scalars(
            select(t.Sanction).where(t.Sanction.complaint_id == row.id).order_by(t.Sanction.id)
        )
    )
    appeals = sanctions.latest_appeals(session, [s.id for s in sanction_rows])
    assessments = sanctions.assessment_facts(session, row.provider_id) if row.provider_id else []
    blocks = (
        list(
            session.scalars(
                select(t.CustomerBlock).where(
                    t.CustomerBlock.customer_id == row.customer_id,
                    t.CustomerBlock.provider_id == row.provider_id,
                )
            )
        )
        if row.provider_id is not None
        else []
    )
    customer = session.get(t.Customer, row.customer_id)
    order = session.get(t.Order, row.order_id) if row.order_id is not None else None
    provider = session.get(t.Provider, row.provider_id) if row.provider_id is not None else None
    assignee = session.get(t.User, row.assignee_id) if row.assignee_id is not None else None
    verdict = callback_verdict(ticket)
    rec = None
    if not ticket.sanction_decided:
        rec = sanctions.recommendation_wire(sanctions.recommendation(session, ticket, now))
    opened = history_facts(row)
    return {
        **project("complaint", row),
        "customer": project("customer", customer) if customer else None,
        "order": project("order", order) if order else None,
        "provider": for_role("provider", project("provider", provider), role) if provider else None,
        "assignee": (
            {"id": assignee.id, "display_name": assignee.display_name, "role": assignee.role}
            if assignee
            else None
        ),
        "notes": [project("complaint_note", x) for x in notes],
        "callbacks": callbacks,
        "callback_verdict": verdict.value,
        "counted_unreachable_attempts": len(counted_unreachable_attempts(ticket.cycle_callbacks)),
        "sanctions": [
            sanctions.sanction_view(s, appeals.get(s.id), assessments, now) for s in sanction_rows
        ],
        "customer_blocks": [project("customer_block", b) for b in blocks],
        "recommended_sanction": rec,
        "closing_blockers": [reason_wire(r) for r in closing_blockers(ticket)],
        "allowed_actions": allowed_actions(ticket, role, now, bool(blocks)),
        "sla": sla_wire(ticket, now),
        "escalation_needed": [reason_wire(r) for r in needs_escalation(ticket, now)],
        "repeat": repeat_wire(repeat_flags(session, opened, row.opened_at, exclude_id=row.id)),
    }


@dataclass(frozen=True, slots=True)
class ComplaintFilters:
    status: tuple[ComplaintStatus, ...] = ()
    severity: tuple[Severity, ...] = ()
    assignee_id: int | None = None
    customer_id: int | None = None
    provider_id: int | None = None
    order_id: int | None = None
    escalated: bool | None = None
    overdue: bool = False

    def conditions(self) -> list[Any]:
        c = t.Complaint
        conds: list[Any] = []
        if self.status:
            conds.append(c.status.in_([s.value for s in self.status]))
        if self.severity:
            conds.append(c.severity.in_([s.value for s in self.severity]))
        for column, value in (
            (c.assignee_id, self.assignee_id),
            (c.customer_id, self.customer_id),
            (c.provider_id, self.provider_id),
            (c.order_id, self.order_id),
            (c.escalated, self.escalated),
        ):
            if value is not None:
                conds.append(column == value)
        return conds


def list_complaints(
    session: Session, filters: ComplaintFilters, now: datetime, limit: int, offset: int
) -> dict[str, Any]:
    """Tickets matching ``filters`` in ``urgency_key`` order, one page of them.

    Tickets still open are ranked in Python with the rules' key (their clocks need their
    notes and callbacks); closed ones all rank last, by opening time, and are paged in SQL
    so a long history costs nothing here.
    """
    c = t.Complaint
    conds = filters.conditions()
    open_rows = list(session.scalars(select(c).where(*conds, c.status != _CLOSED)))
    facts = load_facts_many(session, open_rows)
    ranked = sorted(open_rows, key=lambda r: (urgency_key(facts[r.id], now), r.id))
    if filters.overdue:
        ranked = [r for r in ranked if sla_state(facts[r.id], now).overdue]
        closed_count = 0
    else:
        closed_count = (
            session.scalar(select(func.count()).select_from(c).where(*conds, c.status == _CLOSED))
            or 0
        )
    page = [queue_item(r, facts[r.id], now) for r in ranked[offset : offset + limit]]
    room = limit - len(page)
    if room > 0 and closed_count:
        rank = case({s.value: n for s, n in SEVERITY_RANK.items()}, value=c.severity, else_=9)
        closed = session.scalars(
            select(c)
            .where(*conds, c.status == _CLOSED)
            .order_by(c.opened_at, rank, c.id)
            .offset(max(0, offset - len(ranked)))
            .limit(room)
        )
        page += [queue_item(r, None, now) for r in closed]
    return {"data": page, "count": len(ranked) + closed_count}


def lookup_customers(session: Session, phone: str, now: datetime) -> dict[str, Any]:
    """The hotline's first screen: who is calling, their recent orders and open tickets."""
    out: list[dict[str, Any]] = []
    for customer in customers_by_phone(session, phone):
        orders = session.scalars(
            select(t.Order)
            .where(t.Order.customer_id == customer.id)
            .order_by(t.Order.scheduled_start.desc(), t.Order.id.desc())
            .limit(RECENT_ORDERS)
        )
        open_rows = list(
            session.scalars(
                select(t.Complaint)
                .where(t.Complaint.customer_id == customer.id, t.Complaint.status != _CLOSED)
                .order_by(t.Complaint.opened_at)
            )
        )
        facts = load_facts_many(session, open_rows)
        open_rows.sort(key=lambda r: urgency_key(facts[r.id], now))
        blocks = session.scalars(
            select(t.CustomerBlock).where(t.CustomerBlock.customer_id == customer.id)
        )
        out.append(
            {
                "customer": project("customer", customer),
                "recent_orders": [project("order", o) for o in orders],
                "open_complaints": [queue_item(r, facts[r.id], now) for r in open_rows],
                "blocked_providers": [project("customer_block", b) for b in blocks],
            }
        )
    return {"customers": out, "count": len(out)}
