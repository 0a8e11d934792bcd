"""Assigning while the server cannot be reached: a provisional ranking from the cache, queued.

The candidates request fails as an unreachable server does; the dialog ranks the order from
the board's cache by the same rules, says so in a banner, and the choice is queued through the
Outbox with If-Match = the order version in the cache (the server re-checks it on arrival).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client.dispatch_offline import COARSE_LOCATIONS
from app.client.errors import unreachable
from app.client.sync import ChangeSet
from app.models.enums import ServiceCategory
from app.rules.catalog import CATEGORIES
from app.views.dispatch.assign_dialog import AssignDialog
from app.views.dispatch.text import said
from tests.views.dispatch.test_assign_dialog import (
    CANDIDATES,
    ORDER,
    ORDER_ID,
    board_with_order,
    press,
    when_dialog_opens,
)
from tests.views.fakes import NOW, FakeLink, SyncBackend

pytestmark = pytest.mark.gui

QUALIFIED, UNQUALIFIED = 901, 902
COURSE_ID = 77
VERSION = CANDIDATES["order_version"] + 1


class OfflineApi:
    """A server that cannot be reached: every request fails as the ApiClient's would."""

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        raise unreachable("https://desk.example.cn")


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def change(entity: str, data: dict[str, Any]) -> dict[str, Any]:
    data = {"version": 1, **data}
    return {"entity": entity, "id": data["id"], "version": data["version"], "op": "U", "data": data}


def provider(pid: str | int, name: str) -> dict[str, Any]:
    return change(
        "provider",
        {"id": pid, "name": name, "status": "active", "home_district": "chaoyang",
         "districts_served": ["chaoyang"], "categories": ["cleaning"], "home_lat": 39.92,
         "home_lng": 116.44, "level": "standard", "rating": 4.9, "daily_cap": 4},
    )  # fmt: skip


def add_dispatch_rows(channel: SyncBackend) -> None:
    """The order's location and two providers for it: one qualified, one without papers."""
    cache = channel.reader
    # The feed's next version of the order carries its (rounded) location.
    order = {**cache.get("order", ORDER_ID), "lat": 39.91, "lng": 116.46, "version": VERSION}
    cleaning = CATEGORIES[ServiceCategory.CLEANING]
    passed = NOW - timedelta(days=30)
    changes = [
        change("order", order),
        provider(QUALIFIED, "刘阿姨"),
        provider(UNQUALIFIED, "陈阿姨"),
        change("training_course", {"id": COURSE_ID, "code": cleaning.training_course}),
        change(
            "assessment",
            {
                "id": 1,
                "provider_id": QUALIFIED,
                "course_id": COURSE_ID,
                "passed": True,
                "is_retraining": False,
                "assessed_at": passed.isoformat(),
                "valid_until": None,
            },
        ),
    ]
    for n, kind in enumerate(sorted(cleaning.required_certifications), start=1):
        changes.append(
            change(
                "certification",
                {
                    "id": n,
                    "provider_id": QUALIFIED,
                    "kind": kind.value,
                    "status": "approved",
                    "expires_on": "2030-01-01",
                    "review_due": None,
                },
            )
        )
    cache.apply_page(changes, "offline-test")


def test_offline_the_dialog_ranks_from_the_cache_and_queues_the_assignment(
    qtbot: Any, settings: QSettings, tmp_path: Path
) -> None:
    link, channel = FakeLink(), SyncBackend(api=OfflineApi())
    page = board_with_order(qtbot, link, settings, channel, "dispatcher")
    add_dispatch_rows(channel)
    link.changed.emit(ChangeSet.everything())
    qtbot.waitUntil(
        lambda: page.newest(ORDER_ID) is not None and page.newest(ORDER_ID).version == VERSION
    )
    shown: dict[str, Any] = {}

    def look_then_enter(dialog: AssignDialog) -> None:
        try:
            shown["found"] = dialog.candidates()
            shown["status"] = dialog.status.text()
            shown["banner"] = dialog.offline_banner.isVisible()
            shown["text"] = dialog.offline_banner.text()
            dialog.grab().save(str(tmp_path / "assign_offline.png"))
            press(qtbot, Qt.Key.Key_Return)(dialog)
        finally:
            if dialog.isVisible():  # whatever went wrong, never leave the modal loop running
                dialog.reject()

    seen = when_dialog_opens(qtbot, look_then_enter)
    qtbot.keyClick(page.table, Qt.Key.Key_A)

    assert seen, "the assign dialog did not open"
    assert ("server", "candidates") in channel.calls
    assert ("local", "candidates") in channel.calls  # ranked off the UI thread, from the cache
    assert shown["banner"], shown["status"]
    assert "Offline: ranked from this computer's data" in shown["text"]
    assert said(COARSE_LOCATIONS) in shown["text"]  # what the cache cannot tell, said too
    found = shown["found"]
    assert found.provisional
    assert [(c.provider.id, c.eligible) for c in found.candidates] == [
        (QUALIFIED, True),
        (UNQUALIFIED, False),
    ]
    assert found.candidates[1].reasons
    assert link.commands == [
        {
            "path": f"/api/v1/orders/{ORDER_ID}/assign",
            "body": {"provider_id": QUALIFIED},
            "if_match": VERSION,  # the version in the cache
            "entity": "order",
            "entity_id": ORDER_ID,
            "label": f"Assign {ORDER.code} to 刘阿姨",
        }
    ]


def test_offline_without_a_cache_the_dialog_says_why(qtbot: Any) -> None:
    dialog = AssignDialog(ORDER, SyncBackend(api=OfflineApi()), role="dispatcher")
    qtbot.addWidget(dialog)
    assert not dialog.offline_banner.isVisibleTo(dialog)
    assert dialog.retry_button.isVisibleTo(dialog)
    assert dialog.candidates() is None
