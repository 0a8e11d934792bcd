"""The board against a real server process on loopback: login, the demo orders, live changes
without a model reset, an offline cancel replayed when the server is back, a stale command
kept as a conflict."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.client import endpoints
from app.client.api import ApiClient
from app.client.outbox import Outbox
from app.models.enums import OrderStatus
from app.rules.orders import board_cut_off
from app.views.app import connect
from app.views.board.page import BoardPage
from tests.client.live_server import ServerProcess, first_id, free_port, new_order, start_server

pytestmark = pytest.mark.gui
PASSWORD = "shangmen-demo"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    process = start_server(tmp_path / "server", free_port())
    yield process
    process.stop()


def login(url: str, username: str) -> ApiClient:
    api = ApiClient(url, timeout=10)
    api.login(username, PASSWORD)
    return api


def test_board_is_live_and_survives_going_offline(
    qtbot: QtBot, server: ServerProcess, tmp_path: Path
) -> None:
    dispatcher = login(server.url, "dispatcher")
    supervisor = login(server.url, "supervisor")

    # The board holds today's work: every open order, and the finished ones scheduled from
    # today's Beijing midnight (the demo's past days are finished, and not on it).
    def count(**params: object) -> int:
        return int(supervisor.get(endpoints.ORDERS, {"limit": 1, **params})["count"])

    finished = [OrderStatus.COMPLETED.value, OrderStatus.CANCELLED.value]
    open_states = [s.value for s in OrderStatus if s.value not in finished]
    since = board_cut_off(datetime.now(UTC)).isoformat()
    total = count(status=open_states) + count(status=finished, scheduled_from=since)
    assert total > 0
    past = count(status=finished, scheduled_to=since)
    assert past > 0 or not server.demo  # the demo has days behind it

    token = dispatcher.token
    assert token is not None
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    link, data = connect(server.url, token, tmp_path / "cache.sqlite3", outbox, wait=1.0)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = BoardPage(link, role="dispatcher", settings=settings, data=data)
    qtbot.addWidget(page)
    conflicts: list[object] = []
    link.conflict.connect(conflicts.append)
    link.start()
    try:
        # The demo orders arrive through the initial sync; the past days' stay off the board.
        qtbot.waitUntil(lambda: page.model.rowCount() >= total, timeout=90_000)
        assert page.model.rowCount() == total

        # A change made through the API appears in place: no model reset.
        customer = first_id(supervisor, "customer")
        with qtbot.assert_not_emitted(page.model.modelReset):
            created = new_order(supervisor, customer)
            qtbot.waitUntil(lambda: page.model.row_of(created["id"]) is not None, timeout=30_000)
            supervisor.command(
                endpoints.order_action(created["id"], "cancel"),
                {"reason": "客户改期"},
                if_match=created["version"],
                idempotency_key=str(uuid.uuid4()),
            )
            qtbot.waitUntil(
                lambda: (
                    (row := page.model.order(created["id"])) is not None
                    and row.status == "cancelled"
                ),
                timeout=30_000,
            )

        # Offline: a cancel is kept in the outbox and sent once the server is back.
        second = new_order(supervisor, customer)
        qtbot.waitUntil(lambda: page.model.row_of(second["id"]) is not None, timeout=30_000)
        server.stop()
        with qtbot.waitSignal(
            link.status, timeout=30_000, check_params_cb=lambda s: s.online is False
        ):
            pass
        link.enqueue_command(
            {
                "path": endpoints.order_action(second["id"], "cancel"),
                "body": {"reason": "客户电话取消"},
                "if_match": second["version"],
                "entity": "order",
                "entity_id": second["id"],
                "label": "cancel",
            }
        )
        with qtbot.waitSignal(
            link.status, timeout=30_000, check_params_cb=lambda s: s.outbox.pending == 1
        ):
            pass
        server.start()
        qtbot.waitUntil(
            lambda: (
                (row := page.model.order(second["id"])) is not None and row.status == "cancelled"
            ),
            timeout=60_000,
        )

        # A stale command is never dropped: it comes back as a conflict with the server's state.
        third = new_order(supervisor, customer)
        supervisor.command(
            endpoints.order_action(third["id"], "cancel"),
            {"reason": "重复下单"},
            if_match=third["version"],
            idempotency_key=str(uuid.uuid4()),
        )
        link.enqueue_command(
            {
                "path": endpoints.order_action(third["id"], "cancel"),
                "body": {"reason": "客户取消"},
                "if_match": third["version"],
                "entity": "order",
                "entity_id": third["id"],
                "label": "cancel",
            }
        )
        qtbot.waitUntil(lambda: len(conflicts) == 1, timeout=30_000)
        assert getattr(conflicts[0], "current", {}).get("status") == "cancelled"
    finally:
        assert link.stop()
        assert data.stop()
