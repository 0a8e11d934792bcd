"""One process among several does the singleton jobs (the simulator, housekeeping).

PostgreSQL: a session-level advisory lock held on a dedicated connection. SQLite: an
exclusive, non-blocking lock file beside the database. The lock dies with the process.
"""

from __future__ import annotations

import contextlib
from typing import IO, Any

from sqlalchemy import text

from app.server.db import Database
from app.server.settings import ServerSettings

_KEY = 0x53494D55  # "SIMU"


class Leadership:
    def __init__(self, db: Database, cfg: ServerSettings) -> None:
        self._db = db
        self._cfg = cfg
        self._conn: Any = None
        self._file: IO[str] | None = None

    def try_acquire(self) -> bool:
        if self._db.is_sqlite:
            try:
                import fcntl
            except ImportError:
                return True
            fh = open(self._cfg.data_dir / "leader.lock", "w")  # noqa: SIM115 - held open
            try:
                fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                fh.close()
                return False
            self._file = fh
            return True
        conn = self._db.write_engine.connect()
        got = bool(conn.execute(text("SELECT pg_try_advisory_lock(:k)"), {"k": _KEY}).scalar())
        conn.commit()
        if got:
            self._conn = conn
        else:
            conn.close()
        return got

    def release(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        if self._conn is not None:
            with contextlib.suppress(Exception):
                # The connection goes back to the pool, not away: unlock explicitly.
                self._conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _KEY})
                self._conn.commit()
            with contextlib.suppress(Exception):
                self._conn.close()
            self._conn = None
