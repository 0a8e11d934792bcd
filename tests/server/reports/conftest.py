"""A database with nine days of orders, complaints, sanctions and certificates, on SQLite and,
when configured, PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from app.server.db import Database
from bench._server_history import history_db

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 10:00 in Beijing, a Friday


@pytest.fixture(params=["sqlite", "postgres"])
def demo_db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Database]:
    if request.param == "postgres":
        url = request.getfixturevalue("pg_url")
    else:
        url = f"sqlite:///{tmp_path / 'reports.sqlite3'}"
    db = history_db(url, NOW)
    yield db
    db.dispose()
