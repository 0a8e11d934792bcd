"""The embedded server never outlives the app: not on exit, not when the app is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import requests

from app.client.embedded import EmbeddedServer


def _gone(pid: int, timeout: float) -> bool:
    """True once ``pid`` has exited (reaped or not), within ``timeout`` seconds."""
    import time

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        try:
            with open(f"/proc/{pid}/stat") as fh:
                if fh.read().split()[2] == "Z":
                    return True
        except FileNotFoundError:
            return True
        time.sleep(0.05)
    return False


def test_embedded_server_starts_answers_and_stops(tmp_path: Path) -> None:
    server = EmbeddedServer(tmp_path, simulate=0, demo=False)
    server.start()
    try:
        server.wait_ready(60)
        assert requests.get(f"{server.url}/api/v1/version", timeout=5).json()["api_version"] == 1
        pid = server.pid
        assert pid is not None
    finally:
        server.stop()
    assert _gone(pid, 10)


def test_embedded_server_dies_with_a_killed_app(tmp_path: Path) -> None:
    script = (
        "import sys, threading\n"
        "from pathlib import Path\n"
        "from app.client.embedded import EmbeddedServer\n"
        f"s = EmbeddedServer(Path({str(tmp_path)!r}), simulate=0, demo=False)\n"
        "s.start(); s.wait_ready(60)\n"
        "print(s.pid, flush=True)\n"
        "threading.Event().wait()\n"
    )
    app = subprocess.Popen(
        [sys.executable, "-c", script],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert app.stdout is not None
    server_pid = int(app.stdout.readline())
    os.kill(app.pid, signal.SIGKILL)  # no clean-up code runs in the app
    app.wait()
    app.stdout.close()
    assert _gone(server_pid, 15), "the embedded server outlived a killed app"
