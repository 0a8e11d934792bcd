"""Background operations: work off the UI thread, answers on it, dropped for a deleted owner."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from PySide6.QtCore import QObject

from app.views.background import call

pytestmark = pytest.mark.gui


def test_success_arrives_on_the_ui_thread(qtbot: Any) -> None:
    ui_thread = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["worker"] = threading.get_ident()
        return 42

    def success(value: int) -> None:
        seen["callback"] = threading.get_ident()
        seen["value"] = value

    relay = call(work, success)
    qtbot.waitSignal(relay.finished, timeout=5000).wait()  # type: ignore[attr-defined]

    assert seen["value"] == 42
    assert seen["callback"] == ui_thread
    assert seen["worker"] != ui_thread


def test_failure_is_handed_to_the_failure_callback(qtbot: Any) -> None:
    errors: list[Exception] = []

    def work() -> None:
        raise ValueError("boom")

    relay = call(work, lambda _: None, errors.append)
    qtbot.waitSignal(relay.finished, timeout=5000).wait()  # type: ignore[attr-defined]

    assert [str(e) for e in errors] == ["boom"]


def test_answer_for_a_deleted_owner_is_dropped(qtbot: Any) -> None:
    gate = threading.Event()
    called: list[object] = []
    owner = QObject()
    relay = call(gate.wait, called.append, owner=owner)

    with qtbot.waitSignal(owner.destroyed, timeout=5000):
        owner.deleteLater()
    with qtbot.waitSignal(relay.finished, timeout=5000):  # type: ignore[attr-defined]
        gate.set()

    assert called == []
