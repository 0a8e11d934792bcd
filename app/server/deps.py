"""FastAPI dependencies: the database, the feed hub, settings and the current session.

Role checks are in ``app.server.guards``; the clock is ``app.server.clock``.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends, Header, Request
from starlette.concurrency import run_in_threadpool

from app.models.enums import Role
from app.server import clock
from app.server.db import Database
from app.server.errors import ApiError
from app.server.feed import FeedHub
from app.server.services import auth as auth_service
from app.server.services.auth import TOUCH_EVERY
from app.server.services.context import Actor
from app.server.settings import ServerSettings


# The trivial dependencies are async so that FastAPI does not hop to a worker thread for them.
async def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


async def get_settings(request: Request) -> ServerSettings:
    cfg: ServerSettings = request.app.state.settings
    return cfg


async def get_hub(request: Request) -> FeedHub:
    hub: FeedHub = request.app.state.hub
    return hub


DbDep = Annotated[Database, Depends(get_db)]
SettingsDep = Annotated[ServerSettings, Depends(get_settings)]
HubDep = Annotated[FeedHub, Depends(get_hub)]


def client_address(request: Request) -> str:
    return request.client.host if request.client else "unknown"


@dataclass(frozen=True, slots=True)
class CurrentSession:
    actor: Actor
    token: str
    display_name: str


def _bearer(authorization: str | None) -> str:
    if not authorization or not authorization.lower().startswith("bearer "):
        raise ApiError(
            401,
            "not_authenticated",
            "请先登录。",
            "Please log in first.",
            headers={"WWW-Authenticate": "Bearer"},
        )
    return authorization[7:].strip()


def current_session(
    request: Request,
    db: DbDep,
    cfg: SettingsDep,
    authorization: Annotated[str | None, Header()] = None,
) -> CurrentSession:
    token = _bearer(authorization)
    now = clock.now()
    with db.read() as s:
        user, row = auth_service.authenticate(s, token, now, cfg)
        needs_touch = now - row.last_seen_at > TOUCH_EVERY
        actor = Actor(user.id, user.username, Role(user.role), client_address(request))
        display = user.display_name
    if needs_touch:
        with db.write() as s:
            auth_service.touch(s, token, now)
    return CurrentSession(actor, token, display)


SessionDep = Annotated[CurrentSession, Depends(current_session)]


class SessionCache:
    """A short memory of checked tokens, for the long-poll feed only.

    Hundreds of clients re-poll the moment a change lands; checking each token in the
    database again would cost more than the feed itself. Concurrent misses for one token
    share one lookup. A revoked or expired session is refused within ``ttl`` seconds.
    Nothing here is needed by another process.
    """

    def __init__(self, ttl: float = 15.0, max_size: int = 20_000) -> None:
        self._ttl = ttl
        self._max = max_size
        self._items: dict[str, tuple[float, asyncio.Future[CurrentSession]]] = {}

    def evict(self, token: str) -> None:
        """Forget a token at once (logout in this process; other processes within ``ttl``)."""
        self._items.pop(token, None)

    async def get(self, token: str, lookup: Callable[[], CurrentSession]) -> CurrentSession:
        now = time.monotonic()
        hit = self._items.get(token)
        if hit is not None and hit[0] >= now:
            return await asyncio.shield(hit[1])
        if len(self._items) >= self._max:
            self._items = {k: v for k, v in self._items.items() if v[0] >= now}
            if len(self._items) >= self._max:
                self._items.clear()
        future: asyncio.Future[CurrentSession] = asyncio.get_running_loop().create_future()
        self._items[token] = (now + self._ttl, future)
        try:
            result = await run_in_threadpool(lookup)
        except BaseException as exc:
            self._items.pop(token, None)
            future.set_exception(exc)
            future.exception()  # mark retrieved: waiters re-raise it themselves
            raise
        future.set_result(result)
        return result


async def cached_session(request: Request) -> CurrentSession:
    """Like :func:`current_session`, answered from the process's SessionCache when fresh."""
    token = _bearer(request.headers.get("authorization"))
    cache: SessionCache = request.app.state.session_cache
    db: Database = request.app.state.db
    cfg: ServerSettings = request.app.state.settings
    return await cache.get(token, lambda: current_session(request, db, cfg, f"Bearer {token}"))


CachedSessionDep = Annotated[CurrentSession, Depends(cached_session)]
