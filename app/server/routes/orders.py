"""Orders: list, read, create, and the state-machine transitions as commands."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Body, Depends, Query
from fastapi.responses import JSONResponse
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import OrderStatus, ServiceCategory
from app.rules.access import ALL_STAFF, DISPATCH_ROLES
from app.rules.orders import OrderAction
from app.schemas.common import NoControlChars
from app.schemas.orders import (
    CancelBody,
    NoteBody,
    OrderAssignBody,
    OrderCreate,
    OrderDetail,
    OrderPublic,
    OrdersPublic,
)
from app.server.deps import CurrentSession, DbDep
from app.server.errors import ApiError, not_found
from app.server.guards import RoleCheck
from app.server.projections import project
from app.server.routes.commands import Command, command
from app.server.routes.params import Offset, PathId, QueryId, QueryInstant
from app.server.services import orders as svc

router = APIRouter(prefix="/orders", tags=["orders"])

Reader = Annotated[CurrentSession, Depends(RoleCheck(ALL_STAFF))]
Dispatch = Annotated[Command, Depends(command(DISPATCH_ROLES))]
NoteBodyDep = Annotated[NoteBody | None, Body()]


@router.get("", response_model=OrdersPublic)
def list_orders(
    _: Reader,
    db: DbDep,
    status: Annotated[list[OrderStatus] | None, Query()] = None,
    district: Annotated[str | None, Query(max_length=32), NoControlChars] = None,
    category: Annotated[ServiceCategory | None, Query()] = None,
    provider_id: QueryId = None,
    customer_id: QueryId = None,
    scheduled_from: QueryInstant = None,
    scheduled_to: QueryInstant = None,
    q: Annotated[
        str | None, Query(max_length=64, description="order code prefix"), NoControlChars
    ] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    o = t.Order
    conds: list[Any] = []
    if status:
        conds.append(o.status.in_([s.value for s in status]))
    if district:
        conds.append(o.district == district)
    if category:
        conds.append(o.category == category.value)
    if provider_id is not None:
        conds.append(o.provider_id == provider_id)
    if customer_id is not None:
        conds.append(o.customer_id == customer_id)
    if scheduled_from:
        conds.append(o.scheduled_start >= scheduled_from)
    if scheduled_to:
        conds.append(o.scheduled_start < scheduled_to)
    if q:
        conds.append(o.code.startswith(q.strip(), autoescape=True))  # q=% is literal
    with db.read() as s:
        count = s.scalar(select(func.count()).select_from(o).where(*conds)) or 0
        rows = s.scalars(
            select(o).where(*conds).order_by(o.scheduled_start, o.id).limit(limit).offset(offset)
        ).all()
        return {"data": [project("order", r) for r in rows], "count": count}


@router.get("/{order_id}", response_model=OrderDetail)
def get_order(order_id: PathId, _: Reader, db: DbDep) -> JSONResponse:
    with db.read() as s:
        order = s.get(t.Order, order_id)
        if order is None:
            raise not_found("order", order_id)
        events = s.scalars(
            select(t.OrderEvent).where(t.OrderEvent.order_id == order_id).order_by(t.OrderEvent.id)
        ).all()
        body = project("order", order)
        body["events"] = [project("order_event", e) for e in events]
    return JSONResponse(body, headers={"ETag": f'"{order.version}"'})


# How far from now an order may be booked: the service refuses a start in the past (with a
# few minutes' grace); these bound what an order form could sensibly send.
EARLIEST_START = timedelta(days=1)
LATEST_START = timedelta(days=365)


def _check_start(body: OrderCreate, now: datetime) -> None:
    if body.scheduled_start < now - EARLIEST_START:
        raise ApiError(
            422,
            "start_in_past",
            "预约时间已过，请选择将来的时间。",
            "The scheduled start is in the past; choose a future time.",
            details={"field": "scheduled_start"},
        )
    if body.scheduled_start > now + LATEST_START:
        raise ApiError(
            422,
            "start_too_far",
            "预约时间不能晚于一年以后。",
            "The scheduled start may be at most a year ahead.",
            details={"field": "scheduled_start"},
        )


@router.post("", status_code=201, response_model=OrderPublic)
def create_order(body: OrderCreate, cmd: Dispatch) -> JSONResponse:
    new = svc.NewOrder(**body.model_dump())

    def act(s: Session, now: datetime) -> dict[str, Any]:
        _check_start(body, now)  # inside: a replayed Idempotency-Key still gets its answer
        return project("order", svc.create_order(s, cmd.actor, now, new))

    return cmd.run(body, act, status=201)


def _transition(
    cmd: Command, order_id: int, action: OrderAction, body: dict[str, Any]
) -> JSONResponse:
    return cmd.run_versioned(
        body,
        lambda s, now, expected: project(
            "order", svc.act(s, cmd.actor, now, order_id, expected, action, **body)
        ),
    )


@router.post("/{order_id}/assign", response_model=OrderPublic)
def assign(order_id: PathId, body: OrderAssignBody, cmd: Dispatch) -> JSONResponse:
    """Assign a provider. An ineligible provider is refused (422 with the reasons) unless a
    supervisor gives ``override_reason``."""
    return _transition(cmd, order_id, OrderAction.ASSIGN, body.model_dump())


@router.post("/{order_id}/cancel", response_model=OrderPublic)
def cancel(order_id: PathId, body: CancelBody, cmd: Dispatch) -> JSONResponse:
    return _transition(cmd, order_id, OrderAction.CANCEL, {"reason": body.reason})


def _simple(action: OrderAction) -> None:
    def endpoint(order_id: PathId, cmd: Dispatch, body: NoteBodyDep = None) -> JSONResponse:
        return _transition(cmd, order_id, action, {"reason": body.note if body else ""})

    endpoint.__name__ = action.value
    endpoint.__doc__ = f"Transition: {action.value} (state machine in app.rules.orders)."
    router.post(f"/{{order_id}}/{action.value}", response_model=OrderPublic)(endpoint)


for _action in (
    OrderAction.UNASSIGN,
    OrderAction.ACCEPT,
    OrderAction.DEPART,
    OrderAction.START,
    OrderAction.COMPLETE,
):
    _simple(_action)
