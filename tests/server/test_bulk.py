"""Bulk inserts (seeding): SQLite's fast path stores exactly what Core's executemany stores,
and tables that need a Python default, or PostgreSQL, take Core's path."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest
from sqlalchemy import DateTime, insert, select, text
from sqlalchemy.dialects import sqlite

from app.models import tables as t
from app.models.tables.base import NaiveDatetimeError, UTCDateTime
from app.server.bulk import insert_many, insert_values
from app.server.changes import record_rows
from app.server.db import Database
from app.server.demo.generator import generate
from app.server.demo.seed import _table
from app.server.projections import project_row
from tests.server.demo.conftest import NOW

EVERY = ("user", "customer", "provider", "order", "order_event", "complaint", "complaint_note")


def _database(path: Path) -> Database:
    db = Database(f"sqlite:///{path}")
    t.Base.metadata.create_all(db.write_engine)
    return db


def _raw(db: Database, table: str) -> list[tuple[object, ...]]:
    with db.read() as s:
        return [tuple(r) for r in s.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]


def test_the_fast_path_stores_what_core_stores(tmp_path: Path) -> None:
    data = generate(NOW, 3, orders=40, providers=40, customers=20, history_days=1)
    core, fast = _database(tmp_path / "core.sqlite3"), _database(tmp_path / "fast.sqlite3")
    with core.write() as s:
        for entity in EVERY:
            s.execute(insert(_table(entity)), data.rows[entity])
    with fast.write() as s:
        for entity in EVERY:
            insert_many(s, _table(entity), data.rows[entity])
    for entity in EVERY:
        name = _table(entity).name
        with core.read() as a, fast.read() as b:  # decoded: sealed text has fresh nonces
            table = _table(entity)
            assert a.execute(select(table)).all() == b.execute(select(table)).all(), name
        if name not in ("customers", "providers", "orders"):  # sealed text: fresh nonces
            assert _raw(core, name) == _raw(fast, name), name
    core.dispose()
    fast.dispose()


def test_change_log_rows_match_core_and_json_null_too(tmp_path: Path) -> None:
    data = generate(NOW, 3, orders=20, providers=20, customers=10)
    users = [project_row("user", u) for u in data.rows["user"]]
    assert all(u.get("totp_enabled_at", None) is None for u in users)
    core, fast = _database(tmp_path / "core.sqlite3"), _database(tmp_path / "fast.sqlite3")
    log = t.ChangeLog.__table__
    with core.write() as s:
        s.execute(
            insert(log),
            [{"txid": 0, "entity": "user", "entity_id": u["id"], "version": 1, "op": "U",
              "payload": u, "at": NOW} for u in users],
        )  # fmt: skip
        s.execute(insert(log), [{"txid": 0, "entity": "x", "entity_id": 1, "version": 1,
                                 "op": "U", "payload": None, "at": NOW}])  # fmt: skip
    with fast.write() as s:
        record_rows(s, "user", users, NOW)
        same = {"txid": 0, "entity": "x", "version": 1, "op": "U", "at": NOW}
        insert_values(s, log, ("entity_id", "payload"), [(1, None)], same=same)
        record_rows(s, "user", [], NOW)  # nothing to do
        insert_many(s, log, [])
    assert _raw(core, "change_log") == _raw(fast, "change_log")
    assert _raw(fast, "change_log")[-1][6] == "null"  # JSON's None, as Core stores it
    core.dispose()
    fast.dispose()


def test_a_table_needing_a_python_default_takes_cores_path(tmp_path: Path) -> None:
    # customers.phone_hash is computed by its column default (the keyed hash of the phone)
    data = generate(NOW, 3, orders=5, providers=5, customers=4)
    db = _database(tmp_path / "db.sqlite3")
    with db.write() as s:
        insert_many(s, _table("customer"), data.rows["customer"])
        one = s.get(t.Customer, 1)
        assert one is not None
        assert len(one.phone_hash) == 64
    db.dispose()


def test_a_single_column_row(tmp_path: Path) -> None:
    db = _database(tmp_path / "db.sqlite3")
    with db.write() as s:
        insert_many(s, t.Base.metadata.tables["server_meta"], [{"key": "a"}, {"key": "b"}],
                    same={"value": "x"})  # fmt: skip
    assert _raw(db, "server_meta") == [("a", "x"), ("b", "x")]
    db.dispose()


def test_utc_times_on_sqlite_are_sqlalchemys_datetime_text() -> None:
    dialect = sqlite.dialect()
    fast = UTCDateTime().bind_processor(dialect)
    generic = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert fast is not None
    assert generic is not None
    beijing = timezone(timedelta(hours=8))
    for value in (
        datetime(2026, 3, 12, 3, 30, tzinfo=UTC),
        datetime(2026, 3, 12, 3, 30, 5, 7, tzinfo=UTC),
        datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=beijing),
    ):
        assert fast(value) == generic(value.astimezone(UTC).replace(tzinfo=None))
    assert fast(None) is None
    with pytest.raises(NaiveDatetimeError):
        fast(datetime(2026, 3, 12))


def test_postgresql_takes_cores_path_with_the_same_rows(pg_url: str) -> None:
    from app.server.demo.seed import seed_demo
    from app.server.schema import migrate
    from tests.server.demo.conftest import SMALL

    db = Database(pg_url)
    migrate(db)
    counts = seed_demo(db, NOW, 7, **SMALL, history_days=1)
    data = generate(NOW, 7, **SMALL, history_days=1)
    assert counts["orders"] == len(data.rows["order"]) > SMALL["orders"]
    with db.read() as s:
        logged = s.scalar(text("SELECT count(*) FROM change_log"))
        assert logged == sum(len(rows) for rows in data.rows.values())
        stored = s.execute(select(t.Order.code, t.Order.created_at).order_by(t.Order.id)).all()
        assert stored == [(o["code"], o["created_at"]) for o in data.rows["order"]]
        txids = set(s.scalars(text("SELECT DISTINCT txid FROM change_log")))
        assert len(txids) == 1 and 0 not in txids  # noqa: PT018 - one seeding transaction
    db.dispose()
