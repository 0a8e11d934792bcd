"""Run one blocking call off the UI thread; get its result back on the UI thread.

In the spirit of Anki's ``QueryOp``: a widget hands over a callable plus ``success`` and
``failure`` callbacks; the callable runs on a pool thread, the callbacks run on the UI thread.
Used for the few calls that are not the sync worker's business: logging in, the keyring.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

T = TypeVar("T")

# Relays whose operation is still running; a relay must outlive its pool thread's emit.
_in_flight: set[_Relay] = set()


class _Relay(QObject):
    """Lives on the UI thread; its signals carry the outcome across threads."""

    succeeded = Signal(object)
    failed = Signal(object)
    finished = Signal()

    def __init__(
        self,
        success: Callable[[Any], None],
        failure: Callable[[Exception], None] | None,
        owner: QObject | None,
    ) -> None:
        super().__init__()
        self._success: Callable[[Any], None] | None = success
        self._failure = failure
        self._owner = owner
        self.succeeded.connect(self._on_success)
        self.failed.connect(self._on_failure)

    def _owner_gone(self) -> bool:
        # A dialog closed and deleted before the answer came: drop the answer, not the process.
        # (Checked at delivery rather than via owner.destroyed: the owner may well be freed by
        # this relay dropping the callbacks that hold it, and must not call back into it then.)
        return self._owner is not None and not shiboken6.isValid(self._owner)

    @Slot(object)
    def _on_success(self, result: Any) -> None:
        try:
            if self._success is not None and not self._owner_gone():
                self._success(result)
        finally:
            self._done()

    @Slot(object)
    def _on_failure(self, exc: Exception) -> None:
        try:
            if self._owner_gone():
                return
            if self._failure is not None:
                self._failure(exc)
            else:
                log.error("background operation failed", exc_info=exc)
        finally:
            self._done()

    def _done(self) -> None:
        self._success = self._failure = None
        self._owner = None
        _in_flight.discard(self)
        self.finished.emit()
        self.deleteLater()


class _Job(QRunnable, Generic[T]):
    def __init__(self, call: Callable[[], T], relay: _Relay) -> None:
        super().__init__()
        self._call = call
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._call()
        except Exception as exc:
            self._relay.failed.emit(exc)
        else:
            self._relay.succeeded.emit(result)


def run_in_background(
    call: Callable[[], T],
    *,
    success: Callable[[T], None],
    failure: Callable[[Exception], None] | None = None,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> QObject:
    """Start ``call`` on a pool thread.

    Args:
        call: the blocking work; must not touch widgets.
        success: called on the UI thread with the result.
        failure: called on the UI thread with the exception (logged when None).
        owner: when this QObject is deleted first, the callbacks are skipped.
        pool: the thread pool (the global one by default).

    Returns:
        An object whose ``finished`` signal fires after the callback ran (tests wait on it).
    """
    relay = _Relay(success, failure, owner)
    _in_flight.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Job(call, relay))
    return relay
