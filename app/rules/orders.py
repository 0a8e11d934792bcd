"""The order state machine and the dispatch-by deadline clock."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from enum import StrEnum

from app.models.enums import OrderStatus as S
from app.rules.beijing import BEIJING, local_day
from app.rules.reasons import Reason


class OrderAction(StrEnum):
    ASSIGN = "assign"
    UNASSIGN = "unassign"
    ACCEPT = "accept"
    DEPART = "depart"
    START = "start"
    COMPLETE = "complete"
    CANCEL = "cancel"


# action -> (states it may be taken from, resulting state)
TRANSITIONS: dict[OrderAction, tuple[frozenset[S], S]] = {
    OrderAction.ASSIGN: (frozenset({S.PENDING}), S.ASSIGNED),
    OrderAction.UNASSIGN: (frozenset({S.ASSIGNED, S.ACCEPTED}), S.PENDING),
    OrderAction.ACCEPT: (frozenset({S.ASSIGNED}), S.ACCEPTED),
    OrderAction.DEPART: (frozenset({S.ACCEPTED}), S.EN_ROUTE),
    OrderAction.START: (frozenset({S.ACCEPTED, S.EN_ROUTE}), S.IN_SERVICE),
    OrderAction.COMPLETE: (frozenset({S.IN_SERVICE}), S.COMPLETED),
    OrderAction.CANCEL: (
        frozenset({S.PENDING, S.ASSIGNED, S.ACCEPTED, S.EN_ROUTE, S.IN_SERVICE}),
        S.CANCELLED,
    ),
}

TERMINAL: frozenset[S] = frozenset({S.COMPLETED, S.CANCELLED})
# States in which a provider is committed to the order's time slot.
BOOKED: frozenset[S] = frozenset({S.ASSIGNED, S.ACCEPTED, S.EN_ROUTE, S.IN_SERVICE})

STATUS_NAMES: dict[S, tuple[str, str]] = {
    S.PENDING: ("待派单", "Pending"),
    S.ASSIGNED: ("已派单", "Assigned"),
    S.ACCEPTED: ("已接单", "Accepted"),
    S.EN_ROUTE: ("在途", "En route"),
    S.IN_SERVICE: ("服务中", "In service"),
    S.COMPLETED: ("已完成", "Completed"),
    S.CANCELLED: ("已取消", "Cancelled"),
}


def transition(status: S, action: OrderAction) -> S | Reason:
    """The state after ``action``, or why it is not allowed from ``status``."""
    sources, target = TRANSITIONS[action]
    if status in sources:
        return target
    zh, en = STATUS_NAMES[status]
    return Reason(
        "invalid_transition",
        f"订单当前状态为“{zh}”，不能执行此操作（{action.value}）。",
        f"The order is {en.lower()}; '{action.value}' is not allowed now.",
    )


def board_cut_off(now: datetime) -> datetime:
    """The dispatch board holds today's work: every order still open, whatever its date,
    and the finished (completed, cancelled) ones scheduled from today's Beijing midnight on.
    Finished orders of the days before are history: the dashboard and reports read them."""
    return datetime.combine(local_day(now), time(0), BEIJING)


def allowed_actions(status: S) -> frozenset[OrderAction]:
    return frozenset(a for a, (sources, _) in TRANSITIONS.items() if status in sources)


class DeadlineState(StrEnum):
    NONE = "none"  # already dispatched or finished: the clock no longer matters
    OK = "ok"
    SOON = "soon"
    OVERDUE = "overdue"


DEADLINE_WARNING = timedelta(minutes=30)


def dispatch_deadline_state(
    status: S, dispatch_by: datetime, now: datetime, warning: timedelta = DEADLINE_WARNING
) -> DeadlineState:
    """How the board colours an order's dispatch-by deadline."""
    if status is not S.PENDING:
        return DeadlineState.NONE
    if now >= dispatch_by:
        return DeadlineState.OVERDUE
    if dispatch_by - now <= warning:
        return DeadlineState.SOON
    return DeadlineState.OK
