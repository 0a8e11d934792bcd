"""Purge a user's local cache at logout (shared workstations, when the machine asks for it).

The cache file mirrors what the user's role may see (names, masked contacts, free text) and
holds the user's outbox. A file whose outbox still holds commands is kept: deleting it would
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


def purge_cache(path: Path) -> int:
    """Delete the cache at ``path`` with its -wal and -shm files, unless its outbox holds
    commands. Returns the number of unsent commands (0: purged, or nothing was there)."""
    unsent = unsent_commands(path)
    if unsent:
        return unsent
    for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        f.unlink(missing_ok=True)
    return 0
