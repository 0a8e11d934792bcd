"""The API channel runs calls off the UI thread and answers on it."""

from __future__ import annotations

import threading
from typing import Any

from pytestqt.qtbot import QtBot

from app.client.errors import Unreachable
from app.views.api_channel import ApiChannel


class FakeApi:
    def __init__(self) -> None:
        self.threads: list[int] = []

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.threads.append(threading.get_ident())
        return {"path": path, "params": params}

    def close(self) -> None:
        pass


def test_answers_arrive_in_order_from_another_thread(qtbot: QtBot) -> None:
    api = FakeApi()
    channel = ApiChannel(lambda: api)  # type: ignore[arg-type, return-value]
    got: list[tuple[str, Any]] = []
    channel.answered.connect(lambda tag, result: got.append((tag, result)))
    channel.get("a", "/x", {"q": 1})
    channel.call("b", lambda a: a.get("/y"))
    qtbot.waitUntil(lambda: len(got) == 2)
    assert got == [("a", {"path": "/x", "params": {"q": 1}}), ("b", {"path": "/y", "params": None})]
    assert threading.get_ident() not in api.threads
    assert channel.stop()


def test_client_errors_are_reported_not_raised(qtbot: QtBot) -> None:
    channel = ApiChannel(lambda: FakeApi())  # type: ignore[arg-type, return-value]

    def offline(_api: Any) -> None:
        raise Unreachable("unreachable", "无法连接服务器", "Cannot reach the server")

    with qtbot.waitSignal(channel.failed) as blocker:
        channel.call("c", offline)
    tag, error = blocker.args
    assert tag == "c"
    assert isinstance(error, Unreachable)
    assert channel.stop()
