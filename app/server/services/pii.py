"""Revealing a masked field: allowed roles only, with a purpose, always audited."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.models.enums import PiiField, RevealPurpose
from app.server.errors import ApiError, forbidden, not_found
from app.server.projections import ENTITIES, PII_COLUMNS, reveal_roles
from app.server.services.context import Actor, audit


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
    value = str(getattr(obj, field.value))
    audit(
        session,
        actor,
        now,
        "pii.reveal",
        entity,
        entity_id,
        {"field": field.value, "purpose": purpose.value},
    )
    return value
