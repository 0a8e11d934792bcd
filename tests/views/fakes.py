"""Small stand-ins for the app.client classes and the sync link, shaped like the contract."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.client.cache import BoardRow, search_key
from app.client.outbox import OutboxCommand, ReplayResult
from app.client.sync import SyncStep
from app.views.sync_worker import SyncServices

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


class FakeLink(QObject):
    """The SyncLink surface the pages use; records requests instead of queuing them."""

    changed = Signal(str, list)
    board_rows = Signal(object, bool)
    board_removed = Signal(list)
    order_events = Signal(int, object)
    providers = Signal(int, object)
    status = Signal(object)
    conflict = Signal(object)
    command_failed = Signal(object)
    command_resolved = Signal(int)
    progress = Signal(int)
    error = Signal(str)
    auth_lost = Signal()
    logged_out = Signal()
    stopped = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.commands: list[dict[str, Any]] = []
        self.row_requests: list[list[int] | None] = []
        self.event_requests: list[int] = []
        self.provider_requests: list[tuple[int, str, str]] = []
        self.resolutions: list[tuple[int, bool]] = []
        self.logouts = 0

    def enqueue_command(self, command: dict[str, Any]) -> None:
        self.commands.append(command)

    def fetch_board_rows(self, ids: list[int] | None = None) -> None:
        self.row_requests.append(ids)

    def fetch_order_events(self, order_id: int) -> None:
        self.event_requests.append(order_id)

    def fetch_providers(self, order_id: int, category: str, district: str) -> None:
        self.provider_requests.append((order_id, category, district))

    def resolve_command(self, command_id: int, retry: bool) -> None:
        self.resolutions.append((command_id, retry))

    def logout(self) -> None:
        self.logouts += 1


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
        self.events: dict[int, list[dict[str, Any]]] = {}
        self.provider_list: list[dict[str, Any]] = []
        self.thread_ids: set[int] = set()

    def _touch(self) -> None:
        self.thread_ids.add(threading.get_ident())

    def cursor(self) -> str:
        self._touch()
        return self._cursor

    def board_rows(self, ids: list[int] | None = None) -> list[BoardRow]:
        self._touch()
        if ids is None:
            return list(self.rows.values())
        return [self.rows[i] for i in ids if i in self.rows]

    def order_events(self, order_id: int) -> list[dict[str, Any]]:
        self._touch()
        return self.events.get(order_id, [])

    def providers_for(self, category: str, district: str) -> list[dict[str, Any]]:
        self._touch()
        return self.provider_list

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

    def get(self, command_id: int) -> OutboxCommand | None:
        return next((c for c in self.stuck if c.id == command_id), None)

    def retry(self, command_id: int, if_match: int | None) -> OutboxCommand | None:
        self.retried.append((command_id, if_match))
        self.stuck = [c for c in self.stuck if c.id != command_id]
        return None

    def discard(self, command_id: int) -> None:
        self.discarded.append(command_id)
        self.stuck = [c for c in self.stuck if c.id != command_id]

    def replay(self, api: Any) -> ReplayResult:
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
