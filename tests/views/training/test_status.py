"""A provider's training status where dispatchers see the provider: the order detail and the
ranked assign dialog (an ineligible candidate says which course and the next session)."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.client.training_status import training_status
from app.views.board.detail import OrderDetailPanel
from app.views.dispatch import assign_dialog
from app.views.dispatch.assign_dialog import AssignDialog, OrderRef
from app.views.training.status import TrainingStatusLabel, blocking_lines, status_lines
from tests.client.test_training_status import T0, filled
from tests.views.fakes import SyncBackend, make_row

pytestmark = pytest.mark.gui


def test_lines_for_every_course_and_hold_state(qtbot: Any) -> None:
    cache = filled()
    lines = {p: status_lines(training_status(cache, p, "maternity", T0)) for p in (1, 2, 3, 4)}
    assert "2027-11-03" in lines[1][0]  # valid until
    assert "2026-12-23" in lines[2][0]  # recertification due by
    assert "12-08 09:00" in lines[2][1]  # enrolled in the retraining session on the 8th
    assert "1" in lines[2][1].split("(")[-1]  # one failed attempt
    assert "2026-10-29" in lines[3][0]  # lapsed on
    assert "12-13 09:00" in lines[3][0]  # the next maternity session
    assert len(lines[3]) == 2  # the hold: passed
    assert len(lines[4]) == 2
    assert "12-08 09:00" in lines[4][1]  # not enrolled yet: the next retraining session
    assert blocking_lines(training_status(cache, 1, "maternity", T0)) == []
    assert len(blocking_lines(training_status(cache, 3, "maternity", T0))) == 1
    status = training_status(cache, 1, "elderly_care", T0)
    assert status_lines(status) == []


def test_next_to_nothing_says_no_session(qtbot: Any) -> None:
    cache = filled()
    status = training_status(cache, 4, "maternity", T0)
    later = T0.replace(year=2027, month=6)  # after every session of the cache
    empty = training_status(cache, 4, "maternity", later)
    assert status_lines(empty) != status_lines(status)
    assert all(line for line in status_lines(empty))


def test_the_order_detail_shows_the_assigned_providers_training(qtbot: Any) -> None:
    data = SyncBackend(reader=filled())
    panel = OrderDetailPanel([], data=data)
    qtbot.addWidget(panel)
    panel.show_order(make_row(1, status="assigned", provider_id=3, category="maternity"), T0)
    assert "2026-10-29" in panel.training.text()
    assert panel.training.property("clear") is False
    panel.show_order(make_row(1, status="assigned", provider_id=1, category="maternity"), T0)
    assert "2027" in panel.training.text()
    assert panel.training.property("clear") is True
    panel.show_order(make_row(1, status="assigned", provider_id=1, category="cleaning"), T0)
    assert panel.training.text() != ""  # no course for the service: says so
    panel.show_order(make_row(2, status="pending", provider_id=None), T0)
    assert panel.training.text() == ""


def test_without_a_cache_the_label_stays_empty(qtbot: Any) -> None:
    label = TrainingStatusLabel(SyncBackend())
    qtbot.addWidget(label)
    label.show_provider(3, "maternity", T0)
    assert label.text() == ""


def test_an_answer_for_another_provider_is_dropped(qtbot: Any) -> None:
    data = SyncBackend(reader=filled(), hold=True)
    label = TrainingStatusLabel(data)
    qtbot.addWidget(label)
    label.show_provider(3, "maternity", T0)
    label.show_provider(None, "maternity", T0)
    data.flush()
    assert label.text() == ""


class TrainingApi:
    """The candidates of a maternity order: 1 eligible, 3 lapsed, 4 held (never trained)."""

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        if path.endswith("/candidates"):
            return {
                "order_id": 9, "order_version": 2,
                "eligible": [{"provider": {"id": 1, "name": "阿姨1"}, "score": 0.9}],
                "ineligible": [
                    {"provider": {"id": 3, "name": "阿姨3"}, "reasons": [
                        {"code": "training_lapsed", "message": "培训合格证明已到期"}]},
                    {"provider": {"id": 4, "name": "阿姨4"}, "reasons": [
                        {"code": "retraining_hold", "message": "停单培训中"},
                        {"code": "training_not_passed", "message": "未通过培训"}]},
                    {"provider": {"id": 5, "name": "阿姨5"}, "reasons": [
                        {"code": "too_far", "message": "太远"}]},
                ],
            }  # fmt: skip
        return {"id": 9, "lat": 39.9, "lng": 116.4}


def test_an_ineligible_candidate_says_which_course_and_the_next_session(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assign_dialog, "utc_now", lambda: T0)
    data = SyncBackend(reader=filled(), api=TrainingApi())
    dialog = AssignDialog(OrderRef(9, "SM1", 2, "maternity"), data, role="dispatcher")
    qtbot.addWidget(dialog)
    assert dialog.training_note.isHidden()  # the eligible one is highlighted
    qtbot.keyClick(dialog.list, Qt.Key.Key_2)  # a dispatcher may not send them: says why
    assert not dialog.training_note.isHidden()
    assert "12-13 09:00" in dialog.training_note.text()  # the next maternity session
    qtbot.keyClick(dialog.list, Qt.Key.Key_3)
    assert len(dialog.training_note.text().splitlines()) == 2  # the course and the hold
    assert "12-08 09:00" in dialog.training_note.text()  # the next retraining session
    qtbot.keyClick(dialog.list, Qt.Key.Key_4)
    assert dialog.training_note.isHidden()  # too far: nothing about training


def test_a_supervisor_sees_it_on_the_highlighted_row(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(assign_dialog, "utc_now", lambda: T0)
    data = SyncBackend(reader=filled(), api=TrainingApi(), hold=True)
    dialog = AssignDialog(OrderRef(9, "SM1", 2, "maternity"), data, role="supervisor")
    qtbot.addWidget(dialog)
    data.flush()  # the ranking; the training read is now on its way
    dialog.list.setCurrentIndex(dialog.model.index(1))
    assert dialog.training_note.isHidden()
    data.flush()
    assert "12-13 09:00" in dialog.training_note.text()


def test_the_sanctions_window_shows_a_retraining_holds_progress(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.views.complaints import sanctions_view

    monkeypatch.setattr(sanctions_view, "utc_now", lambda: T0)
    data = SyncBackend(reader=filled())
    held = sanctions_view.ProviderSanctionsDialog(data, 2, "阿姨2")  # type: ignore[arg-type]
    qtbot.addWidget(held)
    assert "12-08 09:00" in held.training.text()  # booked on the retraining session
    assert len(held.training.text().splitlines()) == 1  # no category: the hold only
    clean = sanctions_view.ProviderSanctionsDialog(data, 1, "阿姨1")  # type: ignore[arg-type]
    qtbot.addWidget(clean)
    assert clean.training.text() == ""  # no hold: nothing to say
