"""Bring the database up to date on start: Alembic migrations, feed epoch, demo data.

Several server processes may start at once; the first takes a lock (a PostgreSQL advisory
lock, or a lock file beside a SQLite database) and the others wait for it.
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import Connection, select, text

from app.models import tables as t
from app.server.db import Database
from app.server.settings import ServerSettings

MIGRATIONS = Path(__file__).with_name("migrations")
_LOCK_KEY = 0x5348414E  # "SHAN"


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


@contextlib.contextmanager
def _startup_lock(db: Database, cfg: ServerSettings) -> Iterator[None]:
    if db.is_sqlite:
        try:
            import fcntl
        except ImportError:  # Windows: one embedded process, nothing to race
            yield
            return
        cfg.data_dir.mkdir(parents=True, exist_ok=True)
        with open(cfg.data_dir / "server.lock", "w") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
    else:
        with db.write_engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _LOCK_KEY})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _LOCK_KEY})
                conn.commit()


def migrate(db: Database) -> None:
    with db.write_engine.begin() as conn:
        command.upgrade(alembic_config(conn), "head")


def feed_epoch(db: Database) -> str:
    """The feed's epoch: made once per database; cursors from another epoch get 410."""
    with db.write() as s:
        row = s.get(t.ServerMeta, "feed_epoch")
        if row is None:
            row = t.ServerMeta(key="feed_epoch", value=secrets.token_hex(6))
            s.add(row)
        return row.value


def prepare_database(db: Database, cfg: ServerSettings, now: datetime) -> str:
    """Migrate, make the epoch, seed demo data when asked and the database is empty."""
    if db.is_sqlite:
        cfg.data_dir.mkdir(parents=True, exist_ok=True)
    with _startup_lock(db, cfg):
        migrate(db)
        epoch = feed_epoch(db)
        if cfg.demo:
            with db.read() as s:
                empty = s.scalar(select(t.User.id).limit(1)) is None
            if empty:
                from app.server.demo.seed import seed_demo

                seed_demo(db, now, cfg.demo_seed, history_days=cfg.demo_history_days)
    return epoch
