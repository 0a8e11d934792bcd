"""Dispatch: ranked candidates for one order, and batch plan / apply for a time window."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Header, Query, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from app.rules.dispatch import ProviderFacts, RankedCandidate, RejectedCandidate
from app.rules.reasons import Reason
from app.server.deps import DISPATCH_ROLES, CurrentSession, DbDep, HubDep, require_roles, utcnow
from app.server.projections import COARSE_DECIMALS
from app.server.routes.commands import run_command
from app.server.routes.schemas import DbId, DistrictCode, Instant, PathId, Version
from app.server.services import dispatch as svc

router = APIRouter(tags=["dispatch"])
Dispatcher = Annotated[CurrentSession, Depends(require_roles(*DISPATCH_ROLES))]
IdemKey = Annotated[str | None, Header(alias="Idempotency-Key")]


def reason_wire(r: Reason) -> dict[str, str]:
    return {"code": r.code, "message": r.zh, "message_en": r.en}


def provider_wire(p: ProviderFacts) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "level": p.level.value,
        "rating": p.rating,
        "lat": round(p.lat, COARSE_DECIMALS),  # a home address: about a kilometre
        "lng": round(p.lng, COARSE_DECIMALS),
        "districts": sorted(p.districts),
        "bookings_today": len(p.bookings),
    }


def ranked_wire(c: RankedCandidate) -> dict[str, Any]:
    b = c.breakdown
    return {
        "provider": provider_wire(c.provider),
        "score": round(b.total, 2),
        "travel_minutes": round(b.travel_minutes, 1),
        "terms": [
            {
                "code": t.code,
                "label": t.zh,
                "label_en": t.en,
                "raw": round(t.raw, 3),
                "weight": t.weight,
                "contribution": round(t.contribution, 2),
            }
            for t in b.terms
        ],
    }


def rejected_wire(c: RejectedCandidate) -> dict[str, Any]:
    return {
        "provider": provider_wire(c.provider),
        "distance_km": round(c.distance_km, 1),
        "reasons": [reason_wire(r) for r in c.reasons],
    }


@router.get("/orders/{order_id}/candidates")
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
        order, found = svc.candidates(s, order_id, utcnow(), top, ineligible)
        return {
            "order_id": order.id,
            "order_version": order.version,
            "eligible": [ranked_wire(c) for c in found.eligible],
            "ineligible": [rejected_wire(c) for c in found.ineligible],
        }


class PlanRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    window_start: Instant
    window_end: Instant
    district: DistrictCode | None = None

    @field_validator("window_end")
    @classmethod
    def _window(cls, end: datetime, info: ValidationInfo) -> datetime:
        start = info.data.get("window_start")  # absent when it failed its own check
        if start is None:
            return end
        if end <= start:
            raise PydanticCustomError("window_order", "window_end must be after window_start")
        if end - start > timedelta(days=2):
            raise PydanticCustomError("window_too_long", "a window is at most 2 days")
        return end


@router.post("/dispatch/plan")
def plan(body: PlanRequest, _: Dispatcher, db: DbDep) -> dict[str, Any]:
    """Plan every pending order starting in the window against every available provider.
    Nothing is written: apply the plan with /dispatch/apply."""
    with db.read() as s:
        orders, result = svc.plan(
            s, svc.PlanInput(body.window_start, body.window_end, body.district), utcnow()
        )
        versions = {o.id: o.version for o in orders}
        codes = {o.id: o.code for o in orders}
    return {
        "orders": len(orders),
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


class ApplyItem(BaseModel):
    model_config = ConfigDict(extra="forbid")

    order_id: DbId
    provider_id: DbId
    order_version: Version


class ApplyRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    assignments: list[ApplyItem] = Field(min_length=1, max_length=5000)


@router.post("/dispatch/apply")
def apply(
    body: ApplyRequest,
    request: Request,
    current: Dispatcher,
    db: DbDep,
    hub: HubDep,
    idempotency_key: IdemKey = None,
) -> JSONResponse:
    """Apply a plan atomically: every order must still be at the planned version and the
    provider still eligible, or nothing is written and the changes are reported (409)."""
    items = [
        svc.PlannedAssignment(i.order_id, i.provider_id, i.order_version) for i in body.assignments
    ]

    def handler(s: Any) -> tuple[int, dict[str, Any]]:
        return 200, svc.apply(s, current.actor, utcnow(), items)

    return run_command(
        request,
        current,
        db,
        hub,
        idempotency_key=idempotency_key,
        body=body.model_dump(),
        if_match=None,
        handler=handler,
    )
