"""Tamper evidence for the audit log: each record carries a SHA-256 chained to the previous.

``hash = sha256(prev_hash + canonical JSON of the record's fields)``, in id order. Changing,
deleting or inserting a record breaks the chain at that record; :func:`first_broken_link`
finds it (``python -m app.server verify-audit``). Records written before the chain existed
carry no hash and are skipped; the chain starts at the first hashed record.

Appending takes a transaction-long lock on PostgreSQL (SQLite writers take turns anyway), so
that two transactions never chain onto the same predecessor.
"""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.server.db import Database, serialise_on

GENESIS = "0" * 64
_LAST = "audit_chain_last"  # session.info key: (transaction, hash of its last record)


def record_hash(prev_hash: str, row: t.AuditLog) -> str:
    at: datetime = row.at
    fields: list[Any] = [
        at.astimezone(UTC).isoformat(timespec="microseconds"),
        row.user_id,
        row.username,
        row.action,
        row.entity,
        row.entity_id,
        row.client_address,
        row.detail or {},
    ]
    text = json.dumps(fields, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256((prev_hash + text).encode()).hexdigest()


def chain(session: Session, row: t.AuditLog) -> None:
    """Fill ``row``'s prev_hash and hash from the last record (call before adding it).

    No autoflush here: flushing the caller's half-done changes would bump their versions a
    second time. This transaction's own earlier records are remembered in ``session.info``
    instead (the lock keeps every other transaction's records out until we commit).
    """
    transaction = id(session.get_transaction())
    remembered = session.info.get(_LAST)
    if remembered is not None and remembered[0] == transaction:
        last: str | None = remembered[1]
    else:
        with session.no_autoflush:
            serialise_on(session, "audit_chain")
            last = session.scalar(
                select(t.AuditLog.hash)
                .where(t.AuditLog.hash.is_not(None))
                .order_by(t.AuditLog.id.desc())
                .limit(1)
            )
    row.prev_hash = last or GENESIS
    row.hash = record_hash(row.prev_hash, row)
    session.info[_LAST] = (transaction, row.hash)


def first_broken_link(db: Database, batch: int = 5000) -> tuple[int | None, int]:
    """The id of the first record whose chain is broken (None when intact), and how many
    hashed records were checked."""
    prev: str | None = None
    checked = 0
    after = 0
    while True:
        with db.read() as s:
            rows = list(
                s.scalars(
                    select(t.AuditLog)
                    .where(t.AuditLog.id > after, t.AuditLog.hash.is_not(None))
                    .order_by(t.AuditLog.id)
                    .limit(batch)
                )
            )
        if not rows:
            return None, checked
        for row in rows:
            expected_prev = prev if prev is not None else (row.prev_hash or "")
            if row.prev_hash != expected_prev or row.hash != record_hash(expected_prev, row):
                return row.id, checked
            prev = row.hash
            checked += 1
        after = rows[-1].id
