"""The local cache: a SQLite mirror of what the change feed delivered.

One table per entity (``ent_<entity>``: id, version, the JSON data, plus the few columns the
board and the pickers query). Pages are applied with one ``executemany`` upsert per entity
that skips rows whose local version is newer, and the cursor is saved in the same
transaction, so a crash never leaves a page half-applied or a cursor ahead of the data.

It is a mirror: when ``PRAGMA user_version`` differs from :data:`CACHE_SCHEMA_VERSION` the
mirror tables are dropped and rebuilt empty, and the cursor reset to "" makes the sync engine
fetch everything again. The Outbox is not a mirror (it holds commands the server has not
seen) and lives in a file of its own (app.client.outbox); caches written by older versions
still hold an ``outbox`` table, which a rebuild leaves alone until its commands are adopted.

One thread uses a Cache at a time (the sync worker); it is not shared between threads.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from operator import itemgetter
from pathlib import Path
from typing import Any
from urllib.parse import quote

from app.rules.feed import FEED_ENTITIES

__all__ = ["CACHE_SCHEMA_VERSION", "Cache", "CacheReader", "private_file"]

# Follows the declarations in app.rules.feed: when they change the tables, the mirror is rebuilt.
_LAYOUT = repr([(e.name, e.cached) for e in FEED_ENTITIES]) + "|mirror-2"
CACHE_SCHEMA_VERSION = zlib.crc32(_LAYOUT.encode()) & 0x7FFFFFFF
OUTBOX_TABLE = "outbox"  # the Outbox's table; in old cache files too (never dropped there)

# Columns copied out of ``data`` for queries (name, SQL type); everything else stays in JSON.
# Declared once per entity in app.rules.feed.
EXTRACTED: dict[str, tuple[tuple[str, str], ...]] = {
    e.name: tuple((f.name, f.sql_type) for f in e.cached) for e in FEED_ENTITIES
}
INDEXES: dict[str, tuple[str, ...]] = {
    e.name: tuple(f.name for f in e.cached if f.indexed) for e in FEED_ENTITIES
}
_JSON_COLUMNS = frozenset((e.name, f.name) for e in FEED_ENTITIES for f in e.cached if f.json)
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


def private_file(path: Path) -> None:
    """The cache (and the outbox) holds names and free text: owner-only (0600), made
    so before SQLite creates it; its -wal and -shm files take the same permissions."""
    path.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(path, os.O_CREAT | os.O_RDWR, 0o600))
    for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if f.exists():
            f.chmod(0o600)


class CacheReader:
    """Reads of the mirror on one connection; pages read through these, off the UI thread.

    ``CacheReader.open(path)`` is a read-only connection of its own (WAL lets it read while the
    sync worker writes; each read sees one committed state). :class:`Cache`, the writer, reads
    through the same methods on its own connection.
    """

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    @classmethod
    def open(cls, path: Path | str) -> CacheReader:
        uri = f"file:{quote(str(path))}?mode=ro"
        conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only = 1")
        return cls(conn)

    @property
    def connection(self) -> sqlite3.Connection:
        """The connection, for the queries in app.client (same thread as this reader)."""
        return self._conn

    def close(self) -> None:
        self._conn.close()

    def _select(self, entity: str, sql_tail: str, params: tuple[Any, ...] = ()) -> list[Any]:
        try:
            return self._conn.execute(
                f"SELECT data FROM {table_of(entity)} {sql_tail}", params
            ).fetchall()
        except sqlite3.OperationalError as exc:
            if "no such table" in str(exc):  # an entity this mirror never received
                return []
            raise

    def get(self, entity: str, entity_id: int) -> dict[str, Any] | None:
        rows = self._select(entity, "WHERE id = ?", (entity_id,))
        return _decode(rows[0][0]) if rows else None

    def many(self, entity: str, ids: Iterable[int]) -> list[dict[str, Any]]:
        """The rows of ``ids`` that the mirror holds, in id order."""
        wanted = json.dumps(sorted({int(i) for i in ids}))
        rows = self._select(
            entity, "WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id", (wanted,)
        )
        return [_decode(data) for (data,) in rows]

    def all(self, entity: str) -> list[dict[str, Any]]:
        return [_decode(data) for (data,) in self._select(entity, "ORDER BY id")]

    def where(
        self, entity: str, column: str, values: Iterable[Any], *, order: str = "id"
    ) -> list[dict[str, Any]]:
        """Rows whose cached ``column`` is one of ``values`` (a declared column of the entity)."""
        declared = {name for name, _ in EXTRACTED.get(entity, ())}
        if column not in declared or order.removesuffix(" DESC") not in declared | {"id"}:
            raise ValueError(f"{entity}.{column} / {order} is not a cached column")
        wanted = json.dumps(list(values), ensure_ascii=False)
        rows = self._select(
            entity,
            f"WHERE {column} IN (SELECT value FROM json_each(?)) ORDER BY {order}",
            (wanted,),
        )
        return [_decode(data) for (data,) in rows]

    def count(self, entity: str) -> int:
        try:
            (n,) = self._conn.execute(f"SELECT count(*) FROM {table_of(entity)}").fetchone()
        except sqlite3.OperationalError:
            return 0
        return int(n)


class Cache(CacheReader):
    """The local SQLite mirror and its one writer (":memory:" allowed in tests)."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            private_file(Path(self.path))
        super().__init__(sqlite3.connect(self.path, isolation_level=None, check_same_thread=False))
        if self.path != ":memory:":
            self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=NORMAL")
        self._conn.execute("PRAGMA temp_store=MEMORY")
        self._tables: set[str] = set()
        self._upserts: dict[str, tuple[str, Callable[[dict[str, Any]], tuple[Any, ...]]]] = {}
        self._text_upserts: dict[str, str] = {}
        self.rebuilt = False  # True when this open dropped an old mirror (schema change)
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

    def _text_upsert(self, entity: str) -> str:
        """The upsert of a row whose data is JSON text: cached columns by ``json_extract``, as
        :func:`_row_builder` picks them from decoded data (JSON columns: a list, ``[]`` when
        missing)."""
        sql = self._text_upserts.get(entity)
        if sql is None:
            table = self._ensure_table(entity)
            names = [n for n, _ in EXTRACTED.get(entity, ())]
            values = ["?1", "?2", "?3"]
            for name in names:
                pick = f"json_extract(?3, '$.{name}')"
                values.append(
                    f"coalesce({pick}, '[]')" if (entity, name) in _JSON_COLUMNS else pick
                )
            cols = ["id", "version", "data", *names]
            sets = ", ".join(f"{c} = excluded.{c}" for c in cols[1:])
            sql = (
                f"INSERT INTO {table} ({', '.join(cols)}) VALUES ({', '.join(values)}) "
                f"ON CONFLICT(id) DO UPDATE SET {sets} WHERE excluded.version > {table}.version"
            )
            self._text_upserts[entity] = sql
        return sql

    # -- transactions and the cursor ---------------------------------------------------------

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

    # -- writes ------------------------------------------------------------------------------

    def apply_page(self, changes: list[dict[str, Any]], cursor: str) -> dict[str, list[int]]:
        """Apply one feed page and save ``cursor``, in one transaction.

        Upserts skip rows whose local version is newer; ``op`` "D" deletes. Returns the ids
        the page touched per entity (including any whose newer local version was kept).
        """
        with self.transaction() as conn:
            touched = self._write(conn, changes)
            self._put_cursor(conn, cursor)
        self._cursor = cursor
        return touched

    def apply_snapshot(self, rows: list[tuple[str, int, int, str]]) -> None:
        """Apply rows of a snapshot (entity, id, version, data as JSON text) in one transaction,
        without moving the cursor: it is saved (:meth:`save_cursor`) once the last batch is
        applied. The data text is stored as it comes; SQLite extracts the cached columns."""
        groups: dict[str, list[tuple[int, int, str]]] = {}
        for entity, rid, version, data in rows:
            group = groups.get(entity)
            if group is None:
                group = groups[entity] = []
            group.append((rid, version, data))
        with self.transaction() as conn:
            for entity, group in groups.items():
                conn.executemany(self._text_upsert(entity), group)

    def save_cursor(self, cursor: str) -> None:
        with self.transaction() as conn:
            self._put_cursor(conn, cursor)
        self._cursor = cursor

    def _write(
        self, conn: sqlite3.Connection, changes: list[dict[str, Any]]
    ) -> dict[str, list[int]]:
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
        return touched

    @staticmethod
    def _put_cursor(conn: sqlite3.Connection, cursor: str) -> None:
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('cursor', ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (cursor,),
        )

    def clear(self) -> None:
        """Empty the mirror and forget the cursor (before a full re-sync); keeps the Outbox."""
        with self.transaction() as conn:
            for table in sorted(self._tables):
                conn.execute(f"DELETE FROM {table}")
            conn.execute("DELETE FROM meta WHERE key = 'cursor'")
        self._cursor = ""


def _decode(text: str) -> dict[str, Any]:
    value = json.loads(text)
    assert isinstance(value, dict)
    return value
