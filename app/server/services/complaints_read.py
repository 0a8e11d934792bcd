"""Complaint reads: the ticket detail, the queues sorted by urgency, the hotline lookup.

The detail carries what the desktop needs to explain itself: the closing blockers and, for
every action, whether this user may take it now and why not (codes with zh/en). It is
assembled from the projected rows by ``app.rules.complaint_detail``, the same assembly the
desktop runs on its cached rows. Everything leaves masked (``project``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ComplaintStatus, Severity
from app.rules import complaint_detail as assemble
from app.rules.complaints import ComplaintFacts
from app.rules.sla import REPEAT_WINDOW, SEVERITY_RANK, sla_state, urgency_key
from app.server.projections import for_role, project
from app.server.services import complaints_sanction_facts as sanctions
from app.server.services.complaints import customers_by_phone
from app.server.services.complaints_facts import load_callbacks, load_facts_many
from app.server.services.context import Actor

_CLOSED = ComplaintStatus.CLOSED.value
RECENT_ORDERS = 10


def queue_item(row: t.Complaint, ticket: ComplaintFacts | None, now: datetime) -> dict[str, Any]:
    """A ticket in a list: its row plus the few clock facts a queue shows."""
    return assemble.queue_item(project("complaint", row), ticket, now)


def complaint_detail(
    session: Session, row: t.Complaint, actor: Actor, now: datetime
) -> dict[str, Any]:
    """The ticket detail as ``actor`` sees it, assembled by ``app.rules.complaint_detail``."""
    role, user_id = actor.role, actor.user_id
    n = t.ComplaintNote
    notes = session.scalars(select(n).where(n.complaint_id == row.id).order_by(n.at, n.id))
    callbacks = load_callbacks(session, [row.id])[row.id]
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
    c = t.Complaint
    related_to = [c.customer_id == row.customer_id]
    if row.provider_id is not None:
        related_to.append(c.provider_id == row.provider_id)
    if row.order_id is not None:
        related_to.append(c.order_id == row.order_id)
    related = session.scalars(
        select(c).where(
            or_(*related_to),
            c.opened_at >= row.opened_at - REPEAT_WINDOW,
            c.opened_at <= row.opened_at,
            c.id != row.id,
        )
    )
    provider_complaints: list[t.Complaint] = (
        list(
            session.scalars(
                select(c).where(c.provider_id == row.provider_id, c.substantiated.is_(True))
            )
        )
        if row.provider_id is not None
        else []
    )
    rows = assemble.TicketRows(
        complaint=project("complaint", row),
        notes=[project("complaint_note", x) for x in notes],
        callbacks=[project("callback_attempt", cb) for cb in callbacks],
        sanctions=[project("sanction", s) for s in sanction_rows],
        appeals=[project("appeal", a) for a in appeals.values()],
        assessments=assessments,
        blocks=[project("customer_block", b) for b in blocks],
        customer=project("customer", customer) if customer else None,
        order=project("order", order) if order else None,
        provider=for_role("provider", project("provider", provider), role) if provider else None,
        assignee=assemble.assignee_view(project("user", assignee)) if assignee else None,
        related=[project("complaint", r) for r in related],
        provider_complaints=[project("complaint", r) for r in provider_complaints],
    )
    return assemble.complaint_detail(rows, assemble.Viewer(role, user_id), now)


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
