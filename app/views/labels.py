"""Words for domain codes: order states, order actions, staff roles.

The English source strings are marked with QT_TRANSLATE_NOOP so lupdate extracts them; the
zh_CN catalogue gives the Chinese (tools/fill_ts.py takes order-state names from
``app.rules.orders.STATUS_NAMES``, so the board and the rules never disagree).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.enums import OrderStatus, Role
from app.rules.orders import DeadlineState, OrderAction
from app.views.i18n import QT_TRANSLATE_NOOP

STATUS_CONTEXT = "OrderStatus"
ACTION_CONTEXT = "OrderAction"
ROLE_CONTEXT = "Role"

STATUS_SOURCE: dict[OrderStatus, str] = {
    OrderStatus.PENDING: QT_TRANSLATE_NOOP("OrderStatus", "Pending"),
    OrderStatus.ASSIGNED: QT_TRANSLATE_NOOP("OrderStatus", "Assigned"),
    OrderStatus.ACCEPTED: QT_TRANSLATE_NOOP("OrderStatus", "Accepted"),
    OrderStatus.EN_ROUTE: QT_TRANSLATE_NOOP("OrderStatus", "En route"),
    OrderStatus.IN_SERVICE: QT_TRANSLATE_NOOP("OrderStatus", "In service"),
    OrderStatus.COMPLETED: QT_TRANSLATE_NOOP("OrderStatus", "Completed"),
    OrderStatus.CANCELLED: QT_TRANSLATE_NOOP("OrderStatus", "Cancelled"),
}

# Timeline entries: the state-machine actions plus the order's creation.
ACTION_SOURCE: dict[str, str] = {
    "create": QT_TRANSLATE_NOOP("OrderAction", "Created"),
    OrderAction.ASSIGN.value: QT_TRANSLATE_NOOP("OrderAction", "Assigned"),
    OrderAction.UNASSIGN.value: QT_TRANSLATE_NOOP("OrderAction", "Unassigned"),
    OrderAction.ACCEPT.value: QT_TRANSLATE_NOOP("OrderAction", "Accepted by provider"),
    OrderAction.DEPART.value: QT_TRANSLATE_NOOP("OrderAction", "Provider on the way"),
    OrderAction.START.value: QT_TRANSLATE_NOOP("OrderAction", "Service started"),
    OrderAction.COMPLETE.value: QT_TRANSLATE_NOOP("OrderAction", "Completed"),
    OrderAction.CANCEL.value: QT_TRANSLATE_NOOP("OrderAction", "Cancelled"),
}

ROLE_SOURCE: dict[Role, str] = {
    Role.DISPATCHER: QT_TRANSLATE_NOOP("Role", "Dispatcher"),
    Role.AGENT: QT_TRANSLATE_NOOP("Role", "Customer-care agent"),
    Role.REVIEWER: QT_TRANSLATE_NOOP("Role", "Reviewer"),
    Role.TRAINER: QT_TRANSLATE_NOOP("Role", "Trainer"),
    Role.SUPERVISOR: QT_TRANSLATE_NOOP("Role", "Supervisor"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Role", "Administrator"),
}

# Board order of the state chips and of sorting by state: the order an order moves through.
STATUS_ORDER: tuple[OrderStatus, ...] = tuple(OrderStatus)
STATUS_RANK: dict[str, int] = {s.value: i for i, s in enumerate(STATUS_ORDER)}

# Soft colours per state (text), readable on white; the chips use the same.
STATUS_COLOR: dict[str, str] = {
    OrderStatus.PENDING.value: "#b54708",
    OrderStatus.ASSIGNED.value: "#175cd3",
    OrderStatus.ACCEPTED.value: "#1570ef",
    OrderStatus.EN_ROUTE.value: "#6941c6",
    OrderStatus.IN_SERVICE.value: "#067647",
    OrderStatus.COMPLETED.value: "#475467",
    OrderStatus.CANCELLED.value: "#98a2b3",
}

DEADLINE_COLORS: dict[DeadlineState, tuple[str, str]] = {
    # state -> (background, text)
    DeadlineState.SOON: ("#fdb022", "#3b2400"),
    DeadlineState.OVERDUE: ("#d92d20", "#ffffff"),
}


def status_name(status: str) -> str:
    """An order's state in the user's language; a complaint's too (conflicts name either)."""
    try:
        source = STATUS_SOURCE[OrderStatus(status)]
    except ValueError:
        return _complaint_status_name(status)
    return QCoreApplication.translate(STATUS_CONTEXT, source)


def _complaint_status_name(status: str) -> str:
    from app.models.enums import ComplaintStatus
    from app.rules.complaint_facts import STATUS_NAMES as COMPLAINT_STATUS_NAMES
    from app.views.i18n import current_language

    try:
        zh, en = COMPLAINT_STATUS_NAMES[ComplaintStatus(status)]
    except (ValueError, KeyError):
        return status
    return en if current_language().startswith("en") else zh


def action_name(action: str) -> str:
    source = ACTION_SOURCE.get(action)
    return QCoreApplication.translate(ACTION_CONTEXT, source) if source else action


def role_name(role: str) -> str:
    try:
        source = ROLE_SOURCE[Role(role)]
    except ValueError:
        return role
    return QCoreApplication.translate(ROLE_CONTEXT, source)


LEVEL_SOURCE: dict[str, str] = {
    "junior": QT_TRANSLATE_NOOP("ProviderLevel", "Junior"),
    "standard": QT_TRANSLATE_NOOP("ProviderLevel", "Standard"),
    "senior": QT_TRANSLATE_NOOP("ProviderLevel", "Senior"),
    "gold": QT_TRANSLATE_NOOP("ProviderLevel", "Gold"),
}


def level_name(level: str) -> str:
    source = LEVEL_SOURCE.get(level)
    return QCoreApplication.translate("ProviderLevel", source) if source else level
