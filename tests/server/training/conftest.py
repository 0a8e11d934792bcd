"""Training service tests: a migrated database on SQLite and on PostgreSQL, staff and a
course with its sessions, called through the services directly."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from app.rules.training import COURSES
from app.server.db import Database
from app.server.schema import migrate
from app.server.services.context import Actor
from app.server.services.training_courses import course_columns
from app.server.services.training_sessions import create_session
from tests.server import factories

T0 = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)  # 09:00 in Beijing


@dataclass
class Desk:
    db: Database
    trainer: Actor
    supervisor: Actor
    courses: dict[str, int]

    def session(self, code: str, start: datetime, *, capacity: int = 30, hours: int = 4,
                retraining: bool = False) -> dict[str, Any]:  # fmt: skip
        with self.db.write() as s:
            return create_session(
                s, self.trainer, T0 - timedelta(days=7), course_id=self.courses[code],
                starts_at=start, ends_at=start + timedelta(hours=hours),
                location="通州区新华大街66号 社区服务培训站", district="tongzhou",
                capacity=capacity, is_retraining=retraining,
            )  # fmt: skip

    def provider(self, phone: str, categories: tuple[str, ...] = ("cleaning",)) -> int:
        return factories.add_provider(self.db, phone=phone, categories=categories)

    def version(self, cls: type[t.Base], row_id: int) -> int:
        with self.db.read() as s:
            row = s.get(cls, row_id)
            assert row is not None
            return int(row.version)  # type: ignore[attr-defined]

    def audit_actions(self) -> list[str]:
        with self.db.read() as s:
            return list(s.scalars(select(t.AuditLog.action).order_by(t.AuditLog.id)))


@pytest.fixture(params=["sqlite", "postgres"])
def desk(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Desk]:
    url = (
        request.getfixturevalue("pg_url")
        if request.param == "postgres"
        else f"sqlite:///{tmp_path / 'training.sqlite3'}"
    )
    db = Database(url)
    migrate(db)
    ids = factories.add_users(db)
    courses = {}
    with db.write() as s:
        for code, spec in COURSES.items():
            row = t.TrainingCourse(**course_columns(spec), updated_at=T0 - timedelta(days=400))
            s.add(row)
            s.flush()
            courses[code] = row.id
    trainer = Actor(ids[Role.TRAINER], "trainer", Role.TRAINER, "127.0.0.1")
    supervisor = Actor(ids[Role.SUPERVISOR], "supervisor", Role.SUPERVISOR, "127.0.0.1")
    yield Desk(db, trainer, supervisor, courses)
    db.dispose()
