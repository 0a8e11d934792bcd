"""The Alembic migrations build exactly the schema the models describe."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import select

from app.models.tables import Base
from app.models.tables.sealed import Sealed
from app.server.db import Database
from app.server.schema import migrate


def _diff(db: Database) -> list[object]:
    with db.write_engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"render_as_batch": True})
        return [d for d in compare_metadata(context, Base.metadata) if not _sqlite_sealed(db, d)]


def _sqlite_sealed(db: Database, diff: object) -> bool:
    """On SQLite the sealed columns keep their VARCHAR declaration (0007_encryption: SQLite
    ignores lengths, and recreating referenced tables trips foreign keys); nothing else."""
    if not db.is_sqlite or not isinstance(diff, list) or len(diff) != 1:
        return False
    op = diff[0]
    return op[0] == "modify_type" and isinstance(op[-1], Sealed)


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


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_the_audit_log_refuses_updates_and_deletes(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    from datetime import UTC, datetime

    from sqlalchemy import delete, update
    from sqlalchemy.exc import DBAPIError

    from app.models import tables as t

    url = (
        request.getfixturevalue("pg_url")
        if backend == "postgres"
        else f"sqlite:///{tmp_path / 'a.sqlite3'}"
    )
    db = Database(url)
    migrate(db)
    with db.write() as s:
        s.add(
            t.AuditLog(
                at=datetime.now(UTC),
                user_id=None,
                username="x",
                action="test",
                entity="user",
                entity_id=None,
                client_address="local",
                detail={},
            )
        )
    for statement in (update(t.AuditLog).values(username="y"), delete(t.AuditLog)):
        with pytest.raises(DBAPIError, match="append-only"), db.write() as s:
            s.execute(statement)
    with db.read() as s:
        assert s.scalar(select(t.AuditLog.username)) == "x"
    db.dispose()
