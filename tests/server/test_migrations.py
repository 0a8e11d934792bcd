"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from app.models.tables import Base
from app.server.db import Database
from app.server.schema import migrate


def _diff(db: Database) -> list[object]:
    with db.write_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        return list(compare_metadata(context, Base.metadata))


def test_migrations_match_the_models_on_sqlite(tmp_path: Path) -> None:
    db = Database(f"sqlite:///{tmp_path / 'm.sqlite3'}")
    migrate(db)
    assert _diff(db) == []
    migrate(db)  # a second start finds nothing to do
    db.dispose()


@pytest.mark.postgres
def test_migrations_match_the_models_on_postgresql(pg_url: str) -> None:
    db = Database(pg_url)
    migrate(db)
    assert _diff(db) == []
    db.dispose()
