"""The main window: pages, status bar, refused commands kept in view, layout, logout."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel, QWidget

from app.client.sync import ChangeSet
from app.views.context import PageContext
from app.views.main_window import MainWindow
from app.views.pages import PageSpec, default_pages
from app.views.settings import WINDOW_GEOMETRY, open_settings, read
from app.views.sync_status import OutboxFigures, SyncStatus
from tests.views.fakes import NOW, FakeLink, FakeUser, SyncBackend, board_cache, command, make_row

pytestmark = pytest.mark.gui


@pytest.fixture
def link() -> FakeLink:
    return FakeLink()


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return open_settings(tmp_path)


def make_window(
    qtbot: Any,
    link: FakeLink,
    settings: QSettings,
    *,
    pages: list[PageSpec] | None = None,
    forget: Any = None,
    role: str = "dispatcher",
    data: SyncBackend | None = None,
) -> MainWindow:
    ctx = PageContext(
        link=link,  # type: ignore[arg-type]
        user=FakeUser(role=role),
        settings=settings,
        clock=lambda: NOW,
        data=data,  # type: ignore[arg-type]
    )
    window = MainWindow(ctx, server_url="http://127.0.0.1:8765", pages=pages, forget_token=forget)
    qtbot.addWidget(window)
    return window


def test_only_working_pages_are_listed_and_board_is_first(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    window = make_window(qtbot, link, settings)

    assert list(window.nav_buttons) == [
        "board",
        "dispatch",
        "complaints",
        "insight",
    ]  # a dispatcher's
    assert window.current_page_key() == "board"


def test_pages_register_by_spec_and_role(qtbot: Any, link: FakeLink, settings: QSettings) -> None:
    audit = PageSpec(
        "audit",
        "Audit log",
        "board.svg",
        "Audit",
        lambda ctx: QLabel("audit"),
        frozenset({"supervisor"}),
    )
    extra = PageSpec("extra", "Extra", "board.svg", "Extra", lambda ctx: QWidget())

    window = make_window(qtbot, link, settings, pages=[*default_pages(), audit, extra])

    # a dispatcher does not see the audit log
    assert list(window.nav_buttons) == ["board", "dispatch", "complaints", "insight", "extra"]
    window.nav_buttons["extra"].click()
    assert window.current_page_key() == "extra"


def test_status_bar_shows_connection_sync_lag_and_outbox(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    window = make_window(qtbot, link, settings)

    link.status.emit(
        SyncStatus(
            online=True,
            last_sync=datetime(2026, 11, 27, 6, 30, 5, tzinfo=UTC),
            lag=0.4,
            outbox=OutboxFigures(pending=3),
        )
    )

    assert "Online" in window.connection.text()
    assert "14:30:05" in window.last_sync.text()  # Beijing time
    assert "0.4" in window.lag.text()
    assert window.outbox.text().endswith("3")
    waiting = tuple(f"取消订单 SM20261127-{n:06d}" for n in range(1, 11))
    link.status.emit(SyncStatus(online=True, outbox=OutboxFigures(pending=12, waiting=waiting)))
    tip = window.outbox.toolTip()
    assert "取消订单 SM20261127-000001" in tip  # which commands wait, not only how many
    assert "2 more" in tip
    link.status.emit(SyncStatus(online=False))
    assert "Offline" in window.connection.text()


def test_conflict_is_shown_with_the_server_state_until_decided(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    window = make_window(qtbot, link, settings)
    current = {
        "id": 1,
        "status": "assigned",
        "version": 6,
        "updated_at": "2026-11-27T02:00:00+00:00",
    }

    link.conflict.emit(command(41, state="conflict", error={"code": "stale", "current": current}))

    panel = window.problems
    assert not panel.isHidden()
    assert panel.count() == 1
    item = panel.tree.topLevelItem(0)
    assert item.text(0) == "派单 SM20261127-000001"
    assert "Assigned" in item.text(2)
    assert "6" in item.text(2)
    assert "10:00:00" in item.text(2)
    assert window.problems_button.text().endswith("1")

    panel.keep_button.click()
    assert link.resolutions == [(41, True)]
    assert panel.count() == 1  # kept until the worker confirms
    link.command_resolved.emit(41)
    assert panel.count() == 0
    assert panel.isHidden()


def test_failed_command_shows_the_servers_reason_and_can_be_discarded(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    window = make_window(qtbot, link, settings)
    error = {
        "code": "not_eligible",
        "message": "该服务人员没有有效的健康证。",
        "message_en": "No valid health certificate.",
    }

    link.command_failed.emit(command(7, state="failed", error=error))
    window.problems.discard_button.click()

    assert "健康证" in window.problems.tree.topLevelItem(0).text(1)
    assert link.resolutions == [(7, False)]


def test_geometry_and_page_layout_are_remembered(
    qtbot: Any, link: FakeLink, settings: QSettings, tmp_path: Path
) -> None:
    window = make_window(qtbot, link, settings)
    window.resize(1300, 777)
    board = window.pages["board"]
    board.splitter.setSizes([900, 400])  # type: ignore[attr-defined]
    window.save_layout()

    reopened = open_settings(tmp_path)
    again = make_window(qtbot, FakeLink(), reopened)

    # (The offscreen screen is smaller than the window, so Qt clamps the restored size;
    # what matters here is that the geometry went to the injected settings file.)
    assert read(reopened, WINDOW_GEOMETRY) == window.saveGeometry()
    assert again.pages["board"].splitter.sizes() == board.splitter.sizes()  # type: ignore[attr-defined]
    assert (tmp_path / "desk-ui.ini").exists()


def test_logout_revokes_then_forgets_the_token(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    forgotten: list[bool] = []
    window = make_window(qtbot, link, settings, forget=lambda: forgotten.append(True))

    window.logout_button.click()
    assert link.logouts == 1
    with qtbot.waitSignal(window.logout_requested, timeout=5000):
        link.logged_out.emit()

    qtbot.waitUntil(lambda: forgotten == [True], timeout=5000)


def test_the_board_page_reads_the_cache_when_told_what_changed(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    data = SyncBackend(reader=board_cache([make_row(i) for i in range(1, 21)]))
    window = make_window(qtbot, link, settings, data=data)

    link.changed.emit(ChangeSet.everything())

    assert window.pages["board"].model.rowCount() == 20  # type: ignore[attr-defined]


def test_each_role_lands_on_the_page_made_for_its_day(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    agent = make_window(qtbot, link, settings, role="agent", data=SyncBackend(reader=board_cache()))

    assert agent.current_page_key() == "complaints"  # the hotline, though listed after the board
    assert next(iter(agent.nav_buttons)) == "board"


def test_held_commands_are_counted_listed_and_keep_the_exit_warning(
    qtbot: Any, link: FakeLink, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, link, settings)
    link.status.emit(SyncStatus(online=True, outbox=OutboxFigures(held=2)))
    assert "Held: 2" in window.outbox.text()
    link.held.emit(command(5, state="held", error={"code": "other_database"}))
    assert window.problems.command_ids() == [5]
    # Never resent from here: order 5 on this server may be another customer's order.
    assert not window.problems.keep_button.isEnabled()
    assert window.problems.discard_button.isEnabled()
    window.problems._resolve_selected(True)
    assert link.resolutions == []
    asked: list[str] = []
    monkeypatch.setattr(
        "app.views.main_window.ConfirmDialog.ask",
        lambda _parent, _verb, text: asked.append(text) or False,
    )
    window.close()
    assert asked
    assert asked[0].startswith("2 ")
    window._leaving = True  # let the teardown close it


def test_a_notice_about_unsent_commands_stays_until_dismissed(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    window = make_window(qtbot, link, settings)
    window.show()
    link.notice.emit("The file of unsent commands on this computer was damaged.")
    assert window.notices.isVisible()
    assert window.notices.lines() == ["The file of unsent commands on this computer was damaged."]
    window.notices.dismiss.click()
    assert not window.notices.isVisible()


def test_a_trainer_lands_on_the_training_page(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    from tests.views.training.desk import filled

    trainer = make_window(qtbot, link, settings, role="trainer",
                          data=SyncBackend(reader=filled()))  # fmt: skip

    assert trainer.current_page_key() == "training"
    assert "training" in trainer.nav_buttons
    assert "certification" not in trainer.nav_buttons


def test_work_typed_on_a_page_is_saved_before_the_window_goes(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    class Scoring(QWidget):
        saved = 0

        def save_unsaved(self) -> int:
            Scoring.saved += 1
            return 1

    spec = PageSpec("scores", "Scores", "training.svg", "Scores", lambda ctx: Scoring())
    window = make_window(qtbot, link, settings, pages=[spec])
    assert window._may_leave_unsent("Quit")
    assert Scoring.saved == 1


def test_commands_kept_only_in_memory_are_called_lost_at_exit(
    qtbot: Any, link: FakeLink, settings: QSettings, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window(qtbot, link, settings)
    link.status.emit(SyncStatus(online=False, outbox=OutboxFigures(pending=2)))
    link.keeps_commands = False  # the outbox file could not be opened at login
    asked: list[str] = []
    monkeypatch.setattr(
        "app.views.main_window.ConfirmDialog.ask",
        lambda _parent, _verb, text: asked.append(text) or False,
    )
    assert not window._may_leave_unsent("Quit")
    assert "LOST" in asked[0]


def test_a_session_ending_under_an_open_dialog_waits_for_it(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    window = make_window(qtbot, link, settings)
    window.notify_session_ended = lambda: None  # type: ignore[method-assign]
    left: list[bool] = []
    window.logout_requested.connect(lambda: left.append(True))
    window.show()
    dialog = QDialog(window)  # e.g. the cancel dialog, a reason half typed
    seen: list[bool] = []

    def session_ends_while_open() -> None:
        link.auth_lost.emit()
        seen.append(bool(left))  # nothing closed under the dialog
        dialog.accept()  # the user finishes (the command goes to the Outbox)

    QTimer.singleShot(0, session_ends_while_open)
    dialog.exec()
    assert seen == [False]
    qtbot.waitUntil(lambda: left == [True])  # then the session closes


def test_an_outbox_that_cannot_be_counted_reads_unknown_not_zero(
    qtbot: Any, link: FakeLink, settings: QSettings
) -> None:
    window = make_window(qtbot, link, settings)
    link.status.emit(SyncStatus(online=True, outbox=OutboxFigures(pending=2)))
    link.status.emit(SyncStatus(online=True, outbox=None))
    assert window.outbox.text().endswith("—")
    assert window._waiting == 2  # the exit warning keeps the last count it knew
