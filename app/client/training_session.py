"""One training session as its page shows it: the session, its roster and its scoring grid,
read from the local cache together (one background read, one consistent answer)."""

from __future__ import annotations

from dataclasses import dataclass

from app.client.cache import CacheReader
from app.client.training import Grid, RosterLine, SessionRow, roster, scoring_grid, session


@dataclass(frozen=True, slots=True)
class SessionDetail:
    id: int
    session: SessionRow | None  # None: no longer in the cache
    roster: list[RosterLine]
    grid: Grid | None  # None: the session or its course is not in the cache


def session_detail(reader: CacheReader, session_id: int) -> SessionDetail:
    return SessionDetail(
        session_id,
        session(reader, session_id),
        roster(reader, session_id),
        scoring_grid(reader, session_id),
    )
