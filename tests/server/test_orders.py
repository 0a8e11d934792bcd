"""Orders over HTTP: create, transitions, If-Match, Idempotency-Key, masking, audit."""

from __future__ import annotations

import uuid

import pytest
import requests
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from tests.server import factories
from tests.server.conftest import LiveServer


@pytest.fixture
def setup(live: LiveServer) -> tuple[LiveServer, requests.Session, int, int]:
    customer = factories.add_customer(live.db)
    provider = factories.add_provider(live.db)
    return live, live.login(Role.DISPATCHER), customer, provider


def create(live: LiveServer, s: requests.Session, customer: int) -> dict:
    r = s.post(live.api("/orders"), json=factories.order_body(customer), timeout=10)
    assert r.status_code == 201, r.text
    return r.json()


def act(
    live: LiveServer,
    s: requests.Session,
    order: dict,
    action: str,
    body: dict | None = None,
    *,
    version: int | None = None,
    key: str | None = None,
) -> requests.Response:
    headers = {"If-Match": str(order["version"] if version is None else version)}
    if key:
        headers["Idempotency-Key"] = key
    return s.post(
        live.api(f"/orders/{order['id']}/{action}"), json=body, headers=headers, timeout=10
    )


def test_created_order_is_pending_with_masked_address(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, _ = setup
    order = create(live, s, customer)
    assert order["status"] == "pending"
    assert order["version"] == 1
    assert order["code"].startswith("SM")
    assert order["address"] == "朝阳区建国路****"
    listing = s.get(live.api("/orders"), params={"status": "pending"}, timeout=10).json()
    assert listing["count"] == 1
    assert listing["data"][0]["id"] == order["id"]


def test_full_lifecycle_and_timeline(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, provider = setup
    order = create(live, s, customer)
    order = act(live, s, order, "assign", {"provider_id": provider}).json()
    for action in ("accept", "depart", "start", "complete"):
        r = act(live, s, order, action)
        assert r.status_code == 200, r.text
        assert r.headers["ETag"] == f'"{r.json()["version"]}"'
        order = r.json()
    assert order["status"] == "completed"
    assert order["version"] == 6
    detail = s.get(live.api(f"/orders/{order['id']}"), timeout=10).json()
    assert [e["action"] for e in detail["events"]] == [
        "create",
        "assign",
        "accept",
        "depart",
        "start",
        "complete",
    ]


def test_invalid_transition_is_409_and_changes_nothing(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, _ = setup
    order = create(live, s, customer)
    r = act(live, s, order, "complete")
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "invalid_transition"
    assert s.get(live.api(f"/orders/{order['id']}"), timeout=10).json()["version"] == 1


def test_if_match_missing_is_428_and_stale_is_412_with_current(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, provider = setup
    order = create(live, s, customer)
    r = s.post(live.api(f"/orders/{order['id']}/cancel"), json={"reason": "客户改期"}, timeout=10)
    assert r.status_code == 428
    assert act(live, s, order, "assign", {"provider_id": provider}).status_code == 200
    stale = act(live, s, order, "cancel", {"reason": "客户改期"})  # still says version 1
    assert stale.status_code == 412
    current = stale.json()["error"]["details"]["current"]
    assert current["version"] == 2
    assert current["status"] == "assigned"


def test_idempotency_key_replays_without_acting_again(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, _ = setup
    order = create(live, s, customer)
    key = str(uuid.uuid4())
    first = act(live, s, order, "cancel", {"reason": "客户取消"}, key=key)
    again = act(live, s, order, "cancel", {"reason": "客户取消"}, key=key)
    assert first.status_code == again.status_code == 200
    assert again.json() == first.json()
    assert again.headers.get("Idempotent-Replayed") == "true"
    other = act(live, s, order, "cancel", {"reason": "另一个原因"}, key=key)
    assert other.status_code == 422
    assert other.json()["error"]["code"] == "idempotency_key_reused"
    with live.db.read() as db:
        events = list(
            db.scalars(select(t.OrderEvent.action).where(t.OrderEvent.order_id == order["id"]))
        )
    assert events == ["create", "cancel"]


def test_cancel_needs_a_reason(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, _ = setup
    order = create(live, s, customer)
    r = act(live, s, order, "cancel", {"reason": ""})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "validation_error"


def test_inactive_provider_is_refused_unless_supervisor_overrides(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, _ = setup
    inactive = factories.add_provider(live.db, status="inactive", phone="13900002222")
    order = create(live, s, customer)
    r = act(live, s, order, "assign", {"provider_id": inactive})
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "provider_ineligible"
    assert r.json()["error"]["details"]["reasons"]
    r = act(live, s, order, "assign", {"provider_id": inactive, "override_reason": "客户指定"})
    assert r.status_code == 403  # a dispatcher may not override
    sup = live.login(Role.SUPERVISOR)
    r = act(live, sup, order, "assign", {"provider_id": inactive, "override_reason": "客户指定"})
    assert r.status_code == 200
    assert r.json()["override_reason"] == "客户指定"
    with live.db.read() as db:
        assert db.scalar(select(t.AuditLog).where(t.AuditLog.action == "order.override"))


def test_bad_input_gets_clear_errors(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, _ = setup
    bad = factories.order_body(customer)
    bad["category"] = "haircut"
    r = s.post(live.api("/orders"), json=bad, timeout=10)
    assert r.status_code == 422
    assert "category" in r.json()["error"]["message"]
    past = factories.order_body(customer, hours_ahead=-3)
    r = s.post(live.api("/orders"), json=past, timeout=10)
    assert r.status_code == 422
    assert r.json()["error"]["code"] == "start_in_past"
    assert s.get(live.api("/orders/999999"), timeout=10).status_code == 404
    r = s.post(
        live.api("/orders/1/cancel"), json={"reason": "x"}, headers={"If-Match": "abc"}, timeout=10
    )
    assert r.status_code == 400


def test_every_mutation_is_audited_with_address(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, provider = setup
    order = create(live, s, customer)
    act(live, s, order, "assign", {"provider_id": provider})
    with live.db.read() as db:
        rows = list(db.scalars(select(t.AuditLog).where(t.AuditLog.entity == "order")))
    assert [r.action for r in rows] == ["order.create", "order.assign"]
    assert all(r.username == "dispatcher" and r.client_address == "127.0.0.1" for r in rows)


def test_unassign_puts_the_order_back_to_pending(setup) -> None:  # type: ignore[no-untyped-def]
    live, s, customer, provider = setup
    order = create(live, s, customer)
    order = act(live, s, order, "assign", {"provider_id": provider}).json()
    r = act(live, s, order, "unassign", {"note": "师傅临时有事"})
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "pending"
    assert r.json()["provider_id"] is None
    r = act(live, s, r.json(), "unassign")  # no body at all is fine too, but not from pending
    assert r.status_code == 409


def test_a_command_made_against_another_database_is_refused_not_applied(setup) -> None:  # type: ignore[no-untyped-def]
    """Issue 15 #4: a queued cancel replayed into a reset database hit a look-alike order."""
    live, s, customer, _ = setup
    order = create(live, s, customer)
    epoch = s.get(live.api("/version"), timeout=10).json()["feed_epoch"]
    headers = {"If-Match": "1", "Idempotency-Key": str(uuid.uuid4()), "X-Feed-Epoch": "0ld0ld"}
    r = s.post(
        live.api(f"/orders/{order['id']}/cancel"), json={"reason": "客户取消"}, headers=headers,
        timeout=10,
    )  # fmt: skip
    assert r.status_code == 409, r.text
    assert r.json()["error"]["code"] == "other_database"
    assert s.get(live.api(f"/orders/{order['id']}"), timeout=10).json()["status"] == "pending"
    headers["X-Feed-Epoch"] = epoch
    headers["Idempotency-Key"] = str(uuid.uuid4())
    r = s.post(
        live.api(f"/orders/{order['id']}/cancel"), json={"reason": "客户取消"}, headers=headers,
        timeout=10,
    )  # fmt: skip
    assert r.status_code == 200, r.text
    assert r.json()["status"] == "cancelled"
