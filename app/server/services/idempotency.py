"""Idempotency-Key handling: a retried command returns its first response."""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import delete
from sqlalchemy.orm import Session

from app.models import tables as t
from app.server.errors import ApiError


def request_hash(method: str, path: str, body: Any, if_match: str | None) -> str:
    raw = json.dumps([method, path, body, if_match], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()


def lookup(session: Session, key: str, user_id: int, req_hash: str) -> t.IdempotencyRecord | None:
    """The stored response for this key, None if new, 422 if the key was used for another body."""
    rec = session.get(t.IdempotencyRecord, (key, user_id))
    if rec is None:
        return None
    if rec.request_hash != req_hash:
        raise ApiError(
            422,
            "idempotency_key_reused",
            "该幂等键已用于另一个不同的请求。",
            "This Idempotency-Key was already used for a different request.",
        )
    return rec


def store(
    session: Session,
    key: str,
    user_id: int,
    req_hash: str,
    status: int,
    body: Any,
    now: datetime,
) -> None:
    session.add(
        t.IdempotencyRecord(
            key=key,
            user_id=user_id,
            request_hash=req_hash,
            status_code=status,
            response_body=json.dumps(body, ensure_ascii=False),
            created_at=now,
        )
    )


def prune(session: Session, now: datetime, keep_hours: int) -> int:
    result = session.execute(
        delete(t.IdempotencyRecord).where(
            t.IdempotencyRecord.created_at < now - timedelta(hours=keep_hours)
        )
    )
    return int(getattr(result, "rowcount", 0) or 0)
