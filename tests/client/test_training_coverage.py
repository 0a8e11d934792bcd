"""Refused training commands read back: the provider from a draft's path, other paths left
alone, and drafts without a base retried as they were (a separate file: training.py is being
changed)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.client import training as tr
from app.client.outbox import OutboxCommand

T0 = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)
DRAFT = "/api/v1/training-sessions/10/assessments/2/draft"


def refused(path: str, state: str, error: dict[str, Any], body: Any = None) -> OutboxCommand:
    return OutboxCommand(7, path, body, None, "k", "assessment", 0, "成绩", T0, state, error)


def test_a_refused_draft_names_the_provider_from_its_path() -> None:
    error = {"code": "invalid_scores", "message": "分数超出量表", "message_en": "Off the scale"}

    got = tr.refusal(refused(DRAFT, "failed", error))

    assert got is not None
    assert (got.session_id, got.step, got.provider_id, got.conflict) == (10, "draft", 2, False)
    assert (got.message, got.message_en) == ("分数超出量表", "Off the scale")


def test_a_path_that_names_no_session_is_not_a_training_refusal() -> None:
    assert tr.refusal(refused("/api/v1/training-sessions/week/attendance", "failed", {})) is None


def test_a_draft_without_a_base_is_retried_as_it_was() -> None:
    current = {"provider_id": 2, "theory_score": 55, "scores": {}, "absences": 0}
    stale = refused(DRAFT, "conflict", {"status": 412, "current": current}, body={"theory": 70})
    assert tr.rebased_draft(stale) is None
    based = refused(DRAFT, "conflict", {"status": 412, "current": current},
                    body={"theory": 70, "base": {"theory": 60, "practical": {}}})  # fmt: skip
    assert tr.rebased_draft(based) == {"theory": 70, "base": {"theory": 55, "practical": {}}}
