"""The workbench's reads, through the app's ``Backend``, one in flight per key.

Queues, tickets, staff and sanctions are read from the local cache (``app.client.complaints``,
computed with the server's own assembly); only the hotline's phone lookup asks the server
(phones are masked in the cache, and every lookup is audited there).

A burst of refresh requests (the feed reports ten ticket changes in a second) must not start
ten identical reads: while a read of a key is in flight, asking again only marks it to be read
once more when the answer comes.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from app.client import complaints as queries
from app.client import customers
from app.client.errors import ClientError
from app.models.enums import Role
from app.rules.complaint_detail import Viewer
from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.client.api import ApiClient
    from app.client.cache import CacheReader
    from app.views.background import Backend

Read = Callable[[], object]


class ComplaintReads(QObject):
    """Signals:
    answered(key, result): a read finished (on the UI thread).
    failed(key, ClientError): a read failed.

    Keys and results: ``queues`` -> ``Queues``; ``detail:<id>`` -> the ticket detail
    (``app.schemas.complaints.ComplaintDetail``; None when the cache holds no such ticket);
    ``users`` -> ``list[StaffMember]``;
    ``sanctions:<provider id>`` -> the provider's sanctions; ``customer:<id>`` -> the
    customer's tickets (``list[TicketRow]``); ``lookup`` -> the server's
    answer with the ``phone`` asked.
    """

    answered = Signal(str, object)
    failed = Signal(str, object)

    def __init__(
        self,
        data: Backend | None,
        parent: QObject | None = None,
        *,
        role: str = "",
        user_id: int | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._role = role
        self._user_id = user_id
        self._clock = clock
        self._in_flight: set[str] = set()
        self._again: dict[str, Read] = {}

    @property
    def available(self) -> bool:
        """The cache can be read (the workbench shows nothing without it)."""
        return self._data is not None and self._data.has_cache

    def busy(self, key: str) -> bool:
        return key in self._in_flight

    def _run(self, key: str, start: Read) -> None:
        if key in self._in_flight:
            self._again[key] = start  # the newest wins: it reads the newest parameters
            return
        self._in_flight.add(key)
        start()

    def local(self, key: str, query: Callable[[CacheReader], Any]) -> None:
        """Run ``query(reader)`` on the cache off the UI thread; answers as ``answered``."""
        data = self._data
        if data is None or not data.has_cache:
            return
        self._run(
            key,
            lambda: data.local(
                query,
                lambda result: self._on_answered(key, result),
                lambda error: self._on_failed(key, error),
                owner=self,
                key=key,
            ),
        )

    def server(self, key: str, request: Callable[[ApiClient], Any]) -> None:
        """Ask the server off the UI thread (only what the cache cannot answer)."""
        data = self._data
        if data is None or not data.has_server:
            return
        self._run(
            key,
            lambda: data.server(
                request,
                lambda result: self._on_answered(key, result),
                lambda error: self._on_failed(key, error),
                owner=self,
                key=key,
            ),
        )

    # ---- the reads the workbench makes ----------------------------------------------------

    def queues(self, me: int | None) -> None:
        """Mine (assigned to ``me``) and the team's open tickets, most urgent first."""
        # The clock is read when the query runs: a read queued behind another ranks by then.
        clock = self._clock
        self.local("queues", lambda reader: queries.queues(reader, me, clock()))

    def detail(self, complaint_id: int) -> None:
        clock = self._clock
        viewer = Viewer(Role(self._role), self._user_id)
        self.local(
            f"detail:{complaint_id}",
            lambda reader: queries.ticket_detail(reader, complaint_id, viewer, clock()),
        )

    def customer_tickets(self, customer_id: int) -> None:
        clock = self._clock
        self.local(
            f"customer:{customer_id}",
            lambda reader: queries.customer_tickets(reader, customer_id, clock()),
        )

    def lookup(self, phone: str) -> None:
        self.server("lookup", lambda api: customers.lookup_answer(api, phone))

    def provider_names(self, ids: list[int]) -> None:
        self.local("provider_names", lambda reader: customers.provider_names(reader, ids))

    def users(self) -> None:
        self.local("users", queries.staff)

    def provider_sanctions(self, provider_id: int) -> None:
        clock = self._clock
        self.local(
            f"sanctions:{provider_id}",
            lambda reader: queries.provider_sanctions(reader, provider_id, clock()),
        )

    # ---- answers --------------------------------------------------------------------------

    def _settle(self, key: str) -> None:
        self._in_flight.discard(key)
        again = self._again.pop(key, None)
        if again is not None:
            self._run(key, again)

    def _on_answered(self, key: str, result: object) -> None:
        self._settle(key)
        self.answered.emit(key, result)

    def _on_failed(self, key: str, error: Exception) -> None:
        self._settle(key)
        self.failed.emit(key, error if isinstance(error, ClientError) else None)
