"""Dispatch over HTTP: candidates with reasons, eligibility on assign, plan and apply."""

from __future__ import annotations

from datetime import timedelta

import requests

from app.models.enums import Role
from tests.server import factories
from tests.server.conftest import LiveServer


def make_order(live: LiveServer, s: requests.Session, customer: int, hours: float = 4) -> dict:
    r = s.post(
        live.api("/orders"), json=factories.order_body(customer, hours_ahead=hours), timeout=10
    )
    assert r.status_code == 201, r.text
    return r.json()


def test_candidates_rank_the_eligible_and_explain_the_rest(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    good = factories.add_provider(live.db, phone="13900000001")
    unqualified = factories.add_provider(live.db, phone="13900000002", qualified=False)
    s = live.login(Role.DISPATCHER)
    order = make_order(live, s, customer)
    r = s.get(live.api(f"/orders/{order['id']}/candidates"), timeout=10)
    assert r.status_code == 200, r.text
    body = r.json()
    assert [c["provider"]["id"] for c in body["eligible"]] == [good]
    terms = {t["code"] for t in body["eligible"][0]["terms"]}
    assert terms
    assert all(t["label"] and t["label_en"] for t in body["eligible"][0]["terms"])
    assert body["eligible"][0]["travel_minutes"] > 0
    [rejected] = body["ineligible"]
    assert rejected["provider"]["id"] == unqualified
    assert rejected["reasons"]
    assert all(x["message"] and x["message_en"] for x in rejected["reasons"])


def test_assigning_an_unqualified_provider_is_refused_with_reasons(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    unqualified = factories.add_provider(live.db, qualified=False)
    s = live.login(Role.DISPATCHER)
    order = make_order(live, s, customer)
    r = s.post(
        live.api(f"/orders/{order['id']}/assign"),
        json={"provider_id": unqualified},
        headers={"If-Match": "1"},
        timeout=10,
    )
    assert r.status_code == 422
    codes = {x["code"] for x in r.json()["error"]["details"]["reasons"]}
    assert codes, "every broken rule is listed"


def test_plan_then_apply_assigns_the_window(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    factories.add_provider(live.db, phone="13900000001")
    factories.add_provider(live.db, phone="13900000002")
    s = live.login(Role.DISPATCHER)
    orders = [make_order(live, s, customer, hours=h) for h in (3, 3, 6)]
    start = factories.now()
    window = {
        "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=12)).isoformat(),
    }
    plan = s.post(live.api("/dispatch/plan"), json=window, timeout=30).json()
    assert plan["orders"] == 3
    assert len(plan["assignments"]) == 3
    assert plan["unassigned"] == []
    assert plan["greedy_total_travel_minutes"] is not None
    # the two overlapping orders go to different providers
    first_two = {
        a["provider_id"]
        for a in plan["assignments"]
        if a["order_id"] in (orders[0]["id"], orders[1]["id"])
    }
    assert len(first_two) == 2
    items = [
        {k: a[k] for k in ("order_id", "provider_id", "order_version")} for a in plan["assignments"]
    ]
    r = s.post(live.api("/dispatch/apply"), json={"assignments": items}, timeout=30)
    assert r.status_code == 200, r.text
    for o in orders:
        got = s.get(live.api(f"/orders/{o['id']}"), timeout=10).json()
        assert got["status"] == "assigned"
        assert got["provider_id"] is not None


def test_a_window_by_dispatch_deadline_plans_what_is_due_and_counts_the_rest(
    live: LiveServer,
) -> None:
    # Appointments lie hours after their dispatch-by: "now to +2 h" by appointment held none
    # of the pending orders a dispatcher had to place in those two hours.
    customer = factories.add_customer(live.db)
    factories.add_provider(live.db)
    s = live.login(Role.DISPATCHER)
    soon, later = make_order(live, s, customer, hours=3), make_order(live, s, customer, hours=30)
    start = factories.now()
    window = {
        "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=2)).isoformat(),
    }

    by_start = s.post(live.api("/dispatch/plan"), json=window, timeout=30).json()
    by_due = s.post(
        live.api("/dispatch/plan"), json={**window, "basis": "dispatch_by"}, timeout=30
    ).json()

    assert (by_start["orders"], by_start["pending_outside"]) == (0, 2)
    planned = {a["order_id"] for a in by_due["assignments"]}
    planned |= {u["order_id"] for u in by_due["unassigned"]}
    assert planned == {soon["id"]}  # due within two hours (dispatch-by = start - 2 h)
    assert by_due["pending_outside"] == 1  # ``later`` is not forgotten, only counted
    assert later["id"] not in planned
    bad = s.post(live.api("/dispatch/plan"), json={**window, "basis": "created"}, timeout=10)
    assert bad.status_code == 422


def test_apply_reports_changes_and_writes_nothing(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    provider = factories.add_provider(live.db)
    s = live.login(Role.DISPATCHER)
    a, b = make_order(live, s, customer, hours=3), make_order(live, s, customer, hours=8)
    cancelled = s.post(
        live.api(f"/orders/{b['id']}/cancel"),
        json={"reason": "客户取消"},
        headers={"If-Match": "1"},
        timeout=10,
    )
    assert cancelled.status_code == 200
    items = [
        {"order_id": a["id"], "provider_id": provider, "order_version": 1},
        {"order_id": b["id"], "provider_id": provider, "order_version": 1},
    ]
    r = s.post(live.api("/dispatch/apply"), json={"assignments": items}, timeout=30)
    assert r.status_code == 409
    [conflict] = r.json()["error"]["details"]["conflicts"]
    assert conflict["order_id"] == b["id"]
    assert conflict["current"]["status"] == "cancelled"
    assert s.get(live.api(f"/orders/{a['id']}"), timeout=10).json()["status"] == "pending"


def test_plan_rejects_a_backwards_window(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    now = factories.now()
    r = s.post(
        live.api("/dispatch/plan"),
        json={
            "window_start": now.isoformat(),
            "window_end": (now - timedelta(hours=1)).isoformat(),
        },
        timeout=10,
    )
    assert r.status_code == 422
    assert (
        live.login(Role.AGENT).post(live.api("/dispatch/plan"), json={}, timeout=10).status_code
        == 403
    )
