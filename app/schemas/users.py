"""Users (staff accounts): who is logged in, and the staff list."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from app.models.enums import Role


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
