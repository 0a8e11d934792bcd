"""``rotate-key``: re-encrypt every personal field under a new data key.

Kept apart from ``app.server.data_keys`` (which the database module needs to open its keys), as
rotation needs a database of its own.
"""

from __future__ import annotations

from app.server.data_keys import (
    load_keys,
    new_key_line,
    parse_keys,
    reseal_all,
    write_key_file,
)
from app.server.db import Database
from app.server.settings import ServerSettings


def rotate(cfg: ServerSettings) -> tuple[dict[str, int], str]:
    """Re-encrypt every personal field under a new current key (see ``rotate-key``).

    A key file gets a new key appended before anything is re-encrypted (so a failure leaves a
    ring that opens every row) and loses its old keys only after the commit. Keys given in
    ``SHANGMEN_DATA_KEY`` are not changed: their last key is the one used.
    Returns rows re-encrypted per table and what the operator should do next.
    """
    url = cfg.resolved_database_url()
    source = load_keys(
        url, data_key=cfg.data_key, data_key_file=cfg.data_key_file, data_dir=cfg.data_dir
    )
    keys = source.keys
    if source.file is not None:
        old = [ln for ln in source.file.read_text().splitlines() if ln.strip()]
        fresh = new_key_line()
        write_key_file(source.file, [*old, fresh])
        keys = parse_keys("\n".join([*old, fresh]), str(source.file))
    db = Database(url, keys)
    try:
        with db.write_engine.begin() as conn:
            counts = reseal_all(conn, keys)
    finally:
        db.dispose()
    if source.file is not None:
        write_key_file(source.file, [fresh])
        return counts, f"{source.file} now holds only the new key {keys.current}."
    return counts, (
        f"Every value is now sealed with key {keys.current}; remove the older keys from "
        "SHANGMEN_DATA_KEY."
    )
