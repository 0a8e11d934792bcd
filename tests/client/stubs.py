"""A stub HTTP session that answers synchronously from a script (qutebrowser style)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import requests


def response(
    status: int = 200,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    raw: bytes | None = None,
) -> requests.Response:
    r = requests.Response()
    r.status_code = status
    if raw is not None:
        r._content = raw
    else:
        r._content = json.dumps(body, ensure_ascii=False).encode() if body is not None else b""
    r.headers.update(headers or {})
    r.encoding = "utf-8"
    return r


def error(status: int, code: str, details: dict[str, Any] | None = None, **kw: Any) -> Any:
    err = {"code": code, "message": f"中文 {code}", "message_en": f"en {code}"}
    return response(status, {"error": {**err, "details": details or {}}}, **kw)


@dataclass
class Call:
    method: str
    url: str
    kwargs: dict[str, Any]


class StubSession(requests.Session):
    """Answers each request with the next scripted response, or raises the next exception."""

    def __init__(self, *script: requests.Response | BaseException) -> None:
        super().__init__()
        self.script = list(script)
        self.calls: list[Call] = []

    def request(self, method: str | bytes, url: str | bytes, *args: Any, **kwargs: Any) -> Any:
        self.calls.append(Call(str(method), str(url), kwargs))
        if not self.script:
            raise AssertionError(f"unexpected request {method!r} {url!r}")
        item = self.script.pop(0)
        if isinstance(item, BaseException):
            raise item
        return item
