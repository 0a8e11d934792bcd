"""Periodic clean-up, run by one server process (the leader):

- change-log compaction: a row superseded by a newer row of the same entity, and older than
  ``compact_after``, is deleted. A reader's cursor never needs it: reading on, it meets the
  newer row, so its mirror ends in the same state (it skips only intermediate versions of
  rows that changed again long ago). Reading from the start stays a complete snapshot.
- idempotency records older than a day, and login sessions that have ended.
- the certification expiry watch: approved certificates past their expiry or review-due date
  become ``expired``, and the future orders that breaks are flagged for dispatchers.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from datetime import datetime, timedelta

from sqlalchemy import delete, exists, or_, select
from sqlalchemy.orm import aliased

from app.models import tables as t
from app.server.db import Database
from app.server.services import idempotency
from app.server.services.certification_expiry import run_expiry
from app.server.services.kpi_range import housekeep as kpi_days

log = logging.getLogger(__name__)


COMPACT_BATCH = 2000


def compact_change_log(db: Database, now: datetime, compact_after: timedelta) -> int:
    """Delete superseded change-log rows older than ``compact_after``; returns how many.

    In small batches, each its own short transaction: on PostgreSQL the feed reads only
    below the oldest running transaction, so one long DELETE would hold every reader back.
    """
    newer = aliased(t.ChangeLog)
    c = t.ChangeLog
    superseded = exists(
        select(newer.seq).where(
            newer.entity == c.entity, newer.entity_id == c.entity_id, newer.seq > c.seq
        )
    )
    batch = select(c.seq).where(c.at < now - compact_after, superseded).limit(COMPACT_BATCH)
    removed = 0
    while True:
        with db.write() as s:
            seqs = list(s.scalars(batch))
            if seqs:
                s.execute(delete(c).where(c.seq.in_(seqs)))
        removed += len(seqs)
        if len(seqs) < COMPACT_BATCH:
            return removed


def prune_sessions(db: Database, now: datetime, idle: timedelta) -> int:
    a = t.AuthSession
    with db.write() as s:
        result = s.execute(
            delete(a).where(
                or_(
                    a.expires_at < now,
                    a.revoked_at.is_not(None),
                    a.last_seen_at < now - idle,
                )
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


def prune_login_throttle(db: Database, now: datetime, window: timedelta) -> int:
    """Forget failed-login counters whose window has passed and that block nobody."""
    lt = t.LoginThrottle
    with db.write() as s:
        result = s.execute(
            delete(lt).where(
                lt.first_failure_at < now - window,
                or_(lt.blocked_until.is_(None), lt.blocked_until < now),
            )
        )
        return int(getattr(result, "rowcount", 0) or 0)


def run_once(
    db: Database,
    now: datetime,
    *,
    compact_after: timedelta,
    idle: timedelta,
    idempotency_hours: int,
) -> dict[str, int]:
    done = {
        "change_log": compact_change_log(db, now, compact_after),
        "sessions": prune_sessions(db, now, idle),
        "login_throttle": prune_login_throttle(db, now, timedelta(hours=1)),
        **run_expiry(db, now),
    }
    with db.write() as s:
        done["idempotency"] = idempotency.prune(s, now, idempotency_hours)
    # Last: the longest job (the first round fills 400 days) never holds the pruning back.
    done.update(kpi_days(db, now))
    return done


class Housekeeper:
    """Calls ``job`` (e.g. :func:`run_once`) every ``interval`` seconds on a daemon thread
    until stopped; with ``at_start``, once right away too (on the thread: start-up does not
    wait for it)."""

    def __init__(
        self, job: Callable[[], dict[str, int]], interval: float, *, at_start: bool = False
    ) -> None:
        self._job = job
        self._interval = interval
        self._at_start = at_start
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="housekeeping", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread.is_alive():
            self._thread.join(30)

    def _run(self) -> None:
        if self._at_start and not self._stop.is_set():
            self._once()
        while not self._stop.wait(self._interval):
            self._once()

    def _once(self) -> None:
        try:
            done = self._job()
            if any(done.values()):
                log.info("housekeeping: %s", done)
        except Exception:  # a database restart must not end housekeeping for good
            log.exception("housekeeping failed")
