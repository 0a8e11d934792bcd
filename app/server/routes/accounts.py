"""Account administration (管理员): administrators only; every change audited.

Commands on an existing account carry ``If-Match`` with its version (stale: 412); creating
one and resetting a password answer a one-time password, shown once.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends
from fastapi.responses import JSONResponse

from app.rules.access import ACCOUNT_ADMINS
from app.schemas.users import (
    AccountCreate,
    AccountEdit,
    AccountReason,
    AccountRecord,
    AccountsPage,
    OneTimePassword,
    SessionsEnded,
    SessionsPage,
)
from app.server import clock
from app.server.deps import CurrentSession, DbDep
from app.server.guards import RoleCheck
from app.server.routes.commands import Command, command
from app.server.routes.params import PathId
from app.server.services import accounts as svc

router = APIRouter(tags=["accounts"])
Admin = Annotated[CurrentSession, Depends(RoleCheck(ACCOUNT_ADMINS))]
AdminCommand = Annotated[Command, Depends(command(ACCOUNT_ADMINS))]


@router.get("/accounts", response_model=AccountsPage)
def list_accounts(_: Admin, db: DbDep) -> dict[str, Any]:
    """Every account, disabled ones too, with its last login and open sessions."""
    with db.read() as s:
        data = svc.list_accounts(s, clock.now())
    return {"data": data, "count": len(data)}


@router.post("/accounts", response_model=OneTimePassword, status_code=201)
def create_account(body: AccountCreate, cmd: AdminCommand) -> JSONResponse:
    """A new account with a one-time password that must be changed at first login."""
    return cmd.run(
        body,
        lambda s, now: svc.create(s, cmd.actor, now, body.username, body.display_name, body.role),
        status=201,
    )


@router.post("/accounts/{user_id}/edit", response_model=AccountRecord)
def edit_account(user_id: PathId, body: AccountEdit, cmd: AdminCommand) -> JSONResponse:
    """Change the display name or the role (never leaving no enabled administrator)."""
    return cmd.run_versioned(
        body,
        lambda s, now, v: svc.edit(s, cmd.actor, now, user_id, v, body.display_name, body.role),
    )


@router.post("/accounts/{user_id}/disable", response_model=AccountRecord)
def disable_account(user_id: PathId, body: AccountReason, cmd: AdminCommand) -> JSONResponse:
    """Disable an account and end its sessions (not one's own, not the last administrator)."""
    return cmd.run_versioned(
        body, lambda s, now, v: svc.disable(s, cmd.actor, now, user_id, v, body.reason)
    )


@router.post("/accounts/{user_id}/enable", response_model=AccountRecord)
def enable_account(user_id: PathId, body: AccountReason, cmd: AdminCommand) -> JSONResponse:
    return cmd.run_versioned(
        body, lambda s, now, v: svc.enable(s, cmd.actor, now, user_id, v, body.reason)
    )


@router.post("/accounts/{user_id}/reset-password", response_model=OneTimePassword)
def reset_password(user_id: PathId, body: AccountReason, cmd: AdminCommand) -> JSONResponse:
    """A new one-time password; the account's sessions end."""
    return cmd.run_versioned(
        body, lambda s, now, v: svc.reset_password(s, cmd.actor, now, user_id, v, body.reason)
    )


@router.post("/accounts/{user_id}/reset-totp", response_model=AccountRecord)
def reset_totp(user_id: PathId, body: AccountReason, cmd: AdminCommand) -> JSONResponse:
    """Forget the account's second factor (a lost phone); it enrols again at next login."""
    return cmd.run_versioned(
        body, lambda s, now, v: svc.reset_totp(s, cmd.actor, now, user_id, v, body.reason)
    )


@router.get("/accounts/{user_id}/sessions", response_model=SessionsPage)
def list_sessions(user_id: PathId, _: Admin, db: DbDep) -> dict[str, Any]:
    with db.read() as s:
        data = svc.sessions(s, user_id, clock.now())
    return {"data": data, "count": len(data)}


@router.post("/accounts/{user_id}/sessions/end", response_model=SessionsEnded)
def end_sessions(user_id: PathId, body: AccountReason, cmd: AdminCommand) -> JSONResponse:
    """End every open session of the account (it must log in again)."""
    return cmd.run(body, lambda s, now: {"ended": svc.end_all_sessions(s, cmd.actor, now, user_id)})
