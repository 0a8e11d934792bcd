"""/openapi.json is usable by tools: the bearer scheme on every protected operation, the
command headers explained, every error status the server really answers documented."""

from __future__ import annotations

from typing import Any

import pytest

from app.server.app import PREFIX, create_app
from tests.server.conftest import settings_for

PUBLIC = {
    ("post", f"{PREFIX}/auth/login"),
    ("post", f"{PREFIX}/auth/new-password"),
    ("post", f"{PREFIX}/auth/totp/start"),
    ("post", f"{PREFIX}/auth/totp"),
    ("get", f"{PREFIX}/version"),
    ("get", f"{PREFIX}/health"),
}


@pytest.fixture(scope="module")
def schema(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    return create_app(settings_for(tmp_path_factory.mktemp("api"))).openapi()


def operations(schema: dict[str, Any]) -> list[tuple[str, str, dict[str, Any]]]:
    return [(m, p, op) for p, item in schema["paths"].items() for m, op in item.items()]


def test_protected_operations_name_the_bearer_scheme_not_a_header(schema: dict[str, Any]) -> None:
    assert schema["components"]["securitySchemes"]["bearer"]["scheme"] == "bearer"
    public = {(m, p) for m, p, op in operations(schema) if op["security"] == []}
    assert public == PUBLIC
    for _, _, op in operations(schema):
        headers = [x["name"].lower() for x in op.get("parameters", []) if x["in"] == "header"]
        assert "authorization" not in headers
    assert schema["paths"][f"{PREFIX}/changes"]["get"]["security"] == [{"bearer": []}]


def test_commands_explain_their_headers_and_errors_are_documented(
    schema: dict[str, Any],
) -> None:
    assign = schema["paths"][f"{PREFIX}/orders/{{order_id}}/assign"]["post"]
    headers = {x["name"]: x for x in assign["parameters"] if x["in"] == "header"}
    assert "412" in headers["If-Match"]["description"]
    assert "retry" in headers["Idempotency-Key"]["description"]
    for status in ("400", "401", "403", "404", "409", "412", "413", "422", "428", "429"):
        assert status in assign["responses"], status
    assert "429" in schema["paths"][f"{PREFIX}/auth/login"]["post"]["responses"]
