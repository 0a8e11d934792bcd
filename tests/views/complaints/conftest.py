"""A workbench page on a local cache holding real server data, and a recording sync link."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings

from app.views.complaints.page import ComplaintsPage
from tests.views.complaints.fakes import NOW, FakeStaff, StubApi, server_backend
from tests.views.fakes import FakeLink


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime = NOW) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def link() -> FakeLink:
    return FakeLink()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


PageFactory = Callable[..., ComplaintsPage]


@pytest.fixture
def make_page(qtbot: Any, link: FakeLink, settings: QSettings, clock: Clock) -> PageFactory:
    """Build a page as ``user`` (the agent by default) and wait for its first reads."""

    def build(user: FakeStaff | None = None, api: StubApi | None = None) -> ComplaintsPage:
        staff = user or FakeStaff()
        channel = server_backend(api or StubApi(staff.role))
        page_cache = channel.reader
        page = ComplaintsPage(
            link,  # type: ignore[arg-type]
            channel,  # type: ignore[arg-type]
            user=staff,
            settings=settings,
            clock=clock,
        )
        page.channel = channel  # type: ignore[attr-defined]
        page.cache = page_cache  # type: ignore[attr-defined]
        qtbot.addWidget(page)
        page.resize(1400, 860)
        page.show()
        qtbot.waitUntil(lambda: page.team_model.rowCount() > 0 and bool(page.people))
        return page

    return build


def open_ticket(qtbot: Any, page: ComplaintsPage, ticket_id: int) -> None:
    page.open_ticket(ticket_id)
    qtbot.waitUntil(
        lambda: (
            getattr(page.current_detail(), "id", None) == ticket_id
            and not page.reads.busy(f"detail:{ticket_id}")
        )
    )
