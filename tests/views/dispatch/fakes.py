"""A channel that answers at once and an API that answers with recorded server JSON.

The fixtures under ``fixtures/`` are real answers of the demo server (see capture_fixtures.py).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.client.errors import ClientError, from_response

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


class FixtureApi:
    """The ApiClient calls the dispatch views make, answered from the fixtures; records them."""

    def __init__(self, *, apply_conflict: bool = False) -> None:
        self.gets: list[tuple[str, dict[str, Any] | None]] = []
        self.commands: list[dict[str, Any]] = []
        self.apply_conflict = apply_conflict
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
            return dict(fixture("plan.json"))
        if path == "/api/v1/dispatch/apply":
            if self.apply_conflict:
                answer = fixture("apply_conflict.json")
                raise from_response(answer["status"], answer, {})
            return dict(fixture("apply_ok.json"))
        raise AssertionError(f"unexpected POST {path}")


class SyncChannel(QObject):
    """ApiChannel's surface; runs each call at once on the calling thread (or on ``flush``)."""

    answered = Signal(str, object)
    failed = Signal(str, object)

    def __init__(self, api: Any, *, hold: bool = False) -> None:
        super().__init__()
        self.api = api
        self.hold = hold
        self.tags: list[str] = []
        self._held: list[tuple[str, Callable[[Any], Any]]] = []

    def call(self, tag: str, fn: Callable[[Any], Any]) -> None:
        self.tags.append(tag)
        if self.hold:
            self._held.append((tag, fn))
        else:
            self._run(tag, fn)

    def flush(self) -> None:
        held, self._held = self._held, []
        for tag, fn in held:
            self._run(tag, fn)

    def fail_held(self, error: ClientError) -> None:
        held, self._held = self._held, []
        for tag, _fn in held:
            self.failed.emit(tag, error)

    def _run(self, tag: str, fn: Callable[[Any], Any]) -> None:
        try:
            result = fn(self.api)
        except ClientError as exc:
            self.failed.emit(tag, exc)
        else:
            self.answered.emit(tag, result)
