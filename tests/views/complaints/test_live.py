"""From a phone call to a closed ticket, against a real server process.

The page runs as in the app: a real Backend for reads, a real SyncLink (worker thread,
cache, Outbox, change feed) for commands, logged in as the demo agent. The ticket closes only
once the callback is logged: until then Close stays disabled and says why.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client import endpoints
from app.client.api import ApiClient, LoginInfo
from app.client.outbox import Outbox
from app.models.enums import CallbackOutcome
from app.views.app import connect
from app.views.complaints.dialogs import Resolution, ResolveDialog
from app.views.complaints.page import ComplaintsPage
from tests.client.live_server import DEMO_PASSWORD, ServerProcess, start_server
from tests.views.complaints.fakes import items

pytestmark = pytest.mark.gui

STEP_MS = 30_000  # one command: Outbox -> server -> change feed -> the page reads the ticket


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    proc = start_server(tmp_path_factory.mktemp("complaints") / "data")
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def agent(server: ServerProcess) -> Iterator[tuple[LoginInfo, dict[str, Any], str]]:
    """The agent's login, a completed order with a provider, and its customer's phone."""
    api = ApiClient(server.url)
    try:
        info = api.login("agent", DEMO_PASSWORD)
        # A completed order whose customer also has an order under way: the agent may then
        # see the number for a callback (audited), which is how the hotline gets it too. The
        # demo data follows the clock, so which customers qualify depends on the hour.
        busy: set[int] = set()
        for state in ("accepted", "en_route", "in_service"):
            page = api.get(endpoints.ORDERS, {"status": state, "limit": 500})["data"]
            busy.update(int(o["customer_id"]) for o in page)
        # Today's rolling day (from 12 hours ago), not the demo's past days: the hotline lists
        # a caller's most recent orders.
        since = (datetime.now(UTC) - timedelta(hours=12)).isoformat()
        query = {"status": "completed", "scheduled_from": since, "limit": 500}
        orders = api.get(endpoints.ORDERS, query)["data"]
        order = next(o for o in orders if o.get("provider_id") and int(o["customer_id"]) in busy)
        phone = api.reveal("customer", int(order["customer_id"]), "phone", "callback")
        yield info, order, phone
    finally:
        api.close()


@pytest.fixture
def live_page(
    qtbot: Any, server: ServerProcess, agent: tuple[LoginInfo, dict[str, Any], str], tmp_path: Path
) -> Iterator[ComplaintsPage]:
    info = agent[0]
    url, token = server.url, info.token
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    link, data = connect(url, token, tmp_path / "cache.sqlite3", outbox, wait=1.0)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = ComplaintsPage(link, data, user=info.user, settings=settings)
    qtbot.addWidget(page)
    page.resize(1400, 860)
    page.show()
    link.start()
    try:
        yield page
    finally:
        page.close()
        assert link.stop()
        assert data.stop()


def status(page: ComplaintsPage) -> str:
    return str(getattr(page.current_detail(), "status", None))


def settled(page: ComplaintsPage, wanted: str) -> bool:
    """The open ticket is in ``wanted`` and no step of ours waits for the server."""
    detail = page.current_detail()
    return detail is not None and status(page) == wanted and detail.id not in page.sent


def test_from_a_call_to_a_closed_ticket(
    qtbot: Any,
    live_page: ComplaintsPage,
    agent: tuple[LoginInfo, dict[str, Any], str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = live_page
    _info, order, phone = agent
    link = page.link()
    queued: list[str] = []
    send = link.enqueue_command

    def record(command: dict[str, Any]) -> bool:
        queued.append(str(command["path"]))
        return send(command)

    monkeypatch.setattr(link, "enqueue_command", record)
    qtbot.waitUntil(lambda: page.team_model.rowCount() > 0 and bool(page.people), timeout=STEP_MS)

    # The caller's number, Enter: who is calling and their orders.
    page.focus_lookup()
    page.intake.phone.setText(phone)
    qtbot.keyClick(page.intake.phone, Qt.Key.Key_Return)
    orders = page.intake.orders
    qtbot.waitUntil(lambda: orders.topLevelItemCount() > 0, timeout=STEP_MS)
    orders.setCurrentItem(next(i for i in items(orders) if i.text(0) == order["code"]))

    # Enter on the order: a complaint about it; file it with Ctrl+Enter.
    qtbot.keyClick(orders, Qt.Key.Key_Return)
    assert order["code"] in page.intake.about.text()
    page.intake.category.setCurrentIndex(page.intake.category.findData("quality"))
    summary = f"厨房油污没有清理干净 {uuid.uuid4().hex[:6]}"
    page.intake.summary.setPlainText(summary)
    qtbot.keyClick(page.intake.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    # The server has it: the page opens it by itself.
    qtbot.waitUntil(
        lambda: getattr(page.current_detail(), "summary", None) == summary, timeout=STEP_MS
    )
    detail = page.current_detail()
    assert detail is not None
    assert detail.order_id == order["id"]
    assert detail.severity == "medium"
    assert detail.assignee_id == page.user_id
    assert not page.ticket_actions["close"].isEnabled()

    page.ticket_actions["acknowledge"].trigger()
    qtbot.waitUntil(lambda: settled(page, "acknowledged"), timeout=STEP_MS)
    page.ticket_actions["start_investigation"].trigger()
    qtbot.waitUntil(lambda: settled(page, "investigating"), timeout=STEP_MS)
    monkeypatch.setattr(
        ResolveDialog,
        "ask",
        classmethod(lambda cls, *a: Resolution("已安排阿姨免费返工，客户认可", False)),
    )
    page.ticket_actions["resolve"].trigger()
    qtbot.waitUntil(lambda: settled(page, "resolved"), timeout=STEP_MS)

    # Resolved but not called back: Close stays disabled and says what is missing.
    detail = page.current_detail()
    assert detail is not None
    assert [b.code for b in detail.closing_blockers] == ["complaint.callback_missing"]
    close = page.ticket_actions["close"]
    assert not close.isEnabled()
    assert page.detail.blockers_box.isVisible()
    close.trigger()  # a disabled action does nothing
    assert not [p for p in queued if p.endswith("/close")]

    # The callback in two clicks; then the ticket may close.
    box = page.detail.callback
    qtbot.mouseClick(box.buttons[CallbackOutcome.REACHED_SATISFIED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.log_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settled(page, "callback_done"), timeout=STEP_MS)
    assert close.isEnabled()
    assert not page.detail.blockers_box.isVisible()

    close.trigger()
    qtbot.waitUntil(lambda: settled(page, "closed"), timeout=STEP_MS)
    final = page.current_detail()
    assert final is not None
    assert [c.outcome for c in final.callbacks] == ["reached_satisfied"]
    assert final.closed_at is not None
    assert final.resolution == "已安排阿姨免费返工，客户认可"
    assert [p.rsplit("/", 1)[1] for p in queued] == [
        "complaints",
        "acknowledge",
        "start-investigation",
        "resolve",
        "callbacks",
        "close",
    ]
