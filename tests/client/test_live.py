"""The client against a real server process on loopback: login, full sync, live changes,
conflicts and idempotent replays."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from app.client import endpoints
from app.client.api import ApiClient
from app.client.board import board_rows, order_events
from app.client.cache import Cache
from app.client.errors import AuthFailed, Rejected
from app.client.outbox import Outbox
from app.client.sync import SyncEngine
from tests.client.conftest import ApiFactory
from tests.client.live_server import (
    ServerProcess,
    all_order_ids,
    first_id,
    new_order,
    step_until,
)

Login = Callable[[str], ApiClient]


def test_version_login_me_and_a_wrong_password(
    server: ServerProcess, make_api: ApiFactory, login: Login
) -> None:
    anonymous = make_api(server.url)
    info = anonymous.check_server()
    assert info.api_version >= 1
    assert info.feed_epoch
    with pytest.raises(AuthFailed) as refused:
        anonymous.login("trainer", "not the password")
    assert refused.value.code == "bad_credentials"
    assert anonymous.token is None

    api = login("dispatcher")
    assert api.token
    me = api.me()
    assert (me.username, me.role) == ("dispatcher", "dispatcher")


def test_initial_sync_pulls_every_order(login: Login, cache: Cache) -> None:
    api = login("dispatcher")
    customer_id = first_id(api, "customer")
    made = {new_order(api, customer_id)["id"] for _ in range(3)}
    engine = SyncEngine(api, cache, Outbox(":memory:"), page_size=500)
    progress: list[int] = []
    applied = engine.initial_sync(progress.append)
    assert applied == progress[-1] > 0
    server_ids = all_order_ids(api)
    rows = board_rows(cache)
    assert {r.id for r in rows} == server_ids
    assert made <= server_ids
    assert all(r.customer_name for r in rows)  # customers arrive with their orders
    assert cache.get("customer", customer_id) is not None
    assert len(order_events(cache, min(made))) == 1  # "create"


def test_a_change_made_through_the_api_arrives_through_the_feed(login: Login, cache: Cache) -> None:
    dispatcher = login("dispatcher")
    supervisor = login("supervisor")
    engine = SyncEngine(dispatcher, cache, Outbox(":memory:"))
    engine.initial_sync()

    order = new_order(dispatcher, first_id(dispatcher, "customer"))
    step_until(engine, lambda: cache.get("order", order["id"]) is not None)

    provider_id = first_id(supervisor, "provider", status="active")
    supervisor.command(
        endpoints.order_action(order["id"], "assign"),
        {"provider_id": provider_id, "override_reason": "客户指定"},
        if_match=order["version"],
        idempotency_key="assign-" + order["code"],
    )
    step_until(engine, lambda: board_rows(cache, [order["id"]])[0].status == "assigned")
    row = board_rows(cache, [order["id"]])[0]
    assert row.provider_id == provider_id
    assert row.provider_name

    cancelled = dispatcher.command(
        endpoints.order_action(order["id"], "cancel"),
        {"reason": "客户改期"},
        if_match=row.version,
        idempotency_key="cancel-" + order["code"],
    )
    changed: dict[str, list[int]] = {}

    def arrived() -> bool:
        return bool(board_rows(cache, [order["id"]])[0].version == cancelled["version"])

    for _ in range(20):
        if arrived():
            break
        changed.update(engine.step(wait=5).changed)
    assert arrived()
    assert order["id"] in changed["order"]
    assert board_rows(cache, [order["id"]])[0].status == "cancelled"
    actions = [e.action for e in order_events(cache, order["id"])]
    assert actions == ["create", "assign", "cancel"]


def test_a_stale_if_match_becomes_a_kept_conflict(login: Login, cache: Cache) -> None:
    dispatcher = login("dispatcher")
    supervisor = login("supervisor")
    outbox = Outbox(":memory:")
    engine = SyncEngine(dispatcher, cache, outbox)
    order = new_order(dispatcher, first_id(dispatcher, "customer"))
    engine.initial_sync()
    supervisor.command(
        endpoints.order_action(order["id"], "assign"),
        {
            "provider_id": first_id(supervisor, "provider", status="active"),
            "override_reason": "测试",
        },
        if_match=order["version"],
        idempotency_key="a-" + order["code"],
    )
    # The dispatcher's cache still says version 1 when the cancel is made.
    made = outbox.enqueue(
        endpoints.order_action(order["id"], "cancel"),
        {"reason": "客户取消"},
        if_match=order["version"],
        entity="order",
        entity_id=order["id"],
        label=f"取消订单 {order['code']}",
    )
    step = engine.step(wait=0)
    assert step.replay is not None
    assert step.replay.sent == 0
    (conflict,) = step.replay.conflicts
    assert conflict.id == made.id
    assert conflict.current is not None
    assert conflict.current["version"] == order["version"] + 1
    assert conflict.current["status"] == "assigned"
    assert [c.id for c in outbox.conflicts()] == [made.id]  # kept, not dropped
    assert dispatcher.get(endpoints.order(order["id"]))["status"] == "assigned"


def test_a_replayed_command_acts_once(login: Login, cache: Cache) -> None:
    api = login("dispatcher")
    outbox = Outbox(":memory:")
    order = new_order(api, first_id(api, "customer"))
    made = outbox.enqueue(
        endpoints.order_action(order["id"], "cancel"),
        {"reason": "客户取消"},
        if_match=order["version"],
        entity="order",
        entity_id=order["id"],
        label="取消",
    )
    # The command went out once and its answer was lost: the Outbox still holds it.
    first = api.command(
        made.path, made.body, if_match=made.if_match, idempotency_key=made.idempotency_key
    )
    result = outbox.replay(api)
    assert result.sent == 1
    assert not result.conflicts
    assert not result.failed
    detail = api.get(endpoints.order(order["id"]))
    assert detail["status"] == "cancelled"
    assert detail["version"] == first["version"]
    assert [e["action"] for e in detail["events"]].count("cancel") == 1
    # The same key for another request is refused, not applied.
    with pytest.raises(Rejected) as info:
        api.command(
            made.path,
            {"reason": "别的原因"},
            if_match=made.if_match,
            idempotency_key=made.idempotency_key,
        )
    assert info.value.code == "idempotency_key_reused"
