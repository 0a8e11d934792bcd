"""Losing the server: a banner says since when, how long ago the server last answered, what
still works, and offers 'retry now'; it sits at the bottom, so nothing the user is about to
click moves when it appears."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.views.context import PageContext
from app.views.main_window import MainWindow
from app.views.offline_banner import OfflineBanner
from app.views.settings import open_settings
from app.views.sync_status import SyncStatus
from tests.views.fakes import FakeLink, FakeUser

pytestmark = pytest.mark.gui

T0 = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


class RetryLink(FakeLink):
    def __init__(self) -> None:
        super().__init__()
        self.retries = 0

    def retry_now(self) -> None:
        self.retries += 1


def offline(contact: datetime | None, next_retry: datetime | None = None) -> SyncStatus:
    return SyncStatus(False, contact, contact, next_retry, 0.0)


def online(contact: datetime) -> SyncStatus:
    return SyncStatus(True, contact, contact, None, 0.0)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path) -> tuple[MainWindow, RetryLink, Clock]:
    link, clock = RetryLink(), Clock()
    ctx = PageContext(
        link=link,  # type: ignore[arg-type]
        user=FakeUser(role="dispatcher"),
        settings=open_settings(tmp_path),
        clock=clock,
    )
    made = MainWindow(ctx, server_url="http://127.0.0.1:8765", pages=[])
    qtbot.addWidget(made)
    made.resize(1366, 768)
    made.show()
    return made, link, clock


def test_going_offline_shows_the_banner_and_coming_back_hides_it(
    qtbot: Any, window: tuple[MainWindow, RetryLink, Clock]
) -> None:
    win, _, clock = window
    win.show_status(online(T0))
    assert not win.offline.isVisible()

    clock.now = T0 + timedelta(seconds=20)
    win.show_status(offline(T0))

    assert win.offline.isVisible()
    text = win.offline.text()
    assert "Offline since 10:00" in text  # Beijing time
    assert "last contact 20 s ago" in text
    assert "changes are stored on this computer" in text
    assert "lookups that need the server do not" in text
    assert win.lag.text() == "Feed lag —"  # not a stale "0.0 s"

    win.show_status(online(clock.now))
    assert not win.offline.isVisible()
    assert win.lag.text() != "Feed lag —"


def test_the_last_contact_age_advances_on_its_own(
    qtbot: Any, window: tuple[MainWindow, RetryLink, Clock]
) -> None:
    win, _, clock = window
    win.show_status(online(T0))
    win.show_status(offline(T0))
    assert "last contact 0 s ago" in win.offline.text()

    clock.now = T0 + timedelta(minutes=3, seconds=5)
    # No new status arrives while the server is gone: the banner's own timer moves the age.
    qtbot.waitUntil(lambda: "last contact 3 min ago" in win.offline.text(), timeout=3000)
    assert "Offline since 10:00" in win.offline.text()  # the start does not move

    clock.now = T0 + timedelta(hours=2, minutes=4)
    qtbot.waitUntil(lambda: "last contact 2 h 4 min ago" in win.offline.text(), timeout=3000)


def test_next_try_is_said_and_retry_now_reaches_the_worker(
    qtbot: Any, window: tuple[MainWindow, RetryLink, Clock]
) -> None:
    win, link, _ = window
    win.show_status(offline(None, next_retry=T0 + timedelta(seconds=30)))
    assert "the server has not answered yet" in win.offline.text()
    assert "Next try in 30 s." in win.offline.text()

    qtbot.mouseClick(win.offline.retry, Qt.MouseButton.LeftButton)

    assert link.retries == 1
    assert "Trying again…" in win.offline.text()


def test_the_banner_does_not_move_the_page(
    qtbot: Any, window: tuple[MainWindow, RetryLink, Clock]
) -> None:
    win, _, _ = window
    top = win.stack.mapTo(win, win.stack.rect().topLeft())
    win.show_status(offline(T0))
    qtbot.waitUntil(lambda: win.offline.isVisible())
    assert win.stack.mapTo(win, win.stack.rect().topLeft()) == top
    assert win.offline.geometry().top() >= win.stack.geometry().bottom()


def test_a_restarted_builtin_server_is_said_until_dismissed(
    qtbot: Any, window: tuple[MainWindow, RetryLink, Clock]
) -> None:
    win, _, _ = window
    win.show_status(offline(T0))
    win.offline.server_restarting()
    assert "The built-in server stopped; restarting it" in win.offline.text()

    win.offline.server_restarted()
    win.show_status(online(T0))

    assert win.offline.isVisible()  # back online, and the user is told why it went away
    assert "The built-in server stopped and was restarted at 10:00" in win.offline.text()
    assert "Offline since" not in win.offline.text()
    qtbot.mouseClick(win.offline.dismiss, Qt.MouseButton.LeftButton)
    assert not win.offline.isVisible()


def test_a_failed_restart_is_said(qtbot: Any) -> None:
    banner = OfflineBanner(lambda: T0)
    qtbot.addWidget(banner)
    banner.show_status(offline(T0))
    banner.server_restart_failed("/data/server/server.log")
    assert "could not be restarted" in banner.text()
    assert "/data/server/server.log" in banner.text()  # where support finds the reason
