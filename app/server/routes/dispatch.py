"""Dispatch: ranked candidates for one order, and batch plan / apply for a time window."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from app.rules.access import DISPATCH_ROLES
from app.rules.dispatch.wire import candidates_wire, reason_wire
from app.schemas.dispatch import ApplyRequest, ApplyResult, Candidates, PlanRequest, PlanResult
from app.server import clock
from app.server.deps import CurrentSession, DbDep
from app.server.guards import RoleCheck
from app.server.routes.commands import Command, command
from app.server.routes.params import PathId
from app.server.services import dispatch as svc

router = APIRouter(tags=["dispatch"])
Dispatcher = Annotated[CurrentSession, Depends(RoleCheck(DISPATCH_ROLES))]
Dispatch = Annotated[Command, Depends(command(DISPATCH_ROLES))]


@router.get("/orders/{order_id}/candidates", response_model=Candidates)
def order_candidates(
    order_id: PathId,
    _: Dispatcher,
    db: DbDep,
    top: Annotated[int, Query(ge=1, le=50)] = 10,
    ineligible: Annotated[int, Query(ge=0, le=50)] = 10,
) -> dict[str, Any]:
    """The best eligible providers with a per-term score breakdown, and the nearest
    ineligible ones with every reason they may not be sent."""
    with db.read() as s:
        order, found = svc.candidates(s, order_id, clock.now(), top, ineligible)
        return candidates_wire(order.id, order.version, found)


@router.post("/dispatch/plan", response_model=PlanResult)
def plan(body: PlanRequest, _: Dispatcher, db: DbDep) -> dict[str, Any]:
    """Plan every pending order in the window (by its appointment, or by the time it must be
    dispatched: ``basis``) against every available provider. Nothing is written: apply the
    plan with /dispatch/apply. ``pending_outside`` counts the pending orders left out."""
    window = svc.PlanInput(body.window_start, body.window_end, body.district, body.basis)
    with db.read() as s:
        orders, result = svc.plan(s, window, clock.now())
        outside = svc.pending_outside(s, window)
        versions = {o.id: o.version for o in orders}
        codes = {o.id: o.code for o in orders}
    return {
        "orders": len(orders),
        "pending_outside": outside,
        "assignments": [
            {
                "order_id": a.order_id,
                "order_code": codes[a.order_id],
                "order_version": versions[a.order_id],
                "provider_id": a.provider_id,
                "travel_minutes": round(a.travel_minutes, 1),
                "score": round(a.score, 2),
            }
            for a in result.assignments
        ],
        "total_travel_minutes": round(result.total_travel_minutes, 1),
        "greedy_total_travel_minutes": (
            round(result.greedy_total_travel_minutes, 1)
            if result.greedy_total_travel_minutes is not None
            else None
        ),
        "unassigned": [
            {
                "order_id": u.order_id,
                "order_code": codes[u.order_id],
                "reasons": [reason_wire(r) for r in u.reasons],
            }
            for u in result.unassigned
        ],
    }


@router.post("/dispatch/apply", response_model=ApplyResult)
def apply(body: ApplyRequest, cmd: Dispatch) -> JSONResponse:
    """Apply a plan atomically: every order must still be at the planned version and the
    provider still eligible, or nothing is written and the changes are reported (409)."""
    items = [
        svc.PlannedAssignment(i.order_id, i.provider_id, i.order_version) for i in body.assignments
    ]

    def act(s: Session, now: datetime) -> dict[str, Any]:
        return svc.apply(s, cmd.actor, now, items)

    return cmd.run(body.model_dump(), act)
