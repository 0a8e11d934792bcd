"""A ticket's timeline as the detail panel lists it."""

from __future__ import annotations

from app.views.complaints.wire import timeline

AT = "2026-11-27T03:00:00+00:00"


def test_a_sanction_decision_is_listed_once_and_no_sanction_still_shows() -> None:
    detail = {
        "notes": [
            {"kind": "handling", "at": "2026-11-27T02:00:00+00:00", "author_id": 2, "body": "致电"},
            {"kind": "sanction", "at": AT, "author_id": 5, "body": "处罚决定：警告。理由：初犯"},
            {"kind": "sanction", "at": "2026-11-27T04:00:00+00:00", "author_id": 5,
             "body": "已按客户要求不再派该服务人员上门"},
        ],
        "sanctions": [{"level": "warning", "decided_at": AT, "decided_by": 5, "reason": "初犯"}],
    }  # fmt: skip

    kinds = [e.kind for e in timeline(detail)]

    assert kinds == ["note:handling", "sanction:warning", "note:sanction"]  # the block stays


def test_a_decision_of_no_sanction_keeps_its_note() -> None:
    detail = {"notes": [{"kind": "sanction", "at": AT, "author_id": 5, "body": "不处罚"}]}

    assert [e.kind for e in timeline(detail)] == ["note:sanction"]
