"""Engines and transactions.

SQLite: WAL, and writes open with ``BEGIN IMMEDIATE`` so that they are serialised and the
change log's AUTOINCREMENT order is commit order. Reads use a second engine with deferred
transactions, which WAL lets run beside a writer.
PostgreSQL (psycopg 3): READ COMMITTED; the feed's gap-freedom comes from the txid rule.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, make_url, text
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, sessionmaker

from app.models.tables.sealed import DataKeys, bind_keys
from app.server.data_keys import load_keys
from app.server.settings import ServerSettings

# One encoder for every value: json.dumps with keyword options builds a new one per call, which
# doubled the cost of the change-log payloads (every write, and 100k+ rows when seeding).
_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False).encode


def _compact_json(value: Any) -> str:
    """JSON columns as compact UTF-8 text: the feed passes this text through unchanged."""
    return _encode(value)


def _sqlite_engine(url: str, *, immediate: bool) -> Engine:
    engine = create_engine(
        url,
        pool_size=8,
        max_overflow=32,
        pool_timeout=30,
        json_serializer=_compact_json,
        hide_parameters=True,  # error logs must not carry personal information
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
        cur = dbapi_conn.cursor()
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=NORMAL")
        cur.execute("PRAGMA busy_timeout=30000")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")

    return engine


def normalise_url(url: str) -> str:
    """postgresql:// means psycopg 3 here (SQLAlchemy's default would be psycopg2)."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _private_sqlite_file(url: str) -> None:
    """Create the SQLite file readable by its owner only (0600), before SQLite does (0644 under
    the usual umask): it holds phone numbers, ID numbers and addresses. SQLite gives its -wal
    and -shm files the database file's permissions; existing ones are tightened too."""
    path = make_url(url).database
    if not path or path == ":memory:" or path.startswith("file:"):
        return
    db_file = Path(path)
    db_file.parent.mkdir(parents=True, exist_ok=True)
    os.close(os.open(db_file, os.O_CREAT | os.O_RDWR, 0o600))
    for f in (db_file, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if f.exists():
            f.chmod(0o600)


def default_keys(url: str) -> DataKeys:
    """The data keys the settings (environment) name for the database at ``url``."""
    cfg = ServerSettings()
    return load_keys(
        url, data_key=cfg.data_key, data_key_file=cfg.data_key_file, data_dir=cfg.data_dir
    ).keys


class Database:
    """The server's handle on its database: one write and one read path."""

    def __init__(self, url: str, keys: DataKeys | None = None) -> None:
        """Args:
        url: the SQLAlchemy URL.
        keys: the keys of the personal fields at rest; by default from the environment or
            the key file (app.server.data_keys).
        """
        self.url = normalise_url(url)
        self.is_sqlite = self.url.startswith("sqlite")
        if self.is_sqlite:
            _private_sqlite_file(self.url)
            self.write_engine = _sqlite_engine(self.url, immediate=True)
            self.read_engine = _sqlite_engine(self.url, immediate=False)
        else:
            self.write_engine = create_engine(
                self.url,
                pool_size=10,
                max_overflow=30,
                pool_pre_ping=True,
                json_serializer=_compact_json,
                hide_parameters=True,  # error logs must not carry personal information
            )
            self.read_engine = self.write_engine
        if keys is None:
            keys = default_keys(self.url)
        self.keys = keys
        for engine in {self.write_engine, self.read_engine}:
            bind_keys(engine.dialect, keys)
        self._write = sessionmaker(self.write_engine, expire_on_commit=False)
        self._read = sessionmaker(self.read_engine, expire_on_commit=False)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any exception."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.write_engine.dispose()
        if self.read_engine is not self.write_engine:
            self.read_engine.dispose()


def insert_for(session: Session, table: Any) -> Any:
    """The dialect's INSERT for ``table`` (SQLite's or PostgreSQL's), whose
    ``on_conflict_do_nothing``/``on_conflict_do_update`` both databases understand."""
    if session.get_bind().dialect.name == "postgresql":
        return pg_insert(table)
    return sqlite_insert(table)


def serialise_on(session: Session, name: str) -> None:
    """Make concurrent transactions that pass here with the same ``name`` take turns, until
    the end of the transaction (a PostgreSQL advisory lock; SQLite writers already take
    turns). For numbering such as order codes, which read the highest and add one."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(hashtext(:n))"), {"n": name})
