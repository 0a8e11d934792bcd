"""Users (staff accounts): who is logged in, and the staff list."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field

from app.models.enums import Role
from app.schemas.common import Body, Text


class UserPublic(BaseModel):
    id: int
    username: str
    display_name: str
    role: Role


class UserRecord(UserPublic):
    """A row of ``GET /users`` (the password hash never leaves the server)."""

    model_config = ConfigDict(extra="allow")

    version: int
    active: bool


class UsersPublic(BaseModel):
    data: list[UserRecord]
    count: int


# --- Account administration (administrators only) -------------------------------------------

UserName = Annotated[Text, Field(min_length=2, max_length=64, pattern=r"^[A-Za-z0-9_.\-]+$")]
DisplayName = Annotated[Text, Field(min_length=1, max_length=64)]


class AccountRecord(BaseModel):
    """An account as the administrator sees it (never a hash or a secret)."""

    id: int
    version: int
    username: str
    display_name: str
    role: Role
    active: bool
    must_change_password: bool
    disabled_at: datetime | None
    totp_enabled: bool
    last_login_at: datetime | None
    open_sessions: int


class AccountsPage(BaseModel):
    data: list[AccountRecord]
    count: int


class AccountCreate(Body):
    username: UserName
    display_name: DisplayName
    role: Role


class AccountEdit(Body):
    display_name: DisplayName
    role: Role


class AccountReason(Body):
    """Why: recorded in the audit log with the change."""

    reason: Annotated[Text, Field(max_length=200)] = ""


class OneTimePassword(BaseModel):
    """A password set by an administrator: shown once, changed by the user at first login."""

    account: AccountRecord
    one_time_password: str


class SessionRecord(BaseModel):
    id: str  # the first characters of the token's hash: enough to tell sessions apart
    created_at: datetime
    last_seen_at: datetime
    expires_at: datetime
    client_address: str


class SessionsPage(BaseModel):
    data: list[SessionRecord]
    count: int


class SessionsEnded(BaseModel):
    ended: int
