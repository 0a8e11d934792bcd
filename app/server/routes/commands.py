"""The one way to write a command endpoint.

A command route is a role dependency, a body schema and one call::

    Dispatch = Annotated[Command, Depends(command(DISPATCH_ROLES))]

    @router.post("/orders/{order_id}/cancel", response_model=OrderPublic)
    def cancel(order_id: PathId, body: CancelBody, cmd: Dispatch) -> JSONResponse:
        return cmd.run_versioned(body, lambda s, now, v: project("order", svc.act(...)))

:class:`Command` does the rest, the same for every command: the role check (before the body is
validated, so a refused role always gets 403), ``If-Match`` (missing 428, malformed 400; stale
is the service's 412), ``Idempotency-Key`` (a replay returns the stored answer without acting;
the same key with another request is 422), ``X-Feed-Epoch`` (optional: a command made against
another copy of the database is refused with 409 ``other_database``, never applied to look-alike
rows), the one write transaction, the time read once, the
feed kick after commit and the ``ETag``. Services write the audit record inside the transaction.

No ``from __future__ import annotations``: FastAPI resolves the dependency's annotations, which
name a RoleCheck instance, as real objects.
"""

import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated, Any

from fastapi import Depends, Header, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from sqlalchemy.orm import Session

from app.models.enums import Role
from app.server import clock
from app.server.db import Database, serialise_on
from app.server.deps import CurrentSession, DbDep, HubDep
from app.server.errors import ApiError
from app.server.feed import FeedHub
from app.server.guards import RoleCheck
from app.server.services import idempotency
from app.server.services.context import Actor

IfMatch = Annotated[str | None, Header(alias="If-Match")]
IdemKey = Annotated[str | None, Header(alias="Idempotency-Key")]
FeedEpoch = Annotated[str | None, Header(alias="X-Feed-Epoch")]

Act = Callable[[Session, datetime], dict[str, Any]]
VersionedAct = Callable[[Session, datetime, int], dict[str, Any]]


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


def _idempotency_key(value: str | None) -> str:
    key = (value or "").strip()
    if len(key) > 128:
        raise ApiError(
            400,
            "bad_idempotency_key",
            "幂等键过长（最多 128 个字符）。",
            "Idempotency-Key is too long (128 characters at most).",
        )
    return key


@dataclass(frozen=True, slots=True)
class Command:
    """What a command endpoint receives: who, the database, the feed and the two headers."""

    request: Request
    current: CurrentSession
    db: Database
    hub: FeedHub
    if_match: str | None
    idempotency_key: str | None
    feed_epoch: str | None = None

    @property
    def actor(self) -> Actor:
        return self.current.actor

    @property
    def role(self) -> Role:
        return self.current.actor.role

    def run(
        self, body: BaseModel | dict[str, Any] | None, act: Act, status: int = 200
    ) -> JSONResponse:
        """Create-like commands: no If-Match; ``act(session, now)`` answers the payload."""
        return self._run(body, None, act, status)

    def run_versioned(
        self, body: BaseModel | dict[str, Any] | None, act: VersionedAct
    ) -> JSONResponse:
        """Commands on an existing entity: ``act(session, now, expected_version)``."""
        expected = parse_if_match(self.if_match)
        return self._run(body, self.if_match, lambda s, now: act(s, now, expected), 200)

    def _run(
        self, body: BaseModel | dict[str, Any] | None, if_match: str | None, act: Act, status: int
    ) -> JSONResponse:
        key = _idempotency_key(self.idempotency_key)
        if self.feed_epoch and self.feed_epoch != self.request.app.state.epoch:
            raise ApiError(
                409,
                "other_database",
                "此操作是针对服务器之前的数据做出的（服务器数据已重置或更换），未执行。",
                "This command was made against an earlier copy of the server's data (the "
                "database was reset or replaced); it was not carried out.",
            )
        wire = body.model_dump(mode="json") if isinstance(body, BaseModel) else body
        user_id = self.actor.user_id or 0
        req_hash = idempotency.request_hash(
            self.request.method, self.request.url.path, wire, if_match
        )
        with self.db.write() as session:
            now = clock.now()
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
            payload = act(session, now)
            if key:
                idempotency.store(session, key, user_id, req_hash, status, payload, now)
        self.hub.kick()
        headers = {}
        version = payload.get("version")
        if isinstance(version, int):
            headers["ETag"] = f'"{version}"'
        return JSONResponse(payload, status_code=status, headers=headers)


def command(roles: frozenset[Role]) -> Callable[..., Awaitable[Command]]:
    """The dependency of a command endpoint that ``roles`` (and admins) may call."""
    check = RoleCheck(roles)

    async def dependency(
        request: Request,
        current: Annotated[CurrentSession, Depends(check)],
        db: DbDep,
        hub: HubDep,
        if_match: IfMatch = None,
        idempotency_key: IdemKey = None,
        feed_epoch: FeedEpoch = None,
    ) -> Command:
        return Command(request, current, db, hub, if_match, idempotency_key, feed_epoch)

    return dependency
