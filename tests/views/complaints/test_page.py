"""The page around the queues: breach alerts, the feed, handover, a provider's sanctions."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client.certifications import CertDetail
from app.client.sync import ChangeSet
from app.views.certification.intake import IntakeDialog
from app.views.complaints.pdf import PdfFiles
from app.views.complaints.queue_model import QueueColumn
from app.views.complaints.sanctions_view import ProviderSanctionsDialog, show_provider_sanctions
from tests.views.complaints.conftest import PageFactory, open_ticket
from tests.views.complaints.fakes import (
    AGENT_ID,
    SUPERVISOR_ID,
    FakeStaff,
    complaint_row,
    details,
    items,
    load,
)
from tests.views.fakes import FakeLink, SyncBackend, command, put

pytestmark = pytest.mark.gui


class Alerts:
    def __init__(self) -> None:
        self.calls: list[tuple[str, str]] = []

    def alert(self, title: str, text: str) -> bool:
        self.calls.append((title, text))
        return False  # no tray here: the page says it in the status bar


def test_my_ticket_breaching_rings_once(qtbot: Any, make_page: PageFactory, clock: Any) -> None:
    page = make_page()
    alerts = Alerts()
    page.notifier = alerts  # type: ignore[assignment]
    mine = page.mine_model.rows()
    assert all(r.assignee_id == AGENT_ID for r in mine)
    running = [r for r in mine if r.next_deadline and not r.overdue(clock.now)]
    first = min(running, key=lambda r: r.next_deadline or clock.now)
    assert first.next_deadline is not None

    page.tick()
    assert alerts.calls == []  # tickets overdue before we looked are not news
    clock.now = first.next_deadline + timedelta(seconds=1)
    with qtbot.waitSignal(page.message) as said:
        page.tick()
    page.tick()
    page.tick()

    assert len(alerts.calls) == 1
    assert first.code in alerts.calls[0][0]
    assert first.code in said.args[0]


def test_a_team_ticket_breaching_does_not_ring(
    qtbot: Any, make_page: PageFactory, clock: Any
) -> None:
    page = make_page()
    alerts = Alerts()
    page.notifier = alerts  # type: ignore[assignment]
    mine = {r.id for r in page.mine_model.rows()}
    others = [
        r
        for r in page.team_model.rows()
        if r.id not in mine and r.next_deadline and not r.overdue(clock.now)
    ]
    assert others
    soonest_mine = min(
        (
            r.next_deadline
            for r in page.mine_model.rows()
            if r.next_deadline and not r.overdue(clock.now)
        ),
    )
    target = min(r.next_deadline for r in others if r.next_deadline)
    if target >= soonest_mine:
        pytest.skip("the fixture has no team deadline before the agent's own")
    clock.now = target + timedelta(seconds=1)

    page.tick()

    assert alerts.calls == []


def test_the_supervisor_on_duty_hears_of_an_unassigned_ticket_breaching(
    qtbot: Any, make_page: PageFactory, clock: Any
) -> None:
    # An unassigned urgent ticket once went overdue with nobody told.
    page = make_page(FakeStaff(id=SUPERVISOR_ID, username="supervisor", role="supervisor"))
    alerts = Alerts()
    page.notifier = alerts  # type: ignore[assignment]
    unassigned = [
        r
        for r in page.team_model.rows()
        if r.assignee_id is None and r.next_deadline and not r.overdue(clock.now)
    ]
    assert unassigned
    target = min(unassigned, key=lambda r: r.next_deadline or clock.now)
    assert target.next_deadline is not None
    page.tick()
    assert alerts.calls == []  # what was overdue before the supervisor looked is not news

    clock.now = target.next_deadline + timedelta(seconds=1)
    page.tick()
    page.tick()

    titles = [title for title, _text in alerts.calls]
    assert sum(target.code in t for t in titles) == 1  # rung, once


def test_only_visible_countdowns_are_repainted(qtbot: Any, make_page: PageFactory) -> None:
    page = make_page()
    page.tabs.setCurrentWidget(page.mine_table)
    qtbot.waitExposed(page.mine_table)
    changed: list[tuple[int, int, int]] = []
    page.mine_model.dataChanged.connect(
        lambda tl, br, _r: changed.append((tl.row(), br.row(), tl.column()))
    )
    page.team_model.dataChanged.connect(lambda *_: changed.append((-1, -1, -1)))

    with qtbot.assertNotEmitted(page.mine_model.modelReset):
        page.tick()

    (first, last, column) = changed[0]
    assert column == QueueColumn.COUNTDOWN
    assert first == 0
    visible = page.mine_table.rowAt(page.mine_table.viewport().height() - 1)
    assert last == (visible if visible >= 0 else page.mine_model.rowCount() - 1)
    assert last < page.mine_model.rowCount() - 1  # rows below the fold are left alone
    assert (-1, -1, -1) not in changed  # the hidden team queue is not repainted


def test_feed_changes_reload_the_open_ticket_and_the_queues(
    qtbot: Any, make_page: PageFactory, link: FakeLink
) -> None:
    page = make_page()
    open_ticket(qtbot, page, 41)
    channel: SyncBackend = page.channel  # type: ignore[attr-defined]
    before = len(channel.calls)

    link.changed.emit(ChangeSet({"complaint": (41, 42)}))
    link.changed.emit(ChangeSet({"complaint": (43,)}))
    qtbot.waitUntil(lambda: ("local", "queues") in channel.calls[before:])

    asked = [key for _kind, key in channel.calls[before:]]
    assert asked.count("detail:41") == 1
    assert asked.count("queues") == 1  # one read for a burst


def test_a_refused_step_unlocks_the_ticket(
    qtbot: Any, make_page: PageFactory, link: FakeLink
) -> None:
    page = make_page()
    open_ticket(qtbot, page, 58)
    page.ticket_actions["acknowledge"].trigger()
    assert link.commands[-1]["path"] == "/api/v1/complaints/58/acknowledge"
    assert not page.ticket_actions["acknowledge"].isEnabled()

    refused = command(7, state="conflict", path="/api/v1/complaints/58/acknowledge")
    refused.entity, refused.entity_id = "complaint", 58
    link.conflict.emit(refused)
    qtbot.waitUntil(lambda: not page.reads.busy("detail:58"))

    assert page.ticket_actions["acknowledge"].isEnabled()


def test_handover_groups_by_agent_and_prints(
    qtbot: Any, make_page: PageFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "handover.pdf"
    monkeypatch.setattr(PdfFiles, "ask_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(PdfFiles, "open_file", classmethod(lambda cls, p: None))
    page = make_page()
    page.tabs.setCurrentWidget(page.handover)
    page.handover.note.setPlainText("19:00 前回电 TS20261127-0023")

    shift = page.handover.shift()
    team = load("queue_team.json")["data"]
    assert sum(len(g["tickets"]) for g in shift["agent_groups"]) == len(team)
    assert shift["agent_groups"][0]["agent"] == "客服 李娜"
    assert shift["agent_groups"][-1]["agent"] == "Unassigned"
    assert shift["note"].startswith("19:00")
    assert "night shift" in shift["shift_label"]  # 21:38 in Beijing

    page.handover.print_button.click()
    job = page.steps.last_pdf
    assert job is not None
    with qtbot.waitSignal(job.finished, timeout=60_000):  # type: ignore[attr-defined]
        pass
    assert target.read_bytes().startswith(b"%PDF")


def test_provider_sanctions_from_the_ticket_and_for_any_page(
    qtbot: Any, make_page: PageFactory
) -> None:
    page = make_page()
    open_ticket(qtbot, page, 41)
    page.ticket_actions["sanctions"].trigger()
    dialog = next(w for w in page.findChildren(ProviderSanctionsDialog) if w.provider_id == 1848)
    qtbot.waitUntil(lambda: dialog.table.topLevelItemCount() == 1)
    record = load("provider_sanctions.json")

    assert "Suspension" in dialog.hold.text() or "暂停" in dialog.hold.text()
    assert record["sanctions"][0]["reason"] in items(dialog.table)[0].text(5)
    assert dialog.hold_reasons.text()


def test_sanctions_without_a_server_say_so(qtbot: Any) -> None:
    dialog = show_provider_sanctions(None, None, 512, "王师傅")
    qtbot.addWidget(dialog)
    assert dialog.error.isVisibleTo(dialog)
    assert "王师傅" in dialog.windowTitle()


def test_layout_is_saved_and_restored(
    qtbot: Any, make_page: PageFactory, settings: QSettings
) -> None:
    page = make_page()
    page.tabs.setCurrentIndex(2)
    page.save_state()
    page.tabs.setCurrentIndex(0)

    page.restore_state()

    assert page.tabs.currentIndex() == 2


def test_without_a_system_tray_the_alert_says_so(qtbot: Any) -> None:
    from PySide6.QtWidgets import QWidget

    from app.views.complaints.notify import Notifier

    owner = QWidget()
    qtbot.addWidget(owner)

    assert Notifier(owner).alert("Ticket overdue", "TS1") is False  # offscreen: no tray


def test_the_customers_other_tickets_closed_ones_too_open_from_the_detail(
    qtbot: Any, make_page: PageFactory, link: FakeLink
) -> None:
    page = make_page()
    earlier = complaint_row(details()[41]) | {
        "id": 900, "code": "TS20261101-0900", "customer_id": 500, "status": "closed",
    }  # fmt: skip
    put(page.cache, "complaint", [earlier])  # type: ignore[attr-defined]
    open_ticket(qtbot, page, 40)  # customer 500 also has ticket 50 open
    listed = page.detail.customer_tickets
    qtbot.waitUntil(lambda: listed.topLevelItemCount() == 2)

    codes = [item.text(1) for item in items(listed)]
    assert codes[-1] == "TS20261101-0900"  # closed: last
    shown = page.current_detail()
    assert shown is not None
    assert shown.code not in codes

    listed.itemActivated.emit(items(listed)[0], 0)
    qtbot.waitUntil(lambda: getattr(page.current_detail(), "id", None) == 50)


def test_the_named_provider_opens_their_scorecard(qtbot: Any, make_page: PageFactory) -> None:
    from app.views.scorecard.dialog import ScorecardDialog

    page = make_page()
    open_ticket(qtbot, page, 41)
    label = page.detail.fields["provider"]
    assert 'href="1848"' in label.text()
    label.linkActivated.emit("1848")  # what a click on the name sends
    dialog = page.findChild(ScorecardDialog)
    assert dialog is not None
    assert dialog.provider_id == 1848


def test_a_dashboard_figure_filters_the_team_queue_until_show_all(
    make_page: PageFactory, clock: Any
) -> None:
    page = make_page()
    every = page.team_model.rows()
    severity = every[0].severity
    page.drill({"severity": severity})
    shown = page.team_model.rows()
    assert shown
    assert all(r.severity == severity for r in shown)
    assert len(shown) == sum(r.severity == severity for r in every)
    assert page.tabs.currentWidget() is page.team_table
    assert page.filter_bar.isVisible()
    team_tab = page.tabs.indexOf(page.team_table)
    assert f"({len(shown)} of {len(every)})" in page.tabs.tabText(team_tab)
    assert "filtered" in page.tabs.tabText(team_tab)

    page.drill({"overdue": "1", "severity": "not-a-severity"})
    now = clock()
    assert [r.id for r in page.team_model.rows()] == [r.id for r in every if r.overdue(now)]

    page.show_all.click()
    assert [r.id for r in page.team_model.rows()] == [r.id for r in every]
    assert page.tabs.tabText(team_tab).endswith(f"({len(every)})")
    assert not page.filter_bar.isVisible()


def test_an_audit_record_opens_its_ticket(qtbot: Any, make_page: PageFactory) -> None:
    page = make_page()
    wanted = page.team_model.rows()[-1].id
    page.drill({"open": str(wanted)})
    qtbot.waitUntil(lambda: getattr(page.current_detail(), "id", None) == wanted)


def test_an_agent_enters_a_certificate_from_the_workbench(
    qtbot: Any, make_page: PageFactory
) -> None:
    """Agents take certificates in for providers but have no review page: the intake dialog
    opens from the workbench (a button at the tabs' corner, Ctrl+Shift+D)."""
    page = make_page()  # the agent
    assert page.tabs.cornerWidget(Qt.Corner.TopRightCorner) is page.certificate_button
    assert page.certificate_button.isVisibleTo(page)
    assert page.page_actions["certificate"].shortcut().toString() == "Ctrl+Shift+D"
    qtbot.mouseClick(page.certificate_button, Qt.MouseButton.LeftButton)
    dialog = page.findChild(IntakeDialog)
    assert dialog is not None
    assert dialog.isVisible()
    dialog.result_detail = CertDetail.from_data({"id": 40, "documents": 1})  # an agent's
    with qtbot.waitSignal(page.message) as said:
        dialog.accept()  # what the dialog does when the server has the certificate
    assert said.args == ["Certificate entered: it waits for review."]


def test_a_dispatcher_reading_complaints_cannot_enter_certificates(
    make_page: PageFactory,
) -> None:
    page = make_page(FakeStaff(1, "dispatcher", "调度员 王芳", "dispatcher"))
    assert page.certificate_button.isHidden()
    assert "certificate" not in page.page_actions
    assert page.enter_certificate() is None
