"""Purging a user's cache at logout: gone with its WAL files, unless commands are unsent."""

from __future__ import annotations

from pathlib import Path

from app.client.cache import Cache
from app.client.outbox import Outbox
from app.client.purge import purge_cache, unsent_commands


def _files(path: Path) -> list[Path]:
    return [f for f in (path, Path(f"{path}-wal"), Path(f"{path}-shm")) if f.exists()]


def test_a_cache_with_an_empty_outbox_is_deleted_with_its_wal_files(tmp_path: Path) -> None:
    path = tmp_path / "cache" / "u.sqlite3"
    box_path = tmp_path / "outbox" / "u.sqlite3"
    cache = Cache(path)
    Outbox(box_path).close()
    with cache.transaction() as conn:
        conn.execute("CREATE TABLE probe (x INTEGER)")
    cache.close()
    assert _files(path)
    assert purge_cache(path, box_path) == 0
    assert _files(path) == []
    assert _files(box_path) == []


def test_a_cache_holding_unsent_commands_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "u.sqlite3"
    box_path = tmp_path / "outbox.sqlite3"
    Cache(path).close()
    box = Outbox(box_path)
    box.enqueue(
        "/orders/1/cancel", {"reason": "客户取消"}, if_match=3, entity="order", entity_id=1,
        label="取消订单",
    )  # fmt: skip
    box.close()
    assert unsent_commands(box_path) == 1
    assert purge_cache(path, box_path) == 1
    assert path.exists()
    assert box_path.exists()


def test_nothing_to_purge(tmp_path: Path) -> None:
    assert purge_cache(tmp_path / "never.sqlite3") == 0
    path = tmp_path / "no_outbox.sqlite3"
    Cache(path).close()
    assert unsent_commands(path) == 0
