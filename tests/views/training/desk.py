"""A trainer's cache for the page's tests: a maternity session in progress in Tongzhou with
three seated trainees and one waiting, another trainer's session, and a past one."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

from app.client.cache import Cache
from app.rules.training import COURSES
from app.server.services.training_courses import course_columns
from app.views.context import PageContext
from tests.views.fakes import FakeLink, FakeUser, SyncBackend, put

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
ME, OTHER = 7, 8
MAT = COURSES["TR-MATERNITY"]
FULL = {"etiquette": 5, "communication": 4, "newborn_handling": 1, "feeding": 4, "bathing": 4}


def at(hours: float) -> str:
    return (NOW + timedelta(hours=hours)).isoformat()


def session(id: int, hours: float, **kw: Any) -> dict[str, Any]:
    return {
        "id": id, "course_id": 1, "trainer_id": ME, "starts_at": at(hours),
        "ends_at": at(hours + 4), "location": "通州培训站", "district": "tongzhou",
        "state": "scheduled", "capacity": 3, "is_retraining": False, **kw,
    }  # fmt: skip


def filled() -> Cache:
    cache = Cache(":memory:")
    put(cache, "training_course", [{"id": 1, **course_columns(MAT)}])
    put(cache, "provider", [
        {"id": p, "code": f"P{p:04d}", "name": name, "status": "active"}
        for p, name in ((1, "王芳"), (2, "李娟"), (3, "张秀英"), (4, "刘敏"))
    ])  # fmt: skip
    put(cache, "training_session", [
        session(10, -1, state="in_progress", version=4),
        session(11, 48),
        session(12, -72, state="completed"),
        session(13, 1, trainer_id=OTHER, location="朝阳培训中心", district="chaoyang"),
    ])  # fmt: skip
    put(cache, "training_enrolment", [
        {"id": 100 + p, "session_id": 10, "provider_id": p, "status": "enrolled"} for p in (1, 2, 3)
    ] + [{"id": 104, "session_id": 10, "provider_id": 4, "status": "waiting",
          "waiting_position": 1}])  # fmt: skip
    put(cache, "assessment", [
        {"id": 50, "version": 2, "provider_id": 1, "course_id": 1, "session_id": 10,
         "state": "draft", "theory_score": 88, "scores": FULL, "absences": 0},
    ])  # fmt: skip
    return cache


def context(cache: Cache, tmp_path: Path, role: str = "trainer") -> tuple[PageContext, FakeLink]:
    link = FakeLink()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    user = FakeUser(id=ME, username="trainer", display_name="周培训", role=role)
    ctx = PageContext(link, user, settings, lambda: NOW, SyncBackend(reader=cache))  # type: ignore[arg-type]
    return ctx, link
