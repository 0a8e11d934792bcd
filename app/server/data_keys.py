"""Where the key for personal fields at rest comes from, and key rotation.

In order: ``SHANGMEN_DATA_KEY`` (production: from the service manager's secret store), the file
named by ``--data-key-file`` / ``SHANGMEN_DATA_KEY_FILE``, else ``data.key`` in the data folder
(beside a SQLite database), created 0600 on first start. A key is one line ``<id>:<base64 of 32
bytes>``; several lines (or comma-separated keys) are a key ring whose last key is current.
The key never goes into the database or its backups; lose it and the personal fields are lost.
"""

from __future__ import annotations

import base64
import logging
import os
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Connection, Table, bindparam, select, tuple_, update
from sqlalchemy.engine import make_url

from app.models import tables as t
from app.models.tables.sealed import DataKeyError, DataKeys, Sealed

log = logging.getLogger(__name__)
KEY_FILE = "data.key"
_BATCH = 2000


def new_key_line(now: datetime | None = None) -> str:
    """A fresh key line; its id says when it was made (``k20261203T2130``) plus a random tail."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%S")
    key = base64.b64encode(secrets.token_bytes(32)).decode()
    return f"k{stamp}{secrets.token_hex(2)}:{key}"


def parse_keys(text: str, origin: str) -> DataKeys:
    pairs: list[tuple[str, bytes]] = []
    for item in text.replace(",", "\n").splitlines():
        item = item.strip()
        if not item or item.startswith("#"):
            continue
        kid, sep, b64 = item.partition(":")
        try:
            if not sep:
                raise ValueError
            key = base64.b64decode(b64, validate=True)
        except ValueError:
            raise DataKeyError(
                f"{origin}: each key is <id>:<base64 of 32 bytes> (make one with "
                "`python -m app.server new-key`)"
            ) from None
        pairs.append((kid.strip(), key))
    if not pairs:
        raise DataKeyError(f"{origin}: holds no key")
    return DataKeys(pairs)


@dataclass(frozen=True, slots=True)
class KeySource:
    """Where the keys were read from: the text itself (environment) or a file."""

    keys: DataKeys
    file: Path | None


def key_file_for(url: str, data_dir: Path) -> Path | None:
    """The default key file: beside a SQLite file, else in the data folder; None in memory."""
    if url.startswith("sqlite"):
        path = make_url(url).database
        if not path or path == ":memory:" or path.startswith("file:"):
            return None
        return Path(path).resolve().parent / KEY_FILE
    return data_dir / KEY_FILE


def load_keys(url: str, *, data_key: str, data_key_file: Path | None, data_dir: Path) -> KeySource:
    if data_key.strip():
        return KeySource(parse_keys(data_key, "SHANGMEN_DATA_KEY"), None)
    if data_key_file is not None:
        if not data_key_file.is_file():
            raise DataKeyError(f"data key file {data_key_file} does not exist")
        return KeySource(parse_keys(data_key_file.read_text(), str(data_key_file)), data_key_file)
    path = key_file_for(url, data_dir)
    if path is None:  # an in-memory database lives as long as its key
        return KeySource(parse_keys(new_key_line(), "memory"), None)
    _create_key_file(path)
    return KeySource(parse_keys(path.read_text(), str(path)), path)


def _create_key_file(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError:
        path.chmod(0o600)
        return
    with os.fdopen(fd, "w") as fh:
        fh.write(new_key_line() + "\n")
    log.warning("made a new data key in %s: keep a copy apart from the database backups", path)


def write_key_file(path: Path, lines: list[str]) -> None:
    """Replace the key file atomically, 0600 from the start."""
    tmp = path.with_name(path.name + ".new")
    fd = os.open(tmp, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write("".join(line + "\n" for line in lines))
        fh.flush()
        os.fsync(fh.fileno())
    tmp.replace(path)


def sealed_columns() -> dict[Table, list[str]]:
    """Every sealed column, by table."""
    out: dict[Table, list[str]] = {}
    for table in t.Base.metadata.sorted_tables:
        cols = [c.name for c in table.columns if isinstance(c.type, Sealed)]
        if cols:
            out[table] = cols
    return out


def reseal_all(connection: Connection, keys: DataKeys, *, batch: int = _BATCH) -> dict[str, int]:
    """Re-encrypt every sealed value under the current key (and re-hash the phones).

    ``connection`` is a SQLAlchemy Connection in a transaction whose engine has ``keys`` bound
    (reads open any key of the ring, writes seal with the current one). Returns rows per table.

    Each table is paged by its primary key (keyset: ``WHERE key > last ORDER BY key LIMIT n``,
    a row comparison for a composite key), never by OFFSET: the rows a page rewrites cannot
    shift the next page, and each page is an index range scan however deep it lies.
    """
    counts: dict[str, int] = {}
    for table, cols in sealed_columns().items():
        extra = ["phone_hash"] if "phone_hash" in table.c else []
        key_cols = list(table.primary_key.columns)
        row_key = tuple_(*key_cols) if len(key_cols) > 1 else key_cols[0]
        query = select(*key_cols, *(table.c[c] for c in cols)).order_by(*key_cols).limit(batch)
        stmt = (
            update(table)
            .where(*(k == bindparam(f"k_{k.name}") for k in key_cols))
            .values({c: bindparam(f"v_{c}") for c in [*cols, *extra]})
        )
        last: tuple[object, ...] | None = None
        counts[table.name] = 0
        while True:
            page = query
            if last is not None:
                after = tuple_(*last) if len(last) > 1 else last[0]
                page = query.where(row_key > after)
            rows = connection.execute(page).all()
            if not rows:
                break
            values = []
            for row in rows:
                sealed = {f"v_{c}": getattr(row, c) for c in cols}
                if extra:
                    sealed["v_phone_hash"] = keys.lookup_hash(sealed["v_phone"])
                values.append({**{f"k_{k.name}": getattr(row, k.name) for k in key_cols}, **sealed})
            connection.execute(stmt, values)
            counts[table.name] += len(rows)
            last = tuple(getattr(rows[-1], k.name) for k in key_cols)
    return counts
