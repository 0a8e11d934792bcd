"""The machine-wide setting: a user's cache goes at logout, unless commands are unsent."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.client.cache import Cache
from app.client.outbox import Outbox, outbox_path
from app.views import app as desk
from app.views.settings import PURGE_CACHE_AT_LOGOUT, open_settings, read, write

SERVER = "http://127.0.0.1:8000"


def _controller(tmp_path: Path) -> desk.DeskController:
    settings = open_settings(tmp_path)
    write(settings, PURGE_CACHE_AT_LOGOUT, True)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return desk.DeskController(
        app, server_url=SERVER, embedded=False, data_dir=tmp_path, settings=settings
    )


@pytest.mark.gui
def test_logout_purges_the_cache_or_says_why_not(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: told.append(text))
    controller = _controller(tmp_path)
    assert read(open_settings(tmp_path), PURGE_CACHE_AT_LOGOUT) is True
    path = desk.cache_path(tmp_path, SERVER, "agent")
    Cache(path).close()
    controller._purge(SERVER, "agent")
    assert not path.exists()
    assert told == []

    Cache(path).close()
    box = Outbox(outbox_path(tmp_path, "agent"))
    box.enqueue("/orders/1/cancel", {}, if_match=1, entity="order", entity_id=1, label="取消订单")
    box.close()
    controller._purge(SERVER, "agent")
    assert path.exists()
    assert len(told) == 1
    assert "1" in told[0]

    controller.retiring.append(object())  # type: ignore[arg-type]  # a worker still busy
    controller._purge(SERVER, "agent")
    assert path.exists()
    assert len(told) == 2
