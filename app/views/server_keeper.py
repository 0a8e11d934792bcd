"""Embedded mode: the app owns its server, so when the server process dies it is restarted
here, on the same database (``EmbeddedServer.restart``), and the window is told.

A cheap check of the child process on a UI-thread timer; the restart itself (seconds, until
the server answers) runs on a pool thread, never on the UI thread.
"""

from __future__ import annotations

import logging
import threading
import weakref

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from app.client.api import ApiClient
from app.client.embedded import EmbeddedServer
from app.views.background import call

log = logging.getLogger(__name__)

CHECK_MS = 2000  # how often the process is looked at (a poll(): microseconds)
GIVE_UP_MS = 60_000  # after failed restarts, the checks slow down to this


class ServerAddress:
    """The server's URL as one session's API clients use it. Every client is made here, so
    that when the embedded server comes back on another port they all follow (a request on
    its way finishes against the old address and fails like any offline request)."""

    def __init__(self, url: str, *, verify: bool | str = True) -> None:
        self.url = url
        self._verify = verify
        self._clients: weakref.WeakSet[ApiClient] = weakref.WeakSet()
        self._lock = threading.Lock()  # clients are made on pool threads and the worker's

    def client(self, token: str) -> ApiClient:
        with self._lock:
            api = ApiClient(self.url, token=token, verify=self._verify)
            self._clients.add(api)
            return api

    def move(self, url: str) -> None:
        with self._lock:
            self.url = url
            for api in list(self._clients):
                api.base_url = url


class ServerKeeper(QObject):
    """Signals:
    stopped(): the server process died; a restart has begun.
    restarted(url): it answers again at ``url`` (the same as before unless the port was taken).
    restart_failed(reason): the restart did not work; it is tried again at the next check.
    """

    stopped = Signal()
    restarted = Signal(str)
    restart_failed = Signal(str)

    def __init__(
        self, server: EmbeddedServer, *, interval_ms: int = CHECK_MS, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._server = server
        self._interval_ms = interval_ms
        self._failures = 0
        self._restarting = False
        self._said_stopped = False
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def stop(self) -> None:
        """No more checks (at exit: the server is being stopped on purpose)."""
        self._timer.stop()

    @Slot()
    def check(self) -> None:
        if self._restarting or self._server.alive():
            return
        self._restarting = True
        if not self._said_stopped:
            self._said_stopped = True
            self.stopped.emit()
        log.warning("the embedded server stopped; restarting it:\n%s", self._server.log_tail())
        call(self._server.restart, self._restarted, self._failed, owner=self)

    def _restarted(self, url: str) -> None:
        self._restarting = self._said_stopped = False
        self._failures = 0
        self._timer.setInterval(self._interval_ms)
        self.restarted.emit(url)

    def _failed(self, exc: Exception) -> None:
        """Said with where the server's log is (its words are for support, not the user);
        tried again at later and later checks."""
        self._restarting = False
        self._failures += 1
        log.error("the embedded server could not be restarted: %s", exc)
        self._timer.setInterval(min(self._interval_ms * 2**self._failures, GIVE_UP_MS))
        self.restart_failed.emit(str(self._server.data_dir / "server.log"))
