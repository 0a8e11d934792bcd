"""Request and response schemas of the complaint and sanction endpoints.

Request bodies forbid unknown fields: a client cannot slip a "force" flag past the
closing gate, and a typo is a clear 422 rather than silently ignored.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.models.enums import (
    AppealStatus,
    CallbackOutcome,
    ComplaintCategory,
    ComplaintStatus,
    SanctionLevel,
    Severity,
)
from app.server.routes.schemas import DbId, Instant, NoControlChars, Text, Version

TEXT = 4000  # free text: notes, resolutions, reasons


class _Body(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ComplaintCreate(_Body):
    """Intake: give ``order_id`` (customer and provider are the order's), or the caller's
    ``phone`` or a ``customer_id``. A provider may be named when there is no order."""

    category: ComplaintCategory
    severity: Severity
    summary: Text = Field(min_length=1, max_length=TEXT)
    order_id: DbId | None = None
    customer_id: DbId | None = None
    phone: Annotated[str, Field(max_length=32), NoControlChars] | None = None
    provider_id: DbId | None = None
    assignee_id: DbId | None = None


class StepBody(_Body):
    """An optional note for a step (acknowledge, start investigation, close, reopen)."""

    note: Text = Field(default="", max_length=TEXT)


class NoteCreate(_Body):
    note: Text = Field(min_length=1, max_length=TEXT)


class EscalateBody(_Body):
    note: Text = Field(default="", max_length=TEXT)
    supervisor_id: DbId | None = Field(default=None, description="hand the ticket to them")


class AssignBody(_Body):
    assignee_id: DbId
    note: Text = Field(default="", max_length=TEXT)


class ResolveBody(_Body):
    """``substantiated`` must be stated: true, false, or null while undetermined."""

    resolution: Text = Field(max_length=TEXT)
    substantiated: bool | None


class CallbackCreate(_Body):
    outcome: CallbackOutcome
    note: Text = Field(default="", max_length=TEXT)


class SanctionDecisionBody(_Body):
    """``level`` must be stated; null records "no sanction" (its reason is still required).
    ``ends_at`` defaults to the rules' suspension period for a suspension."""

    level: SanctionLevel | None
    reason: Text = Field(max_length=TEXT)
    ends_at: Instant | None = None
    block_provider: bool = False
    block_reason: Text = Field(default="", max_length=255)


class BlockBody(_Body):
    reason: Text = Field(default="", max_length=255)


class AppealCreate(_Body):
    statement: Text = Field(max_length=TEXT)


class AppealDecisionBody(_Body):
    outcome: Literal[AppealStatus.UPHELD, AppealStatus.OVERTURNED]
    note: Text = Field(max_length=TEXT)


class BulkItem(_Body):
    id: DbId
    version: Version = Field(description="the ticket's version, as If-Match would carry")


class BulkBody(_Body):
    """The same action on many tickets; each is checked on its own, exactly like a single
    command (the closing gate included), and fails or succeeds alone."""

    action: Literal["acknowledge", "escalate", "close", "assign"]
    items: list[BulkItem] = Field(min_length=1, max_length=200)
    assignee_id: DbId | None = None
    note: Text = Field(default="", max_length=TEXT)


class ComplaintPublic(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: int
    version: int
    code: str
    order_id: int | None
    customer_id: int
    provider_id: int | None
    category: ComplaintCategory
    severity: Severity
    status: ComplaintStatus
    summary: str
    assignee_id: int | None
    opened_at: datetime
    first_response_due: datetime
    resolution_due: datetime
    callback_due: datetime | None
    substantiated: bool | None
    sanction_decided: bool
    escalated: bool
    possible_duplicate_of: int | None
    reopen_count: int


class ComplaintsPublic(BaseModel):
    data: list[ComplaintPublic]
    count: int


class ReasonPublic(BaseModel):
    code: str
    message: str
    message_en: str


class ActionPublic(BaseModel):
    action: str
    label: str
    label_en: str
    allowed: bool
    reasons: list[ReasonPublic]


class ComplaintDetail(ComplaintPublic):
    notes: list[dict[str, Any]]
    callbacks: list[dict[str, Any]]
    callback_verdict: str
    sanctions: list[dict[str, Any]]
    customer_blocks: list[dict[str, Any]]
    closing_blockers: list[ReasonPublic]
    allowed_actions: list[ActionPublic]
    sla: dict[str, Any]
    repeat: dict[str, Any]


class BulkResult(BaseModel):
    results: list[dict[str, Any]]
    succeeded: int
    failed: int


class ProviderSanctions(BaseModel):
    provider_id: int
    dispatch_hold: SanctionLevel | None
    hold_reasons: list[ReasonPublic]
    sanctions: list[dict[str, Any]]


class CustomerLookup(BaseModel):
    customers: list[dict[str, Any]]
    count: int
