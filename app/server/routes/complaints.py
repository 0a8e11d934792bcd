"""Complaints (投诉工单): queues, detail, intake and every handling step as commands.

Commands on an existing ticket need ``If-Match: <version>`` (428 without, 412 when stale)
and honour ``Idempotency-Key``; each answers with the ticket's detail, so the desktop sees
at once what it may do next. The sanction and appeal endpoints are included from
``routes.sanctions`` so that the app registers one router.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ComplaintStatus, Severity
from app.rules.access import COMPLAINT_READERS, COMPLAINT_WORKERS, SANCTION_DECIDERS
from app.rules.complaints import ComplaintAction, ComplaintActionKind
from app.rules.masking import mask_phone
from app.schemas.common import NoControlChars
from app.schemas.complaints import (
    BlockBody,
    BulkBody,
    BulkResult,
    CallbackCreate,
    ComplaintAssignBody,
    ComplaintCreate,
    ComplaintDetail,
    ComplaintsPublic,
    EscalateBody,
    NoteCreate,
    ResolveBody,
    StepBody,
)
from app.schemas.customers import CustomerLookup
from app.schemas.sanctions import SanctionDecisionBody
from app.server import clock
from app.server.deps import CurrentSession, DbDep
from app.server.errors import ApiError, not_found
from app.server.guards import RoleCheck
from app.server.projections import project
from app.server.routes import sanctions as sanction_routes
from app.server.routes.commands import Command, command
from app.server.routes.params import Offset, PathId, QueryId
from app.server.services import complaints as svc
from app.server.services import complaints_read as read
from app.server.services import sanctions as sanction_svc
from app.server.services.context import Actor, audit

router = APIRouter(tags=["complaints"])
router.include_router(sanction_routes.router)
K = ComplaintActionKind

Reader = Annotated[CurrentSession, Depends(RoleCheck(COMPLAINT_READERS))]
Work = Annotated[Command, Depends(command(COMPLAINT_WORKERS))]
Decide = Annotated[Command, Depends(command(SANCTION_DECIDERS))]
OptionalStep = Annotated[StepBody | None, Body()]
Step = Callable[[Session, datetime, int], t.Complaint]


def _run(cmd: Command, body: StepBody | Any, step: Step) -> JSONResponse:
    """Run ``step`` on a ticket at the If-Match version; answer with the ticket's detail."""

    def act(s: Session, now: datetime, expected: int) -> dict[str, Any]:
        return read.complaint_detail(s, step(s, now, expected), cmd.actor, now)

    return cmd.run_versioned(body, act)


def _act(cmd: Command, complaint_id: int, body: Any, action: ComplaintAction,
         escalate_to: int | None = None) -> JSONResponse:  # fmt: skip
    return _run(
        cmd,
        body,
        lambda s, now, v: svc.act(
            s, cmd.actor, now, complaint_id, v, action, escalate_to=escalate_to
        ),
    )


@router.get("/complaints", response_model=ComplaintsPublic)
def complaint_queue(
    _: Reader,
    db: DbDep,
    status: Annotated[list[ComplaintStatus] | None, Query()] = None,
    severity: Annotated[list[Severity] | None, Query()] = None,
    assignee_id: QueryId = None,
    customer_id: QueryId = None,
    provider_id: QueryId = None,
    order_id: QueryId = None,
    escalated: Annotated[bool | None, Query()] = None,
    overdue: Annotated[bool, Query(description="only tickets with a clock past due")] = False,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Tickets sorted by urgency (``app.rules.sla.urgency_key``): overdue first, then by the
    nearest deadline; closed tickets last."""
    filters = read.ComplaintFilters(
        tuple(status or ()),
        tuple(severity or ()),
        assignee_id,
        customer_id,
        provider_id,
        order_id,
        escalated,
        overdue,
    )
    with db.read() as s:
        return read.list_complaints(s, filters, clock.now(), limit, offset)


@router.get("/complaints/{complaint_id}", response_model=ComplaintDetail)
def get_complaint(complaint_id: PathId, current: Reader, db: DbDep) -> JSONResponse:
    """The ticket with its timeline, callbacks, sanctions, closing blockers and, for each
    action, whether you may take it now and why not."""
    with db.read() as s:
        row = s.get(t.Complaint, complaint_id)
        if row is None:
            raise not_found("complaint", complaint_id)
        body = read.complaint_detail(s, row, current.actor, clock.now())
    return JSONResponse(body, headers={"ETag": f'"{body["version"]}"'})


@router.get("/customers/lookup", response_model=CustomerLookup)
def lookup_customer(
    current: Reader,
    db: DbDep,
    phone: Annotated[str, Query(min_length=3, max_length=32), NoControlChars],
) -> dict[str, Any]:
    """Hotline: the caller by phone number (masked), recent orders and open tickets.
    A lookup by number confirms who owns it, so every lookup is audited."""
    now = clock.now()
    with db.write() as s:
        found = read.lookup_customers(s, phone, now)
        audit(
            s,
            current.actor,
            now,
            "customer.lookup",
            "customer",
            None,
            {"phone": mask_phone(phone), "matches": found["count"]},
        )
        return found


@router.post("/complaints", status_code=201, response_model=ComplaintDetail)
def create_complaint(body: ComplaintCreate, cmd: Work) -> JSONResponse:
    """Intake. A second ticket on the same order within a day gets ``possible_duplicate_of``;
    repeats (same provider or customer within 30 days) are listed under ``repeat``."""
    new = svc.NewComplaint(**body.model_dump())

    def act(s: Session, now: datetime) -> dict[str, Any]:
        row, _flags = svc.intake(s, cmd.actor, now, new)
        return read.complaint_detail(s, row, cmd.actor, now)

    return cmd.run(body, act, status=201)


@router.post("/complaints/{complaint_id}/acknowledge", response_model=ComplaintDetail)
def acknowledge(complaint_id: PathId, cmd: Work, body: OptionalStep = None) -> JSONResponse:
    """受理. An unassigned ticket goes to whoever acknowledges it."""
    note = body.note if body else ""
    return _act(cmd, complaint_id, body, ComplaintAction(K.ACKNOWLEDGE, note=note))


@router.post("/complaints/{complaint_id}/start-investigation", response_model=ComplaintDetail)
def start_investigation(complaint_id: PathId, cmd: Work, body: OptionalStep = None) -> JSONResponse:
    note = body.note if body else ""
    return _act(cmd, complaint_id, body, ComplaintAction(K.START_INVESTIGATION, note=note))


@router.post("/complaints/{complaint_id}/notes", response_model=ComplaintDetail)
def add_note(complaint_id: PathId, body: NoteCreate, cmd: Work) -> JSONResponse:
    return _act(cmd, complaint_id, body, ComplaintAction.add_note(body.note))


@router.post("/complaints/{complaint_id}/assign", response_model=ComplaintDetail)
def assign(complaint_id: PathId, body: ComplaintAssignBody, cmd: Work) -> JSONResponse:
    """Assign to, or transfer to, an agent or a supervisor."""
    return _run(
        cmd,
        body,
        lambda s, now, v: svc.assign(
            s, cmd.actor, now, complaint_id, v, body.assignee_id, body.note
        ),
    )


@router.post("/complaints/{complaint_id}/escalate", response_model=ComplaintDetail)
def escalate(complaint_id: PathId, cmd: Work, body: Annotated[EscalateBody | None, Body()] = None
             ) -> JSONResponse:  # fmt: skip
    """上报主管; with ``supervisor_id`` the ticket is handed to that supervisor."""
    note = body.note if body else ""
    to = body.supervisor_id if body else None
    return _act(cmd, complaint_id, body, ComplaintAction.escalate(note), escalate_to=to)


@router.post("/complaints/{complaint_id}/resolve", response_model=ComplaintDetail)
def resolve(complaint_id: PathId, body: ResolveBody, cmd: Work) -> JSONResponse:
    """Record the resolution and the finding. A critical complaint substantiated against a
    provider suspends the provider at once (pending the supervisor's decision)."""
    action = ComplaintAction.resolve(body.resolution, body.substantiated)
    return _act(cmd, complaint_id, body, action)


@router.post("/complaints/{complaint_id}/callbacks", response_model=ComplaintDetail)
def log_callback(complaint_id: PathId, body: CallbackCreate, cmd: Work) -> JSONResponse:
    """Log a callback attempt or outcome. Unsatisfied reopens the ticket; an unreachable
    attempt needs a note to count."""
    return _act(cmd, complaint_id, body, ComplaintAction.log_callback(body.outcome, body.note))


@router.post("/complaints/{complaint_id}/sanction-decision", response_model=ComplaintDetail)
def decide_sanction(complaint_id: PathId, body: SanctionDecisionBody, cmd: Decide) -> JSONResponse:
    """Supervisors: the sanction decision on a substantiated complaint (a level, or null for
    none), optionally with the customer's "never send this provider again" entry."""
    return _run(
        cmd,
        body,
        lambda s, now, v: sanction_svc.decide_sanction(
            s,
            cmd.actor,
            now,
            complaint_id,
            v,
            level=body.level,
            reason=body.reason,
            ends_at=body.ends_at,
            block_provider=body.block_provider,
            block_reason=body.block_reason,
        ),
    )


@router.post("/complaints/{complaint_id}/block-provider", response_model=ComplaintDetail)
def block_provider(complaint_id: PathId, body: BlockBody, cmd: Work) -> JSONResponse:
    """The customer's "never send this provider again" entry, honoured by dispatch."""
    return _run(
        cmd,
        body,
        lambda s, now, v: svc.block_provider(s, cmd.actor, now, complaint_id, v, body.reason),
    )


@router.post("/complaints/{complaint_id}/close", response_model=ComplaintDetail)
def close(complaint_id: PathId, cmd: Work, body: OptionalStep = None) -> JSONResponse:
    """Close. Refused (409 ``complaint.closing_blocked``) with every missing item under
    ``details.reasons`` unless resolution, callback and sanction decision are on record."""
    note = body.note if body else ""
    return _act(cmd, complaint_id, body, ComplaintAction(K.CLOSE, note=note))


@router.post("/complaints/{complaint_id}/reopen", response_model=ComplaintDetail)
def reopen(complaint_id: PathId, cmd: Work, body: OptionalStep = None) -> JSONResponse:
    note = body.note if body else ""
    return _act(cmd, complaint_id, body, ComplaintAction.reopen(note))


def _bulk_step(body: BulkBody, actor: Actor, s: Session, now: datetime, item_id: int, version: int
               ) -> t.Complaint:  # fmt: skip
    if body.action == "assign":
        if body.assignee_id is None:
            raise ApiError(
                422, "complaint.assignee_required", "请选择接手人。", "Choose an assignee."
            )
        return svc.assign(s, actor, now, item_id, version, body.assignee_id, body.note)
    kind = ComplaintActionKind(body.action)
    return svc.act(s, actor, now, item_id, version, ComplaintAction(kind, note=body.note))


@router.post("/complaints/bulk", response_model=BulkResult)
def bulk(body: BulkBody, cmd: Work) -> JSONResponse:
    """One action on many tickets. Each ticket passes the same checks as a single command
    (its own version, the rules, the closing gate) in its own savepoint: the ones that pass
    are done, the others are reported with their reasons."""

    def act(s: Session, now: datetime) -> dict[str, Any]:
        results: list[dict[str, Any]] = []
        for item in body.items:
            try:
                with s.begin_nested():
                    row = _bulk_step(body, cmd.actor, s, now, item.id, item.version)
                results.append({"id": item.id, "ok": True, "complaint": project("complaint", row)})
            except ApiError as err:
                results.append({"id": item.id, "ok": False, "status": err.status, **err.body()})
        ok = sum(1 for r in results if r["ok"])
        return {"results": results, "succeeded": ok, "failed": len(results) - ok}

    return cmd.run(body, act)
