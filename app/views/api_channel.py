"""On-demand server calls off the UI thread: one worker thread, answers by signal.

The sync worker owns the change feed and the cache; pages that need a read the feed does not
carry (a hotline phone lookup, a ticket's full detail, dispatch candidates, a batch plan) ask
here. ``call(tag, fn)`` runs ``fn(api)`` on the channel's thread with its own ApiClient and
delivers ``answered(tag, result)`` or ``failed(tag, ClientError)`` on the UI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal, Slot

from app.client.api import ApiClient
from app.client.errors import ClientError

log = logging.getLogger(__name__)

ApiFactory = Callable[[], ApiClient]
ApiCall = Callable[[ApiClient], Any]


class _Worker(QObject):
    answered = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, factory: ApiFactory) -> None:
        super().__init__()
        self._factory = factory
        self._api: ApiClient | None = None

    @Slot(str, object)
    def run(self, tag: str, fn: ApiCall) -> None:
        try:
            if self._api is None:
                self._api = self._factory()
            result = fn(self._api)
        except ClientError as exc:
            self.failed.emit(tag, exc)
        except Exception as exc:  # a bug must not kill the thread; show it as a failure
            log.exception("api call %s failed", tag)
            self.failed.emit(
                tag,
                ClientError("internal", f"程序错误：{exc}", f"Program error: {exc}", status=None),
            )
        else:
            self.answered.emit(tag, result)

    @Slot()
    def close(self) -> None:
        if self._api is not None:
            self._api.close()
            self._api = None


class ApiChannel(QObject):
    """Signals: ``answered(tag, result)``, ``failed(tag, ClientError)`` (on the UI thread)."""

    answered = Signal(str, object)
    failed = Signal(str, object)
    _run = Signal(str, object)
    _close = Signal()

    def __init__(self, factory: ApiFactory, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName("api-channel")
        self._worker = _Worker(factory)
        self._worker.moveToThread(self._thread)
        self._run.connect(self._worker.run)
        self._close.connect(self._worker.close)
        self._worker.answered.connect(self.answered)
        self._worker.failed.connect(self.failed)
        self._thread.start()

    def call(self, tag: str, fn: ApiCall) -> None:
        """Run ``fn(api)`` on the channel's thread; calls run one at a time, in order."""
        self._run.emit(tag, fn)

    def get(self, tag: str, path: str, params: dict[str, Any] | None = None) -> None:
        self.call(tag, lambda api: api.get(path, params))

    def wait_finished(self, timeout_ms: int) -> bool:
        return bool(self._thread.wait(timeout_ms))

    def stop(self, timeout_ms: int = 15000) -> bool:
        self._close.emit()
        self._thread.quit()
        return bool(self._thread.wait(timeout_ms))
