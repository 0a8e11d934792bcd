"""Sanctions from complaints over HTTP: the critical shortcut, decisions, holds, appeals."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from tests.server.conftest import LiveServer
from tests.server.test_complaints import Desk, body_of, codes, make_desk


@pytest.fixture
def desk(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(live, monkeypatch)


def sanctions_of(desk: Desk, provider: int | None = None) -> dict[str, Any]:
    r = desk.agent.get(
        desk.live.api(f"/providers/{provider or desk.provider}/sanctions"), timeout=10
    )
    return body_of(r)


def appeal(
    desk: Desk,
    sanction: dict[str, Any],
    path: str,
    body: dict[str, Any],
    *,
    s: Any = None,
    version: int | None = None,
) -> Any:
    headers = {"If-Match": str(sanction["version"] if version is None else version)}
    return (s or desk.agent).post(
        desk.live.api(f"/sanctions/{sanction['id']}/{path}"), json=body, headers=headers, timeout=10
    )


def test_critical_substantiated_complaint_suspends_at_once_until_overturned(desk: Desk) -> None:
    assert sanctions_of(desk)["dispatch_hold"] is None
    ticket = desk.resolved(substantiated=True, severity="critical", category="theft")
    # suspended the moment the finding is recorded, before any supervisor decides
    [interim] = ticket["sanctions"]
    assert interim["level"] == "suspension"
    assert interim["blocking"]
    assert ticket["recommended_sanction"]["level"] == "suspension"
    history = sanctions_of(desk)
    assert history["dispatch_hold"] == "suspension"
    assert [r["code"] for r in history["hold_reasons"]] == ["sanction.hold_suspended"]
    # the supervisor confirms it: the same sanction, now theirs, with their end date
    ends = desk.clock() + timedelta(days=60)
    ticket = desk.ok(
        ticket,
        "sanction-decision",
        {
            "level": "suspension",
            "reason": "盗窃经查属实，暂停接单 60 天",
            "ends_at": ends.isoformat(),
            "block_provider": True,
            "block_reason": "客户要求不再派该阿姨",
        },
        s=desk.sup,
    )
    [confirmed] = ticket["sanctions"]
    assert confirmed["id"] == interim["id"]
    assert datetime.fromisoformat(confirmed["ends_at"]) == ends
    assert confirmed["decided_by"] == desk.live.users[Role.SUPERVISOR]
    assert [b["provider_id"] for b in ticket["customer_blocks"]] == [desk.provider]
    ticket = desk.ok(desk.callback(ticket, "reached_satisfied", "客户接受处理"), "close")
    assert ticket["status"] == "closed"
    # the provider appeals; a pending appeal does not pause the sanction
    sanction = sanctions_of(desk)["sanctions"][0]
    r = appeal(desk, sanction, "appeal", {"statement": "当天我不在客户家"})
    assert r.status_code == 200, r.text
    sanction = r.json()
    assert sanction["appeal"]["status"] == "pending"
    assert sanction["blocking"]
    assert sanctions_of(desk)["dispatch_hold"] == "suspension"
    again = appeal(desk, sanction, "appeal", {"statement": "再申诉"})
    assert again.status_code == 409
    assert codes(again) == ["sanction.appeal_exists"]
    body = {"outcome": "overturned", "note": "监控显示服务人员不在场"}
    assert appeal(desk, sanction, "appeal/decide", body).status_code == 403  # agents may not
    r = appeal(desk, sanction, "appeal/decide", body, s=desk.sup)
    assert r.status_code == 200, r.text
    assert r.json()["effective_status"] == "overturned"
    assert not r.json()["blocking"]
    history = sanctions_of(desk)
    assert history["dispatch_hold"] is None
    assert history["hold_reasons"] == []
    assert history["sanctions"][0]["appeal"]["status"] == "overturned"


def test_decision_below_the_shortcut_lifts_the_interim_suspension(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=True, severity="critical", category="injury")
    ticket = desk.ok(
        ticket,
        "sanction-decision",
        {"level": "warning", "reason": "客户自身原因为主，服务人员仅轻微过失"},
        s=desk.sup,
    )
    levels = {s["level"]: s["effective_status"] for s in ticket["sanctions"]}
    assert levels == {"suspension": "lifted", "warning": "active"}
    assert sanctions_of(desk)["dispatch_hold"] is None  # a warning never holds dispatch


def test_finding_dropped_on_reopen_lifts_the_interim_suspension(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=True, severity="critical", category="safety")
    assert sanctions_of(desk)["dispatch_hold"] == "suspension"
    ticket = desk.ok(ticket, "reopen", {"note": "新证据"})
    ticket = desk.ok(ticket, "start-investigation")
    ticket = desk.ok(
        ticket, "resolve", {"resolution": "经复核与服务人员无关", "substantiated": False}
    )
    assert [s["effective_status"] for s in ticket["sanctions"]] == ["lifted"]
    assert sanctions_of(desk)["dispatch_hold"] is None


def test_retraining_decision_holds_dispatch_and_suspension_needs_a_future_end(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=True)
    past = (desk.clock() - timedelta(days=1)).isoformat()
    r = desk.do(
        ticket,
        "sanction-decision",
        {"level": "suspension", "reason": "x", "ends_at": past},
        s=desk.sup,
    )
    assert r.status_code == 422
    assert codes(r) == ["sanction.suspension_end_required"]
    r = desk.do(
        ticket,
        "sanction-decision",
        {"level": "retraining", "reason": "x", "ends_at": past},
        s=desk.sup,
    )
    assert r.status_code == 422
    assert codes(r) == ["sanction.end_not_applicable"]
    ticket = desk.ok(
        ticket,
        "sanction-decision",
        {"level": "retraining", "reason": "服务质量不达标，停单培训"},
        s=desk.sup,
    )
    assert sanctions_of(desk)["dispatch_hold"] == "retraining"
    r = desk.do(ticket, "sanction-decision", {"level": None, "reason": "x"}, s=desk.sup)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "complaint.sanction_already_decided"
    # a second substantiated complaint climbs the ladder
    desk.clock.advance(days=3)
    second = desk.resolved(substantiated=True, summary="再次投诉")
    assert second["recommended_sanction"]["level"] == "retraining"
    assert second["recommended_sanction"]["counted"] == 2


def test_not_substantiated_ticket_takes_no_sanction_decision(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=False)
    assert ticket["recommended_sanction"] is None
    r = desk.do(ticket, "sanction-decision", {"level": "warning", "reason": "x"}, s=desk.sup)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "complaint.sanction_not_applicable"
    with desk.live.db.read() as db:
        assert db.scalar(select(t.Sanction)) is None


def test_block_provider_from_a_complaint_is_unique_per_customer(desk: Desk) -> None:
    ticket = desk.open()
    ticket = desk.ok(ticket, "block-provider", {"reason": "不想再见到这位阿姨"})
    assert len(ticket["customer_blocks"]) == 1
    block = next(a for a in ticket["allowed_actions"] if a["action"] == "block_provider")
    assert not block["allowed"]
    assert block["reasons"][0]["code"] == "complaint.already_blocked"
    ticket = desk.ok(ticket, "block-provider", {"reason": "again"})
    assert len(ticket["customer_blocks"]) == 1
    lookup = desk.agent.get(
        desk.live.api("/customers/lookup"), params={"phone": "13812345678"}, timeout=10
    ).json()
    assert [b["provider_id"] for b in lookup["customers"][0]["blocked_providers"]] == [
        desk.provider
    ]
    no_provider = desk.open(order_id=None, phone="13812345678", category="other")
    r = desk.do(no_provider, "block-provider", {"reason": ""})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "complaint.no_provider"


def test_a_retraining_decision_books_the_next_retraining_session(desk: Desk) -> None:
    from app.rules.training import COURSES, RETRAINING_COURSE
    from app.server.services.training_courses import course_columns

    start = desk.clock() + timedelta(days=2)
    with desk.live.db.write() as s:
        course = t.TrainingCourse(**course_columns(COURSES[RETRAINING_COURSE]), updated_at=start)
        s.add(course)
        s.flush()
        session = t.TrainingSession(
            course_id=course.id, trainer_id=None, starts_at=start,
            ends_at=start + timedelta(hours=4), location="朝阳区酒仙桥路10号", district="chaoyang",
            state="scheduled", capacity=12, is_retraining=True, updated_at=start,
        )  # fmt: skip
        s.add(session)
        s.flush()
        session_id = session.id
    ticket = desk.resolved(substantiated=True, category="attitude")
    desk.ok(
        ticket, "sanction-decision", {"level": "retraining", "reason": "服务态度差"}, s=desk.sup
    )
    with desk.live.db.read() as s:
        [seat] = s.scalars(select(t.TrainingEnrolment)).all()
        sanction = s.scalar(select(t.Sanction).where(t.Sanction.level == "retraining"))
    assert (seat.session_id, seat.provider_id) == (session_id, desk.provider)
    assert sanction is not None
    assert (seat.reason, seat.sanction_id, seat.status) == ("retraining", sanction.id, "enrolled")
