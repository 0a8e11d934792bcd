"""The trainer's page: my sessions first, attendance in one save, scores typed from the
keyboard with a live result, drafts and the sign-off through the Outbox, conflicts kept."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.client.cache import Cache
from app.client.outbox import OutboxCommand
from app.client.sync import ChangeSet
from app.views import i18n
from app.views.board.dialogs import ConfirmDialog
from app.views.training.page import TrainingPage
from tests.views.fakes import FakeLink, put
from tests.views.training.desk import FULL, NOW, context, filled

Desk = tuple[TrainingPage, FakeLink, Cache]
ZH_TS = Path(__file__).resolve().parents[3] / "resources" / "translations" / "shangmen_zh_CN.ts"


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> Desk:
    cache = filled()
    ctx, link = context(cache, tmp_path)
    page = TrainingPage(ctx)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    return page, link, cache


def paths(link: FakeLink) -> list[str]:
    return [
        c["path"].rsplit("/", 2)[-2] + "/" + c["path"].rsplit("/", 1)[-1] for c in link.commands
    ]


def test_my_sessions_today_first_then_others(desk: Desk, qtmodeltester: Any) -> None:
    page, _link, _cache = desk
    assert [r.id for r in page.sessions.rows] == [10, 11, 12, 13]
    assert page.current is not None
    assert page.current.id == 10  # today's session of mine is open
    assert page.sessions.index(0, 3).data() == "3 / 3"
    assert page.sessions.index(0, 4).data() == "1"
    assert page.sessions.index(0, 5).data() == "通州区 · 通州培训站"
    qtmodeltester.check(page.sessions)
    qtmodeltester.check(page.roster)
    qtmodeltester.check(page.grid)
    assert not page.step_buttons["start"].isEnabled()  # in progress already
    assert page.step_buttons["complete"].isEnabled()


def test_scores_typed_from_the_keyboard_show_a_live_result_and_save_as_drafts(
    qtbot: QtBot, desk: Desk
) -> None:
    page, link, _cache = desk
    view, grid = page.grid_view, page.grid
    assert [x.provider_name for x in grid.lines] == ["王芳", "李娟", "张秀英"]
    assert grid.index(0, grid.result_column()).data() == "Pass"
    view.setFocus()
    view.setCurrentIndex(grid.index(1, 1))  # 李娟's theory
    # 9, 2; Tab; 5 4 0 4 4 (etiquette, communication, newborn handling = fail, feeding, bathing)
    qtbot.keyClicks(view, "92")
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    for digit in "54044":
        qtbot.keyClick(view, digit)
        qtbot.keyClick(view, Qt.Key.Key_Return)
    line = grid.lines[1]
    assert line.theory == 92
    assert line.practical == {"etiquette": 5, "communication": 4, "newborn_handling": 0,
                              "feeding": 4, "bathing": 4}  # fmt: skip
    result = grid.index(1, grid.result_column()).data()
    assert result.startswith("Fail: ")
    assert "新生儿安全抱姿" in result  # the minimum that failed, by name (rules speak Chinese)
    # After the last criterion Enter went on to the next trainee's theory.
    assert (view.currentIndex().row(), view.currentIndex().column()) == (2, 1)

    # A value off the scale is refused and said why; the cell keeps nothing.
    view.setCurrentIndex(grid.index(1, 4))
    qtbot.keyClick(view, "7")
    assert grid.lines[1].practical["newborn_handling"] == 0
    assert "off this column's scale" in page.notice.text()
    qtbot.keyClick(view, "1")
    assert grid.index(1, grid.result_column()).data() == "Pass"

    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    [draft] = link.commands
    assert draft["path"].endswith("/training-sessions/10/assessments/2/draft")
    assert draft["body"]["theory"] == 92
    assert draft["body"]["base"] == {"theory": None, "practical": {}}
    assert draft["body"]["absences"] == 0
    assert draft["supersede"] is True
    assert not page.save_draft.isEnabled()  # nothing unsaved now


def test_attendance_everyone_present_toggle_the_exceptions_one_save(
    qtbot: QtBot, desk: Desk
) -> None:
    page, link, _cache = desk
    page.tabs.setCurrentIndex(1)
    view = page.roster_view
    assert page.roster.present == {1: True, 2: True, 3: True}
    assert page.save_attendance.isEnabled()  # never saved: the default is worth saving
    view.setFocus()
    view.setCurrentIndex(page.roster.index(1, 0))
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.roster.present == {1: True, 2: False, 3: True}
    assert page.grid.lines[1].absences == 1  # the result counts it at once
    assert page.attendance_counts.text() == "3 seated · 1 absent"
    qtbot.mouseClick(page.save_attendance, Qt.MouseButton.LeftButton)
    [cmd] = link.commands
    assert cmd["path"].endswith("/training-sessions/10/attendance")
    assert cmd["body"] == {"present": {"1": True, "2": False, "3": True}}
    assert cmd["if_match"] == 4
    # A feed refresh before the attendance is back does not flip 李娟 back to present.
    page.reload()
    assert page.roster.present[2] is False


def test_sign_off_saves_first_then_signs_the_session_in_one_command(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    page, link, cache = desk
    asked: list[str] = []
    monkeypatch.setattr(
        ConfirmDialog, "ask", classmethod(lambda cls, *a, **k: asked.append(a[2]) or True)
    )
    assert not page.sign.isEnabled()
    assert "李娟、张秀英" in page.sign.toolTip()
    grid, view = page.grid, page.grid_view
    for row in (1, 2):
        view.setCurrentIndex(grid.index(row, 1))
        qtbot.keyClicks(view, "75")
    assert page.sign.isEnabled()
    qtbot.mouseClick(page.sign, Qt.MouseButton.LeftButton)
    assert "3 assessment(s)" in asked[0]
    assert paths(link) == ["10/attendance", "2/draft", "3/draft", "10/sign-off"]
    sheets = link.commands[-1]["body"]["sheets"]
    assert [(s["provider_id"], s["theory"]) for s in sheets] == [(1, 88), (2, 75), (3, 75)]
    assert grid.is_locked(1)
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClick(view, "9")
    assert grid.lines[1].theory == 75  # signing: locked
    # The feed brings the signed assessments: the rows say so and stay locked.
    put(cache, "assessment", [
        {"id": 50 + p, "version": 3, "provider_id": p, "course_id": 1, "session_id": 10,
         "state": "signed", "theory_score": 88 if p == 1 else 75,
         "scores": FULL if p == 1 else {}, "absences": 0}
        for p in (1, 2, 3)
    ])  # fmt: skip
    link.changed.emit(ChangeSet({"assessment": (51, 52, 53)}))
    assert grid.index(1, 0).data() == "李娟 (signed)"
    assert page.sign.toolTip() == "Every assessment of this session is signed."


def conflict(cmd_id: int, provider_id: int, theory: int) -> OutboxCommand:
    return OutboxCommand(
        cmd_id, f"/api/v1/training-sessions/10/assessments/{provider_id}/draft",
        {"theory": 70}, None, "k", "assessment", 0, "成绩", NOW, "conflict",
        {"code": "stale_version", "message": "成绩已被他人修改", "message_en": "Changed elsewhere",
         "status": 412, "details": {"provider_id": provider_id},
         "current": {"id": 60, "provider_id": provider_id, "theory_score": theory,
                     "scores": {"etiquette": 3}, "absences": 0}},
    )  # fmt: skip


def test_a_refused_draft_keeps_my_scores_and_resends_them_on_the_servers(
    qtbot: QtBot, desk: Desk
) -> None:
    page, link, _cache = desk
    grid, view = page.grid, page.grid_view
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClicks(view, "70")
    page.commands.save_scores()
    link.conflict.emit(conflict(31, 2, 55))
    assert page.banner.isVisible()
    assert "李娟" in page.banner.text.text()
    assert grid.lines[1].theory == 70  # mine, kept
    assert 2 in grid.conflicts
    assert "theory 55" in grid.index(1, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert not page.sign.isEnabled()
    qtbot.mouseClick(page.banner.keep, Qt.MouseButton.LeftButton)
    assert link.resolutions == [(31, False)]  # the refused one goes; a new one replaces it
    resent = link.commands[-1]
    assert resent["body"]["theory"] == 70
    assert resent["body"]["base"] == {"theory": 55, "practical": {"etiquette": 3}}
    assert not page.banner.isVisible()


def test_take_the_servers_scores(qtbot: QtBot, desk: Desk) -> None:
    page, link, _cache = desk
    grid, view = page.grid, page.grid_view
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClicks(view, "70")
    page.commands.save_scores()
    link.conflict.emit(conflict(32, 2, 55))
    qtbot.mouseClick(page.banner.take, Qt.MouseButton.LeftButton)
    assert link.resolutions == [(32, False)]
    assert grid.lines[1].theory == 55
    assert len(link.commands) == 1  # nothing re-sent
    assert grid.dirty_lines() == []


def test_a_feed_change_elsewhere_updates_quiet_rows_and_flags_edited_ones(
    qtbot: QtBot, desk: Desk
) -> None:
    page, link, cache = desk
    grid, view = page.grid, page.grid_view
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClicks(view, "70")  # 李娟: edited, not saved
    put(cache, "assessment", [
        {"id": 50, "version": 3, "provider_id": 1, "course_id": 1, "session_id": 10,
         "state": "draft", "theory_score": 60, "scores": FULL, "absences": 0},
        {"id": 61, "version": 1, "provider_id": 2, "course_id": 1, "session_id": 10,
         "state": "draft", "theory_score": 40, "scores": {}, "absences": 0},
    ])  # fmt: skip
    link.changed.emit(ChangeSet({"assessment": (50, 61)}))
    assert grid.lines[0].theory == 60  # nobody was editing 王芳: the new score shows
    assert grid.lines[1].theory == 70  # mine stays
    assert 2 in grid.conflicts


def test_session_step_is_a_command_at_the_version_seen(qtbot: QtBot, desk: Desk) -> None:
    page, link, _cache = desk
    page.select_session(11)
    assert page.current is not None
    assert page.current.id == 11
    assert page.step_buttons["start"].isEnabled()
    assert not page.save_attendance.isEnabled()
    assert page.save_attendance.toolTip() == "Attendance is taken once the session has started."
    qtbot.mouseClick(page.step_buttons["start"], Qt.MouseButton.LeftButton)
    assert link.commands[-1]["path"].endswith("/training-sessions/11/start")
    assert link.commands[-1]["if_match"] == 1


def test_a_trainees_record_opens_from_the_grid_and_follows_the_feed(
    qtbot: QtBot, desk: Desk
) -> None:
    page, link, cache = desk
    page.grid_view.setFocus()
    page.grid_view.setCurrentIndex(page.grid.index(0, 1))  # 王芳
    qtbot.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = page.documents.record_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.record is not None)
    assert dialog.title.text() == "王芳  P0001"
    assert dialog.entries.topLevelItem(0).text(7) == "Draft"
    put(cache, "assessment", [
        {"id": 50, "version": 3, "provider_id": 1, "course_id": 1, "session_id": 10,
         "state": "signed", "theory_score": 88, "practical_score": 88, "scores": FULL,
         "absences": 0, "passed": True, "signed_at": NOW.isoformat(),
         "assessed_at": NOW.isoformat(), "valid_until": "2027-12-03T02:00:00+00:00"},
    ])  # fmt: skip
    link.changed.emit(ChangeSet({"assessment": (50,)}))
    qtbot.waitUntil(lambda: dialog.entries.topLevelItem(0).text(7) == "Pass")
    assert dialog.certs.topLevelItem(0).text(2) == "2027-12-03"


def test_the_sign_in_sheet_is_saved_as_pdf(
    qtbot: QtBot, desk: Desk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.views.complaints.pdf import PdfFiles

    page, _link, _cache = desk
    target = tmp_path / "sheet.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(PdfFiles, "ask_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(PdfFiles, "open_file", classmethod(lambda cls, p: opened.append(p)))
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(page.sheet_pdf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: opened == [target], timeout=10000)
    assert target.read_bytes().startswith(b"%PDF")


def test_a_draft_retried_from_the_problems_panel_settles_the_row(qtbot: QtBot, desk: Desk) -> None:
    page, link, cache = desk
    grid, view = page.grid, page.grid_view
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClicks(view, "70")
    page.commands.save_scores()
    link.conflict.emit(conflict(33, 2, 55))
    assert page.banner.isVisible()
    link.command_resolved.emit(33)  # retried on the server's scores by the worker
    assert not page.banner.isVisible()
    put(cache, "assessment", [
        {"id": 61, "version": 6, "provider_id": 2, "course_id": 1, "session_id": 10,
         "state": "draft", "theory_score": 70, "scores": {}, "absences": 0},
    ])  # fmt: skip
    link.changed.emit(ChangeSet({"assessment": (61,)}))
    assert grid.conflicts == {}
    assert grid.dirty_lines() == []
    assert grid.lines[1].theory == 70


def test_space_toggles_attendance_only_in_the_roster(qtbot: QtBot, desk: Desk) -> None:
    page, _link, _cache = desk
    page.tabs.setCurrentIndex(1)
    page.roster_view.setCurrentIndex(page.roster.index(0, 0))
    page.table.setFocus()  # the session list, beside the visible roster
    qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.roster.present == {1: True, 2: True, 3: True}
    page.roster_view.setFocus()
    qtbot.keyClick(page.roster_view, Qt.Key.Key_Space)
    assert page.roster.present == {1: False, 2: True, 3: True}


SIGNED_ONE = {
    "id": 50, "version": 3, "provider_id": 1, "course_id": 1, "session_id": 10,
    "state": "signed", "theory_score": 88, "scores": FULL, "absences": 0, "passed": True,
}  # fmt: skip


def test_a_signed_row_is_amended_from_the_keyboard_with_a_reason(
    qtbot: QtBot, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.views.training.amend import AmendReason

    page, link, cache = desk
    put(cache, "assessment", [SIGNED_ONE])
    link.changed.emit(ChangeSet({"assessment": (50,)}))
    monkeypatch.setattr(AmendReason, "ask", classmethod(lambda cls, *a: "理论卷漏算一页"))
    grid, view = page.grid, page.grid_view
    view.setFocus()
    view.setCurrentIndex(grid.index(0, 1))
    qtbot.keyClick(view, "5")
    assert grid.lines[0].theory == 88  # locked
    assert "F2" in page.notice.text()
    qtbot.keyClick(view, Qt.Key.Key_F2)
    assert grid.index(0, 0).data() == "王芳 (amending)"
    qtbot.keyClicks(view, "95")
    qtbot.keyClick(view, Qt.Key.Key_F2)
    [cmd] = link.commands
    assert cmd["path"].endswith("/assessments/50/amend")
    assert cmd["if_match"] == 3
    assert (cmd["body"]["theory"], cmd["body"]["reason"]) == (95, "理论卷漏算一页")
    assert grid.index(0, 0).data() == "王芳 (amendment sent)"
    page.reload()  # the feed has not brought it back: the corrected score stays shown
    assert grid.lines[0].theory == 95
    put(cache, "assessment", [{**SIGNED_ONE, "version": 4, "theory_score": 95}])
    link.changed.emit(ChangeSet({"assessment": (50,)}))
    assert grid.index(0, 0).data() == "王芳 (signed)"
    assert grid.amended == {}


def test_escape_puts_the_signed_scores_back(qtbot: QtBot, desk: Desk) -> None:
    page, link, cache = desk
    put(cache, "assessment", [SIGNED_ONE])
    link.changed.emit(ChangeSet({"assessment": (50,)}))
    grid, view = page.grid, page.grid_view
    view.setFocus()
    view.setCurrentIndex(grid.index(0, 1))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    qtbot.keyClicks(view, "40")
    assert grid.lines[0].theory == 40
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert grid.lines[0].theory == 88
    assert grid.amending is None
    assert link.commands == []


def test_typed_scores_go_with_the_trainer_to_another_session_not_lost(
    qtbot: QtBot, desk: Desk
) -> None:
    page, link, _cache = desk
    view, grid = page.grid_view, page.grid
    view.setFocus()
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClicks(view, "88")
    assert grid.dirty_lines()
    page.select_session(11)  # another session, without Ctrl+S
    assert paths(link) == ["2/draft"]  # queued as a draft on the way out, not dropped
    # Opening a session whose attendance was never taken saves nothing by itself.
    page.select_session(12)
    assert paths(link) == ["2/draft"]
    assert page.save_unsaved() == 0


def test_an_unscored_row_has_no_practical_total_yet(qtbot: QtBot, desk: Desk) -> None:
    page, _link, _cache = desk
    view, grid = page.grid_view, page.grid
    total = grid.total_column()
    assert grid.index(0, total).data() == "87.5"  # 王芳's draft, weighted
    # 李娟 has no score at all: "—" (not scored yet), not a practical total of 0.
    assert grid.index(1, total).data() == "—"
    assert grid.index(1, total).data(Qt.ItemDataRole.ToolTipRole) == "Not scored yet"
    assert grid.index(0, total).data(Qt.ItemDataRole.ToolTipRole) is None
    view.setFocus()
    view.setCurrentIndex(grid.index(1, 1))
    qtbot.keyClicks(view, "90")  # a theory score alone is still no practical total
    assert grid.index(1, total).data() == "—"
    qtbot.keyClick(view, Qt.Key.Key_Tab)
    qtbot.keyClick(view, "0")  # the first criterion, scored 0: now the total is a real 0
    assert grid.lines[1].practical["etiquette"] == 0
    assert grid.index(1, total).data() == "0"


@pytest.fixture
def english() -> Iterator[None]:
    before = i18n.current_language()
    i18n.set_language_for_tests("en")
    yield
    i18n.set_language_for_tests(before)


def test_the_heading_names_the_state_with_its_label_in_english(english: None, desk: Desk) -> None:
    page, _link, _cache = desk
    assert page.current is not None
    assert page.current.state == "in_progress"
    assert page.title.text().endswith(" · In progress")  # not the raw "in progress"
    assert page.sessions.index(0, 2).data() == "In progress"  # the sessions' state column
    page.select_session(11)
    assert page.title.text().endswith(" · Scheduled")
    # Inside a sentence the state stays a word.
    assert page.why_not_step("complete") == "Not possible for a session that is scheduled."


def test_the_heading_names_the_state_in_chinese(chinese: None, desk: Desk) -> None:
    page, _link, _cache = desk
    assert page.title.text().endswith(" · 进行中")
    page.select_session(12)
    assert page.title.text().endswith(" · 已结束")


def test_an_audit_record_opens_its_session(desk: Desk) -> None:
    page, _link, _cache = desk
    page.drill({"open": "12"})
    assert page.current is not None
    assert page.current.id == 12
    page.drill({})  # nothing asked: the session stays chosen
    assert page.current.id == 12
