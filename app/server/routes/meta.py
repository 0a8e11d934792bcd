"""GET /health and GET /version: what a client checks before it logs in."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel

from app import API_VERSION, __version__

router = APIRouter(tags=["meta"])


class VersionInfo(BaseModel):
    server_version: str
    api_version: int
    min_client_api: int
    database: str
    feed_epoch: str


@router.get("/version", response_model=VersionInfo)
def version(request: Request) -> VersionInfo:
    return VersionInfo(
        server_version=__version__,
        api_version=API_VERSION,
        min_client_api=API_VERSION,
        database="sqlite" if request.app.state.db.is_sqlite else "postgresql",
        feed_epoch=request.app.state.epoch,
    )


@router.get("/health")
def health() -> dict[str, str]:
    return {"status": "ok"}
