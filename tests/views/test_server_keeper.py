"""Embedded mode: the app owns its server; when the process dies, it is restarted on the same
database and the window is told (a real server, killed, on loopback)."""

from __future__ import annotations

import os
import signal
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests

from app.client.embedded import EmbeddedServer
from app.views.server_keeper import ServerKeeper

pytestmark = pytest.mark.gui


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EmbeddedServer]:
    made = EmbeddedServer(tmp_path, simulate=0, demo=False)
    made.start()
    try:
        made.wait_ready(60)
        yield made
    finally:
        made.stop()


def test_a_killed_server_is_restarted_and_said(qtbot: Any, server: EmbeddedServer) -> None:
    epoch = requests.get(f"{server.url}/api/v1/version", timeout=5).json()["feed_epoch"]
    keeper = ServerKeeper(server, interval_ms=50)
    events: list[str] = []
    keeper.stopped.connect(lambda: events.append("stopped"))
    keeper.restarted.connect(lambda url: events.append(f"restarted {url}"))
    url, pid = server.url, server.pid
    assert pid is not None

    os.kill(pid, signal.SIGKILL)

    qtbot.waitUntil(lambda: len(events) == 2, timeout=60_000)
    assert events == ["stopped", f"restarted {url}"]
    assert server.pid != pid
    answer = requests.get(f"{url}/api/v1/version", timeout=5).json()
    assert answer["feed_epoch"] == epoch  # the same database
    keeper.stop()


def test_a_restart_that_fails_is_said_and_tried_again(qtbot: Any, server: EmbeddedServer) -> None:
    keeper = ServerKeeper(server, interval_ms=50)
    failures: list[str] = []
    keeper.restart_failed.connect(failures.append)
    restarted: list[str] = []
    keeper.restarted.connect(restarted.append)
    attempts: list[int] = []
    real = server.restart

    def broken(timeout: float = 60.0) -> str:
        attempts.append(1)
        if len(attempts) == 1:
            raise RuntimeError("embedded server stopped:\naddress already in use")
        return real(timeout)

    server.restart = broken  # type: ignore[method-assign]
    pid = server.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)

    qtbot.waitUntil(lambda: bool(restarted), timeout=60_000)
    assert failures == [str(server.data_dir / "server.log")]
    assert len(attempts) == 2
    keeper.stop()
