"""Handling steps become the right Outbox commands: a callback in two clicks, the dialogs."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.client.sync import ChangeSet
from app.models.enums import CallbackOutcome
from app.views.complaints.dialogs import (
    Handover,
    NoteDialog,
    PickStaffDialog,
    Resolution,
    ResolveDialog,
)
from app.views.complaints.sanction_dialog import SanctionChoice, SanctionDecisionDialog
from tests.views.complaints.conftest import PageFactory, open_ticket
from tests.views.complaints.fakes import (
    NOW,
    SUPERVISOR_ID,
    FakeStaff,
    StubApi,
    complaint_row,
    details,
    typed,
)
from tests.views.fakes import FakeLink, put

pytestmark = pytest.mark.gui

RESOLVED = 42  # critical theft, resolved, not substantiated: waiting for the callback


def test_a_callback_in_two_clicks_queues_the_right_command(
    qtbot: Any, make_page: PageFactory, link: FakeLink
) -> None:
    page = make_page()
    open_ticket(qtbot, page, RESOLVED)
    box = page.detail.callback

    qtbot.mouseClick(box.buttons[CallbackOutcome.REACHED_SATISFIED], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(box.log_button, Qt.MouseButton.LeftButton)

    assert len(link.commands) == 1
    command = link.commands[0]
    detail = typed("detail_resolved.json")
    assert command["path"] == f"/api/v1/complaints/{RESOLVED}/callbacks"
    assert command["if_match"] == detail.version
    assert (command["entity"], command["entity_id"]) == ("complaint", RESOLVED)
    assert command["body"]["outcome"] == "reached_satisfied"
    assert "satisfied" in command["body"]["note"] or "满意" in command["body"]["note"]
    assert detail.code in command["label"]


def test_after_a_step_the_ticket_waits_for_the_server(
    qtbot: Any, make_page: PageFactory, link: FakeLink
) -> None:
    api = StubApi()
    page = make_page(api=api)
    open_ticket(qtbot, page, RESOLVED)
    page.detail.callback.choose(CallbackOutcome.REACHED_SATISFIED)
    page.detail.callback.log_button.click()

    assert page.detail.pending.text()
    assert not page.detail.callback.log_button.isEnabled()
    assert not page.ticket_actions["escalate"].isEnabled()
    # The rules already know what is left: nothing but the status step (callback_done next).
    assert "callback" not in page.detail.blockers.text().lower()

    saved = details()[RESOLVED]
    newer = complaint_row(saved) | {"version": saved["version"] + 1}
    put(page.cache, "complaint", [newer])  # type: ignore[attr-defined]
    link.changed.emit(ChangeSet({"complaint": (RESOLVED,)}))
    qtbot.waitUntil(lambda: getattr(page.current_detail(), "version", None) == newer["version"])

    assert not page.detail.pending.text()
    assert page.ticket_actions["escalate"].isEnabled()


def test_an_undocumented_unreachable_attempt_is_refused_before_sending(
    qtbot: Any, make_page: PageFactory, link: FakeLink
) -> None:
    page = make_page()
    open_ticket(qtbot, page, RESOLVED)
    box = page.detail.callback
    box.choose(CallbackOutcome.UNREACHABLE)
    box.note.clear()

    with qtbot.waitSignal(page.message) as said:
        box.log_button.click()

    assert link.commands == []
    assert "note" in said.args[0] or "写明" in said.args[0]


def test_the_unreachable_note_is_prefilled_and_kept_when_edited(
    qtbot: Any, make_page: PageFactory
) -> None:
    page = make_page()
    open_ticket(qtbot, page, RESOLVED)
    box = page.detail.callback

    box.choose(CallbackOutcome.UNREACHABLE)
    prefilled = box.note.text()
    box.note.setText("13:40 关机")
    box.choose(CallbackOutcome.REACHED_SATISFIED)

    assert "21:" in prefilled  # the Beijing time of the call
    assert box.note.text() == "13:40 关机"


def test_resolve_sends_the_resolution_and_the_finding(
    qtbot: Any, make_page: PageFactory, link: FakeLink, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = make_page()
    open_ticket(qtbot, page, 46)  # investigating
    monkeypatch.setattr(
        ResolveDialog, "ask", classmethod(lambda cls, *a: Resolution("已返工并致歉", True))
    )

    page.ticket_actions["resolve"].trigger()

    (command,) = link.commands
    assert command["path"] == "/api/v1/complaints/46/resolve"
    assert command["body"] == {"resolution": "已返工并致歉", "substantiated": True}


def test_escalate_to_a_supervisor(
    qtbot: Any, make_page: PageFactory, link: FakeLink, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[tuple[int, str]]] = []

    def ask(cls: Any, parent: Any, title: str, prompt: str, staff: Any, /, **kw: Any) -> Handover:
        seen.append(staff)
        return Handover(SUPERVISOR_ID, "客户要求主管回电")

    monkeypatch.setattr(PickStaffDialog, "ask", classmethod(ask))
    page = make_page()
    open_ticket(qtbot, page, 58)

    page.ticket_actions["escalate"].trigger()

    assert seen == [[(SUPERVISOR_ID, "主管 陈静")]]
    (command,) = link.commands
    assert command["path"] == "/api/v1/complaints/58/escalate"
    assert command["body"] == {"note": "客户要求主管回电", "supervisor_id": SUPERVISOR_ID}


def test_a_note_needs_text(qtbot: Any) -> None:
    dialog = NoteDialog("Note", "What?", ok_text="Add", required=True)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.text.setPlainText("已联系站点")
    assert ok.isEnabled()


def test_the_resolve_dialog_needs_a_resolution_and_a_finding(qtbot: Any) -> None:
    dialog = ResolveDialog("TS1", "袁婷")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    dialog.text.setPlainText("已赔偿")
    assert not ok.isEnabled()
    dialog.no.click()
    assert ok.isEnabled()
    assert dialog.value() == Resolution("已赔偿", False)


def test_the_sanction_dialog_starts_from_the_recommendation(
    qtbot: Any, make_page: PageFactory, link: FakeLink, monkeypatch: pytest.MonkeyPatch
) -> None:
    detail = typed("detail_sanction_missing_supervisor.json")
    assert detail.provider is not None
    assert detail.provider_id is not None
    assert detail.recommended_sanction is not None
    dialog = SanctionDecisionDialog(
        detail.code,
        detail.provider.name,
        detail.provider_id,
        detail.recommended_sanction,
        decided_by="supervisor",
        now=NOW,
    )
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]

    assert detail.provider.name in dialog.windowTitle()  # whom it sanctions, by name
    assert dialog.chosen_level() is not None
    assert dialog.chosen_level() == detail.recommended_sanction.level
    assert dialog.ends_at.isVisibleTo(dialog)  # a suspension ends: the rules propose a date
    assert not ok.isEnabled()  # no reason yet
    dialog.reason.setPlainText("紧急安全投诉属实，按阶梯暂停接单")
    assert ok.isEnabled()
    choice = dialog.value()
    assert choice.ends_at is not None
    body = choice.body()
    assert body["level"] == "suspension"
    assert body["block_provider"] is False

    monkeypatch.setattr(SanctionDecisionDialog, "ask", classmethod(lambda cls, *a, **k: choice))
    page = make_page(FakeStaff(SUPERVISOR_ID, "supervisor", "主管 陈静", "supervisor"))
    open_ticket(qtbot, page, 41)
    page.ticket_actions["record_sanction_decision"].trigger()

    (command,) = link.commands
    assert command["path"] == "/api/v1/complaints/41/sanction-decision"
    assert command["body"] == body


def test_no_sanction_needs_a_reason_too(qtbot: Any) -> None:
    dialog = SanctionDecisionDialog("TS1", "袁婷", 1, None, decided_by="sup", now=NOW)
    qtbot.addWidget(dialog)
    dialog.level.setCurrentIndex(0)
    assert dialog.chosen_level() is None
    assert not dialog.buttons.buttons()[0].isEnabled()
    dialog.reason.setPlainText("客户撤回投诉")
    assert dialog.value() == SanctionChoice(None, "客户撤回投诉", None, False, "")
