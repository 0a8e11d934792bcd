"""Chinese for the server's own error messages (the API's ``message``; ``message_en`` is the source)."""

from __future__ import annotations

ZH: dict[str, str] = {}

ZH_IN_CONTEXT: dict[tuple[str, str], str] = {
    ("ServerErrors", "The request could not be parsed."): "请求格式有误，无法解析。",
    ("ServerErrors", "Not found."): "找不到该地址。",
    ("ServerErrors", "Method not allowed."): "不支持该请求方法。",
    ("ServerErrors", "The request failed."): "请求失败。",
}

