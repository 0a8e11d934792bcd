"""What the server sends parses into the shared response types of ``app.schemas``.

Many routes answer a ready JSONResponse (for the ETag), which FastAPI does not check against
their ``response_model``; the desktop parses every answer into these classes, so here real
answers from a live server are parsed with the same models, extra fields forbidden nowhere
but every declared field required.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any, TypeVar

import pytest
import requests
from pydantic import BaseModel

from app.models.enums import Role
from app.schemas.audit import AuditPage
from app.schemas.auth import LoginResponse
from app.schemas.changes import ChangesPage
from app.schemas.common import ErrorEnvelope, RevealResponse
from app.schemas.complaints import BulkResult, ComplaintDetail, ComplaintsPublic
from app.schemas.customers import CustomerLookup
from app.schemas.dispatch import ApplyResult, Candidates, PlanResult
from app.schemas.meta import Health, VersionInfo
from app.schemas.orders import OrderDetail, OrderPublic, OrdersPublic
from app.schemas.sanctions import ProviderSanctions, SanctionView
from app.schemas.users import UserPublic, UsersPublic
from tests.server import factories
from tests.server.conftest import LiveServer
from tests.server.test_complaints import Desk, make_desk

M = TypeVar("M", bound=BaseModel)


def parsed(model: type[M], r: requests.Response, status: int = 200) -> M:
    assert r.status_code == status, r.text
    return model.model_validate(r.json())


@pytest.fixture
def desk(live: LiveServer, monkeypatch: pytest.MonkeyPatch) -> Desk:
    return make_desk(live, monkeypatch)


def test_meta_auth_and_users(live: LiveServer) -> None:
    assert parsed(Health, requests.get(live.api("/health"), timeout=10)).status == "ok"
    parsed(VersionInfo, requests.get(live.api("/version"), timeout=10))
    login = requests.post(
        live.api("/auth/login"),
        json={"username": "admin", "password": factories.PASSWORD},
        timeout=10,
    )
    assert parsed(LoginResponse, login).user.role is Role.ADMIN
    s = live.login(Role.ADMIN)
    assert parsed(UserPublic, s.get(live.api("/auth/me"), timeout=10)).username == "admin"
    users = parsed(UsersPublic, s.get(live.api("/users"), timeout=10))
    assert {u.role for u in users.data} == set(Role)
    refused = live.login(Role.TRAINER).get(live.api("/audit"), timeout=10)
    assert parsed(ErrorEnvelope, refused, 403).error.code == "forbidden"


def test_orders_and_dispatch(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    provider = factories.add_provider(live.db, phone="13900000001")
    factories.add_provider(live.db, phone="13900000002", qualified=False)
    s = live.login(Role.DISPATCHER)
    body = factories.order_body(customer, hours_ahead=4)
    order = parsed(OrderPublic, s.post(live.api("/orders"), json=body, timeout=10), 201)
    detail = parsed(OrderDetail, s.get(live.api(f"/orders/{order.id}"), timeout=10))
    assert [e.action for e in detail.events]
    assert parsed(OrdersPublic, s.get(live.api("/orders"), timeout=10)).count == 1
    found = parsed(Candidates, s.get(live.api(f"/orders/{order.id}/candidates"), timeout=10))
    assert [c.provider.id for c in found.eligible] == [provider]
    assert found.ineligible[0].reasons
    start = factories.now()
    window = {
        "window_start": start.isoformat(),
        "window_end": (start + timedelta(hours=12)).isoformat(),
    }
    plan = parsed(PlanResult, s.post(live.api("/dispatch/plan"), json=window, timeout=30))
    [planned] = plan.assignments
    apply_body = {
        "assignments": [
            {
                "order_id": planned.order_id,
                "provider_id": planned.provider_id,
                "order_version": planned.order_version,
            }
        ]
    }
    applied = parsed(ApplyResult, s.post(live.api("/dispatch/apply"), json=apply_body, timeout=30))
    assert [a.order_id for a in applied.applied] == [order.id]
    reveal = s.post(
        live.api(f"/orders/{order.id}/reveal"),
        json={"field": "address", "purpose": "dispatch_contact"},
        timeout=10,
    )
    parsed(RevealResponse, reveal)


def test_complaint_detail_sanctions_lookup_audit_and_feed(desk: Desk) -> None:
    live = desk.live
    ticket = desk.resolved(substantiated=True, severity="critical", category="theft")
    detail = ComplaintDetail.model_validate(ticket)
    assert detail.sanctions
    assert detail.recommended_sanction is not None
    assert detail.notes
    assert detail.allowed_actions
    assert detail.closing_blockers
    # Every part is typed, the clocks and the named customer and provider included.
    assert detail.sla.resolution.deadline is not None
    assert detail.customer is not None
    assert "*" in detail.customer.phone  # masked
    assert detail.provider is not None
    assert detail.provider.id == desk.provider
    detail = ComplaintDetail.model_validate(desk.callback(ticket, "unreachable", "无人接听"))
    assert detail.callbacks[0].cycle == 0  # the first callback cycle
    history = parsed(
        ProviderSanctions, desk.sup.get(live.api(f"/providers/{desk.provider}/sanctions"))
    )
    [sanction] = history.sanctions
    appeal = desk.sup.post(
        live.api(f"/sanctions/{sanction.id}/appeal"),
        json={"statement": "阿姨否认"},
        headers={"If-Match": str(sanction.version)},
        timeout=10,
    )
    assert parsed(SanctionView, appeal).appeal is not None
    queue = parsed(ComplaintsPublic, desk.agent.get(live.api("/complaints"), timeout=10))
    assert queue.count == 1
    other = desk.open(summary="另一张")
    bulk_body: dict[str, Any] = {
        "action": "acknowledge",
        "items": [{"id": other["id"], "version": other["version"]}, {"id": 999, "version": 1}],
    }
    bulk = parsed(BulkResult, desk.agent.post(live.api("/complaints/bulk"), json=bulk_body))
    assert (bulk.succeeded, bulk.failed) == (1, 1)
    lookup = desk.agent.get(live.api("/customers/lookup"), params={"phone": "13812345678"})
    assert parsed(CustomerLookup, lookup).count == 1
    assert parsed(AuditPage, desk.sup.get(live.api("/audit"), timeout=10)).data
    page = parsed(ChangesPage, desk.agent.get(live.api("/changes"), timeout=10))
    assert {"complaint", "sanction", "appeal"} <= {c.entity for c in page.changes}
