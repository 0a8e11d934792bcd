"""The one thread that talks to the server and owns the local cache.

``SyncWorker`` lives in its own QThread and owns the ApiClient, Cache, Outbox and SyncEngine
(built there by a factory, so SQLite is used only from that thread and tests can inject
fakes). Its loop is one ``SyncEngine.step(wait)`` per tick; the UI thread stores commands in
the Outbox itself (``SyncLink.enqueue_command``) and only nudges the worker; the requests it
queues (resolve a refused command, log out) run between ticks, as queued slot calls on the
worker's event loop. After each step it emits one ``changed(ChangeSet)``: which ids of which
entities the cache now holds anew. Pages read what they show from the cache themselves
(``app.views.background.Backend.local``); the worker knows no page. The
long-poll ``wait`` is kept short (2 s by default) so a stop request is honoured promptly.

``app.views.sync_link.SyncLink`` is the UI thread's handle on it; pages only see the link.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import random
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.client.errors import AuthFailed, ClientError
from app.client.outbox import HELD
from app.client.sync import ChangeSet
from app.client.training import rebased_draft
from app.views.i18n import current_language
from app.views.sync_status import SyncStatus, outbox_figures
from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.client.api import ApiClient
    from app.client.cache import Cache
    from app.client.outbox import Outbox
    from app.client.sync import SyncEngine, SyncStep

log = logging.getLogger(__name__)

DEFAULT_WAIT = 2.0  # seconds of long-poll per step: the longest a stop or a read waits
# After failed steps, until one succeeds: quick at first (a blip), then every half minute.
BACKOFF_MS: tuple[int, ...] = (1000, 2000, 5000, 10000, 15000, 30000)
JITTER = 0.2  # each delay is drawn within ±20%: desks that lost one server spread their retries


def backoff_delay(failures: int, rng: random.Random, steps: Sequence[int] = BACKOFF_MS) -> int:
    """The wait in ms before the next try after ``failures`` failed ones (0 = the first)."""
    base = steps[min(failures, len(steps) - 1)]
    return round(base * (1 - JITTER + 2 * JITTER * rng.random()))


@dataclass
class SyncServices:
    """What the worker owns; built on the worker thread by the factory."""

    api: ApiClient
    cache: Cache
    outbox: Outbox
    engine: SyncEngine


ServicesFactory = Callable[[], SyncServices]


class _Stopped(Exception):
    """Raised from the progress callback to abandon an initial sync when asked to stop."""


class SyncSignals(QObject):
    """The sync worker's signals, declared once: the worker, the UI thread's ``SyncLink`` and
    the test fakes share them (``SIGNAL_NAMES`` lists them for forwarding).

    Signals:
        changed(ChangeSet): what one sync step changed in the cache (or everything).
        status(SyncStatus): the connection (online, last sync and contact, next retry, lag)
            and the outbox's figures.
        conflict(OutboxCommand): a command the server refused as stale (412); kept.
        command_failed(OutboxCommand): a command the server refused otherwise; kept.
        held(OutboxCommand): a command made against another copy of the server's database;
            kept, not sent, until the user resends or discards it.
        notice(text): something about the user's unsent commands the window keeps in view
            (a damaged outbox, what was recovered); not a passing status message.
        command_resolved(command_id): a conflicted or failed command was retried or dropped.
        progress(rows): initial sync progress.
        error(text): something the user should read.
        auth_lost(): the session ended (401); the user must log in again.
        logged_out(): the session was revoked on request.
        stopped(): the worker released its services; the thread is quitting.
    """

    changed = Signal(object)
    status = Signal(object)
    conflict = Signal(object)
    command_failed = Signal(object)
    held = Signal(object)
    notice = Signal(str)
    command_resolved = Signal(int)
    progress = Signal(int)
    error = Signal(str)
    auth_lost = Signal()
    logged_out = Signal()
    stopped = Signal()


SIGNAL_NAMES: tuple[str, ...] = tuple(
    name for name, value in vars(SyncSignals).items() if isinstance(value, Signal)
)


class SyncWorker(SyncSignals):
    """Runs the sync loop. Lives in the worker thread; never touch it from the UI thread
    except through ``request_stop`` (thread-safe) and queued signals (see ``SyncSignals``).
    """

    def __init__(
        self,
        factory: ServicesFactory,
        *,
        wait: float = DEFAULT_WAIT,
        clock: Callable[[], datetime] = utc_now,
        backoff_ms: Sequence[int] = BACKOFF_MS,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__()
        self._factory = factory
        self._wait = wait
        self._clock = clock
        self._backoff_ms = tuple(backoff_ms)
        self._rng = rng or random.Random()
        self._last_contact: datetime | None = None  # the server's last answer
        self._next_retry: datetime | None = None  # while offline: when the next try is due
        self._stop = threading.Event()
        self._services: SyncServices | None = None
        self._timer: QTimer | None = None
        self._hurry = False  # a command is waiting: next step without long-poll
        self._failures = 0
        self._online: bool | None = None  # None: not known yet (connecting)
        self._last_sync: datetime | None = None
        self._lag: float | None = None

    # ---- thread-safe --------------------------------------------------------------------

    def request_stop(self) -> None:
        """Ask the loop to end after the current step (safe from any thread)."""
        self._stop.set()

    # ---- slots (worker thread) ----------------------------------------------------------

    @Slot()
    def start(self) -> None:
        try:
            services = self._services = self._factory()
        except Exception as exc:
            log.exception("could not open the sync services")
            self.error.emit(_describe(exc))
            return
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._tick)
        had_cache = services.cache.cursor() != ""
        if had_cache:  # offline-first: show what we have before the network answers
            self.changed.emit(ChangeSet.everything())
        self._show_kept(services.outbox)
        self._emit_status()
        try:
            with no_cyclic_gc(not had_cache):
                applied = services.engine.initial_sync(self._on_progress)
        except _Stopped:
            return
        except AuthFailed:
            self._online = True
            self.auth_lost.emit()
            self._emit_status()
            return
        except ClientError as exc:
            self._online = False
            self.error.emit(exc.text(current_language()))
            self._retry_later()
        except Exception as exc:
            log.exception("initial sync failed")
            self.error.emit(_describe(exc))
            self._retry_later()
        else:
            self._online = True
            self._last_sync = self._last_contact = self._clock()
            if applied or not had_cache:
                self.changed.emit(ChangeSet.everything())
            self._schedule(0)
        self._emit_status()

    def _show_kept(self, outbox: Outbox) -> None:
        """The commands waiting for the user's decision; a read error is said, and the
        loop goes on (the commands stay in the file, and sending the rest still works)."""
        try:
            for command in outbox.conflicts():
                self.conflict.emit(command)
            for command in outbox.failed():
                self.command_failed.emit(command)
            for command in outbox.held():
                self.held.emit(command)
        except Exception as exc:
            log.exception("could not read the outbox's kept commands")
            self.notice.emit(
                QCoreApplication.translate(
                    "SyncWorker",
                    "Some of your unsent commands could not be read from this computer's "
                    "outbox file (%1). They are not deleted; the others are still sent.",
                ).replace("%1", type(exc).__name__)
            )

    @Slot()
    def hurry(self) -> None:
        """A command was stored: send it now rather than after the long-poll."""
        self._hurry_up()
        self._emit_status()

    @Slot()
    def retry_now(self) -> None:
        """The user asked to try the server again: cut the current back-off short."""
        self._hurry_up()
        self._emit_status()

    @Slot()
    def shutdown(self) -> None:
        """Release the services and end the thread's event loop (queued after a stop)."""
        self._stop.set()
        if self._timer is not None:
            self._timer.stop()
        services, self._services = self._services, None
        if services is not None:
            for close in (services.api.close, services.cache.close):
                try:
                    close()
                except Exception:
                    log.exception("closing a sync service failed")
        self.stopped.emit()

    @Slot(object)
    def enqueue_command(self, command: dict[str, Any]) -> None:
        """Store a command in the Outbox; the next step sends it."""
        services = self._services
        if services is None:
            self.error.emit(
                QCoreApplication.translate(
                    "SyncWorker", "Not stored: %1. The local data could not be opened."
                ).replace("%1", str(command.get("label", "")))
            )
            return
        try:
            services.outbox.enqueue(
                command["path"],
                command.get("body"),
                if_match=command.get("if_match"),
                entity=command["entity"],
                entity_id=int(command["entity_id"]),
                label=command["label"],
                supersede=bool(command.get("supersede")),
            )
        except Exception as exc:
            log.exception("could not queue a command")
            self.error.emit(_describe(exc))
            return
        self._hurry_up()
        self._emit_status()

    @Slot(int, bool)
    def resolve_command(self, command_id: int, retry: bool) -> None:
        """Retry a conflicted/failed command against the server's current version, or drop it."""
        services = self._services
        if services is None:
            return
        outbox = services.outbox
        if retry:
            command = outbox.get(command_id)
            if command is None:
                return
            if command.state == HELD:  # made against another database: never resent as is
                return
            current = command.current or services.cache.get(command.entity, command.entity_id)
            version = current.get("version") if current else None
            rebased = rebased_draft(command)
            if rebased is not None:  # a draft sent on the scores it saw, not on a version
                outbox.retry(command_id, command.if_match, body=rebased)
            else:
                outbox.retry(command_id, int(version) if version is not None else command.if_match)
            self._hurry_up()
        else:
            outbox.discard(command_id)
        self.command_resolved.emit(command_id)
        self._emit_status()

    @Slot()
    def logout(self) -> None:
        """Revoke the session and stop syncing (a step after this would only meet a 401)."""
        self._stop.set()
        if self._timer is not None:
            self._timer.stop()
        services = self._services
        if services is not None:
            try:  # one last try to send what is waiting, while the session still works
                if services.outbox.count():
                    services.outbox.replay(services.api, services.engine.server_epoch())
            except ClientError as exc:
                log.warning("outbox not sent before logout: %s", exc.code)
            try:
                services.api.logout()
            except ClientError as exc:  # the token is forgotten locally either way
                log.warning("logout did not reach the server: %s", exc.code)
        self.logged_out.emit()

    # ---- the loop -----------------------------------------------------------------------

    def _tick(self) -> None:
        services = self._services
        if services is None or self._stop.is_set():
            return
        wait = 0.0 if self._hurry else self._wait
        self._hurry = False
        full_sync = services.cache.cursor() == ""
        try:
            with no_cyclic_gc(full_sync):
                step = services.engine.step(wait)
        except AuthFailed:
            self.auth_lost.emit()
            return
        except ClientError as exc:
            self._online = False
            self.error.emit(exc.text(current_language()))
            self._retry_later()
            self._emit_status()
            return
        except Exception as exc:
            log.exception("sync step failed")
            self.error.emit(_describe(exc))
            self._retry_later()
            return
        if step.online:
            self._next_retry = None
            self._schedule(0)
        else:
            self._retry_later()
        if step.has_more:  # a backlog: fetch the next page at once instead of long-polling
            self._hurry = True
        self._after_step(step)

    def _after_step(self, step: SyncStep) -> None:
        self._online = step.online
        stuck = step.replay.stopped_by if step.replay is not None else None
        if stuck is not None and step.online:  # e.g. a server error on one command
            self.error.emit(stuck.text(current_language()))
        if step.online:
            self._failures = 0
            self._last_sync = self._last_contact = self._clock()
        if step.lag_seconds is not None:
            self._lag = step.lag_seconds
        # A re-sync cut short by the network leaves an empty mirror: pages keep showing what
        # they have (marked offline) rather than blanking it under the dispatcher.
        if not (step.full_resync and not step.online):
            changes = step.change_set()
            if changes.full or changes.ids:
                self.changed.emit(changes)
        if step.replay is not None:
            for command in step.replay.conflicts:
                self.conflict.emit(command)
            for command in step.replay.failed:
                self.command_failed.emit(command)
            for command in step.replay.held:
                self.held.emit(command)
            for command_id in step.replay.released:  # their database answers again: sent
                self.command_resolved.emit(command_id)
        self._emit_status()

    def _schedule(self, delay_ms: int) -> None:
        if self._timer is not None and not self._stop.is_set():
            self._timer.start(delay_ms)

    def _hurry_up(self) -> None:
        self._hurry = True
        if self._timer is not None and self._timer.isActive():
            self._schedule(0)  # cut a back-off short: the user is waiting for this
            if self._next_retry is not None:
                self._next_retry = self._clock()

    def _retry_later(self) -> None:
        """Schedule the next try after a failure, each later than the last (with jitter)."""
        delay = backoff_delay(self._failures, self._rng, self._backoff_ms)
        self._failures += 1
        self._next_retry = self._clock() + timedelta(milliseconds=delay)
        self._schedule(delay)

    def _on_progress(self, rows: int) -> None:
        if self._stop.is_set():
            raise _Stopped
        self.progress.emit(rows)

    def _emit_status(self) -> None:
        outbox = self._services.outbox if self._services else None
        try:
            figures = outbox_figures(outbox)
        except Exception:  # already said by _show_kept; the connection state still shows
            log.exception("could not count the outbox")
            figures = None
        self.status.emit(
            SyncStatus(
                online=self._online,
                last_sync=self._last_sync,
                last_contact=self._last_contact,
                next_retry=self._next_retry if self._online is False else None,
                lag=self._lag,
                outbox=figures,
            )
        )


@contextlib.contextmanager
def no_cyclic_gc(full_sync: bool = True) -> Iterator[None]:
    """During a full sync (or a full read of the board), keep Python's cyclic GC from running.

    A sync allocates hundreds of thousands of long-lived objects; a full collection triggered
    on this thread holds the GIL for 50-70 ms, and the UI thread waits that long. Reference
    counting still frees the garbage. Afterwards the survivors are frozen out of later
    collections (``gc.freeze``), so those stay short too.
    """
    if not full_sync or not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.freeze()
        gc.enable()


def _describe(exc: Exception) -> str:
    if isinstance(exc, ClientError):
        return exc.text(current_language())
    return QCoreApplication.translate("SyncWorker", "Sync problem: %1").replace(
        "%1", type(exc).__name__
    )
