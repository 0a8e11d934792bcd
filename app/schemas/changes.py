"""The change feed's page (``GET /changes``)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel


class Change(BaseModel):
    """One committed change: ``data`` is the entity's masked public form (``op`` U) or ``{}``."""

    entity: str
    id: int
    version: int
    op: Literal["U", "D"]
    data: dict[str, Any]


class ChangesPage(BaseModel):
    changes: list[Change]
    cursor: str
    has_more: bool
