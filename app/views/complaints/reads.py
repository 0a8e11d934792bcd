"""The workbench's server reads, through the app's ``Backend``, one in flight per key.

A burst of refresh requests (the feed reports ten ticket changes in a second) must not start
ten identical reads: while a read of a key is in flight, asking again only marks it to be read
once more when the answer comes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.client.errors import ClientError
from app.views.complaints import paths

if TYPE_CHECKING:
    from app.client.api import ApiClient
    from app.views.background import Backend

OPEN_STATES = ("open", "acknowledged", "investigating", "resolved", "callback_done", "reopened")
TEAM_LIMIT = 500
MINE_LIMIT = 200

ApiCall = Callable[["ApiClient"], Any]


class ComplaintReads(QObject):
    """Signals:
    answered(key, result): a read finished (on the UI thread).
    failed(key, ClientError): a read failed.
    """

    answered = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, data: Backend | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._data = data if data is not None and data.has_server else None
        self._in_flight: set[str] = set()
        self._again: dict[str, ApiCall] = {}

    @property
    def available(self) -> bool:
        return self._data is not None

    def read(self, key: str, fn: ApiCall) -> None:
        """Run ``fn(api)`` off the UI thread; answers come as ``answered(key, result)``."""
        if self._data is None:
            return
        if key in self._in_flight:
            self._again[key] = fn  # the newest wins: it reads the newest parameters
            return
        self._in_flight.add(key)
        self._data.server(
            fn,
            lambda result: self._on_answered(key, result),
            lambda error: self._on_failed(key, error),
            owner=self,
            key=key,
        )

    def busy(self, key: str) -> bool:
        return key in self._in_flight

    # ---- the reads the workbench makes ----------------------------------------------------

    def queues(self, me: int | None) -> None:
        """Mine (assigned to ``me``) and the team's open tickets, in the server's urgency order."""

        def fetch(api: ApiClient) -> dict[str, Any]:
            states = list(OPEN_STATES)
            team = api.get(paths.COMPLAINTS, {"status": states, "limit": TEAM_LIMIT})
            mine: Mapping[str, Any] = {"data": [], "count": 0}
            if me is not None:
                mine = api.get(
                    paths.COMPLAINTS, {"status": states, "assignee_id": me, "limit": MINE_LIMIT}
                )
            return {"team": team, "mine": mine}

        self.read("queues", fetch)

    def detail(self, complaint_id: int) -> None:
        self.read(f"detail:{complaint_id}", lambda api: api.get(paths.complaint(complaint_id)))

    def lookup(self, phone: str) -> None:
        self.read("lookup", lambda api: {"phone": phone, **api.get(
            paths.CUSTOMER_LOOKUP, {"phone": phone})})  # fmt: skip

    def users(self) -> None:
        self.read("users", lambda api: api.get(paths.USERS, {"limit": 500}))

    def provider_sanctions(self, provider_id: int) -> None:
        self.read(
            f"sanctions:{provider_id}", lambda api: api.get(paths.provider_sanctions(provider_id))
        )

    # ---- answers --------------------------------------------------------------------------

    def _settle(self, key: str) -> None:
        self._in_flight.discard(key)
        again = self._again.pop(key, None)
        if again is not None:
            self.read(key, again)

    def _on_answered(self, key: str, result: object) -> None:
        self._settle(key)
        self.answered.emit(key, result)

    def _on_failed(self, key: str, error: Exception) -> None:
        self._settle(key)
        self.failed.emit(key, error if isinstance(error, ClientError) else None)
