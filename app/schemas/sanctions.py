"""Sanctions (处罚): the decision on a complaint, a provider's history, appeals."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from app.models.enums import AppealStatus, SanctionLevel
from app.schemas.common import Body, Instant, ReasonPublic, Record, Text

TEXT = 4000


class SanctionDecisionBody(Body):
    """``level`` must be stated; null records "no sanction" (its reason is still required).
    ``ends_at`` defaults to the rules' suspension period for a suspension."""

    level: SanctionLevel | None
    reason: Text = Field(max_length=TEXT)
    ends_at: Instant | None = None
    block_provider: bool = False
    block_reason: Text = Field(default="", max_length=255)


class AppealCreate(Body):
    statement: Text = Field(max_length=TEXT)


class AppealDecisionBody(Body):
    outcome: Literal[AppealStatus.UPHELD, AppealStatus.OVERTURNED]
    note: Text = Field(max_length=TEXT)


class AppealPublic(Record):
    sanction_id: int
    status: AppealStatus
    filed_at: datetime | None = None
    reason: str = ""
    decision_note: str = ""
    decided_by: int | None = None
    decided_at: datetime | None = None


class SanctionView(Record):
    """A sanction with its latest appeal and what it does now."""

    provider_id: int
    complaint_id: int | None
    level: SanctionLevel
    status: str
    reason: str
    decided_at: datetime
    ends_at: datetime | None
    decided_by: int | None = None
    lifted_at: datetime | None = None
    effective_status: str
    blocking: bool
    appeal: AppealPublic | None


class SanctionRecommendation(BaseModel):
    """The ladder's advice for a substantiated complaint (``app.rules.sanctions``)."""

    level: SanctionLevel | None
    counted: int
    reason: ReasonPublic


class ProviderSanctions(BaseModel):
    provider_id: int
    provider_code: str
    provider_name: str
    dispatch_hold: SanctionLevel | None
    hold_reasons: list[ReasonPublic]
    sanctions: list[SanctionView]
