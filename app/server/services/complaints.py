"""Complaint commands (投诉工单): intake and every handling step, one transaction each.

Each command locks the ticket at the client's version, asks ``app.rules.complaints`` whether
the step is allowed and what it leads to, writes the rows, appends every written row to the
change feed and writes the audit record. The closing gate is the rules' ``closing_blockers``,
checked here on every path, whatever the client sends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ComplaintCategory, ComplaintStatus, Role, Severity
from app.models.tables.sealed import keys_of, phone_digits
from app.rules.access import (
    COMPLAINT_WORKERS,
    NOT_TICKET_OWNER,
    SANCTION_DECIDERS,
    may_reassign_ticket,
    may_work_ticket,
)
from app.rules.complaints import (
    ComplaintAction,
    ComplaintActionKind,
    ComplaintFacts,
    RepeatFlags,
    repeat_complaints,
)
from app.rules.reasons import Reason
from app.rules.sla import REPEAT_WINDOW
from app.server.changes import record_change
from app.server.db import serialise_on
from app.server.errors import ApiError, not_found
from app.server.services import sanctions
from app.server.services.complaints_facts import (
    ESCALATION,
    HANDLING,
    RECORD,
    REOPEN,
    RESOLUTION,
    SYSTEM,
    TRANSFER,
    history_facts,
    load_facts,
    set_deadlines,
)
from app.server.services.complaints_store import (
    add_customer_block,
    add_note,
    apply_checked,
    audit_complaint,
    load_for_update,
    save,
    staff_member,
    touch,
)
from app.server.services.context import Actor

K = ComplaintActionKind
BEIJING = timedelta(hours=8)  # ticket codes are numbered per Beijing calendar day


@dataclass(frozen=True, slots=True)
class NewComplaint:
    """An intake: from an order (customer and provider taken from it) or from a caller."""

    category: ComplaintCategory
    severity: Severity
    summary: str
    order_id: int | None = None
    customer_id: int | None = None
    phone: str | None = None
    provider_id: int | None = None
    assignee_id: int | None = None


def customers_by_phone(session: Session, phone: str) -> list[t.Customer]:
    """Customers with exactly this number, found by its keyed hash (phones are sealed)."""
    if not phone_digits(phone):
        return []
    hashes = keys_of(session.get_bind().dialect).lookup_hashes(phone)
    stmt = select(t.Customer).where(t.Customer.phone_hash.in_(hashes)).order_by(t.Customer.id)
    return list(session.scalars(stmt))


def _customer_and_provider(session: Session, new: NewComplaint) -> tuple[int, int | None]:
    if new.order_id is not None:
        order = session.get(t.Order, new.order_id)
        if order is None:
            raise not_found("order", new.order_id)
        if new.customer_id is not None and new.customer_id != order.customer_id:
            raise ApiError(
                422,
                "complaint.order_customer_mismatch",
                "所选客户与订单的客户不一致。",
                "The customer given is not the order's customer.",
            )
        if new.provider_id is not None and order.provider_id not in (None, new.provider_id):
            raise ApiError(
                422,
                "complaint.order_provider_mismatch",
                "所选服务人员与订单的服务人员不一致。",
                "The provider given is not the order's provider.",
            )
        return order.customer_id, order.provider_id or new.provider_id
    if new.customer_id is not None:
        if session.get(t.Customer, new.customer_id) is None:
            raise not_found("customer", new.customer_id)
        return new.customer_id, new.provider_id
    if new.phone:
        found = customers_by_phone(session, new.phone)
        if not found:
            raise ApiError(
                404,
                "complaint.customer_not_found",
                "没有找到使用该电话号码的客户。",
                "No customer has this phone number.",
            )
        if len(found) > 1:
            raise ApiError(
                409,
                "complaint.customer_ambiguous",
                "该号码对应多位客户，请选择客户。",
                "Several customers have this number; choose one (customer_id).",
                details={
                    "candidates": [{"id": c.id, "code": c.code, "name": c.name} for c in found]
                },
            )
        return found[0].id, new.provider_id
    raise ApiError(
        422,
        "complaint.source_required",
        "请从订单或来电号码建立工单。",
        "Open the ticket from an order or from the caller's phone number.",
    )


def next_complaint_code(session: Session, now: datetime) -> str:
    prefix = f"TS{(now + BEIJING):%Y%m%d}-"
    serialise_on(session, prefix)  # two intakes at once must not both take the same number
    c = t.Complaint.code
    # Longest code first, so the count keeps going past 9999 on a very bad day.
    last = session.scalar(
        select(c).where(c.like(prefix + "%")).order_by(func.length(c).desc(), c.desc()).limit(1)
    )
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:04d}"


def repeat_flags(
    session: Session, ticket: ComplaintFacts, now: datetime, exclude_id: int | None = None
) -> RepeatFlags:
    """Earlier tickets ``ticket`` repeats (same provider/customer) or may duplicate (order)."""
    c = t.Complaint
    related = [c.customer_id == ticket.customer_id]
    if ticket.provider_id is not None:
        related.append(c.provider_id == ticket.provider_id)
    if ticket.order_id is not None:
        related.append(c.order_id == ticket.order_id)
    conds = [or_(*related), c.opened_at >= now - REPEAT_WINDOW, c.opened_at <= now]
    if exclude_id is not None:
        conds.append(c.id != exclude_id)
    history = [history_facts(r) for r in session.scalars(select(c).where(*conds))]
    return repeat_complaints(ticket, history, now)


def intake(
    session: Session, actor: Actor, now: datetime, new: NewComplaint
) -> tuple[t.Complaint, RepeatFlags]:
    """Open a ticket; flags a possible duplicate and reports repeats."""
    customer_id, provider_id = _customer_and_provider(session, new)
    if provider_id is not None and session.get(t.Provider, provider_id) is None:
        raise not_found("provider", provider_id)
    assignee_id = new.assignee_id
    if assignee_id is not None:
        staff_member(session, assignee_id, COMPLAINT_WORKERS, "assignee")
    elif actor.role is Role.AGENT:
        assignee_id = actor.user_id  # the agent on the line owns the ticket they open
    ticket = ComplaintFacts(
        id=0,
        customer_id=customer_id,
        severity=new.severity,
        status=ComplaintStatus.OPEN,
        opened_at=now,
        order_id=new.order_id,
        provider_id=provider_id,
    )
    flags = repeat_flags(session, ticket, now)
    row = t.Complaint(
        code=next_complaint_code(session, now),
        order_id=new.order_id,
        customer_id=customer_id,
        provider_id=provider_id,
        category=new.category.value,
        severity=new.severity.value,
        status=ComplaintStatus.OPEN.value,
        summary=new.summary.strip(),
        assignee_id=assignee_id,
        opened_at=now,
        resolution="",
        sanction_decided=False,
        escalated=False,
        possible_duplicate_of=(
            int(flags.possible_duplicates[0]) if flags.possible_duplicates else None
        ),
        reopen_count=0,
        updated_at=now,
    )
    set_deadlines(row, None)
    session.add(row)
    session.flush()
    record_change(session, row, now)
    add_note(session, row, actor, now, RECORD, row.summary)
    for reason in flags.reasons:
        add_note(session, row, actor, now, SYSTEM, reason.zh)
    audit_complaint(
        session,
        actor,
        now,
        "create",
        row,
        {
            "order_id": row.order_id,
            "customer_id": customer_id,
            "provider_id": provider_id,
            "severity": row.severity,
            "possible_duplicate_of": row.possible_duplicate_of,
            "repeat_provider": list(flags.same_provider),
            "repeat_customer": list(flags.same_customer),
        },
    )
    return row, flags


# What the server notes on the timeline for each step (an agent's own words come first).
_STEP_NOTES: dict[ComplaintActionKind, tuple[str, str]] = {
    K.ACKNOWLEDGE: (SYSTEM, "已受理工单。"),
    K.START_INVESTIGATION: (HANDLING, "开始调查。"),
    K.ESCALATE: (ESCALATION, "已上报主管。"),
    K.CLOSE: (SYSTEM, "已回访客户，工单关闭。"),
    K.REOPEN: (REOPEN, "工单重新打开。"),
}


def act(
    session: Session,
    actor: Actor,
    now: datetime,
    complaint_id: int,
    expected_version: int,
    action: ComplaintAction,
    *,
    escalate_to: int | None = None,
) -> t.Complaint:
    """Take one step on a ticket, checked against the rules; raises ApiError when refused."""
    row = load_for_update(session, complaint_id, expected_version)
    _check(
        may_work_ticket(
            actor.role,
            actor.user_id,
            row.assignee_id,
            raises_only=action.kind in (K.ADD_NOTE, K.ESCALATE),
        )
    )
    before = load_facts(session, row)
    after = apply_checked(before, action, now)
    detail: dict[str, object] = {"from": before.status.value}
    if action.kind is K.ACKNOWLEDGE and row.assignee_id is None and actor.role in COMPLAINT_WORKERS:
        row.assignee_id = actor.user_id
    if action.kind is K.ESCALATE and escalate_to is not None:
        staff_member(session, escalate_to, SANCTION_DECIDERS, "supervisor")
        row.assignee_id = escalate_to
        detail["escalated_to"] = escalate_to
    save(session, row, after, now)
    _timeline(session, actor, now, row, action, before, after)
    if action.kind is K.RESOLVE:
        interim = sanctions.after_finding(session, actor, now, row, after)
        detail |= {"substantiated": after.substantiated, "resolution": after.resolution}
        if interim is not None:
            detail["interim_sanction_id"] = interim.id
    if action.kind is K.LOG_CALLBACK:
        assert action.callback_outcome is not None
        detail["outcome"] = action.callback_outcome.value
    if action.note.strip():
        detail["note"] = action.note.strip()
    audit_complaint(session, actor, now, action.kind.value, row, detail)
    return row


def _timeline(
    session: Session,
    actor: Actor,
    now: datetime,
    row: t.Complaint,
    action: ComplaintAction,
    before: ComplaintFacts,
    after: ComplaintFacts,
) -> None:
    note = action.note.strip()
    if action.kind is K.ADD_NOTE:
        add_note(session, row, actor, now, HANDLING, note)
    elif action.kind is K.RESOLVE:
        finding = {True: "投诉属实", False: "投诉不属实", None: "未认定"}[after.substantiated]
        add_note(session, row, actor, now, RESOLUTION, f"处理结果（{finding}）：{after.resolution}")
    elif action.kind is K.LOG_CALLBACK:
        assert action.callback_outcome is not None
        callback = t.CallbackAttempt(
            complaint_id=row.id,
            agent_id=actor.user_id,
            at=now,
            outcome=action.callback_outcome.value,
            note=note,
            updated_at=now,
        )
        session.add(callback)
        session.flush()
        record_change(session, callback, now)
        if after.reopen_count > before.reopen_count:
            # Kind SYSTEM, not REOPEN: the unsatisfied callback itself marks this reopening.
            add_note(session, row, actor, now, SYSTEM, "客户回访不满意，工单重新打开。")
        elif after.status is not before.status:
            add_note(session, row, actor, now, SYSTEM, "回访完成，可以关闭工单。")
    else:
        kind, default = _STEP_NOTES[action.kind]
        add_note(session, row, actor, now, kind, note or default)


def _check(refused: Reason | None) -> None:
    """The owner rule's verdict as the API's answer: 403 for someone else's ticket, 422 for a
    missing reason."""
    if refused is not None:
        status = 403 if refused == NOT_TICKET_OWNER else 422
        raise ApiError(status, refused.code, refused.zh, refused.en)


def assign(
    session: Session,
    actor: Actor,
    now: datetime,
    complaint_id: int,
    expected_version: int,
    assignee_id: int,
    note: str = "",
) -> t.Complaint:
    """Assign a ticket to an agent or supervisor, or transfer it to another one."""
    row = load_for_update(session, complaint_id, expected_version)
    if row.status == ComplaintStatus.CLOSED.value:
        raise ApiError(
            409,
            "complaint.closed",
            "工单已关闭，不能转交。",
            "The ticket is closed and cannot be reassigned.",
        )
    _check(may_reassign_ticket(actor.role, actor.user_id, row.assignee_id, note))
    user = staff_member(session, assignee_id, COMPLAINT_WORKERS, "assignee")
    previous = row.assignee_id
    row.assignee_id = user.id
    touch(session, row, now)
    verb = "转交给" if previous is not None else "分配给"
    body = f"{verb} {user.display_name}" + (f"：{note.strip()}" if note.strip() else "")
    add_note(session, row, actor, now, TRANSFER, body)
    action = "transfer" if previous is not None else "assign"
    audit_complaint(session, actor, now, action, row, {"from": previous, "to": user.id})
    return row


def block_provider(
    session: Session,
    actor: Actor,
    now: datetime,
    complaint_id: int,
    expected_version: int,
    reason: str,
) -> t.Complaint:
    """The customer asks never to be sent this ticket's provider again (honoured by dispatch)."""
    row = load_for_update(session, complaint_id, expected_version)
    _check(may_work_ticket(actor.role, actor.user_id, row.assignee_id, raises_only=False))
    block, created = add_customer_block(session, actor, now, row, reason)
    if created:
        touch(session, row, now)
    audit_complaint(session, actor, now, "block_provider", row, {"block_id": block.id})
    return row
