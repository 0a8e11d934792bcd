"""Complaints (投诉工单): intake and step bodies, the queue, the detail and bulk results.

The detail carries everything the workbench shows: the timeline (``notes``), callbacks,
sanctions, the closing blockers and, per action, whether the reader may take it now and why not.
:class:`ComplaintDetail` is what the server answers and what the desktop's client returns
(``app.client.complaints.ticket_detail`` parses the same assembly from its cache), so the views
and the case file read attributes, never JSON keys.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

from app.models.enums import CallbackOutcome, ComplaintCategory, ComplaintStatus, Severity
from app.schemas.common import Body, DbId, NoControlChars, ReasonPublic, Record, Text, Version
from app.schemas.orders import OrderPublic
from app.schemas.sanctions import SanctionRecommendation, SanctionView

TEXT = 4000  # free text: notes, resolutions, reasons


class ComplaintCreate(Body):
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


class StepBody(Body):
    """An optional note for a step (acknowledge, start investigation, close, reopen)."""

    note: Text = Field(default="", max_length=TEXT)


class NoteCreate(Body):
    note: Text = Field(min_length=1, max_length=TEXT)


class EscalateBody(Body):
    note: Text = Field(default="", max_length=TEXT)
    supervisor_id: DbId | None = Field(default=None, description="hand the ticket to them")


class ComplaintAssignBody(Body):
    assignee_id: DbId
    note: Text = Field(default="", max_length=TEXT)


class ResolveBody(Body):
    """``substantiated`` must be stated: true, false, or null while undetermined."""

    resolution: Text = Field(max_length=TEXT)
    substantiated: bool | None


class CallbackCreate(Body):
    outcome: CallbackOutcome
    note: Text = Field(default="", max_length=TEXT)


class BlockBody(Body):
    reason: Text = Field(default="", max_length=255)


class BulkItem(Body):
    id: DbId
    version: Version = Field(description="the ticket's version, as If-Match would carry")


class BulkBody(Body):
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
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    closed_at: datetime | None = None
    resolution: str = ""


class QueueItem(ComplaintPublic):
    """A ticket in a queue: its row plus the clock facts a list shows."""

    overdue: bool
    next_deadline: datetime | None
    needs_escalation: bool


class ComplaintsPublic(BaseModel):
    data: list[QueueItem]
    count: int


class ActionPublic(BaseModel):
    """One action on a ticket, and why the reader may not take it now (empty: allowed)."""

    action: str
    label: str
    label_en: str
    allowed: bool
    reasons: list[ReasonPublic]


class TimelineNote(Record):
    """One entry of the ticket's timeline (``complaint_note``)."""

    complaint_id: int
    author_id: int | None
    at: datetime
    kind: str
    body: str


class CallbackPublic(Record):
    """A callback attempt and the ticket's callback cycle it belongs to (0: the first)."""

    complaint_id: int
    at: datetime
    outcome: CallbackOutcome
    note: str
    cycle: int
    agent_id: int | None = None


class AssigneePublic(BaseModel):
    id: int
    display_name: str
    role: str


class SlaClock(BaseModel):
    deadline: datetime | None
    stopped_at: datetime | None
    remaining_seconds: int | None
    running: bool
    overdue: bool
    breached: bool


NOT_STARTED = SlaClock(
    deadline=None,
    stopped_at=None,
    remaining_seconds=None,
    running=False,
    overdue=False,
    breached=False,
)


class SlaPublic(BaseModel):
    """The ticket's three clocks (``app.rules.sla``), the nearest running deadline and the
    names of the clocks past due."""

    first_response: SlaClock = NOT_STARTED
    resolution: SlaClock = NOT_STARTED
    callback: SlaClock = NOT_STARTED
    next_deadline: datetime | None = None
    overdue: list[str] = Field(default_factory=list)

    def clocks(self) -> list[tuple[str, SlaClock]]:
        """``(name, clock)`` in the order a ticket meets them."""
        return [
            ("first_response", self.first_response),
            ("resolution", self.resolution),
            ("callback", self.callback),
        ]


class CustomerView(Record):
    """The customer a ticket names, masked as the reader's role may see them."""

    code: str = ""
    name: str = ""
    phone: str = ""
    district: str = ""
    address: str = ""
    vip: bool = False


class ProviderView(Record):
    """The provider a ticket names, as the reader's role may see them."""

    code: str = ""
    name: str = ""


class CustomerBlockPublic(Record):
    """The customer's "never send this provider again" entry."""

    customer_id: int
    provider_id: int
    complaint_id: int | None = None
    reason: str = ""
    created_by: int | None = None


class RepeatPublic(BaseModel):
    same_provider: list[int]
    same_customer: list[int]
    possible_duplicates: list[int]
    is_repeat: bool
    reasons: list[ReasonPublic]


class ComplaintDetail(ComplaintPublic):
    customer: CustomerView | None = None
    order: OrderPublic | None = None
    provider: ProviderView | None = None
    assignee: AssigneePublic | None = None
    notes: list[TimelineNote]
    callbacks: list[CallbackPublic]
    callback_verdict: str
    counted_unreachable_attempts: int = 0
    sanctions: list[SanctionView]
    customer_blocks: list[CustomerBlockPublic]
    recommended_sanction: SanctionRecommendation | None = None
    closing_blockers: list[ReasonPublic]
    allowed_actions: list[ActionPublic]
    escalation_needed: list[ReasonPublic] = Field(default_factory=list)
    sla: SlaPublic
    repeat: RepeatPublic

    def action(self, name: str) -> ActionPublic | None:
        """The entry of ``allowed_actions`` for ``name``; None when the detail has none."""
        return next((a for a in self.allowed_actions if a.action == name), None)


class BulkOutcome(BaseModel):
    """One ticket of a bulk command: ``complaint`` when done; else the error's fields."""

    model_config = ConfigDict(extra="allow")

    id: int
    ok: bool
    complaint: ComplaintPublic | None = None
    status: int | None = None


class BulkResult(BaseModel):
    results: list[BulkOutcome]
    succeeded: int
    failed: int
