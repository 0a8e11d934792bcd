"""The issue's end-to-end, against a real demo server with two clients: a trainer scores a
retraining session from the keyboard and signs it off; on a dispatcher's client, without a
restart, the held provider's training status turns to "passed" and the ranked assign
dialog lists them as eligible again."""

from __future__ import annotations

import math
from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client import dispatch
from app.client.api import ApiClient, LoginInfo
from app.client.outbox import Outbox
from app.client.training_status import training_status
from app.rules.beijing import BEIJING, local_day
from app.views.app import connect
from app.views.background import Backend
from app.views.board.dialogs import ConfirmDialog
from app.views.context import PageContext
from app.views.dispatch.assign_dialog import AssignDialog, OrderRef
from app.views.sync_link import SyncLink
from app.views.training.page import TrainingPage
from tests.client.live_server import DEMO_PASSWORD, ServerProcess, new_order, start_server

pytestmark = pytest.mark.gui

STEP_MS = 30_000
HOLD = "retraining_hold"


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = start_server(tmp_path / "server" / "data")
    try:
        yield proc
    finally:
        proc.stop()


def login(url: str, who: str) -> LoginInfo:
    api = ApiClient(url)
    try:
        return api.login(who, DEMO_PASSWORD)
    finally:
        api.close()


def client(url: str, info: LoginInfo, where: Path) -> tuple[SyncLink, Backend]:
    where.mkdir()
    outbox = Outbox(where / "outbox.sqlite3")
    link, data = connect(url, info.token, where / "cache.sqlite3", outbox, wait=1.0)
    link.start()
    return link, data


def held_provider(api: ApiClient, trainer_id: int) -> tuple[int, int] | None:
    """A provider on a retraining hold booked on a scheduled session of the trainer."""
    for hold in api.get("/api/v1/training/retraining")["data"]:
        if hold["session_id"] is None:
            continue
        session = api.get(f"/api/v1/training-sessions/{hold['session_id']}")
        if session["trainer_id"] == trainer_id and session["state"] == "scheduled":
            return int(hold["provider_id"]), int(session["id"])
    return None


def order_beside(api: ApiClient, provider: dict[str, Any]) -> dict[str, Any]:
    """A new order of the provider's first category for the customer living nearest them."""
    customers = api.get("/api/v1/customers", {"district": provider["home_district"],
                                              "limit": 500})["data"]  # fmt: skip
    home = (float(provider["home_lat"]), float(provider["home_lng"]))
    nearest = min(customers, key=lambda c: math.dist((c.get("lat") or 0.0, c.get("lng") or 0.0),
                                                     home))  # fmt: skip
    # Tomorrow at 10:00 in Beijing, inside working hours whatever the time the test runs.
    tomorrow = local_day(datetime.now(UTC)) + timedelta(days=1)
    at = datetime.combine(tomorrow, time(10), BEIJING)
    return new_order(api, int(nearest["id"]), at=at, category=provider["categories"][0])


def candidate_codes(dialog: AssignDialog, provider_id: int) -> set[str] | None:
    found = dialog.candidates()
    assert found is not None
    for c in found.candidates:
        if c.provider.id == provider_id:
            return {r.code for r in c.reasons} if not c.eligible else set()
    return None  # not among those listed


def test_a_passed_retraining_lifts_the_hold_live_on_a_dispatchers_screen(
    qtbot: Any, server: ServerProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    # The best 50 eligible listed, not only 8: the provider must be findable among them.
    monkeypatch.setattr(dispatch, "CANDIDATES_TOP", 50)  # the most the server lists
    trainer, dispatcher = login(server.url, "trainer"), login(server.url, "dispatcher")
    api = ApiClient(server.url, token=dispatcher.token)
    try:
        found = held_provider(api, int(trainer.user.id))
        if found is None:
            pytest.skip("the demo has no held provider booked on a session of the trainer")
        provider_id, session_id = found
        provider = api.get(f"/api/v1/providers/{provider_id}")
        order = order_beside(api, provider)
    finally:
        api.close()

    t_link, t_data = client(server.url, trainer, tmp_path / "trainer")
    d_link, d_data = client(server.url, dispatcher, tmp_path / "dispatcher")
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = TrainingPage(PageContext(t_link, trainer.user, settings, data=t_data))
    qtbot.addWidget(page)
    page.resize(1440, 860)
    page.show()
    category = str(order["category"])
    ref = OrderRef(int(order["id"]), str(order["code"]), int(order["version"]), category)
    try:
        before = AssignDialog(ref, d_data, role="dispatcher")
        qtbot.addWidget(before)
        qtbot.waitUntil(lambda: before.candidates() is not None, timeout=STEP_MS)
        codes = candidate_codes(before, provider_id)
        assert codes is not None  # the order is at their door: they are among the nearest
        assert HOLD in codes

        qtbot.waitUntil(lambda: page.sessions.row_of(session_id) is not None, timeout=60_000)
        page.select_session(session_id)
        qtbot.waitUntil(lambda: any(x.provider_id == provider_id for x in page.grid.lines),
                        timeout=STEP_MS)  # fmt: skip
        qtbot.mouseClick(page.step_buttons["start"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.current is not None and page.current.state == "in_progress",
                        timeout=STEP_MS)  # fmt: skip
        grid, view = page.grid, page.grid_view
        view.setFocus()
        view.focus_first()
        for _row in grid.lines:  # every trainee passes, typed from the keyboard
            qtbot.keyClicks(view, "90")
            qtbot.keyClick(view, Qt.Key.Key_Tab)
            for crit in grid.criteria():
                qtbot.keyClick(view, "1" if crit.scale == "pass_fail" else "5")
                qtbot.keyClick(view, Qt.Key.Key_Return)
        assert all(r.passed for r in grid.results), [r.reasons for r in grid.results]
        assert page.commands.sign_off(), page.notice.text()
        qtbot.waitUntil(lambda: all(x.signed for x in grid.lines), timeout=STEP_MS)

        # The dispatcher's client, never restarted: its cache shows the hold passed ...
        def lifted() -> bool:
            got: list[Any] = []
            d_data.local(lambda r: training_status(r, provider_id, category,
                                                   page.ctx.clock()), got.append)  # fmt: skip
            qtbot.waitUntil(lambda: bool(got), timeout=STEP_MS)
            return bool(got[0].holds) and all(h.passed for h in got[0].holds)

        qtbot.waitUntil(lifted, timeout=STEP_MS)
        # ... and the ranked dialog no longer gives the hold as a reason.
        after = AssignDialog(ref, d_data, role="dispatcher")
        qtbot.addWidget(after)
        qtbot.waitUntil(lambda: after.candidates() is not None, timeout=STEP_MS)
        codes = candidate_codes(after, provider_id)
        assert codes == set()  # listed as eligible: the hold no longer counts
    finally:
        page.close()
        assert t_link.stop()
        assert d_link.stop()
        assert t_data.stop()
        assert d_data.stop()
