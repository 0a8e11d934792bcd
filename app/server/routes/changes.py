"""GET /changes: the change feed, long-polling up to 25 s.

This is the one hot path of the server: when a change lands, every waiting client gets its
answer and polls again at once. It is therefore a plain Starlette route (no FastAPI
dependency solving or validation, which cost more than the feed itself at 1,000 clients);
it validates its few parameters by hand and is described in /openapi.json by
:data:`OPENAPI`.
"""

from __future__ import annotations

import asyncio
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from app.rules.access import ALL_STAFF
from app.schemas.changes import ChangesPage
from app.server.changes import ORIGIN, Change, Position, head_position, read_changes
from app.server.db import Database
from app.server.deps import cached_session
from app.server.errors import ApiError
from app.server.feed import FeedHub, decode_cursor, encode_cursor
from app.server.guards import RoleCheck

PATH = "/changes"
# Who may follow the feed: every member of staff; what each role receives is filtered by
# ``app.server.projections`` (complaints only to COMPLAINT_READERS, and so on).
ROLES = RoleCheck(ALL_STAFF)
MAX_LIMIT = 5000
MAX_WAIT = 25.0

GONE = ApiError(
    410,
    "cursor_expired",
    "同步位置已过期，需要重新完整同步。",
    "The sync cursor has expired or belongs to another server; re-sync from scratch.",
)


def _number(raw: str | None, name: str, default: float, low: float, high: float) -> float:
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        value = float("nan")
    if not low <= value <= high:  # also rejects NaN
        raise ApiError(
            422,
            "validation_error",
            f"参数 {name} 必须在 {low:g} 到 {high:g} 之间。",
            f"{name} must be between {low:g} and {high:g}.",
            details={"problems": [{"field": name, "problem": "out of range"}]},
        )
    return value


def _db_head(db: Database) -> Position:
    with db.read() as s:
        return head_position(s)


def _read(db: Database, after: Position, limit: int) -> list[Change]:
    with db.read() as s:
        return read_changes(s, after, limit)


async def changes(request: Request) -> Response:
    """Changes after ``cursor`` (empty: from the beginning), in commit order, never skipping
    a committed change. With ``wait`` > 0 and nothing new, holds the request until something
    arrives or ``wait`` seconds pass."""
    current = await ROLES(await cached_session(request))
    q = request.query_params
    limit = int(_number(q.get("limit"), "limit", 1000, 1, MAX_LIMIT))
    wait = _number(q.get("wait"), "wait", 0, 0, MAX_WAIT)
    cursor = q.get("cursor", "")
    epoch: str = request.app.state.epoch
    hub: FeedHub = request.app.state.hub
    db: Database = request.app.state.db
    after = ORIGIN
    if cursor:
        decoded = decode_cursor(cursor)
        if decoded is None or len(cursor) > 200:
            raise ApiError(400, "bad_cursor", "同步位置格式错误。", "Malformed cursor.")
        cursor_epoch, after = decoded
        if cursor_epoch != epoch:
            raise GONE
        if after > hub.head and after > await asyncio.to_thread(_db_head, db):
            # Ahead of anything this database ever wrote (a restored backup, a forged cursor):
            # the client's mirror cannot be trusted; it must start again.
            raise GONE
    role = current.actor.role

    def from_db() -> list[Change]:
        return _read(db, after, limit)

    page = await hub.page(after, limit, role, from_db)
    if not page.items and wait > 0:
        # Nothing this role may see yet (or nothing at all): wait past what was read.
        seen = page.last
        if await hub.wait_past(seen, wait):
            more = await hub.page(seen, limit, role, lambda: _read(db, seen, limit))
            page = more if more.items or more.last > seen else page
    body = b"".join(
        [
            b'{"changes":[',
            b",".join(page.items),
            b'],"cursor":"',
            encode_cursor(epoch, page.last).encode(),
            b'","has_more":',
            b"true" if page.has_more else b"false",
            b"}",
        ]
    )
    return Response(body, media_type="application/json")


REF = "#/components/schemas/{model}"
_page = ChangesPage.model_json_schema(ref_template=REF)
# The page and what it refers to, for /openapi.json's components (the route is not FastAPI's).
SCHEMAS: dict[str, Any] = {"ChangesPage": _page, **_page.pop("$defs", {})}

OPENAPI: dict[str, Any] = {
    "get": {
        "tags": ["changes"],
        "summary": "Change feed",
        "description": changes.__doc__,
        "operationId": "changes",
        "security": [{"bearer": []}],
        "parameters": [
            {
                "name": "cursor",
                "in": "query",
                "required": False,
                "schema": {"type": "string", "maxLength": 200, "default": ""},
                "description": "opaque; empty = from the beginning",
            },
            {
                "name": "limit",
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": 1000},
            },
            {
                "name": "wait",
                "in": "query",
                "required": False,
                "schema": {"type": "number", "minimum": 0, "maximum": MAX_WAIT, "default": 0},
                "description": "long-poll up to this many seconds when there is nothing new",
            },
        ],
        "responses": {
            "200": {
                "description": "a page",
                "content": {
                    "application/json": {"schema": {"$ref": REF.format(model="ChangesPage")}}
                },
            },
            "400": {"description": "malformed cursor"},
            "401": {"description": "not logged in"},
            "410": {"description": "cursor from another epoch or past retention: re-sync"},
            "422": {"description": "limit or wait out of range"},
        },
    }
}
