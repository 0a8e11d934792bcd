"""The Outbox: commands the server has not confirmed yet, in a small SQLite file of their own.

The mirror cache can always be synced again; the Outbox cannot, so it lives apart from it
(one file per user on this workstation, see :func:`outbox_path`) and every write is committed
with ``synchronous=FULL`` before the call returns. The UI thread stores a command here itself
(a few milliseconds) before it says "queued"; the sync worker replays from the same object.
One lock serialises the two threads' use of the connection; it is never held while a command
is on the network.

Each command keeps the Idempotency-Key it was given when it was made, so a command whose
answer was lost is sent again safely: the server answers the replay with the first response.
A stale If-Match (412) is kept as a conflict, with the server's current entity, for the user
to look at; nothing is ever dropped silently.

Each command is bound to the feed epoch (the identity of the server's database) it was made
against. When the server answers with another epoch (its database was reset or replaced),
the command is *held*: never sent into a database it was not made for; the user resends or
discards it.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import threading
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from app.client.api import ApiClient
from app.client.cache import OUTBOX_TABLE, private_file
from app.client.errors import (
    AuthFailed,
    CertificateError,
    ClientError,
    Conflict,
    ServerError,
    Unreachable,
)

PENDING = "pending"
CONFLICT = "conflict"
FAILED = "failed"
HELD = "held"

OUTBOX_SCHEMA_VERSION = 1
COLUMNS = (
    "id, path, body, if_match, idempotency_key, entity, entity_id, label, created_at, state, "
    "error, epoch"
)
_CREATE = (
    f"CREATE TABLE IF NOT EXISTS {OUTBOX_TABLE} ("
    "id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, body TEXT, "
    "if_match INTEGER, idempotency_key TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, "
    "entity_id INTEGER NOT NULL, label TEXT NOT NULL, created_at TEXT NOT NULL, "
    "state TEXT NOT NULL, error TEXT, epoch TEXT)"
)


# Commands older than this are not replayed blindly (the server forgets keys after 24 h).
SAFE_REPLAY = timedelta(hours=20)
TOO_OLD: dict[str, Any] = {
    "code": "too_old_to_resend",
    "message": "此操作已等待超过 20 小时，为防止重复执行未自动发送；请核对订单后重新发送。",
    "message_en": "This command waited over 20 hours and was not sent automatically, so it "
    "cannot run twice; check the order, then send it again.",
    "status": None,
    "details": {},
}
OTHER_DATABASE: dict[str, Any] = {
    "code": "other_database",
    "message": "此操作是针对服务器之前的数据做出的（服务器数据已重置或更换），未自动发送；"
    "请核对后重新发送或放弃。",
    "message_en": "This command was made against an earlier copy of the server's data (the "
    "server's database was reset or replaced) and was not sent; check it, then resend or "
    "discard it.",
    "status": None,
    "details": {},
}


def outbox_path(data_dir: Path, username: str) -> Path:
    """The user's outbox on this workstation: one file per user, whatever server or port
    the commands are for (each command carries the epoch of its server's database), so a
    new port or a new server address never strands it."""
    digest = hashlib.sha256(f"outbox\n{username}".encode()).hexdigest()[:16]
    return data_dir / "outbox" / f"outbox-{digest}.sqlite3"


@dataclass
class OutboxCommand:
    id: int
    path: str
    body: dict[str, Any] | None
    if_match: int | None
    idempotency_key: str
    entity: str
    entity_id: int
    label: str  # for the user: "取消订单 SM20261127-000042"
    created_at: datetime
    state: str  # "pending" | "conflict" | "failed" | "held"
    error: dict[str, Any] | None  # ClientError.to_dict(); a conflict adds "current"
    epoch: str | None = None  # the server database it was made against; None: not known

    @property
    def current(self) -> dict[str, Any] | None:
        """The server's entity at the time of a conflict."""
        if self.error is None:
            return None
        current = self.error.get("current")
        return current if isinstance(current, dict) else None


@dataclass
class ReplayResult:
    sent: int = 0
    conflicts: list[OutboxCommand] = field(default_factory=list)
    failed: list[OutboxCommand] = field(default_factory=list)
    held: list[OutboxCommand] = field(default_factory=list)
    released: list[int] = field(default_factory=list)  # held, now pending: their database is back
    offline: bool = False
    # Why replay stopped early with commands still pending (Unreachable, 5xx), if it did.
    stopped_by: ClientError | None = None


def row_to_command(row: Iterable[Any]) -> OutboxCommand:
    (cid, path, body, if_match, key, entity, entity_id, label, created, state, error, epoch) = (
        tuple(row)
    )
    return OutboxCommand(
        id=int(cid),
        path=str(path),
        body=json.loads(body) if body is not None else None,
        if_match=if_match,
        idempotency_key=str(key),
        entity=str(entity),
        entity_id=int(entity_id),
        label=str(label),
        created_at=datetime.fromisoformat(created),
        state=str(state),
        error=json.loads(error) if error is not None else None,
        epoch=epoch,
    )


def _dumps(value: Mapping[str, Any] | None) -> str | None:
    return json.dumps(dict(value), ensure_ascii=False) if value is not None else None


class Outbox:
    """A persistent, ordered queue of commands in its own SQLite file (":memory:" in tests).

    Safe to use from two threads (the UI stores, the sync worker replays and resolves).

    Args:
        path: the outbox file (see :func:`outbox_path`).
        epoch: the feed epoch of the server the user is logged in to: new commands are bound
            to it. None while not known (commands are then bound at their first replay).
    """

    def __init__(self, path: Path | str, *, epoch: str | None = None) -> None:
        if not isinstance(path, str | Path):  # e.g. a Cache, from before the outbox had a file
            raise TypeError(f"Outbox wants the path of its file, not {type(path).__name__}")
        self.path = str(path)
        if self.path != ":memory:":
            private_file(Path(self.path))
        self._lock = threading.RLock()
        self._conn = sqlite3.connect(
            self.path, isolation_level=None, check_same_thread=False, timeout=10
        )
        self._epoch = epoch
        self._in_flight: int | None = None  # the command on the network now, if any
        with self._lock:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")  # committed means on disk
            with self._transaction() as conn:
                conn.execute(_CREATE)
                columns = {r[1] for r in conn.execute(f"PRAGMA table_info({OUTBOX_TABLE})")}
                if "epoch" not in columns:  # an outbox table from before epochs
                    conn.execute(f"ALTER TABLE {OUTBOX_TABLE} ADD COLUMN epoch TEXT")
                conn.execute(f"PRAGMA user_version = {OUTBOX_SCHEMA_VERSION}")

    # ---- plumbing -------------------------------------------------------------------------

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction under the lock: committed on success, else rolled back."""
        with self._lock:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def close(self) -> None:
        with self._lock:
            self._conn.close()

    @property
    def epoch(self) -> str | None:
        """The server database new commands are bound to."""
        with self._lock:
            return self._epoch

    @epoch.setter
    def epoch(self, value: str | None) -> None:
        with self._lock:
            self._epoch = value

    def _insert(
        self,
        conn: sqlite3.Connection,
        path: str,
        body: Mapping[str, Any] | None,
        if_match: int | None,
        entity: str,
        entity_id: int,
        label: str,
        now: datetime | None,
    ) -> int:
        cur = conn.execute(
            f"INSERT INTO {OUTBOX_TABLE} (path, body, if_match, idempotency_key, entity, "
            "entity_id, label, created_at, state, epoch) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                path,
                _dumps(body),
                if_match,
                str(uuid.uuid4()),
                entity,
                entity_id,
                label,
                (now or datetime.now(UTC)).isoformat(),
                PENDING,
                self._epoch,
            ),
        )
        assert cur.lastrowid is not None
        return cur.lastrowid

    # ---- storing --------------------------------------------------------------------------

    def enqueue(
        self,
        path: str,
        body: Mapping[str, Any] | None,
        *,
        if_match: int | None,
        entity: str,
        entity_id: int,
        label: str,
        now: datetime | None = None,
        supersede: bool = False,
    ) -> OutboxCommand:
        """Store a command (committed to disk before this returns) with a fresh key.

        ``supersede``: the command replaces the pending ones with the same path (a later
        save of the same roster or scores), taking the oldest one's ``if_match`` and
        ``base`` (what the user saw before any of them), since none reached the server.
        A command on the network right now is left alone: it may already have reached it.
        """
        with self._transaction() as conn:
            if supersede:
                older = [
                    r
                    for r in conn.execute(
                        f"SELECT id, if_match, body FROM {OUTBOX_TABLE} "
                        "WHERE path = ? AND state = ? ORDER BY id",
                        (path, PENDING),
                    ).fetchall()
                    if r[0] != self._in_flight
                ]
                if older:
                    first_body = json.loads(older[0][2]) if older[0][2] else {}
                    if_match = older[0][1]
                    if body is not None and "base" in body and "base" in first_body:
                        body = {**body, "base": first_body["base"]}
                    conn.executemany(
                        f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", [(r[0],) for r in older]
                    )
            command_id = self._insert(conn, path, body, if_match, entity, entity_id, label, now)
        command = self.get(command_id)
        assert command is not None
        return command

    def adopt(self, commands: Iterable[OutboxCommand]) -> int:
        """Take in commands read from another outbox (a damaged or older file), keeping their
        keys, times, states and epochs; a key already here is skipped. Returns how many."""
        taken = 0
        with self._transaction() as conn:
            for c in commands:
                cur = conn.execute(
                    f"INSERT OR IGNORE INTO {OUTBOX_TABLE} (path, body, if_match, "
                    "idempotency_key, entity, entity_id, label, created_at, state, error, epoch) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        c.path,
                        _dumps(c.body),
                        c.if_match,
                        c.idempotency_key,
                        c.entity,
                        c.entity_id,
                        c.label,
                        c.created_at.isoformat(),
                        c.state,
                        _dumps(c.error),
                        c.epoch,
                    ),
                )
                taken += cur.rowcount
        return taken

    # ---- reading --------------------------------------------------------------------------

    def get(self, command_id: int) -> OutboxCommand | None:
        rows = self._query(f"SELECT {COLUMNS} FROM {OUTBOX_TABLE} WHERE id = ?", (command_id,))
        return row_to_command(rows[0]) if rows else None

    def _in_state(self, state: str) -> list[OutboxCommand]:
        rows = self._query(
            f"SELECT {COLUMNS} FROM {OUTBOX_TABLE} WHERE state = ? ORDER BY id", (state,)
        )
        return [row_to_command(r) for r in rows]

    def all(self) -> list[OutboxCommand]:
        """Every command kept, whatever its state, oldest first."""
        rows = self._query(f"SELECT {COLUMNS} FROM {OUTBOX_TABLE} ORDER BY id")
        return [row_to_command(r) for r in rows]

    def pending(self) -> list[OutboxCommand]:
        """Commands waiting to be sent, oldest first."""
        return self._in_state(PENDING)

    def conflicts(self) -> list[OutboxCommand]:
        return self._in_state(CONFLICT)

    def failed(self) -> list[OutboxCommand]:
        return self._in_state(FAILED)

    def held(self) -> list[OutboxCommand]:
        """Commands made against another server database: sent only to that database again,
        or discarded by the user."""
        return self._in_state(HELD)

    def counts(self) -> dict[str, int]:
        """Commands per state, counted by SQLite (cheap on the UI thread at any size)."""
        found = dict.fromkeys((PENDING, CONFLICT, FAILED, HELD), 0)
        for state, n in self._query(f"SELECT state, count(*) FROM {OUTBOX_TABLE} GROUP BY state"):
            found[str(state)] = int(n)
        return found

    def first_labels(self, limit: int) -> list[str]:
        """The labels of the first ``limit`` commands waiting to be sent, oldest first."""
        rows = self._query(
            f"SELECT label FROM {OUTBOX_TABLE} WHERE state = ? ORDER BY id LIMIT ?",
            (PENDING, limit),
        )
        return [str(label) for (label,) in rows]

    def count(self) -> int:
        """How many commands wait to be sent."""
        ((n,),) = self._query(f"SELECT count(*) FROM {OUTBOX_TABLE} WHERE state = ?", (PENDING,))
        return int(n)

    def unsent(self) -> int:
        """How many commands the server has not confirmed, in any state."""
        ((n,),) = self._query(f"SELECT count(*) FROM {OUTBOX_TABLE}")
        return int(n)

    # ---- the user's decisions -------------------------------------------------------------

    def discard(self, command_id: int) -> None:
        """Forget a command (the user looked at its conflict or failure and let it go)."""
        with self._transaction() as conn:
            conn.execute(f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", (command_id,))

    def retry(
        self, command_id: int, if_match: int | None, body: Mapping[str, Any] | None = None
    ) -> OutboxCommand | None:
        """Queue a conflicted, failed or held command again against ``if_match``, at the end,
        bound to the current epoch.

        ``body``: what to send instead of the old body (a training draft retried on the
        server's scores as its new ``base``: ``app.client.training.rebased_draft``).
        It gets a new Idempotency-Key: the server would refuse the old key for a request
        with another If-Match or body.
        """
        old = self.get(command_id)
        if old is None:
            return None
        sent = old.body if body is None else body
        with self._transaction() as conn:  # one transaction: the command never vanishes
            conn.execute(f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", (command_id,))
            new_id = self._insert(
                conn, old.path, sent, if_match, old.entity, old.entity_id, old.label, None
            )  # now: the user has just confirmed it again
        return self.get(new_id)

    def _settle(self, command: OutboxCommand, state: str, error: dict[str, Any]) -> None:
        command.state = state
        command.error = error
        with self._transaction() as conn:
            conn.execute(
                f"UPDATE {OUTBOX_TABLE} SET state = ?, error = ? WHERE id = ?",
                (state, json.dumps(error, ensure_ascii=False), command.id),
            )

    # ---- replay ---------------------------------------------------------------------------

    def sort_by_epoch(self, live: str) -> tuple[list[OutboxCommand], list[int]]:
        """Before a replay to a server whose database is ``live``: bind commands made before
        the epoch was known to it, hold pending ones made against another database, and let
        held ones made against this one go again. Returns (newly held, ids released)."""
        with self._transaction() as conn:
            conn.execute(
                f"UPDATE {OUTBOX_TABLE} SET epoch = ? WHERE epoch IS NULL AND state = ?",
                (live, PENDING),
            )
            released = [
                int(r[0])
                for r in conn.execute(
                    f"SELECT id FROM {OUTBOX_TABLE} WHERE state = ? AND epoch = ?", (HELD, live)
                ).fetchall()
            ]
            conn.executemany(
                f"UPDATE {OUTBOX_TABLE} SET state = ?, error = NULL WHERE id = ?",
                [(PENDING, i) for i in released],
            )
            rows = conn.execute(
                f"SELECT {COLUMNS} FROM {OUTBOX_TABLE} WHERE state = ? AND epoch != ? ORDER BY id",
                (PENDING, live),
            ).fetchall()
            error = json.dumps(OTHER_DATABASE, ensure_ascii=False)
            conn.executemany(
                f"UPDATE {OUTBOX_TABLE} SET state = ?, error = ? WHERE id = ?",
                [(HELD, error, r[0]) for r in rows],
            )
        held = [row_to_command(r) for r in rows]
        for command in held:
            command.state, command.error = HELD, dict(OTHER_DATABASE)
        return held, released

    def _take(self, command_id: int) -> bool:
        """Mark a command as on the network, if it is still pending (not superseded)."""
        with self._lock:
            rows = self._conn.execute(
                f"SELECT 1 FROM {OUTBOX_TABLE} WHERE id = ? AND state = ?",
                (command_id, PENDING),
            ).fetchall()
            self._in_flight = command_id if rows else None
            return bool(rows)

    def replay(self, api: ApiClient, live_epoch: str | None = None) -> ReplayResult:
        """Send the pending commands in order.

        ``live_epoch``: the server's feed epoch now (from ``/version``); commands made against
        another one are held instead of sent. None skips that check (tests of replay alone).

        Stops at the first Unreachable (``offline``) or server error, leaving that command and
        the rest pending; a 401 also stops and is raised (the user must log in again).
        A 412 becomes a kept conflict with the server's current entity; any other refusal
        becomes "failed" with the server's message. A command that went through is removed.
        """
        result = ReplayResult()
        if live_epoch is not None:
            result.held, result.released = self.sort_by_epoch(live_epoch)
        now = datetime.now(UTC)
        for command in self.pending():
            if not self._take(command.id):
                continue  # replaced by a later save of the same thing meanwhile
            try:
                if now - command.created_at > SAFE_REPLAY:
                    # The server keeps Idempotency-Keys for a day: an older command whose
                    # answer was lost might run twice. The user checks it and resends it.
                    self._settle(command, FAILED, TOO_OLD)
                    result.failed.append(command)
                    continue
                try:
                    api.command(
                        command.path,
                        command.body,
                        if_match=command.if_match,
                        idempotency_key=command.idempotency_key,
                        feed_epoch=command.epoch,  # the server refuses another database's
                    )
                except (Unreachable, CertificateError) as exc:
                    result.offline = True
                    result.stopped_by = exc
                    return result
                except ServerError as exc:
                    result.stopped_by = exc
                    return result
                except AuthFailed:
                    raise
                except Conflict as exc:
                    self._settle(command, CONFLICT, {**exc.to_dict(), "current": exc.current})
                    result.conflicts.append(command)
                    continue
                except ClientError as exc:
                    if exc.code == OTHER_DATABASE["code"]:
                        # The database changed between the epoch check and this command.
                        self._settle(command, HELD, dict(OTHER_DATABASE))
                        result.held.append(command)
                        continue
                    self._settle(command, FAILED, exc.to_dict())
                    result.failed.append(command)
                    continue
                with self._transaction() as conn:
                    conn.execute(f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", (command.id,))
                result.sent += 1
            finally:
                with self._lock:
                    self._in_flight = None
        return result
