"""The workbench's server reads, through the app's shared ``ApiChannel``, one in flight per key.

The channel runs calls one at a time for every page, so a burst of refresh requests (the
feed reports ten ticket changes in a second) must not queue ten identical reads: while a read
of a key is in flight, asking again only marks it to be read once more when the answer comes.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from app.client.errors import ClientError
from app.views.complaints import paths

if TYPE_CHECKING:
    from app.client.api import ApiClient
    from app.views.api_channel import ApiChannel

TAG_PREFIX = "complaints"
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
    _instances = 0

    def __init__(self, channel: ApiChannel | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._channel = channel
        # Each reader has its own tag prefix: the channel broadcasts every answer to everyone.
        ComplaintReads._instances += 1
        self._prefix = f"{TAG_PREFIX}{ComplaintReads._instances}:"
        self._in_flight: set[str] = set()
        self._again: dict[str, ApiCall] = {}
        if channel is not None:
            channel.answered.connect(self._on_answered)
            channel.failed.connect(self._on_failed)

    @property
    def available(self) -> bool:
        return self._channel is not None

    def read(self, key: str, fn: ApiCall) -> None:
        """Run ``fn(api)`` off the UI thread; answers come as ``answered(key, result)``."""
        if self._channel is None:
            return
        if key in self._in_flight:
            self._again[key] = fn  # the newest wins: it reads the newest parameters
            return
        self._in_flight.add(key)
        self._channel.call(self._prefix + key, fn)

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

    def _settle(self, tag: str) -> str | None:
        if not tag.startswith(self._prefix):
            return None  # another reader's answer
        key = tag[len(self._prefix) :]
        self._in_flight.discard(key)
        again = self._again.pop(key, None)
        if again is not None:
            self.read(key, again)
        return key

    @Slot(str, object)
    def _on_answered(self, tag: str, result: object) -> None:
        key = self._settle(tag)
        if key is not None:
            self.answered.emit(key, result)

    @Slot(str, object)
    def _on_failed(self, tag: str, error: object) -> None:
        key = self._settle(tag)
        if key is not None:
            self.failed.emit(key, error if isinstance(error, ClientError) else None)
