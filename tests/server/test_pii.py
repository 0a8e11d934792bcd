"""Personal information leaves the server masked; reveals are role-checked and audited."""

from __future__ import annotations

import json

from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from tests.server import factories
from tests.server.conftest import LiveServer


def test_phone_id_and_address_are_masked_everywhere(live: LiveServer) -> None:
    customer = factories.add_customer(live.db, phone="13812345678")
    provider = factories.add_provider(live.db, phone="13900001111")
    s = live.login(Role.REVIEWER)
    c = s.get(live.api(f"/customers/{customer}"), timeout=10).json()
    assert c["phone"] == "138****5678"
    assert c["address"] == "朝阳区建国路****"
    p = s.get(live.api(f"/providers/{provider}"), timeout=10).json()
    assert p["phone"] == "139****1111"
    assert p["id_number"] == "110101********1234"
    # Roles without a need do not even get the masked ID number.
    p2 = live.login(Role.DISPATCHER).get(live.api(f"/providers/{provider}"), timeout=10).json()
    assert "id_number" not in p2
    # Nothing in the change log holds a clear value.
    with live.db.read() as db:
        payloads = json.dumps(
            [r for r in db.scalars(select(t.ChangeLog.payload))], ensure_ascii=False
        )
    for clear in ("13812345678", "13900001111", "110101199001011234", "88号院"):
        assert clear not in payloads


def test_reveal_needs_role_and_purpose_and_is_audited(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    order = factories.order_body(customer)  # a callback reveal needs an order under way
    assert (
        live.login(Role.DISPATCHER).post(live.api("/orders"), json=order, timeout=10).status_code
        == 201
    )
    agent = live.login(Role.AGENT)
    body = {"field": "phone", "purpose": "callback"}
    r = agent.post(live.api(f"/customers/{customer}/reveal"), json=body, timeout=10)
    assert r.status_code == 200
    assert r.json()["value"] == "13812345678"
    r = agent.post(live.api(f"/customers/{customer}/reveal"), json={"field": "phone"}, timeout=10)
    assert r.status_code == 422  # no purpose, no reveal
    trainer = live.login(Role.TRAINER)
    assert (
        trainer.post(live.api(f"/customers/{customer}/reveal"), json=body, timeout=10).status_code
        == 403
    )
    with live.db.read() as db:
        audits = list(db.scalars(select(t.AuditLog).where(t.AuditLog.action == "pii.reveal")))
        denied = list(
            db.scalars(select(t.AuditLog).where(t.AuditLog.action == "pii.reveal_denied"))
        )
    assert [d.username for d in denied] == ["trainer"]
    assert len(audits) == 1
    assert audits[0].username == "agent"
    assert audits[0].detail == {"field": "phone", "purpose": "callback"}


def test_phone_lookup_finds_a_caller_and_is_audited(live: LiveServer) -> None:
    customer = factories.add_customer(live.db, phone="13612345678")
    factories.add_customer(live.db, phone="13700000000")
    s = live.login(Role.AGENT)
    r = s.get(live.api("/customers/lookup"), params={"phone": "13612345678"}, timeout=10).json()
    assert r["count"] == 1
    assert r["customers"][0]["customer"]["id"] == customer
    assert r["customers"][0]["customer"]["phone"] == "136****5678"
    with live.db.read() as db:
        [entry] = db.scalars(select(t.AuditLog).where(t.AuditLog.action == "customer.lookup"))
    assert entry.detail == {"phone": "136****5678", "matches": 1}
    # Roles that may not see phone numbers cannot use a number as a search key at all.
    trainer = live.login(Role.TRAINER)
    assert (
        trainer.get(
            live.api("/customers/lookup"), params={"phone": "13612345678"}, timeout=10
        ).status_code
        == 403
    )
    listing = trainer.get(
        live.api("/customers"), params={"phone": "13612345678"}, timeout=10
    ).json()
    assert listing["count"] == 2, "the phone filter is ignored on the generic listing"


def test_coordinates_leave_the_server_rounded(live: LiveServer) -> None:
    from app.server.projections import project

    with live.db.write() as s:
        c = t.Customer(
            code="CX",
            name="王五",
            phone="13700001111",
            district="haidian",
            address="海淀区中关村大街1号",
            lat=39.983456,
            lng=116.316789,
            vip=False,
            updated_at=factories.now(),
        )
        s.add(c)
        s.flush()
        wire = project("customer", c)
    assert (wire["lat"], wire["lng"]) == (39.98, 116.32)
