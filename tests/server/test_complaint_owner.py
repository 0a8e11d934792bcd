"""Complaint tickets: who may work a ticket, and phone / ID numbers in their free text."""

from __future__ import annotations

import json
from typing import Any

import pytest
import requests
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from app.server.security import hash_password
from tests.server import factories
from tests.server.conftest import LiveServer
from tests.server.test_complaints import Desk, body_of, make_desk


@pytest.fixture
def desk(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(live, monkeypatch)


def second_agent(live: LiveServer) -> tuple[int, requests.Session]:
    with live.db.write() as s:
        u = t.User(
            username="agent2",
            display_name="agent2 测试",
            role=Role.AGENT.value,
            password_hash=hash_password(factories.PASSWORD),
            active=True,
            updated_at=factories.now(),
        )
        s.add(u)
        s.flush()
        uid = u.id
    return uid, live.login("agent2")


def test_another_agent_may_only_add_notes_to_a_ticket_they_do_not_own(desk: Desk) -> None:
    ticket = desk.open(desk.sup, assignee_id=desk.live.users[Role.SUPERVISOR])  # theirs
    _, other = second_agent(desk.live)
    refused = desk.do(ticket, "acknowledge", s=other)
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "complaint.not_owner"
    noted = desk.do(ticket, "notes", {"note": "客户又来电催促"}, s=other)
    assert noted.status_code == 200, noted.text


def test_an_agent_cannot_take_someone_elses_ticket(desk: Desk) -> None:
    ticket = desk.open(desk.sup, assignee_id=desk.live.users[Role.SUPERVISOR])
    uid, other = second_agent(desk.live)
    r = desk.do(ticket, "assign", {"assignee_id": uid, "note": "我来处理"}, s=other)
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "complaint.not_owner"


def test_reassigning_someone_elses_ticket_needs_a_reason(desk: Desk) -> None:
    ticket = desk.open()  # the agent's own ticket
    uid, _ = second_agent(desk.live)
    r = desk.do(ticket, "assign", {"assignee_id": uid}, s=desk.sup)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "complaint.reassign_reason_required"
    ok = desk.do(ticket, "assign", {"assignee_id": uid, "note": "原客服下班"}, s=desk.sup)
    assert ok.status_code == 200, ok.text


def test_the_owner_hands_their_own_ticket_over_without_a_reason(desk: Desk) -> None:
    ticket = desk.open()
    uid, other = second_agent(desk.live)
    ticket = desk.ok(ticket, "assign", {"assignee_id": uid})
    ticket = body_of(desk.do(ticket, "acknowledge", s=other))
    assert desk.do(ticket, "start-investigation").status_code == 403  # no longer the owner


def test_numbers_typed_into_free_text_are_masked_in_rest_and_feed(desk: Desk) -> None:
    ticket = desk.open(summary="客户手机 138 1234 5678，身份证 110101199001011234")
    ticket = desk.ok(ticket, "notes", {"note": "改打 +86 139-8765-4321"})
    detail = desk.get(ticket)
    assert detail["summary"] == "客户手机 138****5678，身份证 110101********1234"
    assert any("139****4321" in n["body"] for n in detail["notes"])
    desk.live.settle(desk.agent)
    page = desk.agent.get(desk.live.api("/changes"), params={"limit": 5000}, timeout=10)
    text = json.dumps(page.json(), ensure_ascii=False)
    for clear in ("12345678", "1234 5678", "87654321", "8765-4321", "19900101"):
        assert clear not in text
    with desk.live.db.read() as s:
        stored: list[Any] = list(s.scalars(select(t.ComplaintNote.body)))
    assert any("139-8765-4321" in b for b in stored)  # the record itself keeps the clear text
