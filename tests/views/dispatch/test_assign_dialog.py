"""Assigning from the ranked dialog by keyboard: from the board, through the Outbox."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication

from app.client.errors import Unreachable
from app.client.sync import ChangeSet
from app.views.board.dialogs import AssignDialog as PlainAssignDialog
from app.views.board.page import BoardPage
from app.views.dispatch.assign_dialog import AssignDialog, OrderRef
from app.views.dispatch.override_dialog import OverrideDialog
from tests.views.dispatch.fakes import FixtureApi, fixture
from tests.views.fakes import NOW, FakeLink, SyncBackend, board_cache, make_row

pytestmark = pytest.mark.gui

CANDIDATES = fixture("candidates.json")
ORDER_ID = CANDIDATES["order_id"]
ELIGIBLE = CANDIDATES["eligible"]
INELIGIBLE = CANDIDATES["ineligible"]
FIRST_INELIGIBLE_KEY = len(ELIGIBLE) + 1  # the number shown on the first ineligible row
ORDER = OrderRef(ORDER_ID, fixture("order.json")["code"], CANDIDATES["order_version"])


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


def board_with_order(
    qtbot: Any, link: FakeLink, settings: QSettings, channel: SyncBackend, role: str
) -> BoardPage:
    page = BoardPage(
        link,  # type: ignore[arg-type]
        role=role,
        settings=settings,
        clock=lambda: NOW,
        data=channel,
    )
    qtbot.addWidget(page)
    page.resize(1280, 800)
    row = make_row(
        ORDER_ID,
        status="pending",
        version=CANDIDATES["order_version"],
        code=ORDER.code,
        district="chaoyang",
        category="cleaning",
    )
    channel.reader = board_cache([make_row(i) for i in range(1, 30)] + [row])
    link.changed.emit(ChangeSet.everything())
    page.show()
    qtbot.waitExposed(page)
    page.windowHandle().requestActivate()  # offscreen: activateWindow() alone does not
    qtbot.waitUntil(page.isActiveWindow)
    assert page.select_order(ORDER_ID)
    page.table.setFocus()
    return page


def when_dialog_opens(qtbot: Any, act: Callable[[AssignDialog], None]) -> list[AssignDialog]:
    """Run ``act`` on the assign dialog once its modal loop is running; returns it (for asserts)."""
    seen: list[AssignDialog] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, AssignDialog) and dialog.isVisible():
            seen.append(dialog)
            act(dialog)
        else:
            QTimer.singleShot(10, poll)

    QTimer.singleShot(0, poll)
    return seen


def press(qtbot: Any, *keys: Qt.Key) -> Callable[[AssignDialog], None]:
    def act(dialog: AssignDialog) -> None:
        for key in keys:
            qtbot.keyClick(dialog.list, key)
        if dialog.isVisible():  # a refused pick leaves it open: close it as the user would
            qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    return act


def test_pressing_2_assigns_the_second_candidate_through_the_outbox(
    qtbot: Any, settings: QSettings
) -> None:
    link, channel = FakeLink(), SyncBackend(api=FixtureApi())
    page = board_with_order(qtbot, link, settings, channel, "dispatcher")
    seen = when_dialog_opens(qtbot, press(qtbot, Qt.Key.Key_2))

    qtbot.keyClick(page.table, Qt.Key.Key_A)  # the board's shortcut opens the dialog

    assert seen, "the assign dialog did not open"
    second = ELIGIBLE[1]["provider"]
    assert link.commands == [
        {
            "path": f"/api/v1/orders/{ORDER_ID}/assign",
            "body": {"provider_id": second["id"]},
            "if_match": CANDIDATES["order_version"],
            "entity": "order",
            "entity_id": ORDER_ID,
            "label": f"Assign {ORDER.code} to {second['name']}",
        }
    ]


def test_enter_takes_the_first_candidate(qtbot: Any, settings: QSettings) -> None:
    link, channel = FakeLink(), SyncBackend(api=FixtureApi())
    page = board_with_order(qtbot, link, settings, channel, "dispatcher")
    when_dialog_opens(qtbot, press(qtbot, Qt.Key.Key_Return))

    qtbot.keyClick(page.table, Qt.Key.Key_A)

    assert [c["body"] for c in link.commands] == [{"provider_id": ELIGIBLE[0]["provider"]["id"]}]


def test_arrows_then_enter_take_the_highlighted_candidate(qtbot: Any, settings: QSettings) -> None:
    link, channel = FakeLink(), SyncBackend(api=FixtureApi())
    page = board_with_order(qtbot, link, settings, channel, "dispatcher")
    when_dialog_opens(qtbot, press(qtbot, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Enter))

    qtbot.keyClick(page.table, Qt.Key.Key_A)

    assert [c["body"] for c in link.commands] == [{"provider_id": ELIGIBLE[2]["provider"]["id"]}]


def test_a_dispatcher_cannot_pick_an_ineligible_provider(qtbot: Any, settings: QSettings) -> None:
    link, channel = FakeLink(), SyncBackend(api=FixtureApi())
    page = board_with_order(qtbot, link, settings, channel, "dispatcher")
    status: list[str] = []

    def act(dialog: AssignDialog) -> None:
        qtbot.keyClick(dialog.list, getattr(Qt.Key, f"Key_{FIRST_INELIGIBLE_KEY}"))
        status.append(dialog.status.text())
        assert dialog.isVisible()
        qtbot.keyClick(dialog.list, Qt.Key.Key_Escape)

    seen = when_dialog_opens(qtbot, act)
    qtbot.keyClick(page.table, Qt.Key.Key_A)

    assert seen
    assert link.commands == []
    refused = INELIGIBLE[0]
    assert refused["provider"]["name"] in status[0]
    assert refused["reasons"][0]["message"] in status[0]
    assert "supervisor" in status[0]


def test_a_supervisor_overrides_with_a_reason(
    qtbot: Any, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    link, channel = FakeLink(), SyncBackend(api=FixtureApi())
    asked: list[str] = []

    def ask(cls: Any, parent: Any, candidate: Any) -> str:
        asked.append(candidate.provider.name)
        return "客户点名要她"

    monkeypatch.setattr(OverrideDialog, "ask", classmethod(ask))
    page = board_with_order(qtbot, link, settings, channel, "supervisor")
    when_dialog_opens(qtbot, press(qtbot, getattr(Qt.Key, f"Key_{FIRST_INELIGIBLE_KEY}")))

    qtbot.keyClick(page.table, Qt.Key.Key_A)

    refused = INELIGIBLE[0]["provider"]
    assert asked == [refused["name"]]
    assert link.commands[0]["body"] == {
        "provider_id": refused["id"],
        "override_reason": "客户点名要她",
    }
    assert link.commands[0]["label"].endswith("(override)")


def test_a_supervisor_who_gives_no_reason_sends_nothing(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(OverrideDialog, "ask", classmethod(lambda cls, parent, c: None))
    dialog = AssignDialog(ORDER, SyncBackend(api=FixtureApi()), role="supervisor")
    qtbot.addWidget(dialog)

    assert not dialog.pick(FIRST_INELIGIBLE_KEY - 1)
    assert dialog.choice() is None


def test_the_map_shows_the_candidates_and_follows_the_highlight(qtbot: Any) -> None:
    dialog = AssignDialog(ORDER, SyncBackend(api=FixtureApi()), role="dispatcher")
    qtbot.addWidget(dialog)
    canvas = dialog.map.canvas
    assert canvas is not None
    gids = {a.get_gid() for a in canvas.figure.axes[0].get_children()}

    assert "order" in gids
    assert all(f"candidate:{c['provider']['id']}" in gids for c in ELIGIBLE + INELIGIBLE)
    assert dialog.map.selected() == ELIGIBLE[0]["provider"]["id"]
    dialog.list.setCurrentIndex(dialog.model.index(3))
    assert dialog.map.selected() == ELIGIBLE[3]["provider"]["id"]


def test_a_failed_ranking_says_why_and_can_be_retried(qtbot: Any) -> None:
    channel = SyncBackend(api=FixtureApi(), hold=True)
    dialog = AssignDialog(ORDER, channel, role="dispatcher")
    qtbot.addWidget(dialog)
    assert not dialog.assign_button.isEnabled()

    channel.fail_held(Unreachable("unreachable", "无法连接服务器", "Cannot reach the server"))
    assert dialog.retry_button.isVisibleTo(dialog)
    assert dialog.model.rowCount() == 0

    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)
    channel.flush()
    assert dialog.model.rowCount() == len(ELIGIBLE) + len(INELIGIBLE)
    assert dialog.assign_button.isEnabled()


def test_an_answer_after_closing_is_dropped(qtbot: Any) -> None:
    channel = SyncBackend(api=FixtureApi(), hold=True)
    dialog = AssignDialog(ORDER, channel, role="dispatcher")
    qtbot.addWidget(dialog)

    assert dialog.candidates() is None
    dialog.reject()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog))
    channel.flush()  # the answer arrives after the dialog closed: nothing happens


def test_without_a_server_the_board_keeps_the_plain_list(
    qtbot: Any, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = FakeLink()
    data = SyncBackend(reader=board_cache([make_row(ORDER_ID, status="pending")]))
    page = BoardPage(link, role="dispatcher", settings=settings, clock=lambda: NOW, data=data)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    link.changed.emit(ChangeSet.everything())
    page.select_order(ORDER_ID)
    asked: list[str] = []
    monkeypatch.setattr(
        PlainAssignDialog, "ask", classmethod(lambda cls, parent, code, *_: asked.append(code))
    )

    page.assign_selected()

    assert asked == [ORDER.code]


def test_the_order_details_assign_button_opens_the_ranked_dialog(
    qtbot: Any, settings: QSettings
) -> None:
    link, channel = FakeLink(), SyncBackend(api=FixtureApi())
    page = board_with_order(qtbot, link, settings, channel, "dispatcher")
    assign_button = next(
        b for b in page.detail.buttons if b.defaultAction() is page.actions_by_name["assign"]
    )
    seen = when_dialog_opens(qtbot, press(qtbot, Qt.Key.Key_1))

    qtbot.mouseClick(assign_button, Qt.MouseButton.LeftButton)

    assert seen
    assert [c["body"] for c in link.commands] == [{"provider_id": ELIGIBLE[0]["provider"]["id"]}]
