"""Purge a user's local cache at logout (shared workstations, when the machine asks for it).

The cache file mirrors what the user's role may see (names, masked contacts, free text); the
user's outbox file holds their unsent commands (labels with order codes). While the outbox
(or an old cache's outbox table) still holds commands, both are kept: deleting them would
lose work the server has not received; the caller says so.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from app.client.cache import OUTBOX_TABLE


def unsent_commands(path: Path) -> int:
    """Commands still in the outbox of the cache at ``path`` (0 when there is none)."""
    if not path.exists():
        return 0
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        found = conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (OUTBOX_TABLE,)
        ).fetchone()
        if found is None:
            return 0
        return int(conn.execute(f"SELECT count(*) FROM {OUTBOX_TABLE}").fetchone()[0])
    finally:
        conn.close()


def purge_cache(path: Path, outbox: Path | None = None) -> int:
    """Delete the cache at ``path`` and the outbox file ``outbox``, with their -wal and -shm
    files, unless commands are unsent. Returns how many (0: purged, or nothing was there)."""
    files = [path] if outbox is None else [path, outbox]
    unsent = sum(unsent_commands(f) for f in files)
    if unsent:
        return unsent
    for db in files:
        for f in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
            f.unlink(missing_ok=True)
    return 0
