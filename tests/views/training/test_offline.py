"""Scoring offline: the server stops mid-session, the trainer keeps scoring and signs off,
the server comes back, and every draft and the sign-off arrive once, nothing twice.

The page runs as in the app (a real Backend, a real SyncLink with its worker, cache, Outbox
and feed) against a real demo server that this test stops and starts again on the same
port and database.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client import endpoints
from app.client.api import ApiClient, LoginInfo
from app.client.outbox import Outbox
from app.views.app import connect
from app.views.board.dialogs import ConfirmDialog
from app.views.context import PageContext
from app.views.training.grid_view import ScoringView
from app.views.training.page import TrainingPage
from tests.client.live_server import DEMO_PASSWORD, ServerProcess, start_server

pytestmark = pytest.mark.gui

STEP_MS = 30_000
BACK_MS = 120_000  # the worker's back-off after a lost server, then the Outbox drains


@pytest.fixture
def server(tmp_path: Path) -> Iterator[ServerProcess]:
    proc = start_server(tmp_path / "server" / "data")
    try:
        yield proc
    finally:
        proc.stop()


def score_row(qtbot: Any, view: ScoringView, criteria: list[Any]) -> None:
    qtbot.keyClicks(view, "86")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    for crit in criteria:
        qtbot.keyClick(view, "1" if crit.scale == "pass_fail" else "4")
        qtbot.keyClick(view, Qt.Key.Key_Return)


def session_assessments(
    url: str, token: str, provider_ids: list[int], session_id: int
) -> list[Any]:
    api = ApiClient(url, token=token)
    try:
        out = []
        for pid in provider_ids:
            page = api.get(endpoints.collection("assessment"), {"provider_id": pid, "limit": 500})
            out += [a for a in page["data"] if a.get("session_id") == session_id]
        return out
    finally:
        api.close()


def test_scores_made_while_the_server_is_down_arrive_once(
    qtbot: Any, server: ServerProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: True))
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
        me = page.me
        qtbot.waitUntil(lambda: any(r.trainer_id == me for r in page.sessions.rows),
                        timeout=60_000)  # fmt: skip
        target = next(
            (r for r in page.sessions.rows
             if r.trainer_id == me and r.state == "scheduled" and r.seated >= 3),
            None,
        )  # fmt: skip
        if target is None:
            pytest.skip("the demo has no scheduled session of the trainer with 3 trainees")
        page.select_session(target.id)
        qtbot.waitUntil(lambda: len(page.grid.lines) == target.seated, timeout=STEP_MS)
        qtbot.mouseClick(page.step_buttons["start"], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: page.current is not None and page.current.state == "in_progress",
                        timeout=STEP_MS)  # fmt: skip

        grid, view = page.grid, page.grid_view
        criteria = list(grid.criteria())
        view.setFocus()
        view.focus_first()
        score_row(qtbot, view, criteria)  # the first trainee, online
        assert page.commands.save_scores() == 1
        qtbot.waitUntil(lambda: grid.lines[0].assessment_id is not None, timeout=STEP_MS)

        server.stop()  # the classroom's network goes
        view.setCurrentIndex(grid.index(1, 1))  # the second trainee's theory score
        for _row in grid.lines[1:]:
            score_row(qtbot, view, criteria)
        assert page.commands.save_scores() == len(grid.lines) - 1
        assert page.commands.sign_off(), page.notice.text()
        qtbot.waitUntil(lambda: outbox.count() >= 2, timeout=STEP_MS)
        assert not any(x.signed for x in grid.lines)
        assert all(x.theory == 86 for x in grid.lines)  # the trainer's scores stay on screen

        server.start()  # the network is back: the worker drains the Outbox
        qtbot.waitUntil(lambda: all(x.signed for x in grid.lines), timeout=BACK_MS)
        qtbot.waitUntil(lambda: outbox.count() == 0, timeout=STEP_MS)
        assert not page.banner.isVisible()

        rows = session_assessments(server.url, info.token,
                                   [x.provider_id for x in grid.lines], target.id)  # fmt: skip
        assert len(rows) == len(grid.lines)  # one per trainee: nothing twice
        assert {a["provider_id"] for a in rows} == {x.provider_id for x in grid.lines}
        assert all(a["state"] == "signed" and a["theory_score"] == 86 for a in rows)
    finally:
        page.close()
        assert link.stop()
        assert data.stop()
