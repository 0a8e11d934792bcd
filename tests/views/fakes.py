"""Small stand-ins for the app.client classes and the sync link, shaped like the contract."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QTimer

from app.client.board import BoardRow, search_key
from app.client.cache import Cache
from app.client.outbox import OutboxCommand, ReplayResult
from app.client.sync import SyncStep
from app.views.sync_worker import SyncServices, SyncSignals

NOW = datetime(2026, 11, 27, 2, 0, tzinfo=UTC)  # 10:00 in Beijing

CUSTOMERS = ("张三", "李四", "王五", "赵六", "钱七", "孙八", "周九", "吴十")
PROVIDERS = ("刘阿姨", "陈师傅", "杨阿姨", "黄师傅")
DISTRICT_CODES = ("chaoyang", "haidian", "dongcheng", "xicheng", "fengtai", "tongzhou")
CATEGORY_CODES = ("cleaning", "nanny", "maternity", "appliance_repair", "moving")
STATES = ("pending", "assigned", "accepted", "en_route", "in_service", "completed", "cancelled")


def make_row(order_id: int, **overrides: Any) -> BoardRow:
    """A plausible BoardRow; ``overrides`` set any field (search_key follows the names)."""
    status = overrides.pop("status", STATES[order_id % len(STATES)])
    assigned = status not in ("pending", "cancelled")
    start = overrides.pop("scheduled_start", NOW + timedelta(minutes=15 * (order_id % 97)))
    values: dict[str, Any] = {
        "id": order_id,
        "version": 1,
        "code": f"SM20261127-{order_id:06d}",
        "status": status,
        "category": CATEGORY_CODES[order_id % len(CATEGORY_CODES)],
        "district": DISTRICT_CODES[order_id % len(DISTRICT_CODES)],
        "address": f"北京市某区某路{order_id % 300}号****",
        "customer_id": 1000 + order_id % 5000,
        "customer_name": CUSTOMERS[order_id % len(CUSTOMERS)],
        "provider_id": (order_id % 400) + 1 if assigned else None,
        "provider_name": PROVIDERS[order_id % len(PROVIDERS)] if assigned else "",
        "scheduled_start": start,
        "scheduled_end": start + timedelta(hours=3),
        "dispatch_by": start - timedelta(hours=1),
        "price_cents": 19900 + order_id % 50 * 100,
        "premium": order_id % 11 == 0,
    }
    values.update(overrides)
    values["search_key"] = search_key(
        values["code"], values["customer_name"], values["address"], values["provider_name"]
    )
    return BoardRow(**values)


def changed(row: BoardRow, **fields: Any) -> BoardRow:
    """A newer version of ``row``."""
    new = replace(row, version=row.version + 1, **fields)
    new.search_key = search_key(new.code, new.customer_name, new.address, new.provider_name)
    return new


@dataclass(frozen=True)
class FakeUser:
    id: int = 7
    username: str = "dispatcher"
    display_name: str = "张调度"
    role: str = "dispatcher"


class FakeLink(SyncSignals):
    """The SyncLink surface the pages use; records requests instead of queuing them."""

    def __init__(self) -> None:
        super().__init__()
        self.commands: list[dict[str, Any]] = []
        self.resolutions: list[tuple[int, bool]] = []
        self.logouts = 0
        self.keeps_commands = True

    def enqueue_command(self, command: dict[str, Any]) -> bool:
        self.commands.append(command)
        return True

    def resolve_command(self, command_id: int, retry: bool) -> None:
        self.resolutions.append((command_id, retry))

    def logout(self) -> None:
        self.logouts += 1


class SyncBackend(QObject):
    """``app.views.background.Backend``'s surface, answering on the calling thread.

    ``local`` queries run against ``reader`` (a real Cache, usually in memory); ``server``
    requests against ``api``. With ``hold`` the calls wait for :meth:`flush` (or
    :meth:`fail_held`), like answers still on their way. ``calls`` records (kind, key).
    """

    def __init__(
        self, *, reader: Any = None, api: Any = None, hold: bool = False, defer: bool = False
    ) -> None:
        super().__init__()
        self.reader = reader
        self.api = api
        self.hold = hold
        self.defer = defer  # answer on the next turn of the event loop, as a pool thread would
        self.calls: list[tuple[str, str | None]] = []
        self._held: list[tuple[Callable[[], Any], Callable[[Any], None], Any, Any, Any]] = []
        self._latest: dict[tuple[int, str], int] = {}

    @property
    def has_server(self) -> bool:
        return self.api is not None

    @property
    def has_cache(self) -> bool:
        return self.reader is not None

    def local(self, query: Callable[[Any], Any], on_success: Callable[[Any], None],
              on_failure: Callable[[Exception], None] | None = None, *,
              owner: Any = None, key: str | None = None) -> None:  # fmt: skip
        self.calls.append(("local", key))
        if self.reader is not None:
            self._start(lambda: query(self.reader), on_success, on_failure, owner, key)

    def server(self, request: Callable[[Any], Any], on_success: Callable[[Any], None],
               on_failure: Callable[[Exception], None] | None = None, *,
               owner: Any = None, key: str | None = None) -> None:  # fmt: skip
        self.calls.append(("server", key))
        if self.api is not None:
            self._start(lambda: request(self.api), on_success, on_failure, owner, key)

    def keys(self, kind: str) -> list[str | None]:
        return [k for c, k in self.calls if c == kind]

    def flush(self) -> None:
        held, self._held = self._held, []
        for item in held:
            self._run(*item)

    def fail_held(self, error: Exception) -> None:
        held, self._held = self._held, []
        for _fn, on_success, on_failure, owner, ticket in held:
            self._run(lambda e=error: _raise(e), on_success, on_failure, owner, ticket)

    def _start(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
               on_failure: Any, owner: Any, key: str | None) -> None:  # fmt: skip
        ticket = None
        if key is not None:
            slot = (id(owner), key)
            ticket = (slot, self._latest.get(slot, 0) + 1)
            self._latest[slot] = ticket[1]
        item = (fn, on_success, on_failure, owner, ticket)
        if self.hold:
            self._held.append(item)
        elif self.defer:
            QTimer.singleShot(0, lambda: self._run(*item))
        else:
            self._run(*item)

    def _run(self, fn: Callable[[], Any], on_success: Callable[[Any], None],
             on_failure: Any, owner: Any, ticket: Any) -> None:  # fmt: skip
        if owner is not None and not shiboken6.isValid(owner):
            return
        if ticket is not None and self._latest.get(ticket[0]) != ticket[1]:
            return  # a newer call with the same key counts
        try:
            result = fn()
        except Exception as exc:
            if on_failure is not None:
                on_failure(exc)
            return
        on_success(result)


def _raise(error: Exception) -> Any:
    raise error


def board_cache(rows: list[BoardRow] | None = None) -> Cache:
    """An in-memory cache holding ``rows`` as the feed would have delivered them."""
    cache = Cache(":memory:")
    if rows:
        put_rows(cache, rows)
    return cache


def put_rows(cache: Cache, rows: list[BoardRow]) -> None:
    """Apply ``rows`` (orders with their customers and providers) as one feed page."""
    changes: list[dict[str, Any]] = []
    for r in rows:
        order = {
            "id": r.id,
            "version": r.version,
            "code": r.code,
            "status": r.status,
            "category": r.category,
            "district": r.district,
            "address": r.address,
            "customer_id": r.customer_id,
            "provider_id": r.provider_id,
            "scheduled_start": r.scheduled_start.isoformat(),
            "scheduled_end": r.scheduled_end.isoformat(),
            "dispatch_by": r.dispatch_by.isoformat(),
            "price_cents": r.price_cents,
            "premium": r.premium,
        }
        changes.append(_change("order", order))
        changes.append(_change("customer", {"id": r.customer_id, "name": r.customer_name}))
        if r.provider_id is not None:
            changes.append(_change("provider", {"id": r.provider_id, "name": r.provider_name}))
    cache.apply_page(changes, cache.cursor() + "x")


def put(cache: Cache, entity: str, items: list[dict[str, Any]]) -> None:
    """Apply plain entity rows (each with an id; version 1 unless given) as one feed page."""
    cache.apply_page([_change(entity, item) for item in items], cache.cursor() + "x")


def remove(cache: Cache, entity: str, ids: list[int]) -> None:
    changes = [{"entity": entity, "id": i, "version": 10**9, "op": "D", "data": {}} for i in ids]
    cache.apply_page(changes, cache.cursor() + "x")


def _change(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    data = {"version": 1, **data}
    return {"entity": entity, "id": data["id"], "version": data["version"], "op": "U", "data": data}


# ---- the worker's services --------------------------------------------------------------


class FakeApi:
    def __init__(self) -> None:
        self.closed = False
        self.logged_out = False

    def logout(self) -> None:
        self.logged_out = True

    def close(self) -> None:
        self.closed = True


class FakeCache:
    def __init__(self, rows: list[BoardRow] | None = None, cursor: str = "") -> None:
        self.rows = {r.id: r for r in rows or []}
        self._cursor = cursor
        self.closed = False
        self.thread_ids: set[int] = set()

    def _touch(self) -> None:
        self.thread_ids.add(threading.get_ident())

    def cursor(self) -> str:
        self._touch()
        return self._cursor

    def get(self, entity: str, entity_id: int) -> dict[str, Any] | None:
        row = self.rows.get(entity_id)
        return {"id": entity_id, "version": row.version} if row else None

    def close(self) -> None:
        self.closed = True


class FakeOutbox:
    def __init__(self) -> None:
        self.queued: list[dict[str, Any]] = []
        self.stuck: list[OutboxCommand] = []
        self.retried: list[tuple[int, int | None]] = []
        self.bodies: dict[int, dict[str, Any]] = {}
        self.discarded: list[int] = []

    def enqueue(self, path: str, body: Any, **kw: Any) -> OutboxCommand:
        self.queued.append({"path": path, "body": body, **kw})
        return command(len(self.queued), path=path)

    def count(self) -> int:
        return len(self.queued)

    def conflicts(self) -> list[OutboxCommand]:
        return [c for c in self.stuck if c.state == "conflict"]

    def failed(self) -> list[OutboxCommand]:
        return [c for c in self.stuck if c.state == "failed"]

    def pending(self) -> list[OutboxCommand]:
        return [command(i + 1, path=q["path"]) for i, q in enumerate(self.queued)]

    def held(self) -> list[OutboxCommand]:
        return [c for c in self.stuck if c.state == "held"]

    def counts(self) -> dict[str, int]:
        return {"pending": len(self.queued), "conflict": len(self.conflicts()),
                "failed": len(self.failed()), "held": len(self.held())}  # fmt: skip

    def first_labels(self, limit: int) -> list[str]:
        return [c.label for c in self.pending()[:limit]]

    def get(self, command_id: int) -> OutboxCommand | None:
        return next((c for c in self.stuck if c.id == command_id), None)

    def retry(
        self, command_id: int, if_match: int | None, body: dict[str, Any] | None = None
    ) -> OutboxCommand | None:
        self.retried.append((command_id, if_match))
        if body is not None:
            self.bodies[command_id] = body
        self.stuck = [c for c in self.stuck if c.id != command_id]
        return None

    def discard(self, command_id: int) -> None:
        self.discarded.append(command_id)
        self.stuck = [c for c in self.stuck if c.id != command_id]

    def replay(self, api: Any, live_epoch: str | None = None) -> ReplayResult:
        self.replayed = getattr(self, "replayed", 0) + 1
        sent = len(self.queued)
        self.queued.clear()
        return ReplayResult(sent=sent)


@dataclass
class FakeEngine:
    """Answers ``step`` from a script; then idles like a long-poll (waits, returns nothing)."""

    script: list[SyncStep | Exception] = field(default_factory=list)
    initial: int | Exception = 0
    waits: list[float] = field(default_factory=list)
    idle: threading.Event = field(default_factory=threading.Event)
    on_step: Callable[[], None] | None = None

    def server_epoch(self) -> str:
        return "e1"

    def initial_sync(self, on_progress: Callable[[int], None] | None = None) -> int:
        if isinstance(self.initial, Exception):
            raise self.initial
        if on_progress is not None:
            on_progress(self.initial)
        return self.initial

    def step(self, wait: float) -> SyncStep:
        self.waits.append(wait)
        if self.on_step is not None:
            self.on_step()
        if self.script:
            item = self.script.pop(0)
            if isinstance(item, Exception):
                raise item
            return item
        self.idle.wait(min(wait, 0.05))  # a short stand-in for the server's long-poll
        return SyncStep()


def services(
    engine: FakeEngine | None = None,
    cache: FakeCache | None = None,
    outbox: FakeOutbox | None = None,
) -> tuple[SyncServices, FakeEngine, FakeCache, FakeOutbox]:
    engine = engine or FakeEngine()
    cache = cache or FakeCache()
    outbox = outbox or FakeOutbox()
    built = SyncServices(FakeApi(), cache, outbox, engine)  # type: ignore[arg-type]
    return built, engine, cache, outbox


def command(
    command_id: int,
    *,
    state: str = "pending",
    path: str = "/api/v1/orders/1/assign",
    error: dict[str, Any] | None = None,
    label: str = "派单 SM20261127-000001",
) -> OutboxCommand:
    return OutboxCommand(
        id=command_id,
        path=path,
        body={"provider_id": 3},
        if_match=1,
        idempotency_key=f"key-{command_id}",
        entity="order",
        entity_id=1,
        label=label,
        created_at=NOW,
        state=state,
        error=error,
    )


def replay(**kw: Any) -> ReplayResult:
    return ReplayResult(**kw)
