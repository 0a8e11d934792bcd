"""Sanctions (处罚): a provider's history with the dispatch hold, appeals and their decision.

Included by ``routes.complaints``. The decision itself is taken on the complaint
(``POST /complaints/{id}/sanction-decision``), where the ladder's recommendation is shown.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.models.enums import AppealStatus, Role
from app.server.deps import ALL_STAFF, CurrentSession, DbDep, HubDep, require_roles
from app.server.routes.commands import parse_if_match, run_command
from app.server.routes.complaint_schemas import (
    AppealCreate,
    AppealDecisionBody,
    ProviderSanctions,
)
from app.server.routes.schemas import PathId
from app.server.services import complaints_clock as clock
from app.server.services import complaints_sanction_facts as history
from app.server.services import sanctions as svc

router = APIRouter(tags=["sanctions"])

Reader = Annotated[CurrentSession, Depends(require_roles(*ALL_STAFF))]
# An appeal is filed on the provider's behalf by whoever takes it (hotline or supervisor);
# only a supervisor decides it.
Filer = Annotated[CurrentSession, Depends(require_roles(Role.AGENT, Role.SUPERVISOR))]
Decider = Annotated[CurrentSession, Depends(require_roles(Role.SUPERVISOR))]
IfMatch = Annotated[str | None, Header(alias="If-Match")]
IdemKey = Annotated[str | None, Header(alias="Idempotency-Key")]
Step = Callable[[Session, datetime, int], dict[str, Any]]


@router.get("/providers/{provider_id}/sanctions", response_model=ProviderSanctions)
def provider_sanctions(provider_id: PathId, _: Reader, db: DbDep) -> dict[str, Any]:
    """Newest first, each with its appeal and effective status, plus the current dispatch
    hold (``app.rules.sanctions.dispatch_hold``) and why."""
    with db.read() as s:
        return history.provider_sanctions(s, provider_id, clock.now())


def _run(
    request: Request,
    current: CurrentSession,
    db: DbDep,
    hub: HubDep,
    if_match: str | None,
    idempotency_key: str | None,
    body: BaseModel,
    step: Step,
) -> JSONResponse:
    expected = parse_if_match(if_match)

    def handler(s: Session) -> tuple[int, dict[str, Any]]:
        return 200, step(s, clock.now(), expected)

    return run_command(
        request,
        current,
        db,
        hub,
        idempotency_key=idempotency_key,
        body=body.model_dump(mode="json"),
        if_match=if_match,
        handler=handler,
    )


@router.post("/sanctions/{sanction_id}/appeal")
def appeal(
    sanction_id: PathId,
    body: AppealCreate,
    request: Request,
    current: Filer,
    db: DbDep,
    hub: HubDep,
    if_match: IfMatch = None,
    idempotency_key: IdemKey = None,
) -> JSONResponse:
    """File the provider's appeal (If-Match: the sanction's version). One per sanction; a
    pending appeal does not pause the sanction."""
    actor = current.actor
    return _run(
        request,
        current,
        db,
        hub,
        if_match,
        idempotency_key,
        body,
        lambda s, now, v: svc.appeal_sanction(s, actor, now, sanction_id, v, body.statement),
    )


@router.post("/sanctions/{sanction_id}/appeal/decide")
def decide_appeal(
    sanction_id: PathId,
    body: AppealDecisionBody,
    request: Request,
    current: Decider,
    db: DbDep,
    hub: HubDep,
    if_match: IfMatch = None,
    idempotency_key: IdemKey = None,
) -> JSONResponse:
    """Supervisors: uphold or overturn the pending appeal. Overturned lifts the sanction's
    hold at once."""
    actor = current.actor
    outcome = AppealStatus(body.outcome)
    return _run(
        request,
        current,
        db,
        hub,
        if_match,
        idempotency_key,
        body,
        lambda s, now, v: svc.decide_sanction_appeal(
            s, actor, now, sanction_id, v, outcome, body.note
        ),
    )
