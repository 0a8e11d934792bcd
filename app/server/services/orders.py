"""Order commands: create and the state-machine transitions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import OrderStatus, ServiceCategory
from app.rules.access import OVERRIDE_ROLES
from app.rules.orders import OrderAction, transition
from app.rules.reasons import Reason
from app.server.changes import record_change
from app.server.db import serialise_on
from app.server.errors import ApiError, not_found
from app.server.services.context import Actor, audit
from app.server.services.eligibility import assignment_blockers

DISPATCH_LEAD = timedelta(hours=2)  # dispatch-by = scheduled start minus this


@dataclass(frozen=True, slots=True)
class NewOrder:
    customer_id: int
    category: ServiceCategory
    scheduled_start: datetime
    duration_minutes: int
    price_cents: int
    address: str | None = None
    district: str | None = None
    lat: float | None = None
    lng: float | None = None
    premium: bool = False
    note: str = ""
    dispatch_by: datetime | None = None


def next_order_code(session: Session, now: datetime) -> str:
    day = (now + timedelta(hours=8)).strftime("%Y%m%d")  # Beijing calendar day
    prefix = f"SM{day}-"
    serialise_on(session, prefix)  # two creates at once must not both take the same number
    last = session.scalar(select(func.max(t.Order.code)).where(t.Order.code.like(prefix + "%")))
    n = int(last.rsplit("-", 1)[1]) + 1 if last else 1
    return f"{prefix}{n:06d}"


def create_order(session: Session, actor: Actor, now: datetime, new: NewOrder) -> t.Order:
    customer = session.get(t.Customer, new.customer_id)
    if customer is None:
        raise not_found("customer", new.customer_id)
    if new.scheduled_start < now - timedelta(minutes=5):
        raise ApiError(
            422,
            "start_in_past",
            "预约时间已过，请选择将来的时间。",
            "The scheduled start is in the past; choose a future time.",
        )
    order = t.Order(
        code=next_order_code(session, now),
        customer_id=customer.id,
        provider_id=None,
        category=new.category.value,
        status=OrderStatus.PENDING.value,
        district=new.district or customer.district,
        address=new.address or customer.address,
        lat=new.lat if new.lat is not None else customer.lat,
        lng=new.lng if new.lng is not None else customer.lng,
        scheduled_start=new.scheduled_start,
        scheduled_end=new.scheduled_start + timedelta(minutes=new.duration_minutes),
        dispatch_by=new.dispatch_by or max(now, new.scheduled_start - DISPATCH_LEAD),
        price_cents=new.price_cents,
        premium=new.premium,
        note=new.note,
        created_at=now,
        updated_at=now,
    )
    session.add(order)
    session.flush()
    _event(session, order, now, actor, "create", "", note=new.note)
    record_change(session, order, now)
    audit(session, actor, now, "order.create", "order", order.id, {"code": order.code})
    return order


def _event(
    session: Session,
    order: t.Order,
    now: datetime,
    actor: Actor,
    action: str,
    before: str,
    note: str = "",
) -> None:
    event = t.OrderEvent(
        order_id=order.id,
        at=now,
        action=action,
        from_status=before,
        to_status=order.status,
        actor_id=actor.user_id,
        provider_id=order.provider_id,
        note=note,
    )
    session.add(event)
    session.flush()
    record_change(session, event, now)


def clear_flag(order: t.Order) -> None:
    """Forget a problem raised on the order for dispatchers (see ``certification_expiry``)."""
    order.flag_code = ""
    order.flag_zh = ""
    order.flag_en = ""
    order.flagged_at = None


def load_for_update(session: Session, order_id: int, expected_version: int) -> t.Order:
    """The order, locked for this transaction, if it is still at ``expected_version``."""
    order = session.get(t.Order, order_id, with_for_update=True)
    if order is None:
        raise not_found("order", order_id)
    if order.version != expected_version:
        from app.server.projections import project

        raise ApiError(
            412,
            "stale_version",
            "订单已被他人修改，请查看最新状态后重试。",
            "The order was changed by someone else; review its current state and retry.",
            details={"current": project("order", order)},
        )
    return order


def act(
    session: Session,
    actor: Actor,
    now: datetime,
    order_id: int,
    expected_version: int,
    action: OrderAction,
    *,
    provider_id: int | None = None,
    reason: str = "",
    override_reason: str = "",
) -> t.Order:
    """Apply one transition, checked against the rules; raises ApiError when refused."""
    order = load_for_update(session, order_id, expected_version)
    before = order.status
    target = transition(OrderStatus(order.status), action)
    if isinstance(target, Reason):
        raise ApiError.from_reason(409, target)
    note = reason
    if action is OrderAction.ASSIGN:
        if provider_id is None:
            raise ApiError(422, "provider_required", "请选择服务人员。", "Choose a provider.")
        # Locked, so that two assignments of one provider cannot both pass the schedule check.
        provider = session.get(t.Provider, provider_id, with_for_update=True)
        if provider is None:
            raise not_found("provider", provider_id)
        blockers = assignment_blockers(session, order, provider, now)
        if blockers:
            if not override_reason:
                raise ApiError(
                    422,
                    "provider_ineligible",
                    "该服务人员不符合派单条件：" + "；".join(r.zh for r in blockers),
                    "The provider is not eligible: " + "; ".join(r.en for r in blockers),
                    details={
                        "reasons": [
                            {"code": r.code, "message": r.zh, "message_en": r.en} for r in blockers
                        ]
                    },
                )
            if actor.role not in OVERRIDE_ROLES:
                raise ApiError(
                    403,
                    "override_forbidden",
                    "只有主管可以强制派单。",
                    "Only a supervisor may override eligibility.",
                )
            order.override_reason = override_reason
            note = f"override: {override_reason}"
            audit(
                session,
                actor,
                now,
                "order.override",
                "order",
                order.id,
                {
                    "provider_id": provider_id,
                    "reason": override_reason,
                    "blockers": [r.code for r in blockers],
                },
            )
        order.provider_id = provider.id
    elif action is OrderAction.UNASSIGN:
        order.provider_id = None
        order.override_reason = ""
    elif action is OrderAction.CANCEL:
        if not reason.strip():
            raise ApiError(
                422, "reason_required", "取消订单必须填写原因。", "A cancellation needs a reason."
            )
        order.cancel_reason = reason.strip()
    if action in (OrderAction.ASSIGN, OrderAction.UNASSIGN, OrderAction.CANCEL):
        clear_flag(order)  # the dispatcher dealt with the problem (or the order is gone)
    order.status = target.value
    order.updated_at = now
    session.flush()
    _event(session, order, now, actor, action.value, before, note=note)
    record_change(session, order, now)
    audit(
        session,
        actor,
        now,
        f"order.{action.value}",
        "order",
        order.id,
        {
            "from": before,
            "to": order.status,
            "provider_id": order.provider_id,
            **({"reason": reason} if reason else {}),
        },
    )
    return order
