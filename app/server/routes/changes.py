"""GET /changes: the change feed, long-polling up to 25 s."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from app.server.changes import ORIGIN, Change, read_changes
from app.server.deps import DbDep, HubDep, SessionDep
from app.server.errors import ApiError
from app.server.feed import decode_cursor, encode_cursor

router = APIRouter(tags=["changes"])

GONE = ApiError(
    410,
    "cursor_expired",
    "同步位置已过期，需要重新完整同步。",
    "The sync cursor has expired or belongs to another server; re-sync from scratch.",
)


@router.get(
    "/changes",
    responses={
        200: {
            "description": '`{"changes": [{"entity","id","version","op","data"}], '
            '"cursor", "has_more"}`'
        },
        410: {"description": "cursor from another epoch or past retention: re-sync"},
    },
)
async def changes(
    request: Request,
    current: SessionDep,
    db: DbDep,
    hub: HubDep,
    cursor: Annotated[str, Query(max_length=200)] = "",
    limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
    wait: Annotated[float, Query(ge=0, le=25)] = 0,
) -> Response:
    """Changes after ``cursor`` (empty: from the beginning), in commit order, never skipping
    a committed change. With ``wait`` > 0 and nothing new, holds the request until something
    arrives or ``wait`` seconds pass."""
    epoch: str = request.app.state.epoch
    after = ORIGIN
    if cursor:
        decoded = decode_cursor(cursor)
        if decoded is None:
            raise ApiError(400, "bad_cursor", "同步位置格式错误。", "Malformed cursor.")
        cursor_epoch, after = decoded
        if cursor_epoch != epoch:
            raise GONE
    role = current.actor.role

    def from_db() -> list[Change]:
        with db.read() as s:
            return read_changes(s, after, limit)

    page = await hub.page(after, limit, role, from_db)
    if not page.items and wait > 0 and await hub.wait_past(after, wait):
        page = await hub.page(after, limit, role, from_db)
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
