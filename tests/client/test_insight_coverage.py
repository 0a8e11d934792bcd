"""The insight's raw reads: an entity the mirror never received reads as nothing; any other
database error is not hidden (a separate file beside test_insight.py)."""

from __future__ import annotations

import sqlite3

import pytest

from app.client.cache import Cache
from app.client.insight import _query


def test_a_table_the_mirror_never_received_reads_as_no_rows() -> None:
    cache = Cache(":memory:")
    assert _query(cache, "SELECT id FROM ent_parcel WHERE id > ?", (0,)) == []
    assert _query(cache, "SELECT count(*) FROM ent_order") == [(0,)]


def test_other_database_errors_are_raised() -> None:
    cache = Cache(":memory:")
    with pytest.raises(sqlite3.OperationalError, match="no such column"):
        _query(cache, "SELECT weight FROM ent_order")
