"""SyncEngine: keeps the local cache a live mirror of the server through the change feed.

It runs on one worker thread (app/views/sync_worker.py owns it) and never touches Qt. A step
first replays the Outbox, then long-polls one page of changes and applies it in one local
transaction. A 410 (cursor from another epoch or past retention) empties the cache and syncs
everything again.

Before a replay the engine asks the server for its feed epoch (``/version``): commands made
against another epoch (the server's database was reset or replaced) are held, never sent into
a database they were not made for. After a re-sync from scratch, new commands are bound to
the epoch the mirror now comes from.

A sync into an empty mirror (first login, a rebuilt cache, after a 410) starts with the
server's snapshot (every visible row at one feed position, one compressed stream) and then
follows the feed from that position; a server without a snapshot (404) is synced from the
feed's beginning, page by page.
"""

from __future__ import annotations

import logging
import queue
import threading
from collections.abc import Callable, Generator, Iterator, Mapping
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, TypeVar

from app.client.api import ApiClient, ChangesPage
from app.client.cache import Cache
from app.client.errors import ClientError, CursorExpired, Rejected, Unreachable
from app.client.outbox import Outbox, ReplayResult

log = logging.getLogger(__name__)

T = TypeVar("T")

INITIAL_PAGE = 5000  # the server's maximum: fewer round trips for the first sync
LIVE_PAGE = 1000  # the board applies up to this many changes per tick


@dataclass(frozen=True)
class ChangeSet:
    """What changed in the local cache: the app-wide "what changed" notice pages refresh from.

    ``ids`` holds, per entity, the ids a sync step wrote or deleted. ``full`` means the whole
    mirror may have changed (first load, a re-sync from scratch, a rebuilt cache): every page
    reads everything it shows again.
    """

    ids: Mapping[str, tuple[int, ...]] = field(default_factory=dict)
    full: bool = False

    def touches(self, *entities: str) -> bool:
        return self.full or any(e in self.ids for e in entities)

    def of(self, entity: str) -> tuple[int, ...]:
        return self.ids.get(entity, ())

    @classmethod
    def everything(cls) -> ChangeSet:
        return cls(full=True)


@dataclass
class SyncStep:
    changed: dict[str, list[int]] = field(default_factory=dict)
    applied: int = 0
    lag_seconds: float | None = None  # now - the newest change's updated_at
    online: bool = True
    replay: ReplayResult | None = None
    full_resync: bool = False  # the cache was rebuilt: reload everything, ignore ``changed``
    has_more: bool = False  # the feed has more right now: step again without waiting

    def change_set(self) -> ChangeSet:
        if self.full_resync:
            return ChangeSet.everything()
        return ChangeSet(
            {entity: tuple(sorted(set(ids))) for entity, ids in self.changed.items() if ids}
        )


def _utcnow() -> datetime:
    return datetime.now(UTC)


class SyncEngine:
    """Replay the Outbox, pull the change feed, apply it to the Cache.

    Args:
        api: the logged-in client.
        cache: the local mirror (used only from the thread that calls this engine).
        outbox: commands waiting to be sent.
        page_size: changes per page in a full sync (the server allows up to 5000).
        live_page: changes per page in :meth:`step`.
        prefetch: fetch the next page (or snapshot batch) of a full sync while the current
            one is applied.
        snapshot: start a sync into an empty mirror from the server's snapshot (turned off
            when the server has none).
        clock: "now", for the lag figure.
    """

    def __init__(
        self,
        api: ApiClient,
        cache: Cache,
        outbox: Outbox,
        *,
        page_size: int = INITIAL_PAGE,
        live_page: int = LIVE_PAGE,
        prefetch: bool = True,
        snapshot: bool = True,
        clock: Callable[[], datetime] = _utcnow,
    ) -> None:
        self.api = api
        self.cache = cache
        self.outbox = outbox
        self.page_size = page_size
        self.live_page = live_page
        self.prefetch = prefetch
        self.snapshot = snapshot
        self._clock = clock
        self._sorted = False  # held commands were checked against the server's epoch

    def server_epoch(self) -> str:
        """The feed epoch of the server's database now (GET /version)."""
        return self.api.check_server().feed_epoch

    def _rebind(self) -> None:
        """After a re-sync from scratch: new commands belong to the epoch synced now."""
        try:
            self.outbox.epoch = self.server_epoch()
        except ClientError as exc:  # left as it was: such commands are held, not lost
            log.warning("feed epoch not read after a re-sync: %s", exc.code)

    def step(self, wait: float) -> SyncStep:
        """One round: replay the Outbox if it holds anything, then one page (long-poll ``wait``).

        Offline (Unreachable) is a normal outcome (``online`` False), not an exception;
        AuthFailed and other errors are raised for the worker to report.
        """
        replay: ReplayResult | None = None
        if self.outbox.count() or (not self._sorted and self.outbox.held()):
            try:
                live = self.server_epoch()
            except Unreachable as exc:
                return SyncStep(online=False, replay=ReplayResult(offline=True, stopped_by=exc))
            self._sorted = True
            replay = self.outbox.replay(self.api, live)
            if replay.offline:
                return SyncStep(online=False, replay=replay)
        if not self.cache.cursor():
            return self._full(replay)
        try:
            page = self.api.changes(self.cache.cursor(), self.live_page, wait)
        except Unreachable:
            return SyncStep(online=False, replay=replay)
        except CursorExpired:
            log.info("sync cursor expired: full re-sync")
            self.cache.clear()
            resynced = self._full(replay)
            if resynced.online:
                self._rebind()
            return resynced
        changed = self.cache.apply_page(page.changes, page.cursor)
        return SyncStep(
            changed=changed,
            applied=len(page.changes),
            lag_seconds=self._lag(page.changes),
            replay=replay,
            has_more=page.has_more,
        )

    def _full(self, replay: ReplayResult | None) -> SyncStep:
        try:
            applied = self.initial_sync()
        except Unreachable:
            return SyncStep(online=False, replay=replay, full_resync=True)
        return SyncStep(applied=applied, replay=replay, full_resync=True)

    def initial_sync(self, on_progress: Callable[[int], None] | None = None) -> int:
        """Bring the mirror up to date without waiting; returns the rows applied.

        An empty mirror (cursor "") starts from the snapshot, then the feed from its cursor;
        otherwise pages of the feed from the cache's cursor until it has no more. A 410 empties
        the cache and starts again from scratch once; a second one is raised.
        """
        try:
            return self._load(on_progress)
        except CursorExpired:
            log.info("sync cursor expired during a full sync: starting from scratch")
            self.cache.clear()
            applied = self._load(on_progress)
            self._rebind()
            return applied

    def _load(self, on_progress: Callable[[int], None] | None) -> int:
        applied = 0
        if self.snapshot and not self.cache.cursor():
            applied = self._from_snapshot(on_progress)
        return self._drain(on_progress, applied)

    def _from_snapshot(self, on_progress: Callable[[int], None] | None) -> int:
        """Apply the server's snapshot in batches and save its cursor after the last one;
        0 rows when the server has no snapshot (the feed from the beginning does it all)."""
        try:
            snapshot = self.api.snapshot()
        except Rejected as exc:
            if exc.status != 404:
                raise
            log.info("the server has no snapshot: first sync from the feed")
            self.snapshot = False
            return 0
        # Rows an earlier snapshot applied before it was cut short (no cursor was saved).
        self.cache.clear()
        batches = self._ahead(snapshot.batches) if self.prefetch else snapshot.batches
        applied = 0
        for batch in batches:
            self.cache.apply_snapshot(batch)
            applied += len(batch)
            if on_progress is not None:
                on_progress(applied)
        self.cache.save_cursor(snapshot.cursor)
        return applied

    def _drain(self, on_progress: Callable[[int], None] | None, applied: int = 0) -> int:
        pages = (
            self._ahead(self._sequential(self.cache.cursor()))
            if self.prefetch
            else (self._sequential(self.cache.cursor()))
        )
        for page in pages:
            self.cache.apply_page(page.changes, page.cursor)
            applied += len(page.changes)
            if on_progress is not None:
                on_progress(applied)
        return applied

    def _sequential(self, cursor: str) -> Generator[ChangesPage, None, None]:
        while True:
            page = self.api.changes(cursor, self.page_size, 0)
            yield page
            if not page.has_more:
                return
            cursor = page.cursor

    @staticmethod
    def _ahead(source: Generator[T, None, None]) -> Iterator[T]:
        """``source``'s items from a helper thread that fetches item n+1 while item n is
        applied.

        The helper only talks HTTP (the Cache stays on the caller's thread); the queue holds
        at most two items so memory stays bounded.
        """
        inbox: queue.Queue[tuple[bool, T | BaseException | None]] = queue.Queue(maxsize=2)
        stop = threading.Event()

        def put(item: tuple[bool, T | BaseException | None]) -> None:
            while not stop.is_set():
                try:
                    inbox.put(item, timeout=0.1)
                    return
                except queue.Full:
                    continue

        def fetch() -> None:
            try:
                with closing(source):
                    for item in source:
                        if stop.is_set():
                            return
                        put((False, item))
                put((True, None))  # the end
            except BaseException as exc:  # handed to the caller's thread and raised there
                put((True, exc))

        helper = threading.Thread(target=fetch, name="sync-prefetch", daemon=True)
        helper.start()
        try:
            while True:
                last, item = inbox.get()
                if isinstance(item, BaseException):
                    raise item
                if last:
                    return
                yield item  # type: ignore[misc]  # not last: an item of ``source``
        finally:
            stop.set()
            helper.join()

    def _lag(self, changes: list[dict[str, Any]]) -> float | None:
        for change in reversed(changes):
            stamp = change.get("data", {}).get("updated_at")
            if isinstance(stamp, str):
                try:
                    newest = datetime.fromisoformat(stamp)
                except ValueError:
                    return None
                if newest.tzinfo is None:
                    newest = newest.replace(tzinfo=UTC)
                return max(0.0, (self._clock() - newest).total_seconds())
        return None
