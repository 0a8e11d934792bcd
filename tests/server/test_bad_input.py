"""Malformed input is a clear 4xx in the error shape, never a 500.

The cases are the review's: ids beyond PostgreSQL's ``integer`` (SQLite: OverflowError), naive
datetimes, dates at the edge of ``datetime``, digits int() refuses ("²"), control characters
(PostgreSQL text cannot hold NUL), unknown districts, a start too far ahead. Validation happens
before any row is read, so the cases need no data and share one server (module scope, to keep
a hundred cases fast); the PostgreSQL test starts its own.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
import requests
from fastapi import FastAPI
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DataError, StatementError
from starlette.requests import Request

from app.models.enums import Role
from app.models.tables.base import NaiveDatetimeError
from app.schemas.common import DB_INT_MAX
from app.server.app import create_app
from app.server.db import Database
from tests.server import factories
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for

HUGE = 99999999999999999999
NAIVE = "2026-12-01T09:00:00"
AWARE = "2026-12-01T09:00:00+08:00"
NUL = "备注\x00"
CHINESE = re.compile(r"[\u4e00-\u9fff]")


@dataclass(frozen=True)
class Case:
    id: str
    method: str
    path: str
    body: Any = None
    status: int = 422
    code: str = "validation_error"
    field: str = ""  # the field the message must name, for a validation_error


def order(**changes: Any) -> dict[str, Any]:
    start = datetime.now(UTC) + timedelta(hours=4)
    body: dict[str, Any] = {
        "customer_id": 1,
        "category": "cleaning",
        "scheduled_start": start.isoformat(),
        "duration_minutes": 120,
        "price_cents": 19900,
    }
    return body | changes


def complaint(**changes: Any) -> dict[str, Any]:
    return {"category": "quality", "severity": "low", "summary": "打扫不干净"} | changes


def in_days(days: int) -> str:
    return (datetime.now(UTC) + timedelta(days=days)).isoformat()


def huge_id_cases() -> list[Case]:
    H = HUGE
    return [
        Case("path order", "GET", f"/orders/{H}", field="order_id"),
        Case("path customer", "GET", f"/customers/{H}", field="item_id"),
        Case("path provider", "GET", f"/providers/{H}", field="item_id"),
        Case("path complaint", "GET", f"/complaints/{H}", field="complaint_id"),
        Case("path provider sanctions", "GET", f"/providers/{H}/sanctions", field="provider_id"),
        Case("path candidates", "GET", f"/orders/{H}/candidates", field="order_id"),
        Case(
            "path reveal",
            "POST",
            f"/customers/{H}/reveal",
            {"field": "phone", "purpose": "callback"},
            field="entity_id",
        ),
        Case(
            "path appeal",
            "POST",
            f"/sanctions/{H}/appeal",
            {"statement": "申诉"},
            field="sanction_id",
        ),
        Case(
            "path cancel", "POST", f"/orders/{H}/cancel", {"reason": "客户取消"}, field="order_id"
        ),
        Case("path acknowledge", "POST", f"/complaints/{H}/acknowledge", field="complaint_id"),
        Case("path 5000 digits", "GET", "/orders/" + "9" * 5000, field="order_id"),
        Case("path zero", "GET", "/orders/0", field="order_id"),
        Case("query orders provider_id", "GET", f"/orders?provider_id={H}", field="provider_id"),
        Case("query orders customer_id", "GET", f"/orders?customer_id={H}", field="customer_id"),
        Case("query orders offset", "GET", f"/orders?offset={H}", field="offset"),
        Case(
            "query complaints assignee", "GET", f"/complaints?assignee_id={H}", field="assignee_id"
        ),
        Case(
            "query complaints customer", "GET", f"/complaints?customer_id={H}", field="customer_id"
        ),
        Case(
            "query complaints provider", "GET", f"/complaints?provider_id={H}", field="provider_id"
        ),
        Case("query complaints order", "GET", f"/complaints?order_id={H}", field="order_id"),
        Case("query complaints offset", "GET", f"/complaints?offset={H}", field="offset"),
        Case("query customers offset", "GET", f"/customers?offset={H}", field="offset"),
        Case("query audit entity_id", "GET", f"/audit?entity_id={H}", field="entity_id"),
        Case("query audit offset", "GET", f"/audit?offset={H}", field="offset"),
        Case(
            "filter sanctions provider_id", "GET", f"/sanctions?provider_id={H}", code="bad_filter"
        ),
        Case(
            "filter 5000 digits",
            "GET",
            "/assessments?provider_id=" + "9" * 5000,
            code="bad_filter",
        ),
        Case(
            "body order customer_id", "POST", "/orders", order(customer_id=H), field="customer_id"
        ),
        Case(
            "body assign provider_id",
            "POST",
            "/orders/1/assign",
            {"provider_id": H},
            field="provider_id",
        ),
        Case(
            "body complaint order_id",
            "POST",
            "/complaints",
            complaint(order_id=H),
            field="order_id",
        ),
        Case(
            "body complaint customer_id",
            "POST",
            "/complaints",
            complaint(customer_id=H),
            field="customer_id",
        ),
        Case(
            "body complaint assign",
            "POST",
            "/complaints/1/assign",
            {"assignee_id": H},
            field="assignee_id",
        ),
        Case(
            "body escalate supervisor",
            "POST",
            "/complaints/1/escalate",
            {"supervisor_id": H},
            field="supervisor_id",
        ),
        Case(
            "body bulk item id",
            "POST",
            "/complaints/bulk",
            {"action": "acknowledge", "items": [{"id": H, "version": 1}]},
            field="items.0.id",
        ),
        Case(
            "body bulk version",
            "POST",
            "/complaints/bulk",
            {"action": "acknowledge", "items": [{"id": 1, "version": DB_INT_MAX + 1}]},
            field="items.0.version",
        ),
        *(
            Case(
                f"body apply {key}",
                "POST",
                "/dispatch/apply",
                {"assignments": [{"order_id": 1, "provider_id": 1, "order_version": 1, key: H}]},
                field=f"assignments.0.{key}",
            )
            for key in ("order_id", "provider_id", "order_version")
        ),
        Case(
            "body 5000-digit json number",
            "POST",
            "/orders",
            '{"customer_id": ' + "9" * 5000 + "}",
            status=400,
            code="http_400",
        ),
    ]


def digit_cases() -> list[Case]:
    return [
        Case("filter superscript", "GET", "/sanctions?provider_id=²", code="bad_filter"),
        Case(
            "filter superscript assessments", "GET", "/assessments?provider_id=²", code="bad_filter"
        ),
        Case("path superscript", "GET", "/orders/²", field="order_id"),
        Case("query superscript", "GET", "/orders?customer_id=²", field="customer_id"),
    ]


def datetime_cases() -> list[Case]:
    return [
        Case(
            "order naive start",
            "POST",
            "/orders",
            order(scheduled_start=NAIVE),
            field="scheduled_start",
        ),
        Case(
            "order naive dispatch_by",
            "POST",
            "/orders",
            order(dispatch_by=NAIVE),
            field="dispatch_by",
        ),
        Case(
            "plan naive",
            "POST",
            "/dispatch/plan",
            {"window_start": NAIVE, "window_end": "2026-12-01T18:00:00"},
            field="window_start",
        ),
        Case(
            "plan mixed",
            "POST",
            "/dispatch/plan",
            {"window_start": NAIVE, "window_end": AWARE},
            field="window_start",
        ),
        Case(
            "orders scheduled_from naive",
            "GET",
            f"/orders?scheduled_from={NAIVE}",
            field="scheduled_from",
        ),
        Case(
            "orders scheduled_to naive",
            "GET",
            f"/orders?scheduled_to={NAIVE}",
            field="scheduled_to",
        ),
        Case("audit since naive", "GET", f"/audit?since={NAIVE}", field="since"),
        Case(
            "sanction ends_at naive",
            "POST",
            "/complaints/1/sanction-decision",
            {"level": "suspension", "reason": "多次投诉", "ends_at": NAIVE},
            field="ends_at",
        ),
        Case(
            "order start year 9999",
            "POST",
            "/orders",
            order(scheduled_start="9999-12-31T23:00:00Z"),
            field="scheduled_start",
        ),
        Case(
            "order start 9999 behind UTC",
            "POST",
            "/orders",
            order(scheduled_start="9999-12-31T23:00:00-05:00"),
            field="scheduled_start",
        ),
        Case(
            "order start year 1",
            "POST",
            "/orders",
            order(scheduled_start="0001-01-01T00:00:00+05:00"),
            field="scheduled_start",
        ),
        Case(
            "order start over a year ahead",
            "POST",
            "/orders",
            order(scheduled_start=in_days(400)),
            code="start_too_far",
        ),
        Case(
            "order start days ago",
            "POST",
            "/orders",
            order(scheduled_start=in_days(-3)),
            code="start_in_past",
        ),
        Case(
            "order dispatch_by after start",
            "POST",
            "/orders",
            order(scheduled_start=in_days(2), dispatch_by=in_days(3)),
            field="dispatch_by",
        ),
        Case("audit since 9999", "GET", "/audit?since=9999-12-31T23:00:00-05:00", field="since"),
        Case(
            "plan year 9999",
            "POST",
            "/dispatch/plan",
            {"window_start": "9999-12-31T00:00:00Z", "window_end": "9999-12-31T23:00:00Z"},
            field="window_start",
        ),
        Case(
            "plan window reversed",
            "POST",
            "/dispatch/plan",
            {"window_start": in_days(2), "window_end": in_days(1)},
            field="window_end",
        ),
        Case(
            "sanction ends_at year 9999",
            "POST",
            "/complaints/1/sanction-decision",
            {"level": "suspension", "reason": "多次投诉", "ends_at": "9999-12-31T23:59:59Z"},
            field="ends_at",
        ),
    ]


def text_cases() -> list[Case]:
    step = [
        ("/orders/1/cancel", "reason"),
        ("/orders/1/assign", "override_reason"),
        ("/orders/1/accept", "note"),
        ("/orders/1/unassign", "note"),
        ("/complaints/1/notes", "note"),
        ("/complaints/1/acknowledge", "note"),
        ("/complaints/1/escalate", "note"),
        ("/complaints/1/callbacks", "note"),
        ("/complaints/1/block-provider", "reason"),
        ("/complaints/1/assign", "note"),
        ("/sanctions/1/appeal", "statement"),
        ("/sanctions/1/appeal/decide", "note"),
    ]
    base: dict[str, dict[str, Any]] = {
        "/orders/1/assign": {"provider_id": 1},
        "/complaints/1/callbacks": {"outcome": "unreachable"},
        "/complaints/1/assign": {"assignee_id": 1},
        "/sanctions/1/appeal/decide": {"outcome": "upheld"},
    }
    return [
        *(
            Case(f"nul {path} {key}", "POST", path, base.get(path, {}) | {key: NUL}, field=key)
            for path, key in step
        ),
        Case("nul order note", "POST", "/orders", order(note=NUL), field="note"),
        Case("nul order address", "POST", "/orders", order(address=NUL), field="address"),
        Case("bell order note", "POST", "/orders", order(note="响铃\x07"), field="note"),
        Case(
            "nul complaint summary", "POST", "/complaints", complaint(summary=NUL), field="summary"
        ),
        Case(
            "nul complaint phone", "POST", "/complaints", complaint(phone="138\x00"), field="phone"
        ),
        Case(
            "nul resolution",
            "POST",
            "/complaints/1/resolve",
            {"resolution": NUL, "substantiated": False},
            field="resolution",
        ),
        Case(
            "nul sanction reason",
            "POST",
            "/complaints/1/sanction-decision",
            {"level": None, "reason": NUL},
            field="reason",
        ),
        Case(
            "nul block_reason",
            "POST",
            "/complaints/1/sanction-decision",
            {"level": None, "reason": "无", "block_provider": True, "block_reason": NUL},
            field="block_reason",
        ),
        Case(
            "nul bulk note",
            "POST",
            "/complaints/bulk",
            {"action": "close", "items": [{"id": 1, "version": 1}], "note": NUL},
            field="note",
        ),
        Case("nul orders q", "GET", "/orders?q=SM%00", field="q"),
        Case("nul orders district", "GET", "/orders?district=%00", field="district"),
        Case("nul audit username", "GET", "/audit?username=a%00", field="username"),
        Case("nul audit action", "GET", "/audit?action=order.%00", field="action"),
        Case("nul customers code filter", "GET", "/customers?code=C%00", code="bad_filter"),
        Case("nul phone lookup", "GET", "/customers/lookup?phone=138%00", field="phone"),
        Case(
            "order unknown district",
            "POST",
            "/orders",
            order(district="atlantis"),
            field="district",
        ),
        Case(
            "plan unknown district",
            "POST",
            "/dispatch/plan",
            {"window_start": in_days(1), "window_end": in_days(2), "district": "atlantis"},
            field="district",
        ),
    ]


CASES = huge_id_cases() + digit_cases() + datetime_cases() + text_cases()


def send(s: requests.Session, server: LiveServer, case: Case) -> requests.Response:
    kw: dict[str, Any] = {"timeout": 10}
    if isinstance(case.body, str):
        kw["data"] = case.body
        kw["headers"] = {"Content-Type": "application/json"}
    elif case.body is not None:
        kw["json"] = case.body
    return s.request(case.method, server.api(case.path), **kw)


def assert_error_shape(r: requests.Response) -> dict[str, Any]:
    assert 400 <= r.status_code < 500, r.text
    err: dict[str, Any] = r.json()["error"]
    assert set(err) == {"code", "message", "message_en", "details"}
    assert CHINESE.search(err["message"]), err["message"]
    assert err["message_en"]
    return err


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """One server for every case: none of them may write anything."""
    cfg = settings_for(tmp_path_factory.mktemp("bad_input"))
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db, (Role.ADMIN,))
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()


@pytest.fixture(scope="module")
def admin(server: LiveServer) -> requests.Session:
    return server.login(Role.ADMIN)  # admin passes every role check: validation is what's left


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_malformed_input_is_a_clear_4xx(
    server: LiveServer, admin: requests.Session, case: Case
) -> None:
    r = send(admin, server, case)
    assert r.status_code == case.status, r.text
    err = assert_error_shape(r)
    assert err["code"] == case.code
    if case.field:
        assert case.field in {p["field"] for p in err["details"]["problems"]}
        assert case.field in err["message"]


def test_well_formed_edges_are_accepted(server: LiveServer, admin: requests.Session) -> None:
    """Tabs and newlines are text; an aware start a few months out with a dispatch_by
    before it, in a known district, is an order."""
    customer = factories.add_customer(server.db)
    body = order(
        customer_id=customer,
        scheduled_start=in_days(90),
        dispatch_by=in_days(89),
        district="haidian",
        note="第一行\n第二行\t带制表符\r\n",
    )
    r = admin.post(server.api("/orders"), json=body, timeout=10)
    assert r.status_code == 201, r.text
    assert r.json()["district"] == "haidian"
    r = admin.get(server.api(f"/orders?customer_id={DB_INT_MAX}&offset=1000000"), timeout=10)
    assert r.status_code == 200, r.text
    assert r.json()["count"] == 0


# The handlers behind the schemas: whatever slips past validation is still a 4xx.


def handle(app: FastAPI, exc: Exception) -> tuple[int, dict[str, Any]]:
    """Answer ``exc`` as the app would: the handler of its nearest class, like Starlette."""
    handler = next(
        app.exception_handlers[cls] for cls in type(exc).__mro__ if cls in app.exception_handlers
    )
    request = Request({"type": "http", "method": "POST", "path": "/api/v1/x", "headers": []})
    response = handler(request, exc)
    assert isinstance(response, JSONResponse)
    return response.status_code, json.loads(bytes(response.body))


@pytest.fixture
def app(tmp_path: Path) -> FastAPI:
    return create_app(settings_for(tmp_path))  # not started: only its handlers are used


@pytest.mark.parametrize(
    "exc",
    [
        OverflowError("Python int too large to convert to SQLite INTEGER"),
        NaiveDatetimeError("naive datetime given to a UTCDateTime column"),
        StatementError("bind", "SELECT 1", {}, NaiveDatetimeError("naive")),
        StatementError("bind", "SELECT 1", {}, OverflowError("date value out of range")),
        DataError("SELECT 1", {}, Exception("integer out of range")),
        DataError("SELECT 1", {}, Exception("text fields cannot contain NUL (0x00) bytes")),
    ],
    ids=["overflow", "naive", "naive in statement", "overflow in statement", "pg int", "pg nul"],
)
def test_values_the_database_refuses_are_422(app: FastAPI, exc: Exception) -> None:
    status, body = handle(app, exc)
    assert status == 422
    assert body["error"]["code"] == "bad_value"
    assert CHINESE.search(body["error"]["message"])


def test_other_database_errors_stay_500(app: FastAPI) -> None:
    status, body = handle(app, StatementError("bug", "SELECT 1", {}, KeyError("x")))
    assert status == 500
    assert body["error"]["code"] == "internal_error"


@pytest.fixture
def pg_server(pg_url: str, tmp_path: Path) -> Iterator[LiveServer]:
    cfg = settings_for(tmp_path, pg_url)
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db, (Role.ADMIN,))
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()


PG_CASES = [
    c
    for c in CASES
    if c.id
    in {
        "path order",
        "path customer",
        "query orders customer_id",
        "query audit entity_id",
        "filter sanctions provider_id",
        "body order customer_id",
        "body bulk item id",
        "nul order note",
        "nul complaint summary",
        "nul orders q",
        "nul customers code filter",
        "nul phone lookup",
    }
]


@pytest.mark.postgres
def test_huge_ids_and_nul_bytes_on_postgresql(pg_server: LiveServer) -> None:
    admin = pg_server.login(Role.ADMIN)
    assert len(PG_CASES) == 12
    for case in PG_CASES:
        r = send(admin, pg_server, case)
        assert r.status_code == case.status, (case.id, r.text)
        assert assert_error_shape(r)["code"] == case.code
    # Whatever no schema checks (a login name here) is still not a 500.
    r = requests.post(
        pg_server.api("/auth/login"), json={"username": "a\x00", "password": "x"}, timeout=10
    )
    assert_error_shape(r)
