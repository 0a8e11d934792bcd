"""The append-only audit log as supervisors read it."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel

AUDIT_COLUMNS = (
    "id",
    "at",
    "user_id",
    "username",
    "action",
    "entity",
    "entity_id",
    "client_address",
    "detail",
)


class AuditEntry(BaseModel):
    id: int
    at: datetime
    user_id: int | None
    username: str
    action: str
    entity: str
    entity_id: int | None
    client_address: str
    detail: dict[str, Any]


class AuditPage(BaseModel):
    data: list[AuditEntry]
    count: int


class AuditVerify(BaseModel):
    """The hash chain walked from its start: ``first_broken_id`` is None when intact."""

    intact: bool
    first_broken_id: int | None
    checked: int
