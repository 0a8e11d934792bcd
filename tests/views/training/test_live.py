"""A trainer's session from the start to signed results, against a real demo server.

The page runs as in the app: a real Backend for reads, a real SyncLink (worker thread, cache,
Outbox, change feed) for commands, logged in as the demo trainer. Everything goes through
the Outbox and comes back through the feed: the start, the attendance, one draft per
trainee typed from the keyboard, the sign-off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client.api import ApiClient, LoginInfo
from app.client.outbox import Outbox
from app.views.app import connect
from app.views.board.dialogs import ConfirmDialog
from app.views.context import PageContext
from app.views.training.page import TrainingPage
from tests.client.live_server import DEMO_PASSWORD, ServerProcess, start_server

pytestmark = pytest.mark.gui

STEP_MS = 30_000  # one command: Outbox -> server -> change feed -> the page reads again


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    proc = start_server(tmp_path_factory.mktemp("training") / "data")
    try:
        yield proc
    finally:
        proc.stop()


@pytest.fixture
def live_page(qtbot: Any, server: ServerProcess, tmp_path: Path) -> Iterator[TrainingPage]:
    api = ApiClient(server.url)
    try:
        info: LoginInfo = api.login("trainer", DEMO_PASSWORD)
    finally:
        api.close()
    outbox = Outbox(tmp_path / "outbox.sqlite3")
    link, data = connect(server.url, info.token, tmp_path / "cache.sqlite3", outbox, wait=1.0)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = TrainingPage(PageContext(link, info.user, settings, data=data))
    qtbot.addWidget(page)
    page.resize(1440, 860)
    page.show()
    link.start()
    try:
        yield page
    finally:
        page.close()
        assert link.stop()
        assert data.stop()


def test_a_trainer_starts_scores_and_signs_off_a_session_from_the_keyboard(
    qtbot: Any, live_page: TrainingPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = live_page
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
    me = page.me
    qtbot.waitUntil(lambda: any(r.trainer_id == me for r in page.sessions.rows), timeout=60_000)
    rows = page.sessions.rows
    target = next(
        (r for r in rows if r.trainer_id == me and r.state == "scheduled" and r.seated >= 2),
        None,
    )
    if target is None:
        pytest.skip("the demo has no scheduled session of the trainer with trainees")
    page.select_session(target.id)
    qtbot.waitUntil(lambda: len(page.grid.lines) == target.seated, timeout=STEP_MS)

    qtbot.mouseClick(page.step_buttons["start"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: page.current is not None and page.current.state == "in_progress", timeout=STEP_MS
    )

    grid, view = page.grid, page.grid_view
    view.setFocus()
    view.focus_first()
    for _row in grid.lines:  # row by row: theory, Tab, then each criterion and Enter
        qtbot.keyClicks(view, "88")
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        for crit in grid.criteria():
            qtbot.keyClick(view, "1" if crit.scale == "pass_fail" else "4")
            qtbot.keyClick(view, Qt.Key.Key_Return)
    assert all(x.theory == 88 for x in grid.lines)
    assert all(r.passed for r in grid.results), [r.reasons for r in grid.results]

    assert page.commands.sign_off()
    qtbot.waitUntil(lambda: all(x.signed for x in grid.lines), timeout=STEP_MS)
    assert not page.banner.isVisible()
    assert grid.dirty_lines() == []
    assert page.sign.toolTip() == "Every assessment of this session is signed."
