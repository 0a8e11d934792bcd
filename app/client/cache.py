"""The local cache: a SQLite mirror of what the change feed delivered.

One table per entity (``ent_<entity>``: id, version, the JSON data, plus the few columns the
board and the pickers query). Pages are applied with one ``executemany`` upsert per entity
that skips rows whose local version is newer, and the cursor is saved in the same
transaction, so a crash never leaves a page half-applied or a cursor ahead of the data.

It is a mirror: when ``PRAGMA user_version`` differs from :data:`CACHE_SCHEMA_VERSION` the
mirror tables are dropped and rebuilt empty, and the cursor reset to "" makes the sync engine
fetch everything again. The Outbox's table lives in the same file but is *not* a mirror (it
holds commands the server has not seen), so a rebuild leaves it alone.

One thread uses a Cache at a time (the sync worker); it is not shared between threads.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any

from app.client.board import BoardRow, BoardRowMaker, pinyin_initials, search_key

__all__ = ["CACHE_SCHEMA_VERSION", "BoardRow", "Cache", "pinyin_initials", "search_key"]

CACHE_SCHEMA_VERSION = 1
OUTBOX_TABLE = "outbox"  # not a mirror table: survives rebuilds and clear()

# Columns copied out of ``data`` for queries (name, SQL type); everything else stays in JSON.
EXTRACTED: dict[str, tuple[tuple[str, str], ...]] = {
    "order": (
        ("code", "TEXT"),
        ("status", "TEXT"),
        ("category", "TEXT"),
        ("district", "TEXT"),
        ("address", "TEXT"),
        ("customer_id", "INTEGER"),
        ("provider_id", "INTEGER"),
        ("scheduled_start", "TEXT"),
        ("scheduled_end", "TEXT"),
        ("dispatch_by", "TEXT"),
        ("price_cents", "INTEGER"),
        ("premium", "INTEGER"),
    ),
    "order_event": (("order_id", "INTEGER"),),
    "customer": (("name", "TEXT"),),
    "provider": (
        ("name", "TEXT"),
        ("status", "TEXT"),
        ("home_district", "TEXT"),
        ("categories", "TEXT"),  # JSON array, queried with json_each
        ("districts_served", "TEXT"),
    ),
}
INDEXES: dict[str, tuple[str, ...]] = {"order_event": ("order_id",)}
_JSON_COLUMNS = frozenset({("provider", "categories"), ("provider", "districts_served")})
_ENTITY_NAME = re.compile(r"^[a-z][a-z0-9_]{0,47}$")

# One encoder for every row: json.dumps with keyword options would build a new one per call.
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def table_of(entity: str) -> str:
    if not _ENTITY_NAME.match(entity):
        raise ValueError(f"not an entity name: {entity!r}")
    return f"ent_{entity}"


def _row_builder(entity: str) -> Callable[[dict[str, Any]], tuple[Any, ...]]:
    """How a change becomes the tuple bound to the upsert: id, version, data, extracted..."""
    cols = [name for name, _ in EXTRACTED.get(entity, ())]
    if not cols:
        return lambda c: (c["id"], c["version"], _encode(c["data"]))
    if not any((entity, name) in _JSON_COLUMNS for name in cols):
        pick = itemgetter(*cols)
        if len(cols) == 1:
            return lambda c: (c["id"], c["version"], _encode(c["data"]), c["data"].get(cols[0]))

        def fast(c: dict[str, Any]) -> tuple[Any, ...]:
            d = c["data"]
            try:
                extracted = pick(d)
            except KeyError:  # a role that does not receive a field: leave it NULL
                extracted = tuple(d.get(k) for k in cols)
            return (c["id"], c["version"], _encode(d), *extracted)

        return fast

    def with_json(c: dict[str, Any]) -> tuple[Any, ...]:
        d = c["data"]
        values = [
            _encode(d.get(k) or []) if (entity, k) in _JSON_COLUMNS else d.get(k) for k in cols
        ]
        return (c["id"], c["version"], _encode(d), *values)

    return with_json


def _private_file(path: Path) -> None:
    """The cache (and the outbox in it) holds names and free text: owner-only (0600), made
    so before SQLite creates it; its -wal and -shm files take the same permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if f.exists():
            f.chmod(0o600)


class Cache:
    """The local SQLite mirror (":memory:" allowed in tests)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            _private_file(Path(self.path))
        self._conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA temp_store=MEMORY")
        self._tables: set[str] = set()
        self._upserts: dict[str, tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]]]] = {}
        self.rebuilt = False  # True when this open dropped an old mirror (schema change)
        self._board = BoardRowMaker()
        self._open_schema()
        self._cursor = self._read_cursor()

    # -- schema ------------------------------------------------------------------------------

    def _open_schema(self) -> None:
        (found,) = self._conn.execute("PRAGMA user_version").fetchone()
        with self.transaction():
            if found != CACHE_SCHEMA_VERSION:
                self.rebuilt = found != 0
                for (name,) in self._conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' "
                    "AND name NOT LIKE 'sqlite_%' AND name != ?",
                    (OUTBOX_TABLE,),
                ).fetchall():
                    self._conn.execute(f'DROP TABLE "{name}"')
                self._conn.execute(f"PRAGMA user_version = {CACHE_SCHEMA_VERSION}")
            self._conn.execute(
                "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"
            )
            for entity in EXTRACTED:
                self._ensure_table(entity)
            for (name,) in self._conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'ent_%'"
            ).fetchall():
                self._tables.add(name)

    def _ensure_table(self, entity: str) -> str:
        table = table_of(entity)
        if table in self._tables:
            return table
        extra = "".join(f", {name} {kind}" for name, kind in EXTRACTED.get(entity, ()))
        self._conn.execute(
            f"CREATE TABLE IF NOT EXISTS {table} "
            f"(id INTEGER PRIMARY KEY, version INTEGER NOT NULL, data TEXT NOT NULL{extra})"
        )
        for col in INDEXES.get(entity, ()):
            self._conn.execute(f"CREATE INDEX IF NOT EXISTS ix_{table}_{col} ON {table} ({col})")
        self._tables.add(table)
        return table

    def _upsert(self, entity: str) -> tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]]]:
        got = self._upserts.get(entity)
        if got is None:
            table = self._ensure_table(entity)
            cols = ["id", "version", "data", *(n for n, _ in EXTRACTED.get(entity, ()))]
            sets = ", ".join(f"{c} = excluded.{c}" for c in cols[1:])
            sql = (
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join('?' * len(cols))}) "
                f"ON CONFLICT(id) DO UPDATE SET {sets} WHERE excluded.version > {table}.version"
            )
            got = (sql, _row_builder(entity))
            self._upserts[entity] = got
        return got

    # -- transactions and the cursor ---------------------------------------------------------

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for the Outbox (same file, same thread)."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction: committed on success, rolled back on any exception."""
        self._conn.execute("BEGIN IMMEDIATE")
        try:
            yield self._conn
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def _read_cursor(self) -> str:
        row = self._conn.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone()
        return str(row[0]) if row else ""

    def cursor(self) -> str:
        """Where the feed continues; "" when the mirror is empty."""
        return self._cursor

    def close(self) -> None:
        self._conn.close()

    # -- writes ------------------------------------------------------------------------------

    def apply_page(self, changes: list[dict[str, Any]], cursor: str) -> dict[str, list[int]]:
        """Apply one feed page and save ``cursor``, in one transaction.

        Upserts skip rows whose local version is newer; ``op`` "D" deletes. Returns the ids
        the page touched per entity (including any whose newer local version was kept).
        """
        groups: dict[str, list[dict[str, Any]]] = {}
        has_delete: set[str] = set()
        for change in changes:
            entity = change["entity"]
            group = groups.get(entity)
            if group is None:
                group = groups[entity] = []
            group.append(change)
            if change["op"] == "D":
                has_delete.add(entity)
        touched: dict[str, list[int]] = {}
        with self.transaction() as conn:
            for entity, group in groups.items():
                sql, build = self._upsert(entity)
                if entity in has_delete:
                    # Only the last change of an id counts when a page also deletes.
                    last = {c["id"]: c for c in group}
                    gone = [(i,) for i, c in last.items() if c["op"] == "D"]
                    conn.executemany(f"DELETE FROM {table_of(entity)} WHERE id = ?", gone)
                    group = [c for c in last.values() if c["op"] != "D"]
                conn.executemany(sql, [build(c) for c in group])
                touched[entity] = list(dict.fromkeys(c["id"] for c in groups[entity]))
            conn.execute(
                "INSERT INTO meta (key, value) VALUES ('cursor', ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                (cursor,),
            )
        self._cursor = cursor
        return touched

    def clear(self) -> None:
        """Empty the mirror and forget the cursor (before a full re-sync); keeps the Outbox."""
        with self.transaction() as conn:
            for table in sorted(self._tables):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM meta WHERE key = 'cursor'")
        self._cursor = ""

    # -- reads -------------------------------------------------------------------------------

    def _has(self, entity: str) -> bool:
        return table_of(entity) in self._tables

    def get(self, entity: str, entity_id: int) -> dict[str, Any] | None:
        if not self._has(entity):
            return None
        row = self._conn.execute(
            f"SELECT data FROM {table_of(entity)} WHERE id = ?", (entity_id,)
        ).fetchone()
        return _decode(row[0]) if row else None

    def all(self, entity: str) -> list[dict[str, Any]]:
        if not self._has(entity):
            return []
        rows = self._conn.execute(f"SELECT data FROM {table_of(entity)} ORDER BY id")
        return [_decode(data) for (data,) in rows]

    def count(self, entity: str) -> int:
        if not self._has(entity):
            return 0
        (n,) = self._conn.execute(f"SELECT count(*) FROM {table_of(entity)}").fetchone()
        return int(n)

    def board_rows(self, ids: Iterable[int] | None = None) -> list[BoardRow]:
        """Every cached order (or just ``ids``), with customer and provider names."""
        sql = (
            "SELECT id, version, code, status, category, district, address, customer_id, "
            "provider_id, scheduled_start, scheduled_end, dispatch_by, price_cents, premium "
            "FROM ent_order"
        )
        params: tuple[Any, ...] = ()
        if ids is not None:
            sql += " WHERE id IN (SELECT value FROM json_each(?))"
            params = (json.dumps([int(i) for i in ids]),)
        # Names through dicts rather than a JOIN: 100k B-tree probes into the wide customer
        # and provider rows cost more than reading their (id, name) once.
        orders: Iterable[tuple[Any, ...]]
        if ids is None:
            customers = self._names("customer")
            providers = self._names("provider")
            orders = self._conn.execute(sql + " ORDER BY id")  # streamed: no second copy
        else:
            orders = self._conn.execute(sql + " ORDER BY id", params).fetchall()
            customers = self._names("customer", {r[7] for r in orders})
            providers = self._names("provider", {r[8] for r in orders if r[8] is not None})
        self._board.trim()
        make = self._board.row
        cname, pname = customers.get, providers.get
        return [make(r, cname(r[7], ""), pname(r[8], "")) for r in orders]

    def _names(self, entity: str, ids: set[int] | None = None) -> dict[int | None, str]:
        sql = f"SELECT id, name FROM {table_of(entity)}"
        if ids is None:
            return dict(self._conn.execute(sql))
        if not ids:
            return {}
        return dict(
            self._conn.execute(
                sql + " WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(sorted(ids)),)
            )
        )

    def order_events(self, order_id: int) -> list[dict[str, Any]]:
        rows = self._conn.execute(
            "SELECT data FROM ent_order_event WHERE order_id = ? ORDER BY id", (order_id,)
        )
        return [_decode(data) for (data,) in rows]

    def providers_for(self, category: str, district: str) -> list[dict[str, Any]]:
        """Active providers offering ``category``; those serving ``district`` first.

        The picker shows the rest too: app.rules decides eligibility (a provider outside the
        district may still be near enough) and explains a refusal.
        """
        rows = self._conn.execute(
            "SELECT data FROM ent_provider p WHERE status = 'active' "
            "AND EXISTS (SELECT 1 FROM json_each(p.categories) WHERE value = ?1) "
            "ORDER BY (home_district = ?2 OR EXISTS "
            "(SELECT 1 FROM json_each(p.districts_served) WHERE value = ?2)) DESC, id",
            (category, district),
        )
        return [_decode(data) for (data,) in rows]


def _decode(text: str) -> dict[str, Any]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value
