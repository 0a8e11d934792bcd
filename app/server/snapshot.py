"""The bulk snapshot behind a first sync: the latest change of every row at one feed position.

The change log already holds each row's masked payload per change. The snapshot at position
``upto`` is, per (entity, id), the last change at or below ``upto`` (a row whose last change
deletes it is left out). Positions at or below a settled head never change (a later commit
lands after it; compaction deletes only a change superseded by a newer one, which the feed
then delivers), so the snapshot is read in short chunks, each its own read, and stays
consistent with the feed continuing from ``upto`` however many writers commit meanwhile.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Row, Text, and_, cast, exists, select, tuple_, type_coerce
from sqlalchemy.orm import Session, aliased

from app.models import tables as t
from app.models.enums import ChangeOp
from app.server.changes import Position


def read_latest(
    session: Session, upto: Position, after_seq: int, limit: int
) -> Sequence[Row[tuple[int, str, int, int, str]]]:
    """Up to ``limit`` rows of the snapshot at ``upto`` whose ``seq`` is above ``after_seq``,
    in ``seq`` order (page on with the last row's ``seq``): (seq, entity, entity_id, version,
    data), the data as JSON text. Rows, not :class:`Change` objects: a first sync reads 170k
    of them, and building an object per row cost a third of the snapshot's time."""
    c = t.ChangeLog
    n = aliased(t.ChangeLog)
    mine: Any
    theirs: Any
    limit_pos: Any
    raw: Any
    if session.get_bind().dialect.name == "postgresql":
        mine, theirs, limit_pos = tuple_(c.txid, c.seq), tuple_(n.txid, n.seq), tuple_(*upto)
        raw = cast(c.payload, Text)
    else:  # SQLite: seq is commit order
        mine, theirs, limit_pos = c.seq, n.seq, upto[1]
        raw = type_coerce(c.payload, Text)
    superseded = exists(
        select(n.seq).where(
            n.entity == c.entity,
            n.entity_id == c.entity_id,
            and_(theirs > mine, theirs <= limit_pos),
        )
    )
    stmt = (
        select(c.seq, c.entity, c.entity_id, c.version, raw.label("data"))
        .where(c.seq > after_seq, mine <= limit_pos, c.op != ChangeOp.DELETE.value, ~superseded)
        .order_by(c.seq)
        .limit(limit)
    )
    return session.execute(stmt).all()
