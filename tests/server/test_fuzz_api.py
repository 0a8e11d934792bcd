"""Schemathesis against the live server, on SQLite and PostgreSQL: every operation of
/openapi.json is called with generated input (valid and not) as an administrator, and no
answer is a server error, an undocumented status or a body that breaks the documented schema.

The examples per operation are few so that the run fits CI (about a minute per database); a
deeper run: ``SHANGMEN_FUZZ_EXAMPLES=100 pytest tests/server/test_fuzz_api.py``.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
import requests
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from app.models.enums import Role
from tests.server import factories
from tests.server.conftest import ThreadedServer, free_port, settings_for

EXAMPLES = int(os.environ.get("SHANGMEN_FUZZ_EXAMPLES", "4"))
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
# Calls that would end the fuzzer's own session part-way (it logs in again when one does).
SKIP = {("POST", "/api/v1/auth/logout")}


class Admin:
    """The administrator's bearer token, renewed when a generated call ended the session."""

    def __init__(self, base: str) -> None:
        self.base = base
        self.token = ""
        self.renew()

    def renew(self) -> None:
        r = requests.post(
            f"{self.base}/api/v1/auth/login",
            json={"username": "admin", "password": factories.PASSWORD},
            timeout=60,
        )
        assert r.status_code == 200, r.text
        self.token = r.json()["access_token"]

    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}


def fuzz(operation: Any, base: str, admin: Admin) -> int:
    """Call ``operation`` with generated input and check each answer; the number of calls."""
    calls = 0

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    @given(case=operation.as_strategy())
    def run(case: Any) -> None:
        nonlocal calls
        response = case.call(base_url=base, headers=admin.headers(), timeout=60)
        calls += 1
        if response.status_code == 401 and not operation.path.startswith("/api/v1/auth"):
            admin.renew()
        case.validate_response(response, checks=CHECKS)

    run()
    return calls


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_no_server_error_and_no_schema_violation(
    backend: str, tmp_path: Path, request: pytest.FixtureRequest
) -> None:
    url = str(request.getfixturevalue("pg_url")) if backend == "postgres" else ""
    # Limits as in production, except the login limits: the fuzzer logs in again and again.
    lots = 10**6
    cfg = settings_for(
        tmp_path, url, login_throttle_after=lots, login_lock_after=lots,
        login_address_throttle_after=lots, login_address_lock_after=lots,
        login_user_lock_after=lots,
    )  # fmt: skip
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    with ThreadedServer(cfg, port):
        from app.server.db import Database

        db = Database(cfg.resolved_database_url())
        factories.add_users(db, (Role.ADMIN, Role.DISPATCHER))
        db.dispose()
        admin = Admin(base)
        schema = schemathesis.openapi.from_url(f"{base}/api/v1/openapi.json")
        calls = 0
        failures: list[str] = []
        for result in schema.get_all_operations():
            operation = result.ok()
            if (operation.method.upper(), operation.path) in SKIP:
                continue
            try:
                calls += fuzz(operation, base, admin)
            except Exception as exc:  # collect every operation's failure, not only the first
                failures.append(f"{operation.method.upper()} {operation.path}: {exc}")
    print(f"schemathesis: {calls} calls on {backend}")
    assert calls > 100
    assert failures == []
