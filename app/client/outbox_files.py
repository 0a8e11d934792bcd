"""Opening a user's Outbox without ever abandoning a command.

- A damaged outbox file is set aside (``<name>.damaged-<time>``, kept for support) and every
  command that can still be read from it is copied into a fresh file; the report says how
  many were recovered and whether some could not be read.
- Caches written by older versions held the outbox inside the mirror file, named by the
  server's address (host:port). Their unsent commands are taken into the user's outbox at
  login, bound to the feed epoch their mirror was synced from, then the old file is renamed
  ``.adopted-<time>`` so that it is not read twice.

A file whose commands were copied gets a suffix only *after* the copy is committed: a crash
in between reads it again next time, and the Idempotency-Keys keep the copy single. A damaged
file that could not be opened at all keeps its name and is tried again at the next login.
"""

from __future__ import annotations

import contextlib
import hashlib
import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from app.client.cache import OUTBOX_TABLE
from app.client.outbox import COLUMNS, Outbox, OutboxCommand, outbox_path, row_to_command
from app.rules.beijing import wall_clock

DAMAGED = ".damaged-"
SALVAGED = ".salvaged"
ADOPTED = ".adopted-"
_PROBE_GAP = 10_000  # ids probed one by one between two readable runs of a damaged table
BUSY_TIMEOUT_S = 5.0  # how long a read waits for a file another program has locked


@dataclass
class OutboxReport:
    """What opening the outbox found beyond a healthy file (the window tells the user).

    ``damaged``: damaged files set aside; ``recovered`` commands read back from them;
    ``complete`` False when part of one could not be read (commands may be missing);
    ``adopted``: unsent commands taken from caches of an older version (``adopted_from``).
    """

    damaged: list[Path] = field(default_factory=list)
    recovered: int = 0
    complete: bool = True
    adopted: int = 0
    adopted_from: list[Path] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.damaged or self.adopted)


def _stamp() -> str:
    return wall_clock(datetime.now(UTC), "%Y%m%d%H%M%S")


def _companions(path: Path) -> tuple[Path, Path, Path]:
    return path, Path(f"{path}-wal"), Path(f"{path}-shm")


def _move(path: Path, to: Path) -> None:
    """Rename a database file with its -wal and -shm (committed data may sit in the WAL)."""
    for old, new in zip(_companions(path), _companions(to), strict=True):
        if old.exists():
            old.replace(new)


def set_aside(path: Path, tag: str) -> None:
    """Move a database file (with its -wal and -shm) to ``<name><tag><time>`` beside it."""
    _move(path, path.with_name(f"{path.name}{tag}{_stamp()}"))


def _select(
    conn: sqlite3.Connection, columns: str, tail: str, params: tuple[int, ...] = ()
) -> Iterator[OutboxCommand]:
    for row in conn.execute(f"SELECT {columns} FROM {OUTBOX_TABLE} {tail}", params):
        yield row_to_command(row)


class OutboxBusy(Exception):
    """The file could not be opened just now (locked by another program, an I/O error):
    not known to be damaged; try again later."""


def read_commands(path: Path) -> tuple[list[OutboxCommand], bool]:
    """Every command that can be read from the outbox table in the file at ``path``, and
    whether all of it could be read. A file without the table has none, completely.
    Raises ``OutboxBusy`` when the file cannot be opened at all for now."""
    found: dict[int, OutboxCommand] = {}
    complete = True
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_S)
    except sqlite3.Error as exc:
        raise OutboxBusy(str(exc)) from exc
    try:
        try:
            names = {r[1] for r in conn.execute(f"PRAGMA table_info({OUTBOX_TABLE})")}
        except sqlite3.OperationalError as exc:  # locked, I/O: the file may be fine
            raise OutboxBusy(str(exc)) from exc
        except (sqlite3.Error, ValueError):  # not a database, malformed: damaged
            return [], False
        if not names:
            return [], True
        columns = COLUMNS if "epoch" in names else COLUMNS.replace(", epoch", ", NULL")
        try:
            for command in _select(conn, columns, "ORDER BY id"):
                found[command.id] = command
        except (sqlite3.Error, ValueError):
            complete = False
        if complete:
            with contextlib.suppress(sqlite3.Error):
                complete = conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
            return list(found.values()), complete
        # Damaged: read from the other end too, then probe the ids in between one by one.
        low = max(found, default=0)
        with contextlib.suppress(sqlite3.Error, ValueError):
            for command in _select(conn, columns, "ORDER BY id DESC"):
                found[command.id] = command
        high = min((i for i in found if i > low), default=low + _PROBE_GAP)
        for cid in range(low + 1, min(high, low + _PROBE_GAP)):
            with contextlib.suppress(sqlite3.Error, ValueError):
                for command in _select(conn, columns, "WHERE id = ?", (cid,)):
                    found[command.id] = command
        return [found[i] for i in sorted(found)], False
    finally:
        conn.close()


def _healthy(path: Path) -> bool:
    """False only for a file known to be damaged (one held by another program is left)."""
    try:
        commands, complete = read_commands(path)
    except OutboxBusy:
        return True  # opening it as the outbox says what is wrong; it is not moved
    del commands
    return complete


def open_outbox(path: Path, *, epoch: str | None) -> tuple[Outbox, OutboxReport]:
    """The user's outbox at ``path``; a damaged file is set aside and what can be read from
    it (and from any earlier damaged copy not yet read) is copied into a fresh one."""
    report = OutboxReport()
    if path.exists() and not _healthy(path):
        set_aside(path, DAMAGED)
    outbox = Outbox(path, epoch=epoch)
    for damaged in sorted(path.parent.glob(f"{path.name}{DAMAGED}*")):
        if damaged.name.endswith(("-wal", "-shm", SALVAGED)):
            continue
        try:
            commands, complete = read_commands(damaged)
        except OutboxBusy:
            # Not opened (locked by another program, an I/O error): left as it is, so the
            # next login reads it again rather than marking it done with nothing taken.
            report.damaged.append(damaged)
            report.complete = False
            continue
        report.recovered += outbox.adopt(commands)
        _move(damaged, damaged.with_name(damaged.name + SALVAGED))
        report.damaged.append(damaged.with_name(damaged.name + SALVAGED))
        report.complete = report.complete and complete
    return outbox, report


# ---- caches of older versions (the outbox inside a mirror named by host:port) ---------------

_LEGACY_NAME = re.compile(r"^(?P<server>.*)-(?P<digest>[0-9a-f]{16})\.sqlite3(\.damaged-\d+)?$")


def _legacy_urls(server: str, current_url: str) -> list[str]:
    """The server addresses an old cache file name may stand for (it kept only a sanitised
    copy): the current one, and host:port guesses such as http://127.0.0.1:54321."""
    urls = [current_url]
    parts = server.split("_")
    hosts = [".".join(parts)]
    if len(parts) > 1 and parts[-1].isdigit():
        hosts.insert(0, f"{'.'.join(parts[:-1])}:{parts[-1]}")
    urls += [f"{scheme}://{host}" for host in hosts for scheme in ("http", "https")]
    return urls


def _is_users(name: str, username: str, current_url: str) -> bool:
    match = _LEGACY_NAME.match(name)
    if match is None:
        return False
    return any(
        hashlib.sha256(f"{url}\n{username}".encode()).hexdigest()[:16] == match["digest"]
        for url in _legacy_urls(match["server"], current_url)
    )


def _legacy_epoch(path: Path) -> str:
    """The feed epoch the old mirror was synced from: the first part of its saved cursor
    (read only here, to place old commands; "" when unknown, so they are held)."""
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'cursor'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return ""
    parts = str(row[0]).split(".") if row else []
    return parts[0] if len(parts) == 3 else ""


def adopt_legacy_caches(
    cache_dir: Path, server_url: str, username: str, outbox: Outbox, report: OutboxReport
) -> None:
    """Take the unsent commands of ``username``'s caches from older versions into ``outbox``."""
    if not cache_dir.is_dir():
        return
    for path in sorted(cache_dir.iterdir()):
        if not _is_users(path.name, username, server_url):
            continue
        try:
            commands, complete = read_commands(path)
        except OutboxBusy:
            report.complete = False  # its commands are taken at a later login
            continue
        if not commands:
            if complete:  # an old mirror with nothing unsent: rebuilt by a sync, not kept
                for part in _companions(path):  # (nor read again at every login)
                    part.unlink(missing_ok=True)
            continue
        epoch = _legacy_epoch(path)
        for command in commands:
            command.epoch = command.epoch or epoch
        report.adopted += outbox.adopt(commands)
        report.complete = report.complete and complete
        set_aside(path, ADOPTED)
        report.adopted_from.append(path)


def open_user_outbox(
    data_dir: Path, server_url: str, username: str, epoch: str | None
) -> tuple[Outbox, OutboxReport]:
    """The user's outbox at login (a damaged file salvaged), with the unsent commands of
    caches written by older versions (``data_dir/cache``) taken in."""
    outbox, report = open_outbox(outbox_path(data_dir, username), epoch=epoch)
    adopt_legacy_caches(data_dir / "cache", server_url, username, outbox, report)
    return outbox, report
