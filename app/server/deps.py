"""FastAPI dependencies: the database, the clock, the current user and role checks."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated

from fastapi import Depends, Header, Request

from app.models.enums import Role
from app.server.db import Database
from app.server.errors import ApiError, forbidden
from app.server.feed import FeedHub
from app.server.services import auth as auth_service
from app.server.services.auth import TOUCH_EVERY
from app.server.services.context import Actor
from app.server.settings import ServerSettings


def utcnow() -> datetime:
    return datetime.now(UTC)


def get_db(request: Request) -> Database:
    db: Database = request.app.state.db
    return db


def get_settings(request: Request) -> ServerSettings:
    cfg: ServerSettings = request.app.state.settings
    return cfg


def get_hub(request: Request) -> FeedHub:
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
    now = utcnow()
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


def require_roles(*roles: Role) -> Callable[[CurrentSession], CurrentSession]:
    """A dependency that lets only ``roles`` through (admins always)."""
    allowed = frozenset(roles) | {Role.ADMIN}

    def check(current: SessionDep) -> CurrentSession:
        if current.actor.role not in allowed:
            raise forbidden()
        return current

    return check


ALL_STAFF = tuple(Role)
DISPATCH_ROLES = (Role.DISPATCHER, Role.SUPERVISOR)
