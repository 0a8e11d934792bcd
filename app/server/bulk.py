"""Bulk inserts of plain rows (seeding): Core executemany, with SQLite's fast path.

SQLAlchemy's executemany builds and processes a parameter dict per row: for the demo's 100k+
rows that was most of a first start. On SQLite the statement is written once with ``?``
placeholders and each row becomes a tuple, its values passed through the very bind
processors of the columns' types (UTC times, JSON, sealed text), so the stored values are
the same as Core's. Tables whose missing columns need a Python default take Core's path.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from operator import itemgetter
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

Processor = Callable[[Any], Any]


def insert_many(
    session: Session,
    table: Table,
    rows: Sequence[dict[str, Any]],
    same: dict[str, Any] | None = None,
) -> None:
    """Insert ``rows`` (each with the same keys, column names of ``table``) in the caller's
    transaction; ``same``: values of further columns, equal in every row."""
    if not rows:
        return
    keys = list(rows[0])
    pick = itemgetter(*keys)
    values = [pick(row) for row in rows] if len(keys) > 1 else [(row[keys[0]],) for row in rows]
    insert_values(session, table, keys, values, same)


def insert_values(
    session: Session,
    table: Table,
    keys: Sequence[str],
    rows: Sequence[Sequence[Any]],
    same: dict[str, Any] | None = None,
) -> None:
    """Like :func:`insert_many` for rows given as value tuples, in the order of ``keys``."""
    if not rows:
        return
    same = same or {}
    conn = session.connection()
    dialect = conn.dialect
    missing = [c for c in table.columns if c.key not in keys and c.key not in same]
    if dialect.name != "sqlite" or any(c.default is not None for c in missing):
        session.execute(insert(table), [{**dict(zip(keys, r, strict=True)), **same} for r in rows])
        return

    def processor(key: str) -> Processor | None:
        found: Processor | None = table.c[key].type.dialect_impl(dialect).bind_processor(dialect)
        return found

    fixed = tuple(v if (p := processor(k)) is None else p(v) for k, v in same.items())
    names = [*same, *keys]
    quote = dialect.identifier_preparer.quote
    sql = (
        f"INSERT INTO {quote(table.name)} ({', '.join(quote(table.c[k].name) for k in names)}) "
        f"VALUES ({', '.join('?' * len(names))})"
    )
    # A processor sees None too (JSON stores it as 'null', as Core does).
    processed = [(i, p) for i, k in enumerate(keys) if (p := processor(k)) is not None]
    if not processed:
        conn.exec_driver_sql(sql, [(*fixed, *row) for row in rows])
        return

    def values(row: Sequence[Any]) -> tuple[Any, ...]:
        out = list(row)
        for i, p in processed:
            out[i] = p(out[i])
        return (*fixed, *out)

    conn.exec_driver_sql(sql, [values(row) for row in rows])
