"""Benchmark helpers: run a real server process on loopback and wait until it answers."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def server_process(
    data_dir: Path,
    *args: str,
    port: int | None = None,
    log_path: Path | None = None,
    start_timeout: float = 120.0,
) -> Iterator[str]:
    """``python -m app.server`` on ``data_dir``; yields its URL once /health answers.

    The server exits when this process does (``--exit-on-stdin-eof``), so a bench that dies
    leaves nothing running. On a busy machine a fresh server can take seconds to import and
    answer, hence the generous start timeout and the retry on any request error.
    """
    port = port or free_port()
    log_path = log_path or data_dir / "server.log"
    data_dir.mkdir(parents=True, exist_ok=True)
    log = log_path.open("wb")
    proc = subprocess.Popen(
        [sys.executable, "-m", "app.server", "--port", str(port), "--data-dir", str(data_dir),
         "--log-level", "warning", "--exit-on-stdin-eof", *args],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + start_timeout
        with requests.Session() as s:
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(log_path.read_text(errors="replace"))
                try:
                    if s.get(f"{url}/api/v1/health", timeout=2).ok:
                        break
                except requests.RequestException:
                    pass
                if time.monotonic() > deadline:
                    raise RuntimeError(f"server did not answer within {start_timeout:.0f} s")
                time.sleep(0.05)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if proc.stdin is not None:
            proc.stdin.close()
        log.close()
