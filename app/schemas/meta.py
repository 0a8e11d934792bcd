"""What a client checks before it logs in."""

from __future__ import annotations

from pydantic import BaseModel


class VersionInfo(BaseModel):
    server_version: str
    api_version: int
    min_client_api: int
    database: str
    feed_epoch: str


class Health(BaseModel):
    status: str
