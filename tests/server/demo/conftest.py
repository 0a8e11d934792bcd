"""Small demo data sets and freshly seeded SQLite databases (with past days), one per test."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TypedDict

import pytest

from app.models.tables import Base
from app.server.db import Database
from app.server.demo.seed import seed_demo

# 11:30 in Beijing: some of today's orders are done, some under way, some still to come.
NOW = datetime(2026, 3, 12, 3, 30, tzinfo=UTC)


class Sizes(TypedDict):
    orders: int
    providers: int
    customers: int


SMALL: Sizes = {"orders": 150, "providers": 160, "customers": 60}
HISTORY = 2  # past days in a seeded database (the server's default is 8)


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = Database(f"sqlite:///{tmp_path / 'server.sqlite3'}")
    Base.metadata.create_all(database.write_engine)
    yield database
    database.dispose()


@pytest.fixture
def seeded(db: Database) -> Database:
    assert seed_demo(db, NOW, 7, **SMALL, history_days=HISTORY)
    return db
