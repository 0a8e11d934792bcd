"""The UI thread's handle on the sync worker: what pages and the main window hold.

``SyncLink`` owns the QThread, moves a ``SyncWorker`` onto it, turns method calls into queued
signals (so nothing runs on the UI thread), and re-emits the worker's signals, which Qt then
delivers on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal

from app.views.sync_worker import (
    DEFAULT_WAIT,
    SIGNAL_NAMES,
    ServicesFactory,
    SyncSignals,
    SyncWorker,
)


class SyncLink(SyncSignals):
    """The UI thread's handle on the sync worker (what pages hold).

    Re-emits every worker signal (see ``SyncSignals``) on the UI thread; its methods queue
    requests to the worker and never block.
    """

    _start = Signal()
    _shutdown = Signal()
    _enqueue = Signal(object)
    _resolve = Signal(int, bool)
    _logout = Signal()

    def __init__(
        self,
        factory: ServicesFactory,
        *,
        wait: float = DEFAULT_WAIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("sync-worker")
        self._worker = SyncWorker(factory, wait=wait)
        self._worker.moveToThread(self._thread)
        w = self._worker
        for name in SIGNAL_NAMES:
            getattr(w, name).connect(getattr(self, name))
        self._start.connect(w.start)
        self._shutdown.connect(w.shutdown)
        self._enqueue.connect(w.enqueue_command)
        self._resolve.connect(w.resolve_command)
        self._logout.connect(w.logout)
        # Direct: runs on the worker thread right after it let go of its services.
        w.stopped.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._running = False

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self._thread.start()
        self._start.emit()

    def stop(self, timeout_ms: int = 15000) -> bool:
        """End the loop after its current step and wait for the thread (True when it ended).

        A step long-polls at most ``wait`` seconds, so this normally returns within that.
        """
        if not self._running:
            return True
        self._worker.request_stop()
        self._shutdown.emit()
        finished = self._thread.wait(timeout_ms)
        self._running = False
        return bool(finished)

    def is_running(self) -> bool:
        return self._running

    def wait_finished(self, timeout_ms: int) -> bool:
        """Wait for the worker thread after a :meth:`stop` that timed out."""
        return bool(self._thread.wait(timeout_ms))

    def enqueue_command(self, command: dict[str, Any]) -> None:
        """Queue ``{"path", "body", "if_match", "entity", "entity_id", "label"}`` in the Outbox."""
        self._enqueue.emit(command)

    def resolve_command(self, command_id: int, retry: bool) -> None:
        self._resolve.emit(command_id, retry)

    def logout(self) -> None:
        self._logout.emit()
