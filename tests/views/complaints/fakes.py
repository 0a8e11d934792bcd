"""Stand-ins for the workbench's server side: real server JSON (fixtures/) served by a stub.

The fixtures were saved from ``python -m app.server --demo`` (see fixtures/meta.json); ``NOW``
is the moment they were fetched, so their clocks read as they did then.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.client.errors import ClientError
from tests.views.fakes import SyncBackend

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PHONE = "13436535671"  # the caller of lookup.json (黄建华, customer 295)


def items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The top-level items of ``tree``."""
    out = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [i for i in out if i is not None]


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


NOW = datetime.fromisoformat(load("meta.json")["fetched_at"])
AGENT_ID = 2
SUPERVISOR_ID = 5


def details(role: str = "agent") -> dict[int, dict[str, Any]]:
    """Every saved ticket detail by id (as ``role`` sees it)."""
    out: dict[int, dict[str, Any]] = {}
    other = "_agent" if role == "supervisor" else "_supervisor"
    for path in sorted(FIXTURES.glob("detail_*.json")):
        if path.stem.endswith(other):
            continue
        detail = load(path.name)
        out[int(detail["id"])] = detail
    return out


@dataclass(frozen=True)
class FakeStaff:
    id: int = AGENT_ID
    username: str = "agent"
    display_name: str = "客服 李娜"
    role: str = "agent"


class StubApi:
    """Answers the workbench's GETs from the fixtures; records every call."""

    def __init__(self, role: str = "agent") -> None:
        self.calls: list[tuple[str, dict[str, Any] | None]] = []
        self.details = details(role)
        self.fail: dict[str, ClientError] = {}

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.calls.append((path, params))
        for prefix, error in self.fail.items():
            if path.startswith(prefix):
                raise error
        if path.endswith("/complaints"):
            mine = params is not None and params.get("assignee_id") is not None
            page: dict[str, Any] = load("queue_mine.json" if mine else "queue_team.json")
            return page
        found = re.search(r"/complaints/(\d+)$", path)
        if found:
            return self.details[int(found.group(1))]
        if path.endswith("/customers/lookup"):
            phone = (params or {}).get("phone")
            return load("lookup.json") if phone == PHONE else {"customers": [], "count": 0}
        if path.endswith("/users"):
            users: dict[str, Any] = load("users.json")
            return users
        found = re.search(r"/providers/(\d+)/sanctions$", path)
        if found:
            return {**load("provider_sanctions.json"), "provider_id": int(found.group(1))}
        raise AssertionError(f"unexpected GET {path}")


def server_backend(api: StubApi | None = None) -> SyncBackend:
    """The app's Backend as the workbench uses it: server reads answered by a stub, each on
    the next turn of the event loop (as a pool thread's answer would arrive)."""
    return SyncBackend(api=api or StubApi(), defer=True)
