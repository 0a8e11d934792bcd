"""GET /health and GET /version: what a client checks before it logs in."""

from __future__ import annotations

from fastapi import APIRouter, Request

from app import API_VERSION, __version__
from app.schemas.meta import Health, VersionInfo

router = APIRouter(tags=["meta"])


@router.get("/version", response_model=VersionInfo)
def version(request: Request) -> VersionInfo:
    return VersionInfo(
        server_version=__version__,
        api_version=API_VERSION,
        min_client_api=API_VERSION,
        database="sqlite" if request.app.state.db.is_sqlite else "postgresql",
        feed_epoch=request.app.state.epoch,
    )


@router.get("/health", response_model=Health)
def health() -> Health:
    return Health(status="ok")
