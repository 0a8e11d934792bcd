"""CacheReader: a read-only view of the mirror file, entities it never received, and names
that are not entities (a separate file: cache.py is being changed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.client.cache import Cache, CacheReader, table_of
from tests.client.test_cache import order


@pytest.fixture
def mirror(tmp_path: Path) -> Cache:
    cache = Cache(tmp_path / "cache.sqlite3")
    cache.apply_page([order(1), order(2)], "e.0.2")
    return cache


def test_a_reader_sees_what_the_writer_committed_and_cannot_write(mirror: Cache) -> None:
    reader = CacheReader.open(mirror.path)
    try:
        assert [o["id"] for o in reader.all("order")] == [1, 2]
        mirror.apply_page([order(3)], "e.0.3")
        assert reader.count("order") == 3  # each read sees the latest commit
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            reader.connection.execute("DELETE FROM ent_order")
    finally:
        reader.close()
    assert mirror.count("order") == 3


def test_an_entity_the_mirror_never_received_reads_as_empty(mirror: Cache) -> None:
    reader = CacheReader.open(mirror.path)
    try:
        assert reader.get("parcel", 1) is None
        assert reader.many("parcel", [1, 2]) == []
        assert reader.all("parcel") == []
        assert reader.count("parcel") == 0
    finally:
        reader.close()


def test_other_database_errors_are_not_swallowed(mirror: Cache) -> None:
    mirror.connection.execute("CREATE TABLE ent_legacy (id INTEGER PRIMARY KEY)")  # no data
    with pytest.raises(sqlite3.OperationalError, match="no such column: data"):
        mirror.get("legacy", 1)


@pytest.mark.parametrize("name", ["order; DROP TABLE ent_order", "Order", "", "x" * 49])
def test_a_name_that_is_not_an_entity_never_reaches_sql(mirror: Cache, name: str) -> None:
    with pytest.raises(ValueError, match="not an entity name"):
        table_of(name)
    with pytest.raises(ValueError, match="not an entity name"):
        mirror.get(name, 1)
    assert mirror.count("order") == 2


def test_only_cached_columns_can_be_queried(mirror: Cache) -> None:
    assert [o["id"] for o in mirror.where("order", "status", ["pending"])] == [1, 2]
    with pytest.raises(ValueError, match=r"order\.lat / id is not a cached column"):
        mirror.where("order", "lat", [39.9])  # kept in the row's JSON only
    with pytest.raises(ValueError, match="is not a cached column"):
        mirror.where("order", "status", ["pending"], order="random()")
