"""Reveal limits over HTTP: hourly allowance per purpose, callbacks need an open case, and
supervisors can list unusual volume."""

from __future__ import annotations

import requests
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import RevealPurpose, Role
from app.rules.reveal import REVEALS_PER_HOUR, UNUSUAL_REVEALS_PER_HOUR
from tests.server import factories
from tests.server.conftest import LiveServer


def reveal(s: requests.Session, live: LiveServer, customer: int, purpose: str) -> requests.Response:
    return s.post(
        live.api(f"/customers/{customer}/reveal"),
        json={"field": "phone", "purpose": purpose},
        timeout=10,
    )


def with_open_order(live: LiveServer, s: requests.Session) -> int:
    customer = factories.add_customer(live.db)
    r = s.post(live.api("/orders"), json=factories.order_body(customer), timeout=10)
    assert r.status_code == 201, r.text
    return customer


def test_a_callback_reveal_needs_an_open_order_or_ticket(any_live: LiveServer) -> None:
    live = any_live
    agent = live.login(Role.AGENT)
    lone = factories.add_customer(live.db, phone="13900001111")
    refused = reveal(agent, live, lone, "callback")
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "reveal.purpose_mismatch"
    customer = with_open_order(live, live.login(Role.DISPATCHER))
    assert reveal(agent, live, customer, "callback").status_code == 200
    with live.db.read() as s:
        denied = s.scalars(select(t.AuditLog).where(t.AuditLog.action == "pii.reveal_denied"))
        assert [d.detail["code"] for d in denied] == ["reveal.purpose_mismatch"]


def test_reveals_per_purpose_are_limited_per_hour_and_supervisors_see_it(
    any_live: LiveServer,
) -> None:
    live = any_live
    agent = live.login(Role.AGENT)
    customer = with_open_order(live, live.login(Role.DISPATCHER))
    allowance = REVEALS_PER_HOUR[RevealPurpose.CALLBACK]
    statuses = [reveal(agent, live, customer, "callback").status_code for _ in range(allowance)]
    assert statuses == [200] * allowance
    over = reveal(agent, live, customer, "callback")
    assert over.status_code == 429
    assert over.json()["error"]["code"] == "reveal.limit"
    assert int(over.headers["Retry-After"]) > 0
    reveal(agent, live, customer, "callback")  # reported once, not once per refusal
    # Another purpose has its own allowance.
    assert reveal(agent, live, customer, "dispatch_contact").status_code == 200
    sup = live.login(Role.SUPERVISOR)
    alerts = sup.get(live.api("/audit"), params={"action": "pii.reveal_volume"}, timeout=10)
    rows = alerts.json()["data"]
    assert len(rows) == 1
    assert rows[0]["entity_id"] == live.users[Role.AGENT]
    assert rows[0]["detail"]["limit_reached"] is True


def test_unusual_volume_under_the_limits_is_reported_once(any_live: LiveServer) -> None:
    live = any_live
    dispatcher = live.login(Role.DISPATCHER)
    customer = with_open_order(live, dispatcher)
    per_purpose = {"dispatch_contact": 0, "callback": 0, "complaint_investigation": 0}
    done = 0
    for purpose in per_purpose:
        for _ in range(min(REVEALS_PER_HOUR[RevealPurpose(purpose)], 20)):
            if done > UNUSUAL_REVEALS_PER_HOUR:
                break
            assert reveal(dispatcher, live, customer, purpose).status_code == 200
            done += 1
    assert done > UNUSUAL_REVEALS_PER_HOUR
    with live.db.read() as s:
        alerts = list(s.scalars(select(t.AuditLog).where(t.AuditLog.action == "pii.reveal_volume")))
    assert len(alerts) == 1
    assert alerts[0].detail == {"reveals_last_hour": UNUSUAL_REVEALS_PER_HOUR}
