"""Complaints over HTTP: intake, the handling steps, and the closing gate on every path.

Time is the server's one clock (``app.server.clock.now``), moved by the test: the
gate asks for unreachable attempts an hour apart, and a test must not sleep for that.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
import requests

from app.models import tables as t
from app.models.enums import Role
from app.server import clock as server_clock
from tests.server import factories
from tests.server.conftest import LiveServer


class Clock:
    """The server's clock in a test. Moving it ends sessions as real time would (idle and
    absolute expiry), so the sessions it keeps log in again after every move."""

    def __init__(self) -> None:
        self.at = datetime.now(UTC).replace(microsecond=0)
        self._kept: list[tuple[LiveServer, Role, requests.Session]] = []

    def __call__(self) -> datetime:
        return self.at

    def keep(self, live: LiveServer, role: Role) -> requests.Session:
        """A session for ``role`` that stays logged in across :meth:`advance`."""
        session = live.login(role)
        self._kept.append((live, role, session))
        return session

    def advance(self, **kw: float) -> None:
        self.at += timedelta(**kw)
        for live, role, session in self._kept:
            session.headers["Authorization"] = live.login(role).headers["Authorization"]


def add_order(db: Any, customer: int, provider: int | None, *, code: str = "SM1") -> int:
    now = factories.now()
    with db.write() as s:
        o = t.Order(
            code=code,
            customer_id=customer,
            provider_id=provider,
            category="cleaning",
            status="completed",
            district="chaoyang",
            address="朝阳区建国路88号院3号楼",
            lat=39.91,
            lng=116.46,
            scheduled_start=now - timedelta(hours=5),
            scheduled_end=now - timedelta(hours=3),
            dispatch_by=now - timedelta(hours=7),
            price_cents=19900,
            created_at=now - timedelta(days=1),
            updated_at=now,
        )
        s.add(o)
        s.flush()
        return o.id


def body_of(r: requests.Response, status: int = 200) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    return body


def codes(r: requests.Response) -> list[str]:
    return [x["code"] for x in r.json()["error"]["details"]["reasons"]]


@dataclass
class Desk:
    """An agent and a supervisor at the hotline, one customer, a provider and their order."""

    live: LiveServer
    clock: Clock
    agent: requests.Session
    sup: requests.Session
    customer: int
    provider: int
    order: int

    def open(self, s: requests.Session | None = None, **body: Any) -> dict[str, Any]:
        payload = {
            "order_id": self.order,
            "category": "quality",
            "severity": "high",
            "summary": "阿姨打扫不干净，厨房油污未处理",
            **body,
        }
        r = (s or self.agent).post(self.live.api("/complaints"), json=payload, timeout=10)
        return body_of(r, 201)

    def do(
        self,
        ticket: dict[str, Any],
        path: str,
        body: dict[str, Any] | None = None,
        *,
        s: requests.Session | None = None,
        version: int | None = None,
        key: str | None = None,
    ) -> requests.Response:
        headers = {"If-Match": str(ticket["version"] if version is None else version)}
        if key:
            headers["Idempotency-Key"] = key
        return (s or self.agent).post(
            self.live.api(f"/complaints/{ticket['id']}/{path}"),
            json=body,
            headers=headers,
            timeout=10,
        )

    def ok(
        self,
        ticket: dict[str, Any],
        path: str,
        body: dict[str, Any] | None = None,
        s: requests.Session | None = None,
    ) -> dict[str, Any]:
        return body_of(self.do(ticket, path, body, s=s))

    def resolved(self, substantiated: bool | None = False, **open_kw: Any) -> dict[str, Any]:
        ticket = self.open(**open_kw)
        self.clock.advance(minutes=5)
        ticket = self.ok(ticket, "acknowledge")
        ticket = self.ok(ticket, "start-investigation")
        self.clock.advance(hours=1)
        return self.ok(
            ticket,
            "resolve",
            {"resolution": "已安排返工并退还部分费用", "substantiated": substantiated},
        )

    def callback(self, ticket: dict[str, Any], outcome: str, note: str = "") -> dict[str, Any]:
        return self.ok(ticket, "callbacks", {"outcome": outcome, "note": note})

    def get(self, ticket: dict[str, Any], s: requests.Session | None = None) -> dict[str, Any]:
        r = (s or self.agent).get(self.live.api(f"/complaints/{ticket['id']}"), timeout=10)
        return body_of(r)


def make_desk(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    """The ``desk`` fixture's body, for the other complaint test modules to share."""
    clock = Clock()
    monkeypatch.setattr(server_clock, "now", clock)
    customer = factories.add_customer(live.db)
    provider = factories.add_provider(live.db)
    order = add_order(live.db, customer, provider)
    return Desk(
        live,
        clock,
        clock.keep(live, Role.AGENT),
        clock.keep(live, Role.SUPERVISOR),
        customer,
        provider,
        order,
    )


@pytest.fixture
def desk(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(live, monkeypatch)


def test_intake_from_an_order_sets_owner_deadlines_and_timeline(desk: Desk) -> None:
    ticket = desk.open()
    assert ticket["status"] == "open"
    assert ticket["version"] == 1
    assert ticket["customer_id"] == desk.customer
    assert ticket["provider_id"] == desk.provider
    assert ticket["assignee_id"] == desk.live.users[Role.AGENT]
    assert ticket["code"].startswith("TS")
    opened = datetime.fromisoformat(ticket["opened_at"])
    assert datetime.fromisoformat(ticket["first_response_due"]) == opened + timedelta(hours=1)
    assert datetime.fromisoformat(ticket["resolution_due"]) == opened + timedelta(hours=24)
    assert ticket["callback_due"] is None
    assert [n["kind"] for n in ticket["notes"]] == ["record"]
    assert ticket["customer"]["phone"] == "138****5678"  # masked
    assert ticket["order"]["address"].endswith("****")
    assert ticket["possible_duplicate_of"] is None
    assert not ticket["repeat"]["is_repeat"]
    close = next(a for a in ticket["allowed_actions"] if a["action"] == "close")
    assert not close["allowed"]
    assert {r["code"] for r in close["reasons"]} >= {
        "complaint.resolution_missing",
        "complaint.callback_missing",
        "complaint.finding_missing",
    }
    assert all(r["message"] and r["message_en"] for r in close["reasons"])


def test_intake_from_a_phone_number_and_its_errors(desk: Desk) -> None:
    ticket = desk.open(order_id=None, phone="+86 138-1234-5678", category="attitude")
    assert ticket["customer_id"] == desk.customer
    assert ticket["order_id"] is None
    r = desk.agent.post(
        desk.live.api("/complaints"),
        json={"phone": "13000000000", "category": "other", "severity": "low", "summary": "x"},
        timeout=10,
    )
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "complaint.customer_not_found"
    r = desk.agent.post(
        desk.live.api("/complaints"),
        json={"category": "other", "severity": "low", "summary": "x"},
        timeout=10,
    )
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "complaint.source_required"


def test_second_ticket_on_an_order_is_a_possible_duplicate_and_repeats_are_reported(
    desk: Desk,
) -> None:
    first = desk.open()
    desk.clock.advance(hours=2)
    second = desk.open(summary="同一单再次来电")
    assert second["possible_duplicate_of"] == first["id"]
    assert second["repeat"]["possible_duplicates"] == [first["id"]]
    assert "complaint.possible_duplicate" in [r["code"] for r in second["repeat"]["reasons"]]
    desk.clock.advance(days=2)  # past the duplicate window, within the repeat window
    third = desk.open(summary="又一次投诉")
    assert third["possible_duplicate_of"] is None
    assert third["repeat"]["same_provider"] == [first["id"], second["id"]]
    assert third["repeat"]["same_customer"] == [first["id"], second["id"]]
    assert {"complaint.repeat_provider", "complaint.repeat_customer"} <= {
        r["code"] for r in third["repeat"]["reasons"]
    }
    desk.clock.advance(days=31)
    assert not desk.open(summary="很久以后")["repeat"]["is_repeat"]


def test_close_is_refused_without_resolution_or_callback(desk: Desk) -> None:
    ticket = desk.open()
    r = desk.do(ticket, "close")
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "complaint.closing_blocked"
    assert codes(r) == [
        "complaint.resolution_missing",
        "complaint.callback_missing",
        "complaint.finding_missing",
    ]
    ticket = desk.resolved(substantiated=False, order_id=None, phone="13812345678")
    r = desk.do(ticket, "close")
    assert r.status_code == 409
    assert codes(r) == ["complaint.callback_missing"]
    # the client cannot talk its way past the gate
    r = desk.do(ticket, "close", {"note": "客户已满意", "force": True})
    assert r.status_code == 422
    assert desk.get(ticket)["status"] == "resolved"


def test_unreachable_attempts_count_only_three_documented_an_hour_apart(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=False)
    r = desk.do(ticket, "callbacks", {"outcome": "unreachable"})  # undocumented
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "complaint.callback_note_required"
    for _ in range(3):  # three attempts, ten minutes apart: too close together
        desk.clock.advance(minutes=10)
        ticket = desk.callback(ticket, "unreachable", "无人接听")
    assert ticket["status"] == "resolved"
    assert ticket["counted_unreachable_attempts"] == 1
    r = desk.do(ticket, "close")
    assert r.status_code == 409
    assert codes(r) == ["complaint.callback_attempts_insufficient"]
    desk.clock.advance(hours=1)
    ticket = desk.callback(ticket, "unreachable", "关机")
    r = desk.do(ticket, "close")  # two valid attempts
    assert r.status_code == 409
    assert codes(r) == ["complaint.callback_attempts_insufficient"]
    desk.clock.advance(hours=1, minutes=30)
    ticket = desk.callback(ticket, "unreachable", "再次无人接听")
    assert ticket["status"] == "callback_done"
    assert ticket["callback_verdict"] == "unreachable"
    closed = desk.ok(ticket, "close")
    assert closed["status"] == "closed"
    assert closed["closed_at"]


def test_satisfied_callback_closes_and_unsatisfied_reopens(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=False)
    assert ticket["callback_due"] is not None
    desk.clock.advance(hours=2)
    ticket = desk.callback(ticket, "reached_unsatisfied", "客户认为返工不到位")
    assert ticket["status"] == "reopened"
    assert ticket["reopen_count"] == 1
    assert ticket["resolution"] == ""
    assert ticket["callback_due"] is None
    reopened_at = desk.clock()
    assert datetime.fromisoformat(ticket["resolution_due"]) == reopened_at + timedelta(hours=24)
    r = desk.do(ticket, "close")
    assert r.status_code == 409
    assert "complaint.resolution_missing" in codes(r)
    desk.clock.advance(minutes=30)
    ticket = desk.ok(ticket, "start-investigation")
    ticket = desk.ok(
        ticket, "resolve", {"resolution": "更换阿姨重新上门保洁", "substantiated": False}
    )
    r = desk.do(ticket, "close")  # the old cycle's callback does not count
    assert r.status_code == 409
    assert codes(r) == ["complaint.callback_missing"]
    desk.clock.advance(hours=1)
    ticket = desk.callback(ticket, "reached_satisfied", "客户满意")
    assert ticket["status"] == "callback_done"
    assert [c["cycle"] for c in ticket["callbacks"]] == [0, 1]
    close = next(a for a in ticket["allowed_actions"] if a["action"] == "close")
    assert close["allowed"]
    assert ticket["closing_blockers"] == []
    assert desk.ok(ticket, "close")["status"] == "closed"


def test_reopened_closed_ticket_needs_a_new_resolution_and_callback(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=False)
    ticket = desk.ok(desk.callback(ticket, "reached_satisfied", "满意"), "close")
    desk.clock.advance(days=1)
    ticket = desk.ok(ticket, "reopen", {"note": "客户再次来电"})
    assert ticket["status"] == "reopened"
    assert ticket["reopen_count"] == 1
    assert [n["kind"] for n in ticket["notes"]][-1] == "reopen"
    desk.clock.advance(minutes=1)
    ticket = desk.ok(ticket, "start-investigation")
    ticket = desk.ok(ticket, "resolve", {"resolution": "再次上门", "substantiated": False})
    assert codes(desk.do(ticket, "close")) == ["complaint.callback_missing"]


def test_substantiated_against_provider_needs_a_sanction_decision(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=True)
    assert ticket["recommended_sanction"]["level"] == "warning"
    ticket = desk.callback(ticket, "reached_satisfied", "客户满意")
    assert ticket["status"] == "callback_done"
    r = desk.do(ticket, "close")
    assert r.status_code == 409
    assert codes(r) == ["complaint.sanction_decision_missing"]
    decide = next(a for a in ticket["allowed_actions"] if a["action"] == "record_sanction_decision")
    assert not decide["allowed"]
    assert decide["reasons"][0]["code"] == "forbidden_role"
    body = {"level": None, "reason": "初犯，已返工，口头提醒"}
    assert desk.do(ticket, "sanction-decision", body).status_code == 403  # agents may not
    r = desk.do(ticket, "sanction-decision", {"level": None, "reason": " "}, s=desk.sup)
    assert r.status_code == 422
    assert codes(r) == ["sanction.reason_required"]
    ticket = desk.ok(ticket, "sanction-decision", body, s=desk.sup)
    assert ticket["sanction_decided"]
    assert ticket["sanctions"] == []
    assert desk.ok(ticket, "close")["status"] == "closed"


def test_bulk_close_holds_the_gate_per_ticket(desk: Desk) -> None:
    ready = desk.callback(desk.resolved(substantiated=False), "reached_satisfied", "满意")
    waiting = desk.resolved(substantiated=False)
    items = [
        {"id": ready["id"], "version": ready["version"]},
        {"id": waiting["id"], "version": waiting["version"]},
    ]
    r = desk.agent.post(
        desk.live.api("/complaints/bulk"), json={"action": "close", "items": items}, timeout=10
    )
    assert r.status_code == 200, r.text
    out = r.json()
    assert out["succeeded"] == 1
    assert out["failed"] == 1
    ok, refused = out["results"]
    assert ok["ok"]
    assert ok["complaint"]["status"] == "closed"
    assert refused["status"] == 409
    assert [x["code"] for x in refused["error"]["details"]["reasons"]] == [
        "complaint.callback_missing"
    ]
    assert desk.get(waiting)["status"] == "resolved"


def test_assign_transfer_and_escalate(desk: Desk) -> None:
    ticket = desk.open(s=desk.sup)
    assert ticket["assignee_id"] is None  # a supervisor's intake goes to the team queue
    agent_id, sup_id = desk.live.users[Role.AGENT], desk.live.users[Role.SUPERVISOR]
    ticket = desk.ok(ticket, "assign", {"assignee_id": agent_id})
    r = desk.do(ticket, "assign", {"assignee_id": desk.live.users[Role.DISPATCHER]})
    assert r.status_code == 422
    ticket = desk.ok(ticket, "assign", {"assignee_id": sup_id, "note": "交接班"})
    assert ticket["assignee_id"] == sup_id
    assert [n["kind"] for n in ticket["notes"]][-2:] == ["transfer", "transfer"]
    desk.clock.advance(hours=2)  # first response (1 h) is overdue
    ticket = desk.get(ticket)
    assert [r["code"] for r in ticket["escalation_needed"]] == [
        "complaint.sla_first_response_overdue"
    ]
    ticket = desk.ok(ticket, "escalate", {"note": "超时未受理", "supervisor_id": sup_id})
    assert ticket["escalated"]
    assert ticket["escalation_needed"] == []
    listing = desk.sup.get(
        desk.live.api("/complaints"), params={"escalated": "true"}, timeout=10
    ).json()
    assert [c["id"] for c in listing["data"]] == [ticket["id"]]


def test_queue_is_sorted_by_urgency_and_filters(desk: Desk) -> None:
    resolved = desk.resolved(substantiated=False, severity="medium")
    closed = desk.ok(desk.callback(resolved, "reached_satisfied", "满意"), "close")
    low = desk.open(severity="low", order_id=None, phone="13812345678")
    critical = desk.open(severity="critical", category="safety")
    high = desk.open(severity="high", order_id=None, phone="13812345678")
    desk.clock.advance(minutes=20)  # only the critical first response (15 min) is overdue
    q = desk.agent.get(desk.live.api("/complaints"), timeout=10).json()
    ids = [c["id"] for c in q["data"]]
    assert q["count"] == 4
    assert ids == [critical["id"], high["id"], low["id"], closed["id"]]
    assert q["data"][0]["overdue"]
    assert q["data"][0]["needs_escalation"]
    over = desk.agent.get(
        desk.live.api("/complaints"), params={"overdue": "true"}, timeout=10
    ).json()
    assert [c["id"] for c in over["data"]] == [critical["id"]]
    assert over["count"] == 1
    sev = desk.agent.get(
        desk.live.api("/complaints"), params=[("severity", "low"), ("severity", "high")], timeout=10
    ).json()
    assert [c["id"] for c in sev["data"]] == [high["id"], low["id"]]
    page = desk.agent.get(
        desk.live.api("/complaints"), params={"limit": 2, "offset": 2}, timeout=10
    ).json()
    assert [c["id"] for c in page["data"]] == [low["id"], closed["id"]]
    mine = desk.agent.get(
        desk.live.api("/complaints"),
        timeout=10,
        params={"assignee_id": str(desk.live.users[Role.AGENT]), "status": "closed"},
    ).json()
    assert [c["id"] for c in mine["data"]] == [closed["id"]]


def test_hotline_lookup_shows_the_caller_masked_with_orders_and_open_tickets(desk: Desk) -> None:
    ticket = desk.open()
    r = desk.agent.get(
        desk.live.api("/customers/lookup"), params={"phone": "138 1234 5678"}, timeout=10
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["count"] == 1
    found = body["customers"][0]
    assert found["customer"]["id"] == desk.customer
    assert found["customer"]["phone"] == "138****5678"
    assert [o["id"] for o in found["recent_orders"]] == [desk.order]
    assert [c["id"] for c in found["open_complaints"]] == [ticket["id"]]
    empty = desk.agent.get(
        desk.live.api("/customers/lookup"), params={"phone": "13000000000"}, timeout=10
    ).json()
    assert empty == {"customers": [], "count": 0}
