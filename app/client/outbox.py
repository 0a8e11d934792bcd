"""The Outbox: commands made while offline, kept in the cache file and replayed in order.

Each command keeps the Idempotency-Key it was given when it was made, so a command whose
answer was lost is sent again safely: the server answers the replay with the first response.
A stale If-Match (412) is kept as a conflict, with the server's current entity, for the user
to look at; nothing is ever dropped silently.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from app.client.api import ApiClient
from app.client.cache import OUTBOX_TABLE, Cache
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

_COLUMNS = (
    "id, path, body, if_match, idempotency_key, entity, entity_id, label, created_at, state, error"
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


def _insert(
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
        "entity_id, label, created_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            path,
            json.dumps(dict(body), ensure_ascii=False) if body is not None else None,
            if_match,
            str(uuid.uuid4()),
            entity,
            entity_id,
            label,
            (now or datetime.now(UTC)).isoformat(),
            PENDING,
        ),
    )
    assert cur.lastrowid is not None
    return cur.lastrowid


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
    state: str  # "pending" | "conflict" | "failed"
    error: dict[str, Any] | None  # ClientError.to_dict(); a conflict adds "current"

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
    offline: bool = False
    # Why replay stopped early with commands still pending (Unreachable, 5xx), if it did.
    stopped_by: ClientError | None = None


def _row_to_command(row: tuple[Any, ...]) -> OutboxCommand:
    (cid, path, body, if_match, key, entity, entity_id, label, created, state, error) = row
    return OutboxCommand(
        id=cid,
        path=path,
        body=json.loads(body) if body is not None else None,
        if_match=if_match,
        idempotency_key=key,
        entity=entity,
        entity_id=entity_id,
        label=label,
        created_at=datetime.fromisoformat(created),
        state=state,
        error=json.loads(error) if error is not None else None,
    )


class Outbox:
    """A persistent, ordered queue of commands in the cache's SQLite file."""

    def __init__(self, cache: Cache) -> None:
        self._cache = cache
        self._conn = cache.connection
        with cache.transaction() as conn:
            conn.execute(
                f"CREATE TABLE IF NOT EXISTS {OUTBOX_TABLE} ("
                "id INTEGER PRIMARY KEY AUTOINCREMENT, path TEXT NOT NULL, body TEXT, "
                "if_match INTEGER, idempotency_key TEXT NOT NULL UNIQUE, entity TEXT NOT NULL, "
                "entity_id INTEGER NOT NULL, label TEXT NOT NULL, created_at TEXT NOT NULL, "
                "state TEXT NOT NULL, error TEXT)"
            )

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
        """Store a command (committed before this returns) with a fresh Idempotency-Key.

        ``supersede``: the command replaces the pending ones with the same path (a later
        save of the same roster or scores), taking the oldest one's ``if_match`` and
        ``base`` (what the user saw before any of them), since none reached the server.
        Replay runs on the same thread as enqueue, so a replaced command is never in flight.
        """
        with self._cache.transaction() as conn:
            if supersede:
                older = conn.execute(
                    f"SELECT id, if_match, body FROM {OUTBOX_TABLE} WHERE path = ? AND state = ? "
                    "ORDER BY id",
                    (path, PENDING),
                ).fetchall()
                if older:
                    first_body = json.loads(older[0][2]) if older[0][2] else {}
                    if_match = older[0][1]
                    if body is not None and "base" in body and "base" in first_body:
                        body = {**body, "base": first_body["base"]}
                    conn.executemany(
                        f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", [(r[0],) for r in older]
                    )
            command_id = _insert(conn, path, body, if_match, entity, entity_id, label, now)
        command = self.get(command_id)
        assert command is not None
        return command

    def get(self, command_id: int) -> OutboxCommand | None:
        row = self._conn.execute(
            f"SELECT {_COLUMNS} FROM {OUTBOX_TABLE} WHERE id = ?", (command_id,)
        ).fetchone()
        return _row_to_command(row) if row else None

    def _in_state(self, state: str) -> list[OutboxCommand]:
        rows = self._conn.execute(
            f"SELECT {_COLUMNS} FROM {OUTBOX_TABLE} WHERE state = ? ORDER BY id", (state,)
        )
        return [_row_to_command(r) for r in rows]

    def pending(self) -> list[OutboxCommand]:
        """Commands waiting to be sent, oldest first."""
        return self._in_state(PENDING)

    def conflicts(self) -> list[OutboxCommand]:
        return self._in_state(CONFLICT)

    def failed(self) -> list[OutboxCommand]:
        return self._in_state(FAILED)

    def count(self) -> int:
        """How many commands wait to be sent."""
        (n,) = self._conn.execute(
            f"SELECT count(*) FROM {OUTBOX_TABLE} WHERE state = ?", (PENDING,)
        ).fetchone()
        return int(n)

    def discard(self, command_id: int) -> None:
        """Forget a command (the user looked at its conflict or failure and let it go)."""
        with self._cache.transaction() as conn:
            conn.execute(f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", (command_id,))

    def retry(
        self, command_id: int, if_match: int | None, body: Mapping[str, Any] | None = None
    ) -> OutboxCommand | None:
        """Queue a conflicted or failed command again against ``if_match``, at the end.

        ``body``: what to send instead of the old body (a training draft retried on the
        server's scores as its new ``base``: ``app.client.training.rebased_draft``).
        It gets a new Idempotency-Key: the server would refuse the old key for a request
        with another If-Match or body.
        """
        old = self.get(command_id)
        if old is None:
            return None
        sent = old.body if body is None else body
        with self._cache.transaction() as conn:  # one transaction: the command never vanishes
            conn.execute(f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", (command_id,))
            new_id = _insert(
                conn, old.path, sent, if_match, old.entity, old.entity_id, old.label, None
            )  # now: the user has just confirmed it again
        return self.get(new_id)

    def _settle(self, command: OutboxCommand, state: str, error: dict[str, Any]) -> None:
        command.state = state
        command.error = error
        with self._cache.transaction() as conn:
            conn.execute(
                f"UPDATE {OUTBOX_TABLE} SET state = ?, error = ? WHERE id = ?",
                (state, json.dumps(error, ensure_ascii=False), command.id),
            )

    def replay(self, api: ApiClient) -> ReplayResult:
        """Send the pending commands in order.

        Stops at the first Unreachable (``offline``) or server error, leaving that command and
        the rest pending; a 401 also stops and is raised (the user must log in again).
        A 412 becomes a kept conflict with the server's current entity; any other refusal
        becomes "failed" with the server's message. A command that went through is removed.
        """
        result = ReplayResult()
        now = datetime.now(UTC)
        for command in self.pending():
            if now - command.created_at > SAFE_REPLAY:
                # The server keeps Idempotency-Keys for a day: an older command whose answer
                # was lost might run twice. The user checks the order and resends it.
                self._settle(command, FAILED, TOO_OLD)
                result.failed.append(command)
                continue
            try:
                api.command(
                    command.path,
                    command.body,
                    if_match=command.if_match,
                    idempotency_key=command.idempotency_key,
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
                self._settle(command, FAILED, exc.to_dict())
                result.failed.append(command)
                continue
            with self._cache.transaction() as conn:
                conn.execute(f"DELETE FROM {OUTBOX_TABLE} WHERE id = ?", (command.id,))
            result.sent += 1
        return result
