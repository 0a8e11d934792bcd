"""Who is acting, from where, and when: passed into every service call."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import Role
from app.server.audit_chain import chain


@dataclass(frozen=True, slots=True)
class Actor:
    user_id: int | None
    username: str
    role: Role
    address: str  # client IP (or "simulator", "seed")


SYSTEM = Actor(None, "system", Role.ADMIN, "local")


def audit(
    session: Session,
    actor: Actor,
    now: datetime,
    action: str,
    entity: str,
    entity_id: int | None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append an audit record in the caller's transaction, chained to the previous one.
    Audit rows are never updated."""
    row = t.AuditLog(
        at=now,
        user_id=actor.user_id,
        username=actor.username,
        action=action,
        entity=entity,
        entity_id=entity_id,
        client_address=actor.address,
        detail=detail or {},
    )
    chain(session, row)
    session.add(row)
