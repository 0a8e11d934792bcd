"""The change log: appended in every write transaction, read in commit order by the feed.

Positions are ``(txid, seq)``. On SQLite ``txid`` is always 0 and ``seq`` is commit order.
On PostgreSQL a row is readable only once its transaction id is below the oldest running
transaction (``pg_snapshot_xmin``), so no later commit can slip in behind a reader's cursor.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Table,
    Text,
    cast,
    func,
    insert,
    select,
    text,
    tuple_,
    type_coerce,
)
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ChangeOp
from app.server.bulk import insert_values
from app.server.projections import ENTITY_OF, project

Position = tuple[int, int]
CHANGE_LOG: Table = t.ChangeLog.__table__  # type: ignore[assignment]
ORIGIN: Position = (0, 0)


@dataclass(frozen=True, slots=True)
class Change:
    """One change-log row. ``data_json`` is the stored payload text, passed through to the
    wire without a decode/encode round trip (initial sync reads 100k of these)."""

    position: Position
    entity: str
    entity_id: int
    version: int
    op: str
    data_json: str

    @property
    def payload(self) -> dict[str, Any]:
        value: dict[str, Any] = json.loads(self.data_json)
        return value

    def with_payload(self, payload: dict[str, Any]) -> Change:
        return Change(
            self.position, self.entity, self.entity_id, self.version, self.op, dumps(payload)
        )

    def wire_json(self) -> bytes:
        return (
            f'{{"entity":"{self.entity}","id":{self.entity_id},"version":{self.version},'
            f'"op":"{self.op}","data":{self.data_json}}}'
        ).encode()


def dumps(value: Any) -> str:
    """Compact JSON keeping Chinese as UTF-8 (half the bytes of \\u escapes)."""
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def _txid_expr(session: Session) -> Any:
    if session.get_bind().dialect.name == "postgresql":
        return cast(cast(func.pg_current_xact_id(), Text), BigInteger)
    return 0


def record_change(
    session: Session, obj: t.Base, now: datetime, op: ChangeOp = ChangeOp.UPSERT
) -> None:
    """Append ``obj``'s current (masked) state to the change log, in the caller's transaction.

    Call after the object's changes are flushed, so ``id`` and ``version`` are final.
    """
    session.flush()
    entity = ENTITY_OF[type(obj)]
    payload = project(entity, obj)
    session.execute(
        insert(t.ChangeLog).values(
            txid=_txid_expr(session),
            entity=entity,
            entity_id=payload["id"],
            version=payload["version"],
            op=op.value,
            payload=payload,
            at=now,
        )
    )


def record_rows(
    session: Session, entity: str, payloads: list[dict[str, Any]], now: datetime
) -> None:
    """Bulk form for seeding: ``payloads`` are already projected (masked)."""
    if not payloads:
        return
    txid = _txid_expr(session)
    insert_values(
        session,
        CHANGE_LOG,  # Core (or SQLite's fast path), not the ORM bulk layer: 100k+ rows
        ("entity_id", "version", "payload"),
        [(p["id"], p.get("version", 1), p) for p in payloads],
        same={
            "txid": txid if isinstance(txid, int) else 0,
            "entity": entity,
            "op": ChangeOp.UPSERT.value,
            "at": now,
        },
    )
    if not isinstance(txid, int):
        # executemany cannot bind an SQL expression per row; stamp the txid afterwards.
        session.execute(
            text("UPDATE change_log SET txid = pg_current_xact_id()::text::bigint WHERE txid = 0")
        )


def read_changes(session: Session, after: Position, limit: int) -> list[Change]:
    """Up to ``limit`` final changes after ``after``, in feed order."""
    c = t.ChangeLog
    raw = (
        type_coerce(c.payload, Text)
        if session.get_bind().dialect.name == "sqlite"
        else cast(c.payload, Text)
    )
    stmt = select(c.txid, c.seq, c.entity, c.entity_id, c.version, c.op, raw.label("data"))
    if session.get_bind().dialect.name == "postgresql":
        xmin = text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        stmt = (
            stmt.where(tuple_(c.txid, c.seq) > tuple_(after[0], after[1]))
            .where(c.txid < xmin)
            .order_by(c.txid, c.seq)
        )
    else:
        stmt = stmt.where(c.seq > after[1]).order_by(c.seq)
    rows = session.execute(stmt.limit(limit)).all()
    return [Change((r.txid, r.seq), r.entity, r.entity_id, r.version, r.op, r.data) for r in rows]


def head_position(session: Session) -> Position:
    """The newest final position (every change at or before it is readable and settled)."""
    c = t.ChangeLog
    if session.get_bind().dialect.name == "postgresql":
        xmin = text("pg_snapshot_xmin(pg_current_snapshot())::text::bigint")
        row = session.execute(
            select(c.txid, c.seq)
            .where(c.txid < xmin)
            .order_by(c.txid.desc(), c.seq.desc())
            .limit(1)
        ).first()
    else:
        row = session.execute(select(c.txid, c.seq).order_by(c.seq.desc()).limit(1)).first()
    return (row.txid, row.seq) if row else ORIGIN
