"""The workstation's cache and outbox (one SQLite file) are readable by the user only."""

from __future__ import annotations

from pathlib import Path

from app.client.cache import Cache


def test_cache_files_are_created_owner_only(tmp_path: Path) -> None:
    path = tmp_path / "profile" / "cache.sqlite3"
    cache = Cache(path)
    with cache.transaction() as conn:
        conn.execute("CREATE TABLE probe (x INTEGER)")
        conn.execute("INSERT INTO probe VALUES (1)")
    files = [path, Path(f"{path}-wal"), Path(f"{path}-shm")]
    assert {f.name: oct(f.stat().st_mode & 0o777) for f in files} == {
        f.name: "0o600" for f in files
    }
    cache.close()


def test_an_existing_world_readable_cache_is_tightened(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.touch(mode=0o644)
    path.chmod(0o644)
    Cache(path).close()
    assert oct(path.stat().st_mode & 0o777) == "0o600"
