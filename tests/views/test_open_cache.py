"""A damaged local mirror is moved aside and rebuilt, so that commands always have a home."""

from __future__ import annotations

from pathlib import Path

from app.views.app import open_cache


def test_a_damaged_cache_file_is_set_aside_and_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database" * 100)
    cache = open_cache(path)
    try:
        assert cache.cursor() == ""
        [kept] = tmp_path.glob("cache.sqlite3.damaged-*")
        assert kept.read_bytes().startswith(b"this is not a database")
    finally:
        cache.close()


def test_the_mirror_is_named_by_the_servers_database_not_its_port(tmp_path: Path) -> None:
    """Issue 13: a restart of the embedded server on another port found an empty cache."""
    from app.views.app import cache_path

    first = cache_path(tmp_path, "4f2a9c1b7d3e", "dispatcher")
    assert cache_path(tmp_path, "4f2a9c1b7d3e", "dispatcher") == first
    assert cache_path(tmp_path, "4f2a9c1b7d3e", "agent") != first
    assert cache_path(tmp_path, "9e8d7c6b5a41", "dispatcher") != first  # a reset database
