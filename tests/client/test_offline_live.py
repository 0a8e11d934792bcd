"""Offline and back: a command made while the server is down waits in the Outbox, survives a
restart of the desktop, and is sent once when the server answers again."""

from __future__ import annotations

from pathlib import Path

import pytest

from app.client import endpoints
from app.client.api import ApiClient
from app.client.board import board_rows
from app.client.cache import Cache
from app.client.errors import Unreachable
from app.client.outbox import Outbox
from app.client.outbox_files import open_user_outbox
from app.client.sync import SyncEngine
from tests.client.conftest import ApiFactory
from tests.client.live_server import (
    DEMO_PASSWORD,
    ServerProcess,
    closed_port,
    first_id,
    free_port,
    new_order,
    step_until,
)


def test_a_closed_port_is_unreachable_after_the_retries(make_api: ApiFactory) -> None:
    waits: list[float] = []
    api = make_api(f"http://127.0.0.1:{closed_port()}", sleep=waits.append)
    with pytest.raises(Unreachable) as info:
        api.check_server()
    assert len(waits) == 2  # three tries
    assert info.value.text("zh").startswith("无法连接服务器")


def test_offline_cancel_waits_and_is_replayed_once_when_the_server_is_back(
    server: ServerProcess, make_api: ApiFactory, tmp_path: Path
) -> None:
    path = tmp_path / "cache.sqlite3"
    api = make_api(server.url)
    api.login("dispatcher", DEMO_PASSWORD)
    cache = Cache(path)
    engine = SyncEngine(api, cache, Outbox(tmp_path / "outbox.sqlite3"))
    engine.initial_sync()
    order = new_order(api, first_id(api, "customer"))
    step_until(engine, lambda: cache.get("order", order["id"]) is not None)
    row = board_rows(cache, [order["id"]])[0]

    server.stop()
    made = engine.outbox.enqueue(
        endpoints.order_action(row.id, "cancel"),
        {"reason": "客户取消"},
        if_match=row.version,
        entity="order",
        entity_id=row.id,
        label=f"取消订单 {row.code}",
    )
    offline = engine.step(wait=0)
    assert not offline.online
    assert offline.replay is not None
    assert offline.replay.offline
    assert [c.id for c in engine.outbox.pending()] == [made.id]
    cache.close()  # the desktop closes while offline

    server.start()  # same data folder, same port
    cache = Cache(path)
    again = make_api(server.url, token=api.token)  # the token from the keyring
    engine.outbox.close()
    engine = SyncEngine(again, cache, Outbox(tmp_path / "outbox.sqlite3"))
    assert engine.outbox.count() == 1
    back = engine.step(wait=0)
    assert back.online
    assert back.replay is not None
    assert back.replay.sent == 1
    assert engine.outbox.count() == 0
    assert engine.outbox.conflicts() == []
    step_until(engine, lambda: board_rows(cache, [row.id])[0].status == "cancelled")

    # Sent again with the same key (as if the answer had been lost): still one cancel.
    replayed = again.command(
        made.path, made.body, if_match=made.if_match, idempotency_key=made.idempotency_key
    )
    assert replayed["status"] == "cancelled"
    events = again.get(endpoints.order(row.id))["events"]
    assert [e["action"] for e in events] == ["create", "cancel"]
    cache.close()


def test_the_session_survives_a_server_restart(server: ServerProcess, make_api: ApiFactory) -> None:
    api: ApiClient = make_api(server.url)
    api.login("agent", DEMO_PASSWORD)
    server.stop()
    server.start()
    assert api.me().username == "agent"


def test_a_command_queued_offline_survives_killing_both_and_a_server_on_a_new_port(
    server: ServerProcess, make_api: ApiFactory, tmp_path: Path
) -> None:
    """Issues 13 and 15: the embedded server dies, the user cancels an order ("queued"), the
    desktop is killed; the server comes back on another port. The same outbox is found at
    login (it is the user's, not the address's) and the cancel is sent, once."""
    desk = tmp_path / "desk"
    api = make_api(server.url)
    api.login("dispatcher", DEMO_PASSWORD)
    epoch = api.check_server().feed_epoch
    outbox, _ = open_user_outbox(desk, server.url, "dispatcher", epoch)
    cache = Cache(tmp_path / "mirror.sqlite3")
    engine = SyncEngine(api, cache, outbox)
    engine.initial_sync()
    order = new_order(api, first_id(api, "customer"))
    step_until(engine, lambda: cache.get("order", order["id"]) is not None)
    row = board_rows(cache, [order["id"]])[0]

    assert server.proc is not None
    server.proc.kill()  # SIGKILL: no goodbye
    server.proc.wait()
    server.stop()
    outbox.enqueue(
        endpoints.order_action(row.id, "cancel"), {"reason": "客户取消"}, if_match=row.version,
        entity="order", entity_id=row.id, label=f"取消订单 {row.code}",
    )  # fmt: skip
    assert not engine.step(wait=0).online
    # The desktop is killed too: nothing is closed or flushed by hand.

    server.port = free_port()  # the embedded server picks a free port each start
    server.start()
    again = make_api(server.url, token=api.token)
    assert again.check_server().feed_epoch == epoch  # the same database
    found, report = open_user_outbox(desk, server.url, "dispatcher", epoch)
    assert not report
    assert found.count() == 1
    engine = SyncEngine(again, Cache(tmp_path / "mirror.sqlite3"), found)
    step = engine.step(wait=0)
    assert step.replay is not None
    assert step.replay.sent == 1
    assert step.replay.held == []
    step_until(engine, lambda: board_rows(engine.cache, [row.id])[0].status == "cancelled")
    assert found.unsent() == 0
    found.close()
    outbox.close()
