"""The retraining and recertification queues on the trainer's page: who, since when or until
when, where they are booked, and "enrol in session" as an Outbox command where allowed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client.sync import ChangeSet
from app.views.context import PageContext
from app.views.training.page import TrainingPage
from app.views.training.queues import TrainingQueues
from tests.client.test_training_status import T0, filled, hold, put
from tests.views.fakes import FakeLink, FakeUser, SyncBackend

pytestmark = pytest.mark.gui


def queues(
    qtbot: Any, tmp_path: Path, role: str = "trainer"
) -> tuple[TrainingQueues, FakeLink, Any]:
    cache, link = filled(), FakeLink()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    user = FakeUser(id=7, username="t", display_name="周培训", role=role)
    ctx = PageContext(link, user, settings, lambda: T0, SyncBackend(reader=cache))  # type: ignore[arg-type]
    widget = TrainingQueues(ctx)
    qtbot.addWidget(widget.retraining)
    qtbot.addWidget(widget.recertification)
    return widget, link, cache


def cell(table: Any, row: int, col: int) -> str:
    return str(table.model.data(table.model.index(row, col), Qt.ItemDataRole.DisplayRole))


def test_the_retraining_queue_enrols_a_provider_not_booked(qtbot: Any, tmp_path: Path) -> None:
    widget, link, _cache = queues(qtbot, tmp_path)
    table = widget.retraining
    assert table.model.rowCount() == 2
    assert "阿姨2" in cell(table, 0, 0)
    assert "1" in cell(table, 0, 2)  # one failed attempt
    assert "12-08" in cell(table, 0, 3)  # booked on the retraining session of the 8th
    assert not table.enrol_button.isEnabled()  # already booked
    assert table.enrol() is False
    table.view.selectRow(1)
    assert cell(table, 1, 3) != cell(table, 0, 3)  # not booked
    assert table.enrol_button.isEnabled()
    assert table.sessions.count() == 2  # the two retraining sessions ahead
    table.sessions.setCurrentIndex(1)
    qtbot.mouseClick(table.enrol_button, Qt.MouseButton.LeftButton)
    assert link.commands == [
        {"path": "/api/v1/training-sessions/23/enrol", "body": {"provider_id": 4},
         "if_match": None, "entity": "training_session", "entity_id": 23,
         "label": link.commands[0]["label"]}
    ]  # fmt: skip
    assert "阿姨4" in table.notice.text()
    assert not table.enrol_button.isEnabled()


def test_the_recertification_queue_soonest_end_first(qtbot: Any, tmp_path: Path) -> None:
    widget, _link, _cache = queues(qtbot, tmp_path)
    table = widget.recertification
    assert table.model.rowCount() == 2
    assert "阿姨3" in cell(table, 0, 0)
    assert "2026-10-29" in cell(table, 0, 2)
    assert cell(table, 0, 1) == "TR-MATERNITY"
    assert table.enrol_button.isEnabled()  # lapsed, not booked: the next maternity session
    assert "12-13" in table.sessions.currentText()
    table.view.selectRow(1)
    assert not table.enrol_button.isEnabled()  # booked (waiting list) on session 22
    assert table.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert table.model.headerData(0, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole) is None
    assert table.model.data(table.model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None


def test_a_reader_sees_the_queues_without_enrolling(qtbot: Any, tmp_path: Path) -> None:
    widget, link, _cache = queues(qtbot, tmp_path, role="dispatcher")
    table = widget.retraining
    table.view.selectRow(1)
    assert table.enrol_button.isHidden()
    assert table.enrol() is False
    assert link.commands == []


def test_the_queues_follow_the_feed(qtbot: Any, tmp_path: Path) -> None:
    widget, link, cache = queues(qtbot, tmp_path)
    widget.retraining.view.selectRow(1)
    put(cache, "sanction", [hold(8, 1, -1)])
    link.changed.emit(ChangeSet({"sanction": (8,)}))
    assert widget.retraining.model.rowCount() == 3
    assert "阿姨4" in cell(widget.retraining, widget.retraining.view.currentIndex().row(), 0)
    link.changed.emit(ChangeSet({"order": (1,)}))  # nothing the queues show
    assert widget.retraining.model.rowCount() == 3


def test_the_training_page_has_the_queues_beside_the_sessions(qtbot: Any, tmp_path: Path) -> None:
    cache, link = filled(), FakeLink()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    user = FakeUser(id=7, username="t", display_name="周培训", role="trainer")
    ctx = PageContext(link, user, settings, lambda: T0, SyncBackend(reader=cache))  # type: ignore[arg-type]
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    assert page.left_tabs.count() == 3
    assert page.queues.retraining.model.rowCount() == 2
    empty = TrainingQueues(PageContext(link, user, settings, lambda: T0, None))  # type: ignore[arg-type]
    qtbot.addWidget(empty.retraining)
    assert empty.retraining.why_not_enrol() is not None
