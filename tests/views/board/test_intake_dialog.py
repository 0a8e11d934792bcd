"""A phone booking: find the caller, fill in the service, the dialog says what is missing."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client.customers import Caller
from app.client.errors import ClientError
from app.models.enums import ServiceCategory
from app.rules.catalog import CATEGORIES
from app.views.board.intake_dialog import OrderIntakeDialog, next_slot
from app.views.board.page import BoardPage
from app.views.settings import open_settings
from tests.client.test_customers import MATCH, LookupApi
from tests.views.fakes import NOW, FakeLink, SyncBackend, board_cache

pytestmark = pytest.mark.gui
CLEANING = CATEGORIES[ServiceCategory.CLEANING]


def dialog(qtbot: Any, api: Any) -> OrderIntakeDialog:
    box = OrderIntakeDialog(SyncBackend(api=api), clock=lambda: NOW)
    qtbot.addWidget(box)
    return box


def test_the_caller_is_found_by_number_and_the_booking_follows_the_catalogue(qtbot: Any) -> None:
    api = LookupApi({"customers": [MATCH], "count": 1})
    box = dialog(qtbot, api)
    assert not box.create_button.isEnabled()
    assert "caller" in box.problems.text()

    qtbot.keyClicks(box.phone, "138-0000-0001")
    qtbot.mouseClick(box.find_button, Qt.MouseButton.LeftButton)

    assert api.asked[0][1] == {"phone": "13800000001"}
    assert box.caller() == Caller.from_wire(MATCH)
    assert "王*" in box.callers.item(0).text()
    box.category.setCurrentIndex(box.category.findData("cleaning"))
    assert (box.duration.value(), box.price.value()) == (
        CLEANING.duration_min,
        CLEANING.price_min_cny,
    )
    assert box.create_button.isEnabled()
    draft = box.draft()
    assert draft is not None
    assert (draft.customer_id, draft.category, draft.start) == (12, ServiceCategory.CLEANING,
                                                                 next_slot(NOW))  # fmt: skip
    assert draft.start >= NOW + timedelta(hours=3)


def test_a_slip_of_the_finger_or_a_past_time_is_explained_not_sent(qtbot: Any) -> None:
    box = dialog(qtbot, LookupApi({"customers": [MATCH], "count": 1}))
    box.phone.setText("13800000001")
    box.look_up()

    box.duration.setValue(CLEANING.duration_max * 4)
    assert not box.create_button.isEnabled()
    assert str(CLEANING.duration_max) in box.problems.text()
    box.duration.setValue(CLEANING.duration_min)
    box.set_start(NOW - timedelta(hours=1))
    assert not box.create_button.isEnabled()
    assert box.draft() is None


def test_no_match_a_short_number_and_a_failed_lookup_say_so(qtbot: Any) -> None:
    api = LookupApi({"customers": [], "count": 0})
    box = dialog(qtbot, api)

    box.phone.setText("13")
    box.look_up()
    assert api.asked == []
    assert "whole number" in box.lookup_note.text()
    box.phone.setText("13900000000")
    box.look_up()
    assert "No customer" in box.lookup_note.text()

    def refuse(path: str, params: Any = None) -> Any:
        raise ClientError("offline", "无法连接服务器", "Cannot reach the server", status=None)

    api.get = refuse  # type: ignore[method-assign]
    box.look_up()
    assert "Could not look up the caller" in box.lookup_note.text()
    assert box.find_button.isEnabled()


def test_enter_finds_the_caller_and_never_creates_a_half_checked_order(qtbot: Any) -> None:
    api = LookupApi({"customers": [MATCH], "count": 1})
    backend = SyncBackend(api=api, hold=True)
    box = OrderIntakeDialog(backend, clock=lambda: NOW)
    qtbot.addWidget(box)
    box.show()
    qtbot.keyClicks(box.phone, "13800000001")
    qtbot.keyClick(box.phone, Qt.Key.Key_Return)
    backend.flush()
    assert box.caller() == Caller.from_wire(MATCH)
    assert box.create_button.isEnabled()

    # Another number and Enter: the lookup runs, the dialog stays open, the first caller is
    # gone and nothing can be created until the answer is in.
    box.phone.setText("13900000009")
    qtbot.keyClick(box.phone, Qt.Key.Key_Return)
    assert box.isVisible()
    assert box.result() == 0
    assert box.caller() is None
    assert not box.create_button.isEnabled()
    assert "Wait for the caller lookup" in box.problems.text()
    backend.flush()
    assert box.create_button.isEnabled()


def test_correcting_the_number_forgets_the_caller_found_for_the_old_one(qtbot: Any) -> None:
    box = dialog(qtbot, LookupApi({"customers": [MATCH], "count": 1}))
    box.phone.setText("13800000001")
    box.look_up()
    assert box.create_button.isEnabled()
    box.phone.setFocus()
    qtbot.keyClick(box.phone, Qt.Key.Key_Backspace)  # corrected without pressing Enter
    assert box.caller() is None
    assert not box.create_button.isEnabled()
    assert box.draft() is None


def test_a_time_that_slipped_into_the_past_is_refused_on_create(qtbot: Any) -> None:
    now = [NOW]
    box = OrderIntakeDialog(SyncBackend(api=LookupApi({"customers": [MATCH], "count": 1})),
                            clock=lambda: now[0])  # fmt: skip
    qtbot.addWidget(box)
    box.phone.setText("13800000001")
    box.look_up()
    assert box.create_button.isEnabled()

    now[0] = NOW + timedelta(days=1)  # the dialog stood open over lunch
    box.create_button.click()
    assert box.result() == 0
    assert not box.create_button.isEnabled()


def test_the_board_queues_the_booking_through_the_outbox(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = FakeLink()
    settings: QSettings = open_settings(tmp_path)
    page = BoardPage(link, role="dispatcher", settings=settings, clock=lambda: NOW,  # type: ignore[arg-type]
                     data=SyncBackend(reader=board_cache()))  # type: ignore[arg-type]  # fmt: skip
    qtbot.addWidget(page)
    box = OrderIntakeDialog(None, clock=lambda: NOW)
    qtbot.addWidget(box)
    box._found([Caller.from_wire(MATCH)])  # what a lookup would have answered
    monkeypatch.setattr(OrderIntakeDialog, "ask", classmethod(lambda cls, *a: box.draft()))

    page.actions_by_name["new_order"].trigger()

    assert len(link.commands) == 1
    command = link.commands[0]
    assert (command["path"], command["if_match"], command["body"]["customer_id"]) == (
        "/api/v1/orders", None, 12,
    )  # fmt: skip
    assert command["label"].startswith("New order:")
    agent_link = FakeLink()  # kept alive as long as the page that listens to it
    agent = BoardPage(agent_link, role="agent", settings=settings, clock=lambda: NOW)  # type: ignore[arg-type]
    qtbot.addWidget(agent)
    assert not agent.actions_by_name["new_order"].isEnabled()
