"""Sanctions (处罚): a provider's history with the dispatch hold, appeals and their decision.

Included by ``routes.complaints``. The decision itself is taken on the complaint
(``POST /complaints/{id}/sanction-decision``), where the ladder's recommendation is shown.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.models.enums import AppealStatus
from app.rules.access import ALL_STAFF, COMPLAINT_WORKERS, SANCTION_DECIDERS
from app.schemas.sanctions import (
    AppealCreate,
    AppealDecisionBody,
    ProviderSanctions,
    SanctionView,
)
from app.server import clock
from app.server.deps import CurrentSession, DbDep
from app.server.guards import RoleCheck
from app.server.routes.commands import Command, command
from app.server.routes.params import PathId
from app.server.services import complaints_sanction_facts as history
from app.server.services import sanctions as svc

router = APIRouter(tags=["sanctions"])

Reader = Annotated[CurrentSession, Depends(RoleCheck(ALL_STAFF))]
# An appeal is filed on the provider's behalf by whoever takes it (hotline or supervisor);
# only a supervisor decides it.
File = Annotated[Command, Depends(command(COMPLAINT_WORKERS))]
Decide = Annotated[Command, Depends(command(SANCTION_DECIDERS))]


@router.get("/providers/{provider_id}/sanctions", response_model=ProviderSanctions)
def provider_sanctions(provider_id: PathId, _: Reader, db: DbDep) -> dict[str, Any]:
    """Newest first, each with its appeal and effective status, plus the current dispatch
    hold (``app.rules.sanctions.dispatch_hold``) and why."""
    with db.read() as s:
        return history.provider_sanctions(s, provider_id, clock.now())


@router.post("/sanctions/{sanction_id}/appeal", response_model=SanctionView)
def appeal(sanction_id: PathId, body: AppealCreate, cmd: File) -> JSONResponse:
    """File the provider's appeal (If-Match: the sanction's version). One per sanction; a
    pending appeal does not pause the sanction."""
    return cmd.run_versioned(
        body,
        lambda s, now, v: svc.appeal_sanction(s, cmd.actor, now, sanction_id, v, body.statement),
    )


@router.post("/sanctions/{sanction_id}/appeal/decide", response_model=SanctionView)
def decide_appeal(sanction_id: PathId, body: AppealDecisionBody, cmd: Decide) -> JSONResponse:
    """Supervisors: uphold or overturn the pending appeal. Overturned lifts the sanction's
    hold at once."""
    outcome = AppealStatus(body.outcome)
    return cmd.run_versioned(
        body,
        lambda s, now, v: svc.decide_sanction_appeal(
            s, cmd.actor, now, sanction_id, v, outcome, body.note
        ),
    )
