"""Order commands for the Outbox: every state-machine action has its path; nothing else does."""

from __future__ import annotations

import pytest

from app.client import endpoints
from app.client.orders import order_command
from app.rules.orders import OrderAction


@pytest.mark.parametrize("action", list(OrderAction))
def test_every_order_action_is_a_command_at_the_version_the_user_saw(action: OrderAction) -> None:
    command = order_command(42, 7, action, {"note": "客户改期"}, "取消订单")

    assert command == {
        "path": f"/api/v1/orders/42/{action.value}",
        "body": {"note": "客户改期"},
        "if_match": 7,
        "entity": "order",
        "entity_id": 42,
        "label": "取消订单",
    }


def test_an_unknown_order_action_has_no_path() -> None:
    with pytest.raises(ValueError, match="unknown order action 'refund'"):
        endpoints.order_action(42, "refund")
    assert {a.value for a in OrderAction} == endpoints.ORDER_ACTIONS
