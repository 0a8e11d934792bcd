"""The FastAPI application factory."""

from __future__ import annotations

import logging
import traceback
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.openapi.utils import get_openapi
from fastapi.responses import HTMLResponse, JSONResponse
from sqlalchemy.exc import DataError, StatementError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.staticfiles import StaticFiles
from uvicorn.middleware.proxy_headers import ProxyHeadersMiddleware

from app import __version__
from app.i18n.catalogue import say
from app.models.tables.base import NaiveDatetimeError
from app.rules.text import QT_TRANSLATE_NOOP
from app.schemas.common import ErrorEnvelope
from app.server.body_limit import BodyLimit, BodyTooLarge, too_large
from app.server.data_keys import load_keys
from app.server.db import Database
from app.server.deps import SessionCache
from app.server.errors import ApiError
from app.server.feed import FeedHub
from app.server.guards import GuardedRoute
from app.server.headers import SecurityHeaders
from app.server.housekeeping import Housekeeper
from app.server.housekeeping import run_once as run_housekeeping
from app.server.leader import Leadership
from app.server.routes import (
    accounts,
    audit,
    auth,
    certifications,
    changes,
    complaints,
    dispatch,
    entities,
    kpis,
    meta,
    orders,
    pii,
    reports,
    snapshot,
    training,
)
from app.server.schema import prepare_database
from app.server.security import PasswordGate
from app.server.services.escalation import escalate_overdue
from app.server.services.reports import run_due as make_due_reports
from app.server.settings import ServerSettings

log = logging.getLogger(__name__)
PREFIX = "/api/v1"
# Every route may answer with the one error envelope; stated once for /openapi.json.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorEnvelope, "description": what}
    for status, what in (
        (400, "malformed request"),
        (401, "not logged in"),
        (403, "the role may not do this"),
        (404, "not found"),
        (409, "refused by a rule or a conflict"),
        (412, "stale If-Match"),
        (413, "request body too large"),
        (422, "invalid input"),
        (423, "locked out for a while (too many failed logins)"),
        (428, "If-Match required"),
        (429, "too many attempts; see Retry-After"),
    )
}


# What the desk's users read for the problems a client is most likely to meet; the custom
# types come from the validators in app/schemas (common, orders, dispatch).
PROBLEM_ZH = {
    "missing": "必填",
    "extra_forbidden": "不允许的字段",
    "timezone_aware": "须带时区，如 +08:00 或 Z",
    "datetime_out_of_range": "日期须在 2000 至 2099 年之间",
    "datetime_parsing": "不是有效的时间",
    "datetime_type": "不是有效的时间",
    "control_characters": "含有不允许的控制字符",
    "unknown_district": "不是北京的区代码",
    "dispatch_by_after_start": "派单截止时间不能晚于预约开始时间",
    "window_order": "结束时间须晚于开始时间",
    "window_too_long": "时间窗最长 2 天",
    "less_than_equal": "数值过大",
    "less_than": "数值过大",
    "greater_than_equal": "数值过小",
    "greater_than": "数值过小",
    "int_parsing": "须为整数",
    "int_parsing_size": "数值过大",
    "int_type": "须为整数",
    "int_from_float": "须为整数",
    "float_parsing": "须为数字",
    "bool_parsing": "须为 true 或 false",
    "string_too_long": "过长",
    "too_long": "过长",
    "string_too_short": "过短",
    "too_short": "过短",
    "enum": "取值无效",
    "literal_error": "取值无效",
    "json_invalid": "不是有效的 JSON",
}


def _validation_handler(_: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    problems = []
    for err in exc.errors():
        loc = ".".join(
            str(p) for p in err.get("loc", ()) if p not in ("body", "query", "path", "header")
        )
        problems.append({"field": loc, "problem": err.get("msg", ""), "type": err.get("type", "")})
    fields = "、".join(
        p["field"] + (f"（{PROBLEM_ZH[p['type']]}）" if p["type"] in PROBLEM_ZH else "")
        for p in problems
        if p["field"]
    )
    fields = fields or "请求"
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
    if isinstance(exc, BodyTooLarge):
        return JSONResponse(too_large(exc.limit).body(), status_code=413)
    messages = {
        400: QT_TRANSLATE_NOOP("ServerErrors", "The request could not be parsed."),
        404: QT_TRANSLATE_NOOP("ServerErrors", "Not found."),
        405: QT_TRANSLATE_NOOP("ServerErrors", "Method not allowed."),
    }
    source = messages.get(exc.status_code, QT_TRANSLATE_NOOP("ServerErrors", "The request failed."))
    zh = say("ServerErrors", source, "zh")
    en = source if exc.status_code in (404, 405) else str(exc.detail)  # 400 and others: the detail
    err = ApiError(exc.status_code, f"http_{exc.status_code}", zh, en)
    return JSONResponse(err.body(), status_code=exc.status_code, headers=exc.headers or {})


def _origin(exc: BaseException) -> str:
    """Where in app/ the exception came from, for the log (its text may hold personal data)."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "/app/" in f.filename]
    return f"{frames[-1].filename}:{frames[-1].lineno}" if frames else "?"


def _bad_value(request: Request, exc: BaseException, zh: str, en: str) -> JSONResponse:
    # A 422 that a schema should have given: logged so that the schema gets fixed.
    cause = exc.orig if isinstance(exc, StatementError) else exc
    log.warning(
        "bad value slipped past validation: %s %s -> %s (%s) at %s",
        request.method,
        request.url.path,
        type(cause).__name__,
        str(cause).splitlines()[0] if str(cause) else "",
        _origin(exc),
    )
    err = ApiError(422, "bad_value", zh, en)
    return JSONResponse(err.body(), status_code=422)


def _overflow_handler(request: Request, exc: Exception) -> JSONResponse:
    return _bad_value(
        request,
        exc,
        "请求中的数值或日期超出允许范围。",
        "A number or date in the request is out of range.",
    )


def _naive_datetime_handler(request: Request, exc: Exception) -> JSONResponse:
    return _bad_value(
        request,
        exc,
        "请求中的时间缺少时区，请带上时区（如 +08:00）。",
        "A time in the request has no timezone; give one (such as +08:00).",
    )


def _statement_error_handler(request: Request, exc: Exception) -> JSONResponse:
    """SQLAlchemy errors: a value the database refused (PostgreSQL: "integer out of range",
    NUL in text) or that a column type refused is the client's; anything else is ours."""
    assert isinstance(exc, StatementError)
    if isinstance(exc.orig, NaiveDatetimeError):
        return _naive_datetime_handler(request, exc)
    if isinstance(exc, DataError) or isinstance(exc.orig, OverflowError):
        return _bad_value(
            request,
            exc,
            "请求中的数值或文字超出允许范围，或含有不允许的字符。",
            "A value in the request is out of range or contains characters that are not allowed.",
        )
    return _internal_error_handler(request, exc)


def _internal_error_handler(_: Request, exc: Exception) -> JSONResponse:
    log.exception("unhandled error", exc_info=exc)
    err = ApiError(
        500,
        "internal_error",
        "服务器内部错误，请稍后重试。",
        "Internal server error; please retry later.",
    )
    return JSONResponse(err.body(), status_code=500)


class RedactQuery(logging.Filter):
    """Access-log lines without query strings: a hotline lookup carries a phone number."""

    def filter(self, record: logging.LogRecord) -> bool:
        args = record.args
        if isinstance(args, tuple) and len(args) >= 3 and isinstance(args[2], str):
            record.args = (*args[:2], args[2].split("?", 1)[0], *args[3:])
        return True


_ACCESS_LOG = logging.getLogger("uvicorn.access")


def create_app(settings: ServerSettings | None = None) -> FastAPI:
    cfg = settings or ServerSettings()
    if not any(isinstance(f, RedactQuery) for f in _ACCESS_LOG.filters):
        _ACCESS_LOG.addFilter(RedactQuery())  # here, so that every worker process has it

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        url = cfg.resolved_database_url()
        keys = load_keys(
            url, data_key=cfg.data_key, data_key_file=cfg.data_key_file, data_dir=cfg.data_dir
        )
        db = Database(url, keys.keys)
        app.state.db = db
        app.state.settings = cfg
        app.state.epoch = prepare_database(db, cfg, datetime.now(UTC))
        hub = FeedHub(db, poll_seconds=cfg.feed_poll_seconds, tail_size=cfg.feed_tail_size)
        app.state.hub = hub
        app.state.session_cache = SessionCache()
        app.state.password_gate = PasswordGate(cfg.password_checks, cfg.password_check_wait_seconds)
        await hub.start()
        simulator: Any = None
        housekeeper: Housekeeper | None = None
        escalator: Housekeeper | None = None
        reporter: Housekeeper | None = None
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
            escalator = Housekeeper(
                lambda: {"escalated": escalate_overdue(db, datetime.now(UTC))},
                cfg.escalation_seconds,
            )
            escalator.start()
            # A demo's at start too: a supervisor opening the dashboard of a fresh demo finds
            # yesterday's 日报 kept (its past days are seeded), not five minutes later.
            reporter = Housekeeper(
                lambda: make_due_reports(db, datetime.now(UTC)),
                cfg.report_check_seconds,
                at_start=cfg.demo,
            )
            reporter.start()
            if cfg.simulate > 0:
                from app.server.demo.simulator import Simulator

                simulator = Simulator(db, rate=cfg.simulate, seed=cfg.demo_seed, on_commit=hub.kick)
                simulator.start()
        try:
            yield
        finally:
            if simulator is not None:
                simulator.stop()
            for job in (housekeeper, escalator, reporter):
                if job is not None:
                    job.stop()
            leader.release()
            await hub.stop()
            db.dispose()

    app = FastAPI(
        title="Shangmen Desk API (上门服务运营台)",
        version=__version__,
        lifespan=lifespan,
        openapi_url=f"{PREFIX}/openapi.json",
        docs_url=None,  # see _add_docs: off by default, and never from a CDN
        redoc_url=None,
    )
    app.router.routes.append(
        GuardedRoute(PREFIX + changes.PATH, changes.changes, changes.ROLES, methods=["GET"])
    )
    app.router.routes.append(
        GuardedRoute(PREFIX + snapshot.PATH, snapshot.snapshot, snapshot.ROLES, methods=["GET"])
    )
    for router in (
        auth.router,
        dispatch.router,
        orders.router,
        pii.router,
        audit.router,
        accounts.router,
        complaints.router,
        certifications.router,
        training.router,
        reports.router,
        kpis.router,
        entities.router,
        meta.router,
    ):
        app.include_router(router, prefix=PREFIX, responses=ERROR_RESPONSES)

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
            schema["paths"][PREFIX + snapshot.PATH] = snapshot.OPENAPI
            components = schema.setdefault("components", {})
            components.setdefault("schemas", {}).update(changes.SCHEMAS)
            components["securitySchemes"] = {"bearer": {"type": "http", "scheme": "bearer"}}
            _document_headers(schema)
            for path in (changes.PATH, snapshot.PATH):
                schema["paths"][PREFIX + path]["get"]["security"] = [{"bearer": []}]
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]

    @app.get("/openapi.json", include_in_schema=False)
    def openapi_root() -> dict[str, Any]:
        return app.openapi()

    if cfg.api_docs_dir is not None:
        _add_docs(app, cfg.api_docs_dir)
    app.add_middleware(BodyLimit, default=cfg.max_body_bytes, router=app.router)
    app.add_middleware(SecurityHeaders)
    if cfg.forwarded_allow_ips.strip():
        app.add_middleware(ProxyHeadersMiddleware, trusted_hosts=cfg.forwarded_allow_ips)
    app.add_exception_handler(ApiError, _api_error_handler)
    app.add_exception_handler(RequestValidationError, _validation_handler)
    app.add_exception_handler(StarletteHTTPException, _http_error_handler)
    app.add_exception_handler(OverflowError, _overflow_handler)
    app.add_exception_handler(NaiveDatetimeError, _naive_datetime_handler)
    app.add_exception_handler(StatementError, _statement_error_handler)
    app.add_exception_handler(Exception, _internal_error_handler)
    return app


IF_MATCH_TEXT = (
    "The version the client last saw (the ETag of the entity). Required on commands that "
    "change an existing entity: 428 without it, 412 when the entity changed since."
)
IDEMPOTENCY_TEXT = "Any unique text; a retry with the same key returns the first answer."


def _document_headers(schema: dict[str, Any]) -> None:
    """Tools read the bearer token from ``security``, not from an ``Authorization`` header
    parameter; the command headers say what they are for."""
    for path_item in schema["paths"].values():
        for op in path_item.values():
            params = op.get("parameters", [])
            if any(p.get("in") == "header" and p["name"].lower() == "authorization"
                   for p in params):  # fmt: skip
                op["security"] = [{"bearer": []}]
                params = [p for p in params if p["name"].lower() != "authorization"]
            else:
                op["security"] = []  # public: login steps, health, version
            for p in params:
                if p.get("in") == "header" and p["name"] == "If-Match":
                    p["description"] = IF_MATCH_TEXT
                elif p.get("in") == "header" and p["name"] == "Idempotency-Key":
                    p["description"] = IDEMPOTENCY_TEXT
            if params:
                op["parameters"] = params
            else:
                op.pop("parameters", None)


def _add_docs(app: FastAPI, assets: Path) -> None:
    """Swagger UI with its script and style from ``assets`` (no CDN, no favicon from afar)."""
    app.mount(f"{PREFIX}/docs/static", StaticFiles(directory=assets), name="docs-static")

    @app.get(f"{PREFIX}/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=f"{PREFIX}/openapi.json",
            title=f"{app.title} - docs",
            swagger_js_url=f"{PREFIX}/docs/static/swagger-ui-bundle.js",
            swagger_css_url=f"{PREFIX}/docs/static/swagger-ui.css",
            swagger_favicon_url=f"{PREFIX}/docs/static/favicon.png",
        )


def app_from_env() -> FastAPI:
    """Entry point for ``uvicorn --factory`` (several workers read settings from the env)."""
    return create_app(ServerSettings())
