"""Request-body size limits, enforced before a body is read (413).

A route declares a larger limit with :func:`body_limit`; every other route gets the default.
The limit is checked twice: against ``Content-Length`` before the application runs at all, and
against the bytes that actually arrive (a chunked body has no length; a lying client sends
more than it said).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Any, TypeVar

from fastapi.routing import iter_route_contexts
from starlette.exceptions import HTTPException
from starlette.routing import compile_path
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.server.errors import ApiError

F = TypeVar("F", bound=Callable[..., Any])
_ATTRIBUTE = "__shangmen_body_limit__"


def body_limit(max_bytes: int) -> Callable[[F], F]:
    """Declare this route's body limit (e.g. 10 MB for certification documents)."""

    def mark(endpoint: F) -> F:
        setattr(endpoint, _ATTRIBUTE, max_bytes)
        return endpoint

    return mark


class BodyTooLarge(HTTPException):
    """Raised from ``receive`` once a body passes its limit. An HTTPException, so that
    FastAPI's body parsing passes it on (it turns other errors into 400)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"body over {limit} bytes")
        self.limit = limit


def too_large(limit: int) -> ApiError:
    return ApiError(
        413,
        "body_too_large",
        f"请求内容过大（上限 {limit} 字节）。",
        f"The request body is too large (limit {limit} bytes).",
        details={"limit": limit},
    )


class BodyLimit:
    """ASGI middleware: refuse bodies over the route's limit with 413."""

    def __init__(self, app: ASGIApp, default: int, router: Any = None) -> None:
        self.app = app
        self.default = default
        self._routes = getattr(router if router is not None else app, "routes", ())
        self._special: list[tuple[frozenset[str], re.Pattern[str], int]] | None = None

    def _declared(self) -> list[tuple[frozenset[str], re.Pattern[str], int]]:
        """(methods, full-path pattern, limit) of every route that declares a limit. FastAPI
        keeps included routers as entries of their own, so the routes are walked with their
        full paths (prefixes included) rather than matched one level deep."""
        if self._special is None:
            special = []
            for context in iter_route_contexts(list(self._routes)):
                route = context.original_route
                limit = getattr(getattr(route, "endpoint", None), _ATTRIBUTE, None)
                if limit is not None and context.path:
                    pattern, _, _ = compile_path(context.path)
                    methods = frozenset(getattr(route, "methods", None) or ())
                    special.append((methods, pattern, int(limit)))
            self._special = special
        return self._special

    def _limit_for(self, scope: Scope) -> int:
        for methods, pattern, limit in self._declared():
            if scope["method"] in methods and pattern.match(scope["path"]):
                return limit
        return self.default

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            limit = self._limit_for(scope)
            if not length.isdigit() or int(length) > limit:
                await _send_error(send, too_large(limit))
                return
        # Without a length (chunked, HTTP/2) or with a false one: count what arrives. The
        # route's limit is looked up only once a body does arrive (the feed's GETs have none).
        seen = 0
        started = False
        known: list[int] = []

        async def counting_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request" and message.get("body"):
                seen += len(message["body"])
                if not known:
                    known.append(self._limit_for(scope))
                if seen > known[0]:
                    raise BodyTooLarge(known[0])
            return message

        async def watching_send(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counting_receive, watching_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await _send_error(send, too_large(exc.limit))


async def _send_error(send: Send, error: ApiError) -> None:
    body = json.dumps(error.body(), ensure_ascii=False).encode()
    await send(
        {
            "type": "http.response.start",
            "status": error.status,
            "headers": [
                (b"content-type", b"application/json"),
                (b"content-length", str(len(body)).encode()),
                (b"connection", b"close"),
            ],
        }
    )
    await send({"type": "http.response.body", "body": body})
