"""Embedded mode, the desk's part: when its server dies, the window says it is restarting,
then that it was restarted; if the port moved, every API client of the session follows."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.client.api import UserInfo
from app.client.embedded import EmbeddedServer
from app.views import app as desk
from app.views.login_dialog import LoginResult
from app.views.settings import open_settings
from app.views.sync_status import SyncStatus
from tests.client.live_server import closed_port

pytestmark = pytest.mark.gui


class DyingServer:
    """An ``EmbeddedServer`` stand-in: dies when told; comes back on ``moved_to``."""

    def __init__(self, url: str, moved_to: str, data_dir: Path) -> None:
        self.url = url
        self.moved_to = moved_to
        self.data_dir = data_dir
        self.running = True
        self.restarts = 0

    def alive(self) -> bool:
        return self.running

    def log_tail(self, lines: int = 20) -> str:
        return ""

    def restart(self, timeout: float = 60.0) -> str:
        self.restarts += 1
        self.running = True
        self.url = self.moved_to
        return self.url


def test_a_restart_on_another_port_is_said_and_followed(
    qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    url = f"http://127.0.0.1:{closed_port()}"
    moved = f"http://127.0.0.1:{closed_port()}"
    server = DyingServer(url, moved, tmp_path)
    controller = desk.DeskController(
        qapp, server_url=url, embedded=True, data_dir=tmp_path,
        settings=open_settings(tmp_path), server=server,  # type: ignore[arg-type]
    )  # fmt: skip
    assert controller.keeper is not None
    controller.keeper._timer.setInterval(20)
    controller._backend.server_ids[url] = "ep1"
    user = UserInfo(id=7, username="dispatcher", display_name="张调度", role="dispatcher")
    controller._open(LoginResult(url, "token", user, False))
    try:
        window = controller._window
        assert window is not None
        address = controller._address
        assert address is not None
        api = address.client("token")  # e.g. a page's, made before the restart

        server.running = False

        qtbot.waitUntil(lambda: server.restarts == 1, timeout=5000)
        qtbot.waitUntil(lambda: "was restarted" in window.offline.text(), timeout=5000)
        assert api.base_url == moved
        assert address.url == moved
        assert controller._server_url == moved  # the next login goes there too
    finally:
        window = controller._window
        if window is not None:
            window._leaving = True
        controller.keeper.stop()
        controller._close_session()


def test_a_killed_builtin_server_comes_back_and_the_desk_with_it(
    qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    """The real thing: the demo server under a logged-in desk is killed (SIGKILL); the
    banner says offline, then restarted; the same session syncs again on the same data."""
    server = EmbeddedServer(tmp_path / "server", simulate=0, demo=True)
    server.start()
    controller: desk.DeskController | None = None
    try:
        server.wait_ready(120)
        backend = desk.ApiLoginBackend()
        info = backend.login(server.url, "dispatcher", "shangmen-demo")
        controller = desk.DeskController(
            qapp, server_url=server.url, embedded=True, data_dir=tmp_path / "desk",
            settings=open_settings(tmp_path), server=server,
        )  # fmt: skip
        assert controller.keeper is not None
        controller.keeper._timer.setInterval(100)
        controller._backend = backend
        controller._open(LoginResult(server.url, info.token, info.user, False))
        window = controller._window
        assert window is not None
        ended: list[bool] = []
        window.notify_session_ended = lambda: ended.append(True)  # type: ignore[method-assign]
        statuses: list[SyncStatus] = []
        window.ctx.link.status.connect(statuses.append)
        qtbot.waitUntil(lambda: bool(statuses) and statuses[-1].online is True, timeout=60_000)
        url, pid = server.url, server.pid
        assert pid is not None

        os.kill(pid, signal.SIGKILL)

        qtbot.waitUntil(lambda: any(s.online is False for s in statuses), timeout=30_000)
        qtbot.waitUntil(lambda: "was restarted" in window.offline.text(), timeout=60_000)
        assert server.url == url  # its own port was free
        assert server.pid != pid
        qtbot.waitUntil(lambda: statuses[-1].online is True, timeout=30_000)
        assert not ended  # the session outlived the server's restart
        assert "Offline since" not in window.offline.text()
        assert "was restarted" in window.offline.text()  # until the user dismisses it
    finally:
        if controller is not None:
            window = controller._window
            if window is not None:
                window._leaving = True
            if controller.keeper is not None:
                controller.keeper.stop()
            controller._close_session()
        server.stop()
