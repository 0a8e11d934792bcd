"""Against a real server process: a first sync from the snapshot leaves the same mirror as
one from the feed alone (every table, its cached columns and the decoded data), per role."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from app.client.api import ApiClient
from app.client.cache import EXTRACTED, Cache
from app.client.outbox import Outbox
from app.client.sync import SyncEngine
from tests.client.live_server import first_id, new_order, step_until

Login = Callable[[str], ApiClient]


def mirror(cache: Cache) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for entity, fields in EXTRACTED.items():
        cols = ", ".join(["id", "version", *(n for n, _ in fields)])
        rows = cache.connection.execute(f"SELECT {cols} FROM ent_{entity} ORDER BY id").fetchall()
        out[entity] = [(*r, cache.get(entity, r[0])) for r in rows]
    return out


@pytest.mark.parametrize("role", ["dispatcher", "reviewer"])
def test_a_first_sync_from_the_snapshot_equals_one_from_the_feed(
    login: Login, tmp_path: Path, role: str
) -> None:
    api = login(role)
    made = new_order(login("dispatcher"), first_id(api, "customer"))["id"]
    synced: list[dict[str, list[tuple[Any, ...]]]] = []
    for snapshot in (True, False):
        cache = Cache(tmp_path / f"{role}-{snapshot}.sqlite3")
        engine = SyncEngine(api, cache, Outbox(":memory:"), page_size=200, snapshot=snapshot)
        assert engine.initial_sync() > 0
        assert cache.cursor()
        step_until(engine, lambda c=cache: c.get("order", made) is not None)  # feed caught up
        synced.append(mirror(cache))
        cache.close()
    from_snapshot, from_feed = synced
    assert from_snapshot["order"]
    assert from_snapshot == from_feed
