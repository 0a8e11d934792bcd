"""The dashboard's Trends panel against a real server: the supervisor's last 28 days (today's
orders counted live) drawn as lines and bars, a year in weeks, a refusal said in words, and
the panel only for report readers with a server."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.client.api import ApiClient
from app.models.enums import Role
from app.views.context import PageContext
from app.views.insight.page import DashboardPage
from app.views.insight.trends import TrendsPanel
from app.views.settings import open_settings
from tests.server import factories
from tests.server.conftest import LiveServer
from tests.views.fakes import FakeLink, FakeUser, SyncBackend

pytestmark = pytest.mark.gui


def context(live: LiveServer, role: Role, tmp_path: Path) -> tuple[PageContext, ApiClient]:
    api = ApiClient(live.url, timeout=30.0)
    api.login(str(role), factories.PASSWORD)
    ctx = PageContext(
        link=FakeLink(),  # type: ignore[arg-type]
        user=FakeUser(id=live.users[role], username=str(role), role=str(role)),
        settings=open_settings(tmp_path),
        clock=lambda: datetime.now(UTC),
        data=SyncBackend(api=api, defer=True),  # type: ignore[arg-type]
    )
    return ctx, api


def test_the_last_28_days_and_a_year_in_weeks(qtbot: Any, live: LiveServer, tmp_path: Path) -> None:
    customer = factories.add_customer(live.db)
    dispatcher = live.login(Role.DISPATCHER)
    for hours in (3, 4, 5):
        body = factories.order_body(customer, hours_ahead=hours)
        assert dispatcher.post(live.api("/orders"), json=body, timeout=30).status_code == 201
    ctx, api = context(live, Role.SUPERVISOR, tmp_path)
    panel = TrendsPanel(ctx)
    qtbot.addWidget(panel)
    qtbot.waitUntil(lambda: panel.shown is not None, timeout=30_000)
    assert panel.shown is not None
    assert len(panel.shown.steps) == 28
    assert panel.shown.steps[-1].orders_created == 3  # today, counted live
    created = panel.chart.series("volume:0")  # one bar per day
    assert len(created) == 28
    assert created[-1].get_height() == 3
    assert len(panel.chart.series("rate:0")) == 1  # a line
    assert "3" in panel.status.text()

    panel.span.setCurrentIndex(panel.span.findData(365))
    qtbot.waitUntil(lambda: panel.shown is not None and panel.shown.step.value == "week",
                    timeout=30_000)  # fmt: skip
    assert panel.shown is not None
    assert 52 <= len(panel.shown.steps) <= 54
    assert panel.shown.total.orders_created == 3
    assert len(panel.chart.series("volume:0")) == len(panel.shown.steps)
    api.close()


def test_a_refusal_is_said_in_words(qtbot: Any, live: LiveServer, tmp_path: Path) -> None:
    ctx, api = context(live, Role.DISPATCHER, tmp_path)  # not a report reader: 403
    panel = TrendsPanel(ctx)
    qtbot.addWidget(panel)
    said = panel.tr("Trends could not be loaded: %1").split("%1")[0]
    qtbot.waitUntil(lambda: panel.status.text().startswith(said), timeout=30_000)
    assert len(panel.status.text()) > len(said)  # and why
    assert panel.shown is None
    assert panel.refresh_button.isEnabled()  # ask again: the panel is never dead
    api.close()


def test_only_report_readers_with_a_server_see_trends(
    qtbot: Any, live: LiveServer, tmp_path: Path
) -> None:
    ctx, api = context(live, Role.SUPERVISOR, tmp_path)
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.trends is not None
    qtbot.waitUntil(lambda: page.trends is not None and page.trends.shown is not None,
                    timeout=30_000)  # fmt: skip
    dispatcher, other = context(live, Role.DISPATCHER, tmp_path / "d")
    page2 = DashboardPage(dispatcher)
    qtbot.addWidget(page2)
    assert page2.trends is None
    offline = PageContext(FakeLink(), FakeUser(id=1, role="supervisor"),  # type: ignore[arg-type]
                          open_settings(tmp_path / "o"), lambda: datetime.now(UTC),
                          SyncBackend())  # type: ignore[arg-type]  # fmt: skip
    page3 = DashboardPage(offline)
    qtbot.addWidget(page3)
    assert page3.trends is None
    api.close()
    other.close()
