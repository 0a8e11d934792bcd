"""The FastAPI application factory."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.utils import get_openapi
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Route

from app import __version__
from app.server.db import Database
from app.server.deps import SessionCache
from app.server.errors import ApiError
from app.server.feed import FeedHub
from app.server.housekeeping import Housekeeper
from app.server.housekeeping import run_once as run_housekeeping
from app.server.leader import Leadership
from app.server.routes import (
    audit,
    auth,
    changes,
    complaints,
    dispatch,
    entities,
    meta,
    orders,
    pii,
)
from app.server.schema import prepare_database
from app.server.settings import ServerSettings

log = logging.getLogger(__name__)
PREFIX = "/api/v1"


def _validation_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        loc = ".".join(str(p) for p in err.get("loc", ()) if p not in ("body", "query"))
        problems.append({"field": loc, "problem": err.get("msg", "")})
    fields = "、".join(p["field"] for p in problems if p["field"]) or "请求"
    body = ApiError(
        422,
        "validation_error",
        f"请求内容有误：{fields}。",
        "The request is not valid: " + "; ".join(f"{p['field']}: {p['problem']}" for p in problems),
        details={"problems": problems},
    ).body()
    return JSONResponse(body, status_code=422)


def _api_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers)


def _http_error_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    messages = {
        404: ("找不到该地址。", "Not found."),
        405: ("不支持该请求方法。", "Method not allowed."),
    }
    zh, en = messages.get(exc.status_code, ("请求失败。", str(exc.detail)))
    err = ApiError(exc.status_code, f"http_{exc.status_code}", zh, en)
    return JSONResponse(err.body(), status_code=exc.status_code, headers=exc.headers or {})


def _internal_error_handler(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    err = ApiError(
        500,
        "internal_error",
        "服务器内部错误，请稍后重试。",
        "Internal server error; please retry later.",
    )
    return JSONResponse(err.body(), status_code=500)


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    cfg = settings or ServerSettings()

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        db = Database(cfg.resolved_database_url())
        app.state.db = db
        app.state.settings = cfg
        app.state.epoch = prepare_database(db, cfg, datetime.now(UTC))
        hub = FeedHub(db, poll_seconds=cfg.feed_poll_seconds, tail_size=cfg.feed_tail_size)
        app.state.hub = hub
        app.state.session_cache = SessionCache()
        await hub.start()
        simulator: Any = None
        housekeeper: Housekeeper | None = None
        leader = Leadership(db, cfg)
        if leader.try_acquire():  # the singleton jobs run in one process only
            housekeeper = Housekeeper(
                lambda: run_housekeeping(
                    db,
                    datetime.now(UTC),
                    compact_after=timedelta(hours=cfg.compact_after_hours),
                    idle=timedelta(minutes=cfg.session_idle_minutes),
                    idempotency_hours=cfg.idempotency_hours,
                ),
                cfg.housekeeping_seconds,
            )
            housekeeper.start()
            if cfg.simulate > 0:
                from app.server.demo.simulator import Simulator

                simulator = Simulator(db, rate=cfg.simulate, seed=cfg.demo_seed, on_commit=hub.kick)
                simulator.start()
        try:
            yield
        finally:
            if simulator is not None:
                simulator.stop()
            if housekeeper is not None:
                housekeeper.stop()
            leader.release()
            await hub.stop()
            db.dispose()

    app = FastAPI(
        title="Shangmen Desk API (上门服务运营台)",
        version=__version__,
        lifespan=lifespan,
        openapi_url=f"{PREFIX}/openapi.json",
        docs_url=f"{PREFIX}/docs",
        redoc_url=None,
    )
    app.router.routes.append(Route(PREFIX + changes.PATH, changes.changes, methods=["GET"]))
    for router in (
        auth.router,
        dispatch.router,
        orders.router,
        pii.router,
        audit.router,
        complaints.router,
        entities.router,
        meta.router,
    ):
        app.include_router(router, prefix=PREFIX)

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(
                title=app.title,
                version=app.version,
                routes=app.routes,
                description="上门服务运营台 REST API. Errors are "
                '`{"error": {"code", "message", "message_en", "details"}}`.',
            )
            schema["paths"][PREFIX + changes.PATH] = changes.OPENAPI
            schema.setdefault("components", {})["securitySchemes"] = {
                "bearer": {"type": "http", "scheme": "bearer"}
            }
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_root() -> dict[str, Any]:
        return app.openapi()

    app.add_exception_handler(ApiError, _api_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_exception_handler(Exception, _internal_error_handler)
    return app


def app_from_env() -> FastAPI:
    """Entry point for ``uvicorn --factory`` (several workers read settings from the env)."""
    return create_app(ServerSettings())
