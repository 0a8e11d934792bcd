"""The one way to run work off the UI thread, and where pages get their data.

In the spirit of Anki's ``QueryOp``: :func:`call` hands a callable plus ``on_success`` and
``on_failure`` callbacks to a pool thread; the callbacks run on the UI thread, and are skipped
when their ``owner`` was deleted first. :class:`Backend` builds on it for the two places data
comes from: ``local(query, …)`` reads the local cache (a read-only connection per pool thread)
and ``server(request, …)`` calls the server (an ``ApiClient`` per pool thread). Every entity
the change feed carries is read with ``local``; ``server`` is for what the cache cannot hold
(aggregates, documents, candidates, plans, lookups).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from app.client.api import ApiClient
from app.client.cache import CacheReader

log = logging.getLogger(__name__)

T = TypeVar("T")
R = TypeVar("R")
V = TypeVar("V")

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


def call(
    fn: Callable[[], T],
    on_success: Callable[[T], None],
    on_failure: Callable[[Exception], None] | None = None,
    *,
    owner: QObject | None = None,
    pool: QThreadPool | None = None,
) -> QObject:
    """Start ``fn`` on a pool thread.

    Args:
        fn: the blocking work; must not touch widgets.
        on_success: called on the UI thread with the result.
        on_failure: called on the UI thread with the exception (logged when None).
        owner: when this QObject is deleted first, the callbacks are skipped.
        pool: the thread pool (the global one by default).

    Returns:
        An object whose ``finished`` signal fires after the callback ran (tests wait on it).
    """
    relay = _Relay(on_success, on_failure, owner)
    _in_flight.add(relay)
    (pool or QThreadPool.globalInstance()).start(_Job(fn, relay))
    return relay


def pending_calls() -> int:
    """Background calls started whose callback has not run yet (tools wait for 0: a page
    has then shown what it asked for)."""
    return len(_in_flight)


ReaderFactory = Callable[[], CacheReader]
ApiFactory = Callable[[], ApiClient]


class _PerThread(Generic[R]):
    """One resource per pool thread, made on first use there; all closed at the end."""

    def __init__(self, make: Callable[[], R], close: Callable[[R], None]) -> None:
        self._make = make
        self._close = close
        self._local = threading.local()
        self._lock = threading.Lock()
        self._made: list[R] = []
        self._generation = 0

    def get(self) -> R:
        local = self._local
        held: R | None = getattr(local, "value", None)
        if held is not None and getattr(local, "generation", -1) == self._generation:
            return held
        value = self._make()
        with self._lock:
            self._made.append(value)
        local.value, local.generation = value, self._generation
        return value

    def renew(self) -> None:
        """Make each thread open a fresh one at its next use (the cache file was replaced)."""
        self._generation += 1

    def close_all(self) -> None:
        with self._lock:
            made, self._made = self._made, []
        for value in made:
            try:
                self._close(value)
            except Exception:
                log.exception("closing a background resource failed")


class Backend(QObject):
    """Where pages get data, off the UI thread: the local cache and the server.

    Args:
        reader: opens a read-only connection to the local cache (one per pool thread); None
            when the app has no cache (tests of pages that only call the server).
        api: makes an ``ApiClient`` for the logged-in user (one per pool thread); None offline
            tests.
        parent: the owning QObject.

    ``key``: calls made with the same ``(owner, key)`` answer only the newest one, so a page
    that asks again while an older answer is on its way never shows the older one.
    """

    def __init__(
        self,
        reader: ReaderFactory | None,
        api: ApiFactory | None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._readers: _PerThread[CacheReader] | None = (
            _PerThread(reader, lambda r: r.close()) if reader is not None else None
        )
        self._apis: _PerThread[ApiClient] | None = (
            _PerThread(api, lambda a: a.close()) if api is not None else None
        )
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(4)
        self._latest: dict[tuple[int, str], int] = {}
        self._serial = 0

    @property
    def has_server(self) -> bool:
        return self._apis is not None

    @property
    def has_cache(self) -> bool:
        return self._readers is not None

    def local(
        self,
        query: Callable[[CacheReader], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
        key: str | None = None,
    ) -> QObject | None:
        """Run ``query(reader)`` on a pool thread; None when there is no local cache."""
        readers = self._readers
        if readers is None:
            return None
        return self._start(lambda: query(readers.get()), on_success, on_failure, owner, key)

    def server(
        self,
        request: Callable[[ApiClient], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] | None = None,
        *,
        owner: QObject | None = None,
        key: str | None = None,
    ) -> QObject | None:
        """Run ``request(api)`` on a pool thread; None when there is no server."""
        apis = self._apis
        if apis is None:
            return None
        return self._start(lambda: request(apis.get()), on_success, on_failure, owner, key)

    def cache_replaced(self) -> None:
        """The cache file may be a new one (rebuilt, set aside): reopen readers before use."""
        if self._readers is not None:
            self._readers.renew()

    def stop(self, timeout_ms: int = 15000) -> bool:
        """Wait for running calls (their answers are dropped), then close every connection."""
        self._pool.clear()
        finished = bool(self._pool.waitForDone(timeout_ms))
        for per_thread in (self._readers, self._apis):
            if per_thread is not None:
                per_thread.close_all()
        return finished

    def wait_finished(self, timeout_ms: int) -> bool:
        """After a :meth:`stop` that timed out: wait again, then close what is left."""
        return self.stop(timeout_ms)

    def _start(
        self,
        fn: Callable[[], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[Exception], None] | None,
        owner: QObject | None,
        key: str | None,
    ) -> QObject:
        if key is None:
            return call(fn, on_success, on_failure, owner=owner, pool=self._pool)
        self._serial += 1
        ticket, slot = self._serial, (id(owner), key)
        self._latest[slot] = ticket

        def newest_only(deliver: Callable[[V], None] | None) -> Callable[[V], None]:
            def guarded(value: V) -> None:
                if self._latest.get(slot) != ticket:
                    return  # a newer call with this key was made: its answer counts
                del self._latest[slot]
                if deliver is not None:
                    deliver(value)
                elif isinstance(value, Exception):
                    log.error("background call %s failed", key, exc_info=value)

            return guarded

        return call(
            fn, newest_only(on_success), newest_only(on_failure), owner=owner, pool=self._pool
        )
