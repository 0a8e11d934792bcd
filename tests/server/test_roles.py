"""Every endpoint refuses every role that app.rules.access does not allow — over real HTTP.

The expected table below is written from the named sets in ``app.rules.access``; the app's
route table (read back from each route's RoleCheck) must match it exactly, and each protected
route must answer 403 to every other role before it looks at the body, and never 403 to the
roles it allows. Letting every role create orders, or forgetting a check on a new route,
fails here.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import requests
from fastapi.routing import iter_route_contexts
from starlette.routing import Route

from app.models.enums import Role
from app.rules.access import (
    ACCOUNT_ADMINS,
    ALL_STAFF,
    AUDIT_READERS,
    CERTIFICATION_DECIDERS,
    CERTIFICATION_INTAKE,
    CERTIFICATION_READERS,
    COMPLAINT_READERS,
    COMPLAINT_WORKERS,
    DISPATCH_ROLES,
    DOCUMENT_READERS,
    REPORT_READERS,
    RUBRIC_EDITORS,
    SANCTION_DECIDERS,
    TRAINING_READERS,
    TRAINING_WRITERS,
)
from app.server.app import PREFIX, create_app
from app.server.guards import route_roles
from tests.server.conftest import LiveServer, settings_for

Key = tuple[str, str]  # (method, path under /api/v1)

ORDER_STEPS = ("unassign", "accept", "depart", "start", "complete", "assign", "cancel")
TICKET_STEPS = (
    "acknowledge",
    "start-investigation",
    "notes",
    "assign",
    "escalate",
    "resolve",
    "callbacks",
    "block-provider",
    "close",
    "reopen",
)
CERT_STEPS = ("claim", "release", "approve", "reject", "request-resubmission", "revoke")
ACCOUNT_STEPS = ("edit", "disable", "enable", "reset-password", "reset-totp", "sessions/end")
SESSION_STEPS = ("reschedule", "start", "complete", "cancel", "enrol", "withdraw", "attendance",
                 "sign-off")  # fmt: skip
COLLECTIONS = (
    ("customers", "customer"),
    ("providers", "provider"),
    ("sanctions", "sanction"),
    ("training-courses", "training_course"),
    ("training-sessions", "training_session"),
    ("assessments", "assessment"),
    ("users", "user"),
)

EXPECTED: dict[Key, frozenset[Role]] = {
    ("GET", "/changes"): ALL_STAFF,
    ("GET", "/snapshot"): ALL_STAFF,
    ("GET", "/reports"): REPORT_READERS,
    ("GET", "/reports/{report_id}/pdf"): REPORT_READERS,
    ("POST", "/reports"): REPORT_READERS,
    ("GET", "/kpis/range"): REPORT_READERS,
    ("POST", "/auth/logout"): ALL_STAFF,
    ("GET", "/auth/me"): ALL_STAFF,
    ("GET", "/orders"): ALL_STAFF,
    ("GET", "/orders/{order_id}"): ALL_STAFF,
    ("POST", "/orders"): DISPATCH_ROLES,
    **{("POST", f"/orders/{{order_id}}/{step}"): DISPATCH_ROLES for step in ORDER_STEPS},
    ("GET", "/orders/{order_id}/candidates"): DISPATCH_ROLES,
    ("POST", "/dispatch/plan"): DISPATCH_ROLES,
    ("POST", "/dispatch/apply"): DISPATCH_ROLES,
    ("GET", "/audit"): AUDIT_READERS,
    ("GET", "/audit/verify"): AUDIT_READERS,
    ("POST", "/auth/me/password"): ALL_STAFF,
    ("POST", "/auth/me/totp/enrol"): ALL_STAFF,
    ("POST", "/auth/me/totp/confirm"): ALL_STAFF,
    ("GET", "/accounts"): ACCOUNT_ADMINS,
    ("POST", "/accounts"): ACCOUNT_ADMINS,
    **{("POST", f"/accounts/{{user_id}}/{step}"): ACCOUNT_ADMINS for step in ACCOUNT_STEPS},
    ("GET", "/accounts/{user_id}/sessions"): ACCOUNT_ADMINS,
    ("GET", "/complaints"): COMPLAINT_READERS,
    ("GET", "/complaints/{complaint_id}"): COMPLAINT_READERS,
    ("GET", "/customers/lookup"): COMPLAINT_READERS,
    ("POST", "/complaints"): COMPLAINT_WORKERS,
    ("POST", "/complaints/bulk"): COMPLAINT_WORKERS,
    **{("POST", f"/complaints/{{complaint_id}}/{s}"): COMPLAINT_WORKERS for s in TICKET_STEPS},
    ("POST", "/complaints/{complaint_id}/sanction-decision"): SANCTION_DECIDERS,
    ("GET", "/providers/{provider_id}/sanctions"): ALL_STAFF,
    ("POST", "/sanctions/{sanction_id}/appeal"): COMPLAINT_WORKERS,
    ("POST", "/sanctions/{sanction_id}/appeal/decide"): SANCTION_DECIDERS,
    ("POST", "/training-courses/{course_id}/rubric"): RUBRIC_EDITORS,
    ("POST", "/training-sessions"): TRAINING_WRITERS,
    **{("POST", f"/training-sessions/{{session_id}}/{s}"): TRAINING_WRITERS for s in SESSION_STEPS},
    ("POST", "/training-sessions/{session_id}/assessments/{provider_id}/draft"): TRAINING_WRITERS,
    ("POST", "/assessments/{assessment_id}/amend"): TRAINING_WRITERS,
    ("GET", "/providers/{provider_id}/training"): TRAINING_READERS,
    ("GET", "/training/retraining"): TRAINING_READERS,
    ("GET", "/training/recertification"): TRAINING_READERS,
    # Any member of staff may ask to reveal; the field decides, and a refusal is audited.
    **{("POST", f"/{c}/{{entity_id}}/reveal"): ALL_STAFF for c in ("customers", "providers")},
    ("POST", "/orders/{entity_id}/reveal"): ALL_STAFF,
    ("GET", "/certifications"): CERTIFICATION_READERS,
    ("GET", "/certifications/watch"): CERTIFICATION_READERS,
    ("GET", "/certifications/{cert_id}"): CERTIFICATION_READERS,
    ("POST", "/certifications"): CERTIFICATION_INTAKE,
    **{("POST", f"/certifications/{{cert_id}}/{s}"): CERTIFICATION_DECIDERS for s in CERT_STEPS},
    ("POST", "/certifications/{cert_id}/documents"): CERTIFICATION_INTAKE,
    ("GET", "/certifications/{cert_id}/documents/{doc_id}"): DOCUMENT_READERS,
    **{("GET", f"/{c}"): ALL_STAFF for c, _ in COLLECTIONS},
    **{("GET", f"/{c}/{{item_id}}"): ALL_STAFF for c, _ in COLLECTIONS},
}
PUBLIC: frozenset[Key] = frozenset(
    {
        ("POST", "/auth/login"),
        # the login's later steps: their challenge, not a session, says who is asking
        ("POST", "/auth/new-password"),
        ("POST", "/auth/totp/start"),
        ("POST", "/auth/totp"),
        ("GET", "/version"),
        ("GET", "/health"),
    }
)


def app_routes(tmp_path: Path) -> dict[Key, frozenset[Role] | None]:
    """Every (method, path) the app serves under /api/v1, with the roles its checks allow."""
    table: dict[Key, frozenset[Role] | None] = {}
    for context in iter_route_contexts(create_app(settings_for(tmp_path)).routes):
        route = context.original_route
        full = context.path or ""
        assert isinstance(route, Route), route
        if not full.startswith(PREFIX) or not route.include_in_schema:
            continue
        path = full.removeprefix(PREFIX)
        for method in route.methods or ():
            if method != "HEAD":
                table[(method, path)] = route_roles(route)
    return table


def test_route_table_matches_the_access_sets(tmp_path: Path) -> None:
    table = app_routes(tmp_path)
    assert {k for k, roles in table.items() if roles is None} == PUBLIC
    assert {k: roles for k, roles in table.items() if roles is not None} == {
        k: roles | {Role.ADMIN} for k, roles in EXPECTED.items()
    }


def call(live: LiveServer, s: requests.Session, method: str, path: str) -> requests.Response:
    url = live.api(re.sub(r"\{[a-z_]+\}", "1", path))
    if method == "GET":
        return s.get(url, timeout=10)
    # An empty body: invalid for most commands, so an allowed role gets 422 (or 428 without
    # If-Match) and nothing is written; a refused role must get 403 before the body counts.
    return s.post(url, json={}, timeout=10)


@pytest.mark.parametrize("role", list(Role))
def test_every_endpoint_refuses_the_roles_it_does_not_allow(live: LiveServer, role: Role) -> None:
    s = live.login(role)
    answers: dict[Key, int] = {}
    for method, path in sorted(EXPECTED):
        if path == "/auth/logout":
            continue  # below: it would end this session
        answers[(method, path)] = call(live, s, method, path).status_code
    answers[("POST", "/auth/logout")] = call(live, s, "POST", "/auth/logout").status_code
    refused = {k for k, status in answers.items() if status == 403}
    assert refused == {k for k, allowed in EXPECTED.items() if role not in allowed | {Role.ADMIN}}
    assert 401 not in answers.values()
