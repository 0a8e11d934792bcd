"""The UI thread's handle on the sync worker: what pages and the main window hold.

``SyncLink`` owns the QThread, moves a ``SyncWorker`` onto it, turns method calls into queued
signals (so nothing runs on the UI thread), and re-emits the worker's signals, which Qt then
delivers on the UI thread.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal

from app.views.sync_worker import DEFAULT_WAIT, ServicesFactory, SyncWorker


class SyncLink(QObject):
    """The UI thread's handle on the sync worker (what pages hold).

    Re-emits every worker signal (see ``SyncWorker``) on the UI thread; its methods queue
    requests to the worker and never block.
    """

    changed = Signal(str, list)
    board_rows = Signal(object, bool)
    board_removed = Signal(list)
    order_events = Signal(int, object)
    providers = Signal(int, object)
    status = Signal(object)
    conflict = Signal(object)
    command_failed = Signal(object)
    command_resolved = Signal(int)
    progress = Signal(int)
    error = Signal(str)
    auth_lost = Signal()
    logged_out = Signal()
    stopped = Signal()

    _start = Signal()
    _shutdown = Signal()
    _enqueue = Signal(object)
    _fetch_rows = Signal(object)
    _fetch_events = Signal(int)
    _fetch_providers = Signal(int, str, str)
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
        for name in (
            "changed",
            "board_rows",
            "board_removed",
            "order_events",
            "providers",
            "status",
            "conflict",
            "command_failed",
            "command_resolved",
            "progress",
            "error",
            "auth_lost",
            "logged_out",
            "stopped",
        ):
            getattr(w, name).connect(getattr(self, name))
        self._start.connect(w.start)
        self._shutdown.connect(w.shutdown)
        self._enqueue.connect(w.enqueue_command)
        self._fetch_rows.connect(w.fetch_board_rows)
        self._fetch_events.connect(w.fetch_order_events)
        self._fetch_providers.connect(w.fetch_providers)
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

    def fetch_board_rows(self, ids: list[int] | None = None) -> None:
        self._fetch_rows.emit(ids)

    def fetch_order_events(self, order_id: int) -> None:
        self._fetch_events.emit(order_id)

    def fetch_providers(self, order_id: int, category: str, district: str) -> None:
        self._fetch_providers.emit(order_id, category, district)

    def resolve_command(self, command_id: int, retry: bool) -> None:
        self._resolve.emit(command_id, retry)

    def logout(self) -> None:
        self._logout.emit()
