"""The embedded server, killed, comes back on the same database (and port when it is free)."""

from __future__ import annotations

import os
import signal
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from app.client.embedded import EmbeddedServer


def _epoch(url: str) -> str:
    return str(requests.get(f"{url}/api/v1/version", timeout=5).json()["feed_epoch"])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[EmbeddedServer]:
    made = EmbeddedServer(tmp_path, simulate=0, demo=False)
    made.start()
    try:
        made.wait_ready(60)
        yield made
    finally:
        made.stop()


def _kill(server: EmbeddedServer) -> None:
    pid = server.pid
    assert pid is not None
    os.kill(pid, signal.SIGKILL)
    server.wait_exited(10)


def test_a_killed_server_is_seen_dead_and_restarts_on_its_port_and_database(
    server: EmbeddedServer,
) -> None:
    url, epoch, pid = server.url, _epoch(server.url), server.pid
    assert server.alive()

    _kill(server)
    assert not server.alive()
    assert server.restart(60) == url

    assert server.alive()
    assert server.pid != pid
    assert _epoch(url) == epoch  # the same database, not a new one


def test_a_restart_moves_to_a_free_port_when_its_own_is_taken(server: EmbeddedServer) -> None:
    url, epoch = server.url, _epoch(server.url)
    _kill(server)
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", server.port))
        squatter.listen()

        moved = server.restart(60)

    assert moved != url
    assert moved == server.url
    assert _epoch(moved) == epoch


def test_a_server_never_started_is_not_alive(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path, simulate=0, demo=False)
    assert not server.alive()
    server.wait_exited(0.1)  # nothing to wait for
