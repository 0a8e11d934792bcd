"""The ticket detail: the closing gate explained, actions per the server, the story in one list."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.rules.complaints import closing_blockers
from app.schemas.complaints import ComplaintDetail
from app.views.complaints.labels import reason_text
from app.views.complaints.pdf import PdfFiles
from app.views.complaints.wire import facts_from_detail, reasons, timeline
from tests.views.complaints.conftest import PageFactory, open_ticket
from tests.views.complaints.fakes import SUPERVISOR_ID, FakeStaff, details, items, typed

pytestmark = pytest.mark.gui

SANCTION_MISSING = 41  # called back, substantiated against the provider, no sanction decision


def test_close_is_disabled_and_every_missing_item_is_listed(
    qtbot: Any, make_page: PageFactory
) -> None:
    page = make_page()
    open_ticket(qtbot, page, SANCTION_MISSING)
    detail = typed("detail_sanction_missing_agent.json")
    expected = [reason_text(r) for r in reasons(detail.closing_blockers)]
    assert expected  # the fixture is a ticket that cannot close

    close = page.ticket_actions["close"]
    assert not close.isEnabled()
    assert page.detail.buttons["close"].isEnabled() is False
    assert page.detail.blockers_box.isVisible()
    for text in expected:
        assert text in page.detail.blockers.text()
        assert text in close.toolTip()
    assert "Ctrl+Shift+C" in close.toolTip()


def test_actions_follow_the_servers_allowed_actions(qtbot: Any, make_page: PageFactory) -> None:
    page = make_page()
    open_ticket(qtbot, page, SANCTION_MISSING)
    detail = typed("detail_sanction_missing_agent.json")
    allowed = {a.action: a.allowed for a in detail.allowed_actions}

    for name, ok in allowed.items():
        if name == "log_callback":  # the callback box, not a button
            continue
        assert page.ticket_actions[name].isEnabled() is ok, name
    assert allowed["log_callback"]
    assert all(b.isEnabled() for b in page.detail.callback.buttons.values())
    sanction = page.ticket_actions["record_sanction_decision"]
    assert "Your role may not take this action." in sanction.toolTip() or "您的角色" in (
        sanction.toolTip()
    )


def test_a_supervisor_may_record_the_sanction_decision(qtbot: Any, make_page: PageFactory) -> None:
    page = make_page(FakeStaff(SUPERVISOR_ID, "supervisor", "主管 陈静", "supervisor"))
    open_ticket(qtbot, page, SANCTION_MISSING)

    assert page.ticket_actions["record_sanction_decision"].isEnabled()
    assert "建议" in page.detail.fields["sanction"].text() or "recommended" in (
        page.detail.fields["sanction"].text()
    )


@pytest.mark.parametrize("ticket", sorted(details()))
def test_the_rules_on_the_desktop_agree_with_the_servers_gate(ticket: int) -> None:
    detail = ComplaintDetail.model_validate(details()[ticket])

    local = [r.code for r in closing_blockers(facts_from_detail(detail))]

    assert local == [r.code for r in detail.closing_blockers]


def test_one_timeline_holds_records_steps_and_callbacks(qtbot: Any, make_page: PageFactory) -> None:
    page = make_page()
    open_ticket(qtbot, page, SANCTION_MISSING)
    detail = typed("detail_sanction_missing_agent.json")
    tree = page.detail.timeline
    kinds = [item.data(0, 0x0100) for item in items(tree)]

    assert len(kinds) == len(detail.notes) + len(detail.callbacks)
    assert kinds == [e.kind for e in timeline(detail)]
    assert kinds[0] == "note:record"
    assert kinds[-1] == "callback:reached_satisfied"
    assert "客服 李娜" in items(tree)[0].text(2)


def test_sla_clocks_count_down(qtbot: Any, make_page: PageFactory, clock: Any) -> None:
    page = make_page()
    open_ticket(qtbot, page, 58)  # critical, open, first response overdue
    label = page.detail.clocks["first_response"]
    before = label.text()

    clock.advance(seconds=1)
    page.tick()

    assert label.property("state") == "overdue"
    assert label.text() != before


def test_the_case_file_is_built_off_the_ui_thread_and_saved(
    qtbot: Any, make_page: PageFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "case.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(PdfFiles, "ask_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(PdfFiles, "open_file", classmethod(lambda cls, p: opened.append(p)))
    page = make_page()
    open_ticket(qtbot, page, SANCTION_MISSING)

    page.ticket_actions["case_file"].trigger()
    job = page.steps.last_pdf
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):  # type: ignore[attr-defined]
        pass

    assert target.read_bytes().startswith(b"%PDF")
    assert opened == [target]
