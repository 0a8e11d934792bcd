"""The embedded server: a ``python -m app.server`` child process on a free loopback port.

The child watches its standard input: when this process ends in any way (a normal exit, a
crash, or SIGKILL), the pipe closes and the server shuts itself down. On Linux the child
also asks the kernel for SIGTERM when its parent dies.

The app owns this server: when the child dies under it, ``restart`` starts it again on the
same database folder, on the same port when that is still free (else on a new one; clients
key their mirror and outbox by the database's feed epoch, not by the address).
"""

from __future__ import annotations

import contextlib
import socket
import subprocess
import sys
import time
from pathlib import Path

import requests


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def port_free(port: int) -> bool:
    """True when a server could listen on ``port`` now (SO_REUSEADDR, as the server binds:
    the dead server's lingering connections do not count)."""
    with socket.socket() as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


def _die_with_parent() -> None:  # pragma: no cover - runs in the child before exec
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG
    except Exception:
        pass


class EmbeddedServer:
    """Start, wait for, and stop the local server with demo data and the simulator."""

    def __init__(
        self, data_dir: Path, *, simulate: float = 1.0, demo: bool = True, port: int | None = None
    ) -> None:
        self.data_dir = data_dir
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._simulate = simulate
        self._demo = demo
        self._proc: subprocess.Popen[bytes] | None = None
        self._log: object = None

    def start(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        args = [
            sys.executable,
            "-m",
            "app.server",
            "--port",
            str(self.port),
            "--data-dir",
            str(self.data_dir),
            "--simulate",
            str(self._simulate),
            "--exit-on-stdin-eof",
            "--log-level",
            "warning",
        ]
        if self._demo:
            args.append("--demo")
        log = (self.data_dir / "server.log").open("ab")
        self._log = log
        self._proc = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=log,
            stderr=subprocess.STDOUT,
            preexec_fn=_die_with_parent if sys.platform.startswith("linux") else None,
        )

    def wait_ready(self, timeout: float = 60.0) -> None:
        """Block until /health answers; raise RuntimeError with the log's tail if it dies."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._proc is None or self._proc.poll() is not None:
                raise RuntimeError("embedded server stopped:\n" + self.log_tail())
            with contextlib.suppress(requests.RequestException):
                if requests.get(f"{self.url}/api/v1/health", timeout=0.5).ok:
                    return
            time.sleep(0.05)
        raise RuntimeError("embedded server did not answer in time:\n" + self.log_tail())

    def alive(self) -> bool:
        """True while the child process runs (a cheap, non-blocking check)."""
        return self._proc is not None and self._proc.poll() is None

    def wait_exited(self, timeout: float) -> None:
        """Reap a child that is ending (raises ``subprocess.TimeoutExpired`` if it does not)."""
        if self._proc is not None:
            self._proc.wait(timeout)

    def restart(self, timeout: float = 60.0) -> str:
        """Start the server again on the same data folder (blocking until it answers) and
        return its URL: the same as before unless another program took the port meanwhile."""
        self.stop()
        if not port_free(self.port):
            self.port = free_port()
            self.url = f"http://127.0.0.1:{self.port}"
        self.start()
        self.wait_ready(timeout)
        return self.url

    def log_tail(self, lines: int = 20) -> str:
        path = self.data_dir / "server.log"
        if not path.exists():
            return ""
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])

    def stop(self) -> None:
        proc = self._proc
        if proc is None:
            return
        if proc.stdin is not None:
            with contextlib.suppress(OSError):
                proc.stdin.close()  # the server's watchdog sees EOF and shuts down
        try:
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.terminate()
            try:
                proc.wait(5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
        self._proc = None
        log = self._log
        if log is not None and hasattr(log, "close"):
            log.close()

    @property
    def pid(self) -> int | None:
        return self._proc.pid if self._proc else None
