"""The embedded server's failures say why (the tail of its log), and stopping escalates when
the child does not go (a separate file: embedded.py is being changed)."""

from __future__ import annotations

import socket
import subprocess
from pathlib import Path
from typing import Any

import pytest

from app.client import embedded
from app.client.embedded import EmbeddedServer


def test_a_server_that_cannot_start_fails_with_the_reason_from_its_log(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        server = EmbeddedServer(tmp_path, simulate=0, demo=False, port=taken.getsockname()[1])
        server.start()
        try:
            with pytest.raises(RuntimeError, match="embedded server stopped") as err:
                server.wait_ready(60)
        finally:
            server.stop()
    assert "address already in use" in str(err.value)
    assert server.pid is None


def test_no_answer_in_time_says_so_with_the_last_lines_of_the_log(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path, port=1)
    with pytest.raises(RuntimeError) as silent:
        server.wait_ready(0)
    assert str(silent.value) == "embedded server did not answer in time:\n"  # no log to quote
    lines = [f"line {i}" for i in range(30)]
    (tmp_path / "server.log").write_text("\n".join(lines) + "\n")
    with pytest.raises(RuntimeError, match="did not answer in time") as err:
        server.wait_ready(0)
    assert str(err.value).splitlines()[1:] == lines[-20:]
    assert server.log_tail(3) == "line 27\nline 28\nline 29"


class StubbornProcess:
    """A child that ignores the closed stdin, and SIGTERM too unless ``obeys_term``."""

    pid = 4242

    def __init__(self, args: list[str], *, obeys_term: bool, **kwargs: Any) -> None:
        self.args = args
        self.stdin = None
        self.obeys_term = obeys_term
        self.signals: list[str] = []

    def poll(self) -> int | None:
        return None

    def wait(self, timeout: float | None = None) -> int:
        if "kill" in self.signals or (self.obeys_term and "term" in self.signals):
            return -9
        raise subprocess.TimeoutExpired("app.server", timeout or 0)

    def terminate(self) -> None:
        self.signals.append("term")

    def kill(self) -> None:
        self.signals.append("kill")


@pytest.mark.parametrize(("obeys_term", "signals"), [(True, ["term"]), (False, ["term", "kill"])])
def test_stop_terminates_then_kills_a_server_that_does_not_go(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, obeys_term: bool, signals: list[str]
) -> None:
    started: list[StubbornProcess] = []

    def popen(args: list[str], **kwargs: Any) -> StubbornProcess:
        started.append(StubbornProcess(args, obeys_term=obeys_term, **kwargs))
        return started[-1]

    monkeypatch.setattr(embedded.subprocess, "Popen", popen)
    server = EmbeddedServer(tmp_path, simulate=2.5, demo=True, port=8765)
    server.start()
    (child,) = started
    assert child.args[-1] == "--demo"
    assert child.args[child.args.index("--simulate") + 1] == "2.5"
    assert server.pid == 4242

    server.stop()

    assert child.signals == signals
    assert server.pid is None
    server.stop()  # stopped already: nothing more to do
    assert child.signals == signals
