"""The change feed's per-process hub: one poller wakes every waiting long-poll.

The poller reads the change log after its own position (one query per tick for the whole
process, however many clients wait) and keeps a contiguous in-memory tail of recent changes.
A request whose cursor lies within the tail is answered from memory, pre-serialised per role;
only a client far behind reads from the database.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace

from app.models.enums import Role
from app.server.changes import Change, Position, dumps, head_position, read_changes
from app.server.db import Database
from app.server.projections import (
    ROLE_SENSITIVE,
    for_role,
    hidden_fields,
    strip_json_fields,
    visible,
)

log = logging.getLogger(__name__)


@dataclass(slots=True)
class FeedPage:
    items: list[bytes]
    last: Position
    has_more: bool


def encode_cursor(epoch: str, pos: Position) -> str:
    return f"{epoch}.{pos[0]}.{pos[1]}"


def decode_cursor(cursor: str) -> tuple[str, Position] | None:
    parts = cursor.split(".")
    if len(parts) != 3 or not all(p.isascii() and p.isdigit() for p in parts[1:]):
        return None
    return parts[0], (int(parts[1]), int(parts[2]))


class _Cached:
    __slots__ = ("by_role", "change")

    def __init__(self, change: Change) -> None:
        self.change = change
        self.by_role: dict[Role, bytes | None] | bytes = change.wire_json()

    def for_role(self, role: Role) -> bytes | None:
        """The change as ``role`` receives it; None when ``role`` does not see the entity."""
        if self.change.entity not in ROLE_SENSITIVE:
            assert isinstance(self.by_role, bytes)
            return self.by_role
        if isinstance(self.by_role, bytes):
            self.by_role = {}
        if role not in self.by_role:
            self.by_role[role] = wire_for_role(self.change, role)
        return self.by_role[role]


def wire_for_role(change: Change, role: Role) -> bytes | None:
    if change.entity not in ROLE_SENSITIVE:
        return change.wire_json()
    data = payload_for_role(change.entity, change.data_json, role)
    if data is None:
        return None  # skipped; the cursor still moves past it
    return (change if data is change.data_json else replace(change, data_json=data)).wire_json()


def payload_for_role(entity: str, data_json: str, role: Role) -> str | None:
    """A payload's text (compact JSON) as ``role`` receives it; None when ``role`` does not
    see ``entity``."""
    if entity not in ROLE_SENSITIVE:
        return data_json
    if not visible(entity, role):
        return None
    hidden = hidden_fields(entity, role)
    if not hidden:
        return data_json
    stripped = strip_json_fields(data_json, hidden)
    if stripped is not None:
        return stripped
    return dumps(for_role(entity, json.loads(data_json), role))


class FeedHub:
    """Owns the poller task and the tail cache of one server process."""

    def __init__(self, db: Database, *, poll_seconds: float, tail_size: int) -> None:
        self._db = db
        self._poll = poll_seconds
        self._tail_size = tail_size
        self._positions: list[Position] = []
        self._items: list[_Cached] = []
        self._tail_start: Position = (0, 0)  # positions > this and <= head are in memory
        self._head: Position = (0, 0)
        self._changed = asyncio.Event()
        self._kick = asyncio.Event()
        self._task: asyncio.Task[None] | None = None
        self._stopping = False
        self._loop: asyncio.AbstractEventLoop | None = None

    @property
    def head(self) -> Position:
        return self._head

    async def start(self) -> None:
        self._loop = asyncio.get_running_loop()
        head = await asyncio.to_thread(self._read_head)
        self._head = self._tail_start = head
        self._task = asyncio.create_task(self._run(), name="feed-poller")

    async def stop(self) -> None:
        """Stop polling. Lets a database read in flight finish, so that its connection goes
        back to the pool before the pool is disposed."""
        if self._task is None:
            return
        self._stopping = True
        self._kick.set()
        try:
            await asyncio.wait_for(asyncio.shield(self._task), timeout=10)
        except TimeoutError:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        self._task = None

    def kick(self) -> None:
        """Poll now (called from any thread after a local commit)."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._kick.set)

    def _read_head(self) -> Position:
        with self._db.read() as s:
            return head_position(s)

    def _read_after(self, pos: Position, limit: int) -> list[Change]:
        with self._db.read() as s:
            return read_changes(s, pos, limit)

    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self._poll_once()
            except asyncio.CancelledError:
                raise
            except Exception:  # the database may be restarting; keep serving the tail
                log.exception("feed poll failed")
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._kick.wait(), timeout=1.0)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._kick.wait(), timeout=self._poll)
            self._kick.clear()

    async def _poll_once(self) -> None:
        while True:
            batch = await asyncio.to_thread(self._read_after, self._head, 2000)
            if not batch:
                return
            for change in batch:
                self._positions.append(change.position)
                self._items.append(_Cached(change))
            self._head = batch[-1].position
            overflow = len(self._items) - self._tail_size
            if overflow > 0:
                self._tail_start = self._positions[overflow - 1]
                del self._positions[:overflow]
                del self._items[:overflow]
            changed, self._changed = self._changed, asyncio.Event()
            changed.set()
            if len(batch) < 2000:
                return

    def covers(self, pos: Position) -> bool:
        return pos >= self._tail_start

    def page_from_memory(self, after: Position, limit: int, role: Role) -> FeedPage:
        i = bisect.bisect_right(self._positions, after)
        chunk = self._items[i : i + limit]
        last = chunk[-1].change.position if chunk else max(after, self._tail_start)
        has_more = i + limit < len(self._items)
        items = [b for c in chunk if (b := c.for_role(role)) is not None]
        return FeedPage(items, last, has_more)

    async def wait_past(self, pos: Position, timeout: float) -> bool:
        """Wait until the head moves past ``pos``; False on timeout."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + timeout
        while self._head <= pos:
            remaining = deadline - loop.time()
            if remaining <= 0:
                return False
            try:
                await asyncio.wait_for(self._changed.wait(), timeout=remaining)
            except TimeoutError:
                return False
        return True

    async def page(
        self, after: Position, limit: int, role: Role, read_db: Callable[[], list[Change]]
    ) -> FeedPage:
        """A page after ``after``: from memory when the tail covers it, else from the database."""
        if self.covers(after):
            return self.page_from_memory(after, limit, role)
        changes = await asyncio.to_thread(read_db)
        items = [b for c in changes if (b := wire_for_role(c, role)) is not None]
        last = changes[-1].position if changes else after
        return FeedPage(items, last, len(changes) == limit)
