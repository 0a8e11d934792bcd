"""A ticket's timeline as the detail panel lists it."""

from __future__ import annotations

from typing import Any

from app.schemas.complaints import ComplaintDetail
from app.views.complaints.wire import timeline
from tests.views.complaints.fakes import load

AT = "2026-11-27T03:00:00+00:00"


def note(id: int, kind: str, at: str, author_id: int, body: str) -> dict[str, Any]:
    return {"id": id, "version": 1, "complaint_id": 1, "kind": kind, "at": at,
            "author_id": author_id, "body": body}  # fmt: skip


def ticket(notes: list[dict[str, Any]], sanctions: list[dict[str, Any]]) -> ComplaintDetail:
    """A saved ticket with only these notes and sanctions (and no callbacks)."""
    saved = load("detail_resolved.json")
    return ComplaintDetail.model_validate(
        saved | {"notes": notes, "sanctions": sanctions, "callbacks": []}
    )


def test_a_sanction_decision_is_listed_once_and_no_sanction_still_shows() -> None:
    detail = ticket(
        [
            note(1, "handling", "2026-11-27T02:00:00+00:00", 2, "致电"),
            note(2, "sanction", AT, 5, "处罚决定：警告。理由：初犯"),
            note(3, "sanction", "2026-11-27T04:00:00+00:00", 5, "已按客户要求不再派该服务人员上门"),
        ],
        [
            {"id": 1, "version": 1, "provider_id": 9, "complaint_id": 1, "level": "warning",
             "status": "active", "reason": "初犯", "decided_at": AT, "decided_by": 5,
             "ends_at": None, "effective_status": "active", "blocking": False, "appeal": None},
        ],
    )  # fmt: skip

    kinds = [e.kind for e in timeline(detail)]

    assert kinds == ["note:handling", "sanction:warning", "note:sanction"]  # the block stays


def test_a_decision_of_no_sanction_keeps_its_note() -> None:
    detail = ticket([note(1, "sanction", AT, 5, "不处罚")], [])

    assert [e.kind for e in timeline(detail)] == ["note:sanction"]
