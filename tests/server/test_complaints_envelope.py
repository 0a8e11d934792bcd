"""Complaint commands share the command envelope: roles, If-Match, Idempotency-Key, and
every step is audited and travels through the change feed."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from app.server.db import Database
from tests.server import factories
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for
from tests.server.test_complaints import Desk, make_desk


@pytest.fixture
def desk(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(live, monkeypatch)


def test_roles(desk: Desk) -> None:
    ticket = desk.open()
    dispatcher = desk.live.login(Role.DISPATCHER)
    assert dispatcher.get(desk.live.api("/complaints"), timeout=10).status_code == 200
    detail = desk.get(ticket, s=dispatcher)
    assert not any(a["allowed"] for a in detail["allowed_actions"])
    assert desk.do(ticket, "acknowledge", s=dispatcher).status_code == 403
    r = dispatcher.post(
        desk.live.api("/complaints"),
        json={"order_id": desk.order, "category": "quality", "severity": "low", "summary": "x"},
        timeout=10,
    )
    assert r.status_code == 403
    trainer = desk.live.login(Role.TRAINER)
    assert trainer.get(desk.live.api(f"/complaints/{ticket['id']}"), timeout=10).status_code == 403
    assert (
        trainer.get(
            desk.live.api("/customers/lookup"), params={"phone": "13812345678"}, timeout=10
        ).status_code
        == 403
    )
    # trainers follow retraining holds, so they read sanction histories
    assert (
        trainer.get(desk.live.api(f"/providers/{desk.provider}/sanctions"), timeout=10).status_code
        == 200
    )
    assert desk.ok(ticket, "acknowledge", s=desk.sup)["status"] == "acknowledged"


def test_if_match_missing_is_428_and_stale_is_412(desk: Desk) -> None:
    ticket = desk.open()
    r = desk.agent.post(desk.live.api(f"/complaints/{ticket['id']}/acknowledge"), timeout=10)
    assert r.status_code == 428
    acked = desk.ok(ticket, "acknowledge")
    assert acked["version"] > ticket["version"]
    stale = desk.do(ticket, "notes", {"note": "旧版本上的备注"})
    assert stale.status_code == 412
    assert stale.json()["error"]["details"]["current"]["status"] == "acknowledged"
    r = desk.agent.get(desk.live.api(f"/complaints/{ticket['id']}"), timeout=10)
    assert r.headers["ETag"] == f'"{acked["version"]}"'
    assert desk.do(acked, "acknowledge").status_code == 409  # already acknowledged


def test_idempotency_key_replays_a_callback_once(desk: Desk) -> None:
    ticket = desk.resolved()
    key = str(uuid.uuid4())
    body = {"outcome": "unreachable", "note": "无人接听"}
    first = desk.do(ticket, "callbacks", body, key=key)
    again = desk.do(ticket, "callbacks", body, key=key)
    assert first.status_code == again.status_code == 200
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json() == first.json()
    assert len(first.json()["callbacks"]) == 1
    other = desk.do(ticket, "callbacks", {"outcome": "unreachable", "note": "关机"}, key=key)
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    with desk.live.db.read() as db:
        assert len(list(db.scalars(select(t.CallbackAttempt)))) == 1


def test_every_step_is_audited_and_in_the_change_feed(desk: Desk) -> None:
    ticket = desk.resolved(substantiated=True, severity="critical", category="theft")
    ticket = desk.ok(
        ticket,
        "sanction-decision",
        {"level": "disqualification", "reason": "盗窃属实，清退", "block_provider": True},
        s=desk.sup,
    )
    ticket = desk.ok(desk.callback(ticket, "reached_satisfied", "客户满意"), "close")
    sanction = next(s for s in ticket["sanctions"] if s["level"] == "disqualification")
    r = desk.agent.post(
        desk.live.api(f"/sanctions/{sanction['id']}/appeal"),
        json={"statement": "不服"},
        headers={"If-Match": str(sanction["version"])},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    stale = desk.sup.post(
        desk.live.api(f"/sanctions/{sanction['id']}/appeal/decide"),
        json={"outcome": "upheld", "note": "维持"},
        headers={"If-Match": str(sanction["version"])},
        timeout=10,
    )
    assert stale.status_code == 412  # filing the appeal moved the sanction's version on
    with desk.live.db.read() as db:
        rows = list(
            db.scalars(
                select(t.AuditLog)
                .where(t.AuditLog.action.not_like("auth.%"))
                .order_by(t.AuditLog.id)
            )
        )
    actions = [a.action for a in rows]
    addresses = {a.client_address for a in rows}
    assert actions == [
        "complaint.create",
        "complaint.acknowledge",
        "complaint.start_investigation",
        "sanction.interim_suspension",
        "complaint.resolve",
        "sanction.lift",
        "sanction.create",
        "customer_block.create",
        "complaint.sanction_decision",
        "complaint.log_callback",
        "complaint.close",
        "sanction.appeal",
    ]
    assert addresses == {"127.0.0.1"}
    assert all(a.user_id for a in rows)
    desk.live.settle(desk.sup)
    feed = desk.sup.get(desk.live.api("/changes"), params={"limit": 5000}, timeout=10).json()
    entities = Counter(c["entity"] for c in feed["changes"])
    assert {
        "complaint",
        "complaint_note",
        "callback_attempt",
        "sanction",
        "appeal",
        "customer_block",
    } <= set(entities)
    versions = [
        c["version"]
        for c in feed["changes"]
        if c["entity"] == "complaint" and c["id"] == ticket["id"]
    ]
    assert versions == sorted(versions)
    assert versions[-1] == ticket["version"]
    last = next(c for c in reversed(feed["changes"]) if c["entity"] == "complaint")
    assert last["data"]["status"] == "closed"


@pytest.fixture
def pg_live(pg_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    cfg = settings_for(tmp_path, pg_url)
    with ThreadedServer(cfg, port := free_port()):
        db = Database(cfg.resolved_database_url())
        yield LiveServer(f"http://127.0.0.1:{port}", db, factories.add_users(db))
        db.dispose()


@pytest.mark.postgres
def test_workflow_and_bulk_on_postgresql(
    pg_live: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Row locks, savepoints and the code numbering as PostgreSQL runs them."""
    desk = make_desk(pg_live, monkeypatch)
    ticket = desk.resolved(substantiated=True, severity="critical", category="theft")
    assert [s["level"] for s in ticket["sanctions"]] == ["suspension"]
    body = {"level": "suspension", "reason": "盗窃属实", "block_provider": True}
    ticket = desk.ok(ticket, "sanction-decision", body, s=desk.sup)
    ready = desk.callback(ticket, "reached_satisfied", "客户满意")
    waiting = desk.open(summary="另一张工单")
    assert waiting["possible_duplicate_of"] == ticket["id"]
    items = [{"id": x["id"], "version": x["version"]} for x in (ready, waiting)]
    r = desk.agent.post(
        desk.live.api("/complaints/bulk"), json={"action": "close", "items": items}, timeout=10
    )
    out = r.json()
    assert [x["ok"] for x in out["results"]] == [True, False]
    assert desk.get(ready)["status"] == "closed"
    assert desk.get(waiting)["status"] == "open"
    sanction = desk.get(ready)["sanctions"][0]
    r = desk.agent.post(
        desk.live.api(f"/sanctions/{sanction['id']}/appeal"),
        json={"statement": "不服"},
        headers={"If-Match": str(sanction["version"])},
        timeout=10,
    )
    sanction = r.json()
    r = desk.sup.post(
        desk.live.api(f"/sanctions/{sanction['id']}/appeal/decide"),
        json={"outcome": "overturned", "note": "证据不足"},
        headers={"If-Match": str(sanction["version"])},
        timeout=10,
    )
    assert r.json()["effective_status"] == "overturned"
    hold = desk.agent.get(desk.live.api(f"/providers/{desk.provider}/sanctions"), timeout=10)
    assert hold.json()["dispatch_hold"] is None
