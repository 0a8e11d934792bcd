"""The envelope every command shares: If-Match, Idempotency-Key, one transaction, feed kick."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy.orm import Session

from app.server.db import Database, serialise_on
from app.server.deps import CurrentSession, utcnow
from app.server.errors import ApiError
from app.server.feed import FeedHub
from app.server.services import idempotency


def parse_if_match(value: str | None) -> int:
    """``If-Match: 3``, ``"3"`` or ``W/"3"`` -> 3; missing -> 428; malformed -> 400."""
    if value is None or not value.strip():
        raise ApiError(
            428,
            "if_match_required",
            "缺少 If-Match 版本号，请刷新后重试。",
            "If-Match with the entity's version is required.",
        )
    raw = value.strip().removeprefix("W/").strip('"')
    if not (raw.isascii() and raw.isdigit()):
        raise ApiError(
            400,
            "bad_if_match",
            "If-Match 必须是版本号。",
            "If-Match must be the entity's version number.",
        )
    return int(raw)


Handler = Callable[[Session], tuple[int, dict[str, Any]]]


def run_command(
    request: Request,
    current: CurrentSession,
    db: Database,
    hub: FeedHub,
    *,
    idempotency_key: str | None,
    body: Any,
    if_match: str | None,
    handler: Handler,
) -> JSONResponse:
    """Run ``handler`` in one write transaction, honouring Idempotency-Key.

    A replay of a key returns the stored response without acting; the same key with another
    request is 422. Failed commands are not stored: a retry meets the same check again.
    """
    key = (idempotency_key or "").strip()
    if len(key) > 128:
        raise ApiError(
            400,
            "bad_idempotency_key",
            "幂等键过长（最多 128 个字符）。",
            "Idempotency-Key is too long (128 characters at most).",
        )
    user_id = current.actor.user_id or 0
    req_hash = idempotency.request_hash(request.method, request.url.path, body, if_match)
    now = utcnow()
    with db.write() as session:
        if key:
            # A retry racing its original waits for it here, then replays its answer.
            serialise_on(session, f"idem:{user_id}:{key}")
            stored = idempotency.lookup(session, key, user_id, req_hash)
            if stored is not None:
                return JSONResponse(
                    json.loads(stored.response_body),
                    status_code=stored.status_code,
                    headers={"Idempotent-Replayed": "true"},
                )
        status, payload = handler(session)
        if key:
            idempotency.store(session, key, user_id, req_hash, status, payload, now)
    hub.kick()
    headers = {}
    version = payload.get("version") if isinstance(payload, dict) else None
    if isinstance(version, int):
        headers["ETag"] = f'"{version}"'
    return JSONResponse(payload, status_code=status, headers=headers)
