"""The server's own HTTP errors take their Chinese from the one catalogue (the zh_CN .ts)."""

from __future__ import annotations

import json

import pytest
from starlette.exceptions import HTTPException

from app.server.app import _http_error_handler


@pytest.mark.parametrize(
    ("status", "detail", "zh", "en"),
    [
        (400, "bad json", "请求格式有误，无法解析。", "bad json"),
        (404, "Not Found", "找不到该地址。", "Not found."),
        (405, "Method Not Allowed", "不支持该请求方法。", "Method not allowed."),
        (418, "teapot", "请求失败。", "teapot"),
    ],
)
def test_http_errors_in_both_languages(status: int, detail: str, zh: str, en: str) -> None:
    response = _http_error_handler(None, HTTPException(status, detail))  # type: ignore[arg-type]
    error = json.loads(bytes(response.body))["error"]
    assert response.status_code == status
    assert (error["code"], error["message"], error["message_en"]) == (f"http_{status}", zh, en)
