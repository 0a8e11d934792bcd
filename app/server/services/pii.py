"""Revealing a masked field: allowed roles only, with a purpose that fits, within the hourly
allowance, always audited; unusual volume reported to supervisors (audit ``pii.reveal_volume``)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import exists, func, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ComplaintStatus, OrderStatus, PiiField, RevealPurpose
from app.rules.reveal import REVEAL_WINDOW, is_unusual, reveal_refusal
from app.server.db import serialise_on
from app.server.errors import ApiError, forbidden, not_found
from app.server.projections import ENTITIES, PII_COLUMNS, reveal_roles
from app.server.services.context import Actor, audit

REVEALED = "pii.reveal"
UNUSUAL_VOLUME = "pii.reveal_volume"
_OVER = {"reveal.limit": 429}
_FINISHED_ORDERS = (OrderStatus.COMPLETED.value, OrderStatus.CANCELLED.value)


def reveal(
    session: Session,
    actor: Actor,
    now: datetime,
    entity: str,
    entity_id: int,
    field: PiiField,
    purpose: RevealPurpose,
) -> str:
    if (entity, field.value) not in PII_COLUMNS:
        raise ApiError(
            422,
            "not_revealable",
            "该字段无需或不能查看明文。",
            "This field has no masked value to reveal.",
        )
    if actor.role not in reveal_roles(field):
        raise forbidden()
    obj = session.get(ENTITIES[entity], entity_id)
    if obj is None:
        raise not_found(entity, entity_id)
    serialise_on(session, f"reveal:{actor.user_id}")  # parallel reveals count one by one
    refused = reveal_refusal(
        purpose,
        _reveals(session, actor, now, purpose),
        purpose is not RevealPurpose.CALLBACK or _open_case(session, entity, entity_id),
    )
    if refused is not None:
        status = _OVER.get(refused.code, 403)
        headers = {"Retry-After": str(int(REVEAL_WINDOW.total_seconds()))} if status == 429 else {}
        raise ApiError(status, refused.code, refused.zh, refused.en, headers=headers)
    value = str(getattr(obj, field.value))
    audit(
        session,
        actor,
        now,
        REVEALED,
        entity,
        entity_id,
        {"field": field.value, "purpose": purpose.value},
    )
    total = _reveals(session, actor, now, None)
    if is_unusual(total):
        _report(session, actor, now, {"reveals_last_hour": total})
    return value


def record_refusal(
    session: Session,
    actor: Actor,
    now: datetime,
    entity: str,
    entity_id: int,
    detail: dict[str, Any],
    refused: ApiError,
) -> None:
    """Audit a refused reveal (in its own transaction: the refusal rolled the other back).
    A user who runs into the hourly limit is reported to supervisors, once an hour."""
    audit(
        session, actor, now, "pii.reveal_denied", entity, entity_id, detail | {"code": refused.code}
    )
    if refused.status == 429 and not _reported_recently(session, actor, now):
        _report(session, actor, now, detail | {"limit_reached": True})


def _reveals(session: Session, actor: Actor, now: datetime, purpose: RevealPurpose | None) -> int:
    a = t.AuditLog
    conds = [a.action == REVEALED, a.user_id == actor.user_id, a.at > now - REVEAL_WINDOW]
    if purpose is not None:
        conds.append(a.detail["purpose"].as_string() == purpose.value)
    return int(session.scalar(select(func.count()).select_from(a).where(*conds)) or 0)


def _reported_recently(session: Session, actor: Actor, now: datetime) -> bool:
    a = t.AuditLog
    return bool(
        session.scalar(
            select(
                exists().where(
                    a.action == UNUSUAL_VOLUME,
                    a.entity_id == actor.user_id,
                    a.at > now - REVEAL_WINDOW,
                )
            )
        )
    )


def _report(session: Session, actor: Actor, now: datetime, detail: dict[str, Any]) -> None:
    """The record supervisors list (GET /audit?action=pii.reveal_volume): about the user."""
    audit(session, actor, now, UNUSUAL_VOLUME, "user", actor.user_id, detail)


def _open_case(session: Session, entity: str, entity_id: int) -> bool:
    """Whether an open ticket or an order under way involves this customer, provider or order."""
    c, o = t.Complaint, t.Order
    open_ticket = c.status != ComplaintStatus.CLOSED.value
    live_order = o.status.not_in(_FINISHED_ORDERS)
    if entity == "customer":
        tickets, orders = c.customer_id == entity_id, o.customer_id == entity_id
    elif entity == "provider":
        tickets, orders = c.provider_id == entity_id, o.provider_id == entity_id
    else:  # an order
        tickets, orders = c.order_id == entity_id, o.id == entity_id
    return bool(
        session.scalar(select(exists().where(tickets, open_ticket)))
        or session.scalar(select(exists().where(orders, live_order)))
    )
