"""A stuck command's refusal and its conflict's server copy, read from the stored error."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.client.outbox import OutboxCommand
from app.client.outbox_problem import Problem, ServerCopy, problem_of

T0 = datetime(2026, 12, 4, 2, tzinfo=UTC)


def stuck(state: str, error: dict[str, Any] | None) -> OutboxCommand:
    path = "/api/v1/orders/7/cancel"
    return OutboxCommand(1, path, {}, 3, "k", "order", 7, "取消订单", T0, state, error)


def test_a_refusal_in_both_languages() -> None:
    got = problem_of(stuck("failed", {"code": "x", "message": "不能取消", "message_en": "No"}))
    assert got == Problem("不能取消", "No", None)
    assert problem_of(stuck("failed", None)) == Problem("", "", None)


def test_a_conflict_says_what_the_server_had() -> None:
    current = {"status": "assigned", "version": 5, "updated_at": "2026-12-04T02:00:00+00:00"}
    got = problem_of(stuck("conflict", {"message": "已变更", "message_en": "Changed",
                                        "current": current}))  # fmt: skip
    assert got.current == ServerCopy("assigned", 5, T0)
    odd = {"status": 3, "updated_at": "yesterday"}
    assert problem_of(stuck("conflict", {"current": odd})).current == ServerCopy(
        None, None, "yesterday"
    )
    assert problem_of(stuck("conflict", {"current": {"id": 7}})).current == ServerCopy(
        None, None, None
    )
