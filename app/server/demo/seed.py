"""Seed an empty database with the Beijing demo: one transaction, bulk Core inserts.

The ORM unit of work would spend minutes on 100k orders; ``insert(table)`` with a list of
dicts is one executemany per chunk. Every synced row also gets its change-log entry in the
same transaction, so a desktop that syncs from the start sees the whole demo.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from sqlalchemy import Table, select, text
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import Role
from app.server.bulk import insert_many
from app.server.changes import record_rows
from app.server.db import Database
from app.server.demo.generator import DEMO_PASSWORD, PRIVATE_ORDER, DemoData, generate
from app.server.projections import ENTITIES, project_row
from app.server.security import hash_password
from app.server.services.context import Actor, audit

SEED_ACTOR = Actor(None, "seed", Role.ADMIN, "seed")
CHUNK = 10_000  # rows per executemany: bounds the memory of the projected payloads
_SEED_LOCK = 0x5E3D_0001  # PostgreSQL advisory lock: two servers starting at once seed once


def seed_demo(
    db: Database,
    now: datetime,
    seed: int,
    *,
    orders: int = 1500,
    providers: int = 2000,
    customers: int = 500,
    history_days: int = 0,
) -> dict[str, int]:
    """Fill a database that has no users yet with the demo; returns row counts per table.

    Does nothing and returns ``{}`` when any user exists. Every demo account's password is
    ``DEMO_PASSWORD``. ``history_days``: past Beijing days with orders and complaints too.
    """

    def make(password_hash: str) -> DemoData:
        return generate(
            now, seed, orders=orders, providers=providers, customers=customers,
            password_hash=password_hash, history_days=history_days,
        )  # fmt: skip

    return _seed(db, now, seed, make)


def seed_orders_only(
    db: Database, now: datetime, seed: int, orders: int, *, events: bool = False
) -> dict[str, int]:
    """A lean data set for order-volume benchmarks (e.g. 100k orders a day).

    The six users, customers and providers sized to fit (``max(2000, orders // 2)``
    providers, as Beijing needs about 50k for 100k orders; ``max(500, orders // 5)``
    customers) and the orders; their events only with ``events`` (they are ~3.5 rows an
    order). No certifications, training, complaints or sanctions. Same no-users-yet rule.
    """

    def make(password_hash: str) -> DemoData:
        data = generate(
            now, seed, orders=orders, providers=max(2000, orders // 2),
            customers=max(500, orders // 5), password_hash=password_hash, lean=True,
        )  # fmt: skip
        if events:
            return data
        return DemoData({**data.rows, "order_event": []}, data.private)

    return _seed(db, now, seed, make)


def _seed(
    db: Database, now: datetime, seed: int, make: Callable[[str], DemoData]
) -> dict[str, int]:
    with db.read() as session:
        if _has_users(session):
            return {}
    # Generate outside the write transaction: it takes a while and needs no lock.
    data = make(hash_password(DEMO_PASSWORD))
    with db.write() as session:
        if session.get_bind().dialect.name == "postgresql":
            session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _SEED_LOCK})
        if _has_users(session):
            return {}
        counts = insert_rows(session, data, now)
        audit(session, SEED_ACTOR, now, "demo.seed", "system", None, {"seed": seed, **counts})
    return counts


def _has_users(session: Session) -> bool:
    return session.scalar(select(t.User.id).limit(1)) is not None


def insert_rows(session: Session, data: DemoData, now: datetime) -> dict[str, int]:
    """Bulk-insert ``data`` and its change-log entries in the caller's transaction.

    Returns the row count per table name.
    """
    counts: dict[str, int] = {}
    for entity, rows in data.rows.items():
        table = _table(entity)
        counts[table.name] = len(rows)
        for start in range(0, len(rows), CHUNK):
            chunk = rows[start : start + CHUNK]
            insert_many(session, table, chunk)
            record_rows(session, entity, [project_row(entity, row) for row in chunk], now)
    for name in PRIVATE_ORDER:  # never in the change log: scans are personal information
        rows = data.private.get(name, [])
        counts[name] = len(rows)
        for start in range(0, len(rows), CHUNK):
            insert_many(session, t.Base.metadata.tables[name], rows[start : start + CHUNK])
    if session.get_bind().dialect.name == "postgresql":
        names = [_table(e).name for e, rows in data.rows.items() if rows]
        if data.private.get("certification_documents"):
            names.append("certification_documents")
        _reset_sequences(session, names)
    return counts


def _table(entity: str) -> Table:
    return t.Base.metadata.tables[ENTITIES[entity].__tablename__]


def _reset_sequences(session: Session, names: list[str]) -> None:
    """Explicit ids leave PostgreSQL's sequences behind; move each to its table's max id."""
    for name in names:
        session.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                f"(SELECT max(id) FROM {name}))"
            )
        )
