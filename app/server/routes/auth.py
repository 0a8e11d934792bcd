"""POST /auth/login, POST /auth/logout, GET /auth/me."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app.models.enums import Role
from app.schemas.auth import LoginRequest, LoginResponse
from app.schemas.users import UserPublic
from app.server import clock
from app.server.deps import DbDep, SettingsDep, client_address
from app.server.errors import ApiError
from app.server.guards import Staff
from app.server.services import auth as auth_service

router = APIRouter(prefix="/auth", tags=["auth"])


@router.post("/login", response_model=LoginResponse)
def login(body: LoginRequest, request: Request, db: DbDep, cfg: SettingsDep) -> LoginResponse:
    """Three short steps, so that a slow password check never holds a write transaction and
    parallel guesses are counted before any of them is checked."""
    now = clock.now()
    username = body.username.strip()
    address = client_address(request)
    with db.write() as s:
        attempt = auth_service.count_attempt(s, username, address, now, cfg)
    if isinstance(attempt, ApiError):
        raise attempt  # 429 / 423, after the commit so that the refusal is counted
    with db.read() as s:
        who = auth_service.candidate(s, username)
    try:
        ok = auth_service.password_ok(who, body.password, request.app.state.password_gate)
    except ApiError:
        with db.write() as s:  # turned away before the check: not a failed guess
            auth_service.undo_attempt(s, attempt, now, proved=False)
        raise
    with db.write() as s:
        result = auth_service.finish_login(s, who, ok, username, address, now, cfg, attempt)
        if not isinstance(result, ApiError):
            user = result.user
            response = LoginResponse(
                access_token=result.token,
                expires_at=result.expires_at,
                user=UserPublic(
                    id=user.id,
                    username=user.username,
                    display_name=user.display_name,
                    role=Role(user.role),
                ),
            )
    if isinstance(result, ApiError):
        raise result  # after the commit, so that the failure is audited
    return response


@router.post("/logout", status_code=204)
def logout(current: Staff, db: DbDep, request: Request) -> None:
    with db.write() as s:
        auth_service.logout(s, current.token, current.actor, clock.now())
    request.app.state.session_cache.evict(current.token)


@router.get("/me", response_model=UserPublic)
def me(current: Staff) -> UserPublic:
    a = current.actor
    assert a.user_id is not None
    return UserPublic(
        id=a.user_id, username=a.username, display_name=current.display_name, role=a.role
    )
