"""GET /snapshot: a first sync's bulk dump, then the feed from the cursor it names.

Every row the caller's role may see, as the feed would leave it at one settled position,
streamed as lines (gzip-compressed when the client accepts it): a first line
``{"cursor", "epoch"}`` (JSON), then one line per row, ``entity<TAB>id<TAB>version<TAB>data``
with ``data`` the row's JSON payload (JSON text holds no raw tab or newline), then
``{"rows": n}`` so that a cut stream is never taken for a complete one. The client stores a
row's data text as it comes, without decoding it (the feed's JSON would cost a first sync of
170k rows seconds to decode and encode again). The rows come from the change log (masked
payloads) and are filtered per role exactly as /changes filters them.

A plain Starlette route, like /changes, described in /openapi.json by :data:`OPENAPI`.
"""

from __future__ import annotations

import asyncio
import zlib
from collections.abc import Iterator
from typing import Any

from starlette.requests import Request
from starlette.responses import Response, StreamingResponse

from app.models.enums import Role
from app.server.changes import Position, dumps, head_position
from app.server.db import Database
from app.server.deps import cached_session
from app.server.feed import encode_cursor, payload_for_role
from app.server.guards import RoleCheck
from app.server.routes.changes import ROLES as FEED_ROLES
from app.server.snapshot import read_latest

PATH = "/snapshot"
ROLES: RoleCheck = FEED_ROLES  # who may follow the feed may take its snapshot
CHUNK = 5000  # change-log rows per read
GZIP_LEVEL = 1  # fast: the dump is mostly Chinese text and repeated keys, level 1 gets most
MEDIA_TYPE = "text/tab-separated-values"


def _head(db: Database) -> Position:
    with db.read() as s:
        return head_position(s)


def lines(db: Database, role: Role, epoch: str, upto: Position) -> Iterator[bytes]:
    """The snapshot's lines (uncompressed), read in chunks of :data:`CHUNK` rows."""
    cursor = encode_cursor(epoch, upto)
    yield dumps({"cursor": cursor, "epoch": epoch}).encode() + b"\n"
    after, rows = 0, 0
    while True:
        with db.read() as s:
            batch = read_latest(s, upto, after, CHUNK)
        if not batch:
            break
        after = batch[-1].seq
        out = [
            f"{r.entity}\t{r.entity_id}\t{r.version}\t{data}\n"
            for r in batch
            if (data := payload_for_role(r.entity, r.data, role)) is not None
        ]
        if out:
            rows += len(out)
            yield "".join(out).encode()
    yield dumps({"rows": rows}).encode() + b"\n"


def gzipped(parts: Iterator[bytes]) -> Iterator[bytes]:
    packer = zlib.compressobj(GZIP_LEVEL, zlib.DEFLATED, 31)  # 31: the gzip container
    for part in parts:
        packed = packer.compress(part)
        if packed:
            yield packed
    yield packer.flush()


async def snapshot(request: Request) -> Response:
    """Every row the caller may see at one feed position, and the cursor to follow the feed
    from there (rows changed after it come through /changes; none is skipped)."""
    current = await ROLES(await cached_session(request))
    epoch: str = request.app.state.epoch
    db: Database = request.app.state.db
    upto = await asyncio.to_thread(_head, db)
    cursor = encode_cursor(epoch, upto)
    body = lines(db, current.actor.role, epoch, upto)
    headers = {"X-Feed-Cursor": cursor, "X-Feed-Epoch": epoch, "Vary": "Accept-Encoding"}
    if "gzip" in request.headers.get("accept-encoding", "").lower():
        headers["Content-Encoding"] = "gzip"
        return StreamingResponse(gzipped(body), media_type=MEDIA_TYPE, headers=headers)
    return StreamingResponse(body, media_type=MEDIA_TYPE, headers=headers)


OPENAPI: dict[str, Any] = {
    "get": {
        "tags": ["changes"],
        "summary": "Snapshot for a first sync",
        "description": (snapshot.__doc__ or "")
        + '\n\nLines (gzip when accepted): a first line `{"cursor", "epoch"}` (JSON), one line '
        "per row, `entity TAB id TAB version TAB data` (data: the JSON payload), a last line "
        '`{"rows": n}`.',
        "operationId": "snapshot",
        "security": [{"bearer": []}],
        "responses": {
            "200": {
                "description": "the snapshot; X-Feed-Cursor names its feed position",
                "headers": {
                    "X-Feed-Cursor": {"schema": {"type": "string"}},
                    "X-Feed-Epoch": {"schema": {"type": "string"}},
                },
                "content": {MEDIA_TYPE: {"schema": {"type": "string"}}},
            },
            "401": {"description": "not logged in"},
            "403": {"description": "this role may not follow the feed"},
        },
    }
}
