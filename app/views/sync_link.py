"""The UI thread's handle on the sync worker: what pages and the main window hold.

``SyncLink`` owns the QThread, moves a ``SyncWorker`` onto it, turns method calls into queued
signals (so nothing runs on the UI thread), and re-emits the worker's signals, which Qt then
delivers on the UI thread.

One exception, on purpose: a command is stored in the Outbox on the UI thread, committed to
its small file before ``enqueue_command`` returns (a few milliseconds), so that "queued" is
only ever said of a command that survives a crash; then the worker is nudged to send it.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QThread, Signal, Slot

from app.views.sync_status import SyncStatus, outbox_figures
from app.views.sync_worker import (
    BACKOFF_MS,
    DEFAULT_WAIT,
    SIGNAL_NAMES,
    ServicesFactory,
    SyncSignals,
    SyncWorker,
)

if TYPE_CHECKING:
    from app.client.outbox import Outbox

log = logging.getLogger(__name__)


class SyncLink(SyncSignals):
    """The UI thread's handle on the sync worker (what pages hold).

    Re-emits every worker signal (see ``SyncSignals``) on the UI thread; its methods queue
    requests to the worker and never block.
    """

    _start = Signal()
    _shutdown = Signal()
    _enqueue = Signal(object)
    _hurry = Signal()
    _retry_now = Signal()
    _resolve = Signal(int, bool)
    _logout = Signal()

    def __init__(
        self,
        factory: ServicesFactory,
        *,
        outbox: Outbox | None = None,
        notices: Sequence[str] = (),
        wait: float = DEFAULT_WAIT,
        backoff_ms: Sequence[int] = BACKOFF_MS,
        parent: QObject | None = None,
    ) -> None:
        """``outbox``: the store the worker's services use too (commands are stored in it on
        the calling thread); without one, commands are handed to the worker to store.
        ``notices``: said (``notice``) when the link starts, e.g. what opening the outbox
        recovered. ``backoff_ms``: the waits between tries while the server does not answer."""
        super().__init__(parent)
        self._outbox = outbox
        self._notices = list(notices)
        self._last_status = SyncStatus()
        self._thread = QThread()
        self._thread.setObjectName("sync-worker")
        self._worker = SyncWorker(factory, wait=wait, backoff_ms=backoff_ms)
        self._worker.moveToThread(self._thread)
        w = self._worker
        for name in SIGNAL_NAMES:
            getattr(w, name).connect(getattr(self, name))
        self._start.connect(w.start)
        self._shutdown.connect(w.shutdown)
        self._enqueue.connect(w.enqueue_command)
        self._hurry.connect(w.hurry)
        self._retry_now.connect(w.retry_now)
        self.status.connect(self._remember_status)
        self._resolve.connect(w.resolve_command)
        self._logout.connect(w.logout)
        # Direct: runs on the worker thread right after it let go of its services.
        w.stopped.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._running = False

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        notices, self._notices = self._notices, []
        for text in notices:
            self.notice.emit(text)
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

    @property
    def keeps_commands(self) -> bool:
        """Whether unsent commands survive the app (an outbox file), or die with it (the
        in-memory stand-in used when the outbox file could not be opened)."""
        return self._outbox is None or self._outbox.path != ":memory:"

    def enqueue_command(self, command: dict[str, Any]) -> bool:
        """Store ``{"path", "body", "if_match", "entity", "entity_id", "label"}`` in the Outbox.

        With an outbox, the command is on disk when this returns True, and the status bar's
        count says so at once; False (with an ``error``) when it could not be stored, and
        then nothing may say "queued".
        """
        outbox = self._outbox
        if outbox is None:
            self._enqueue.emit(command)
            return True
        try:
            outbox.enqueue(
                command["path"],
                command.get("body"),
                if_match=command.get("if_match"),
                entity=command["entity"],
                entity_id=int(command["entity_id"]),
                label=command["label"],
                supersede=bool(command.get("supersede")),
            )
            figures = outbox_figures(outbox)
        except Exception as exc:
            log.exception("could not store a command")
            self.error.emit(
                QCoreApplication.translate(
                    "SyncWorker", "Not stored: %1. The local data could not be written (%2)."
                )
                .replace("%1", str(command.get("label", "")))
                .replace("%2", type(exc).__name__)
            )
            return False
        self.status.emit(replace(self._last_status, outbox=figures))
        self._hurry.emit()
        return True

    @Slot(object)
    def _remember_status(self, status: SyncStatus) -> None:
        self._last_status = status

    def retry_now(self) -> None:
        """Try the server again now rather than at the end of the current back-off."""
        self._retry_now.emit()

    def resolve_command(self, command_id: int, retry: bool) -> None:
        self._resolve.emit(command_id, retry)

    def logout(self) -> None:
        self._logout.emit()
