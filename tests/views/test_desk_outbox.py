"""At login the desk opens the user's outbox before the window: a damaged one is salvaged and
the window says what was recovered; the mirror is the server database's, not the port's."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from app.client.api import UserInfo
from app.client.outbox import Outbox, outbox_path
from app.views import app as desk
from app.views.login_dialog import LoginResult
from app.views.settings import open_settings
from tests.client.live_server import closed_port

pytestmark = pytest.mark.gui


def test_login_salvages_a_damaged_outbox_and_the_window_says_so(
    qapp: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    box = Outbox(outbox_path(tmp_path, "dispatcher"))
    box.enqueue(
        "/api/v1/orders/1/cancel", {"reason": "客户取消"}, if_match=1, entity="order",
        entity_id=1, label="取消订单 SM20261127-000001",
    )  # fmt: skip
    box.close()
    path = outbox_path(tmp_path, "dispatcher")
    path.write_bytes(b"garbage" * 1000)  # the disk lost it

    url = f"http://127.0.0.1:{closed_port()}"  # the server is down as well
    controller = desk.DeskController(
        qapp, server_url=url, embedded=True, data_dir=tmp_path, settings=open_settings(tmp_path)
    )
    controller._backend.server_ids[url] = "ep1"
    user = UserInfo(id=7, username="dispatcher", display_name="张调度", role="dispatcher")
    controller._open(LoginResult(url, "token", user, False))
    try:
        window = controller._window
        assert window is not None
        [text] = window.notices.lines()
        assert "damaged" in text
        assert "0" in text  # nothing could be read back: the user is told to check
        assert list(tmp_path.glob("outbox/*.damaged-*"))  # kept for support
        assert controller._user == ("ep1", "dispatcher")
        # Commands can be stored at once in the new file, whatever the worker is doing.
        assert window.ctx.link.enqueue_command(
            {"path": "/api/v1/orders/2/cancel", "entity": "order", "entity_id": 2,
             "label": "取消订单 SM20261127-000002", "if_match": 1}
        )  # fmt: skip
        assert "1" in window.outbox.text()
    finally:
        if controller._window is not None:
            controller._window._leaving = True
        controller._close_session()
    assert desk.cache_path(tmp_path, "ep1", "dispatcher").exists()
