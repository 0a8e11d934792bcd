"""Stand-ins for the workbench's data: real server JSON (fixtures/) fed into a local cache.

The fixtures were saved from ``python -m app.server --demo`` (see fixtures/meta.json); ``NOW``
is the moment they were fetched, so their clocks read as they did then. The workbench reads
the cache, so :func:`fixture_cache` splits the saved queues and ticket details back into the
rows the feed would have delivered (complaints, notes, callbacks, sanctions, users...), and
the page computes the details itself. Only the hotline lookup is served by :class:`StubApi`.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from app.client.cache import Cache
from app.client.errors import ClientError
from app.schemas.complaints import ComplaintDetail
from tests.views.fakes import SyncBackend, put

FIXTURES = Path(__file__).resolve().parent / "fixtures"
PHONE = "13436535671"  # the caller of lookup.json (黄建华, customer 295)


def items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """The top-level items of ``tree``."""
    out = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    return [i for i in out if i is not None]


def load(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text(encoding="utf-8"))


def typed(name: str) -> ComplaintDetail:
    """A saved ticket detail parsed as the client returns it."""
    return ComplaintDetail.model_validate(load(name))


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
    """Answers the hotline lookup (the one read the workbench asks the server) from the
    fixtures; records every call, so a test can see that nothing else is asked."""

    def __init__(self, role: str = "agent") -> None:
        self.calls: list[tuple[str, dict[str, Any] | None]] = []
        self.role = role
        self.fail: dict[str, ClientError] = {}

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.calls.append((path, params))
        for prefix, error in self.fail.items():
            if path.startswith(prefix):
                raise error
        if path.endswith("/customers/lookup"):
            phone = (params or {}).get("phone")
            return load("lookup.json") if phone == PHONE else {"customers": [], "count": 0}
        raise AssertionError(f"unexpected GET {path}")


# What the assembly adds to a complaint row (app.rules.complaint_detail / queue_item).
_ADDED = frozenset(
    {
        "customer", "order", "provider", "assignee", "notes", "callbacks", "callback_verdict",
        "counted_unreachable_attempts", "sanctions", "customer_blocks", "recommended_sanction",
        "closing_blockers", "allowed_actions", "sla", "escalation_needed", "repeat",
        "overdue", "next_deadline", "needs_escalation",
    }
)  # fmt: skip
SANCTIONED_PROVIDER = 1848  # provider_sanctions.json is served as this provider's record


def complaint_row(item: dict[str, Any]) -> dict[str, Any]:
    """The complaint row of a saved detail or queue item."""
    return {k: v for k, v in item.items() if k not in _ADDED}


def put_detail(cache: Cache, detail: dict[str, Any]) -> None:
    """Feed the rows a saved ticket detail was made of into ``cache``."""
    put(cache, "complaint", [complaint_row(detail)])
    put(cache, "complaint_note", list(detail.get("notes") or []))
    put(
        cache,
        "callback_attempt",
        [{k: v for k, v in c.items() if k != "cycle"} for c in detail.get("callbacks") or []],
    )
    sanctions = list(detail.get("sanctions") or [])
    put(cache, "sanction", [_sanction_row(x) for x in sanctions])
    put(cache, "appeal", [x["appeal"] for x in sanctions if x.get("appeal")])
    put(cache, "customer_block", list(detail.get("customer_blocks") or []))
    for entity in ("customer", "order", "provider"):
        if detail.get(entity):
            put(cache, entity, [detail[entity]])


def _sanction_row(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in ("effective_status", "blocking", "appeal")}


def fixture_cache(role: str = "agent") -> Cache:
    """An in-memory cache holding what the saved server answers were made of."""
    cache = Cache(":memory:")
    put(cache, "user", list(load("users.json")["data"]))
    for name in ("queue_team.json", "queue_mine.json"):
        put(cache, "complaint", [complaint_row(i) for i in load(name)["data"]])
    for detail in details(role).values():
        put_detail(cache, detail)
    record = load("provider_sanctions.json")
    # Served as another provider's record: new ids, so that the original rows stay as saved.
    sanctions = [
        _sanction_row(x) | {"id": x["id"] + 1000, "provider_id": SANCTIONED_PROVIDER}
        for x in record["sanctions"]
    ]
    put(cache, "sanction", sanctions)
    return cache


def server_backend(api: StubApi | None = None, cache: Cache | None = None) -> SyncBackend:
    """The app's Backend as the workbench uses it: the cache holds the saved data, the stub
    answers the lookup, each on the next turn of the event loop (as a pool thread would)."""
    role = api.role if api is not None else "agent"
    return SyncBackend(
        reader=cache if cache is not None else fixture_cache(role),
        api=api or StubApi(),
        defer=True,
    )
