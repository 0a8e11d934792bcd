"""Shared steps of every complaint command: lock and check the version, ask the rules,
write notes and rows through the change feed, and say no in both languages."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from app.models import tables as t
from app.models.enums import Role
from app.rules.complaint_detail import ROLE_REASON as ROLE_REASON
from app.rules.complaints import (
    ComplaintAction,
    ComplaintActionKind,
    ComplaintFacts,
    action_blocker,
    apply_action,
    check_action,
    closing_blockers,
)
from app.rules.reasons import Reason
from app.rules.reasons import reason_wire as reason_wire
from app.server.changes import record_change
from app.server.errors import ApiError, not_found
from app.server.projections import project
from app.server.services.complaints_facts import SANCTION, write_back
from app.server.services.context import Actor, audit


def refusal(status: int, code: str, zh: str, en: str, reasons: Iterable[Reason]) -> ApiError:
    wire = [reason_wire(r) for r in reasons]
    return ApiError(status, code, zh, en, details={"reasons": wire})


def load_for_update(session: Session, complaint_id: int, expected_version: int) -> t.Complaint:
    """The ticket, locked for this transaction, if it is still at ``expected_version``."""
    row = session.get(t.Complaint, complaint_id, with_for_update=True)
    if row is None:
        raise not_found("complaint", complaint_id)
    if row.version != expected_version:
        raise ApiError(
            412,
            "stale_version",
            "工单已被他人修改，请查看最新状态后重试。",
            "The ticket was changed by someone else; review its current state and retry.",
            details={"current": project("complaint", row)},
        )
    return row


def closing_refusal(blockers: list[Reason]) -> ApiError:
    return refusal(
        409,
        "complaint.closing_blocked",
        "工单还不能关闭：" + "；".join(r.zh for r in blockers),
        "The ticket cannot be closed yet: " + " ".join(r.en for r in blockers),
        blockers,
    )


def apply_checked(ticket: ComplaintFacts, action: ComplaintAction, now: datetime) -> ComplaintFacts:
    """``apply_action`` with the rules' refusals as API errors.

    Closing lists every missing item (409), whatever else the client sent; a state that
    does not allow the action is 409; a payload the rules reject is 422.
    """
    if action.kind is ComplaintActionKind.CLOSE:
        blockers = closing_blockers(ticket)
        if blockers:
            raise closing_refusal(blockers)
    blocker = action_blocker(ticket, action.kind, now)
    if blocker is not None:
        raise ApiError.from_reason(409, blocker, details={"reasons": [reason_wire(blocker)]})
    problem = check_action(ticket, action, now)
    if problem is not None:
        raise ApiError.from_reason(422, problem, details={"reasons": [reason_wire(problem)]})
    return apply_action(ticket, action, now)


def written(session: Session, obj: t.Complaint | t.Sanction | t.Appeal, now: datetime) -> None:
    """Store an updated row with a new version and send it down the change feed.

    The UPDATE is forced: every command moves the version on, even one that changes no
    column (a note) or runs within the same clock tick, so If-Match always sees it.
    """
    obj.updated_at = now
    flag_modified(obj, "updated_at")
    session.flush()
    record_change(session, obj, now)


def save(session: Session, row: t.Complaint, ticket: ComplaintFacts, now: datetime) -> None:
    write_back(row, ticket, now)
    written(session, row, now)


def touch(session: Session, row: t.Complaint, now: datetime) -> None:
    """A new version of the ticket for a step that changes none of its columns (a note)."""
    written(session, row, now)


def add_note(
    session: Session, row: t.Complaint, actor: Actor, now: datetime, kind: str, body: str
) -> t.ComplaintNote:
    note = t.ComplaintNote(
        complaint_id=row.id, author_id=actor.user_id, at=now, kind=kind, body=body, updated_at=now
    )
    session.add(note)
    session.flush()
    record_change(session, note, now)
    return note


def staff_member(session: Session, user_id: int, roles: frozenset[Role], what: str) -> t.User:
    """An active user with one of ``roles`` (an assignee, a supervisor), or 422."""
    user = session.get(t.User, user_id)
    if user is None or not user.active or Role(user.role) not in roles:
        raise ApiError(
            422,
            f"complaint.bad_{what}",
            f"用户 {user_id} 不存在、已停用或角色不符，不能接手工单。",
            f"User {user_id} does not exist, is inactive or has the wrong role for this.",
        )
    return user


def add_customer_block(
    session: Session, actor: Actor, now: datetime, row: t.Complaint, reason: str
) -> tuple[t.CustomerBlock, bool]:
    """The customer's "never send this provider again" entry from ``row``; True if new.

    The entry is unique per customer and provider: asking again returns the existing one.
    """
    if row.provider_id is None:
        raise ApiError(
            422,
            "complaint.no_provider",
            "这张工单没有涉及具体服务人员，无法屏蔽。",
            "This ticket names no provider to block.",
        )
    existing = session.scalar(
        select(t.CustomerBlock).where(
            t.CustomerBlock.customer_id == row.customer_id,
            t.CustomerBlock.provider_id == row.provider_id,
        )
    )
    if existing is not None:
        return existing, False
    block = t.CustomerBlock(
        customer_id=row.customer_id,
        provider_id=row.provider_id,
        complaint_id=row.id,
        reason=(reason.strip() or f"投诉工单 {row.code}")[:255],
        created_by=actor.user_id,
        updated_at=now,
    )
    session.add(block)
    session.flush()
    record_change(session, block, now)
    add_note(
        session, row, actor, now, SANCTION, f"已按客户要求不再派该服务人员上门：{block.reason}"
    )
    audit(
        session,
        actor,
        now,
        "customer_block.create",
        "customer_block",
        block.id,
        {"customer_id": row.customer_id, "provider_id": row.provider_id, "complaint_id": row.id},
    )
    return block, True


def audit_complaint(
    session: Session,
    actor: Actor,
    now: datetime,
    action: str,
    row: t.Complaint,
    detail: dict[str, Any] | None = None,
) -> None:
    audit(
        session,
        actor,
        now,
        f"complaint.{action}",
        "complaint",
        row.id,
        {"code": row.code, "status": row.status, **(detail or {})},
    )
