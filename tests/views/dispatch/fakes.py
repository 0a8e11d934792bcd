"""A channel that answers at once and an API that answers with recorded server JSON.

The fixtures under ``fixtures/`` are real answers of the demo server (see capture_fixtures.py).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from app.client.cache import Cache
from app.client.errors import from_response
from tests.views.fakes import put

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


class FixtureApi:
    """The ApiClient calls the dispatch views make, answered from the fixtures; records them."""

    def __init__(self, *, apply_conflict: bool = False) -> None:
        self.gets: list[tuple[str, dict[str, Any] | None]] = []
        self.commands: list[dict[str, Any]] = []
        self.apply_conflict = apply_conflict
        self.plan: dict[str, Any] | None = None  # None: the recorded plan
        self.providers = {int(p["id"]): p for p in fixture("plan_providers.json")}

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.gets.append((path, params))
        if re.fullmatch(r"/api/v1/orders/\d+/candidates", path):
            return dict(fixture("candidates.json"))
        if re.fullmatch(r"/api/v1/orders/\d+", path):
            return dict(fixture("order.json"))
        if path == "/api/v1/orders":
            page = dict(fixture("plan_orders.json"))
            return page if not (params or {}).get("offset") else {"data": [], "count": 0}
        match = re.fullmatch(r"/api/v1/providers/(\d+)", path)
        if match:
            return dict(self.providers[int(match.group(1))])
        raise AssertionError(f"unexpected GET {path}")

    def command(
        self, path: str, body: Any, *, if_match: int | None, idempotency_key: str
    ) -> dict[str, Any]:
        self.commands.append(
            {"path": path, "body": body, "if_match": if_match, "key": idempotency_key}
        )
        if path == "/api/v1/dispatch/plan":
            return dict(self.plan if self.plan is not None else fixture("plan.json"))
        if path == "/api/v1/dispatch/apply":
            if self.apply_conflict:
                answer = fixture("apply_conflict.json")
                raise from_response(answer["status"], answer, {})
            return dict(fixture("apply_ok.json"))
        raise AssertionError(f"unexpected POST {path}")


def plan_cache() -> Cache:
    """A local cache holding the orders and providers the recorded plan names, as the feed
    delivers them (the preview reads them here, not from the server)."""
    cache = Cache(":memory:")
    put(cache, "order", fixture("plan_orders.json")["data"])
    put(cache, "provider", fixture("plan_providers.json"))
    return cache
