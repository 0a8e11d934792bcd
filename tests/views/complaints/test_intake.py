"""Hotline intake: a phone number, the caller's orders, Enter on one, a complaint prefilled."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt

from app.client.customers import LookupAnswer
from app.client.sync import ChangeSet
from app.models.enums import Severity
from app.rules.sla import deadlines
from app.views.complaints.page import ComplaintsPage
from app.views.timefmt import clock_text
from tests.views.complaints.conftest import PageFactory
from tests.views.complaints.fakes import AGENT_ID, PHONE, StubApi, complaint_row, items, load
from tests.views.fakes import FakeLink, put

pytestmark = pytest.mark.gui


def look_up(qtbot: Any, page: ComplaintsPage, phone: str = PHONE) -> None:
    page.focus_lookup()
    qtbot.keyClicks(page.intake.phone, phone)
    qtbot.keyClick(page.intake.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not page.reads.busy("lookup") and page.intake.state.text() == "")


def test_a_lookup_shows_the_caller_their_orders_and_open_tickets(
    qtbot: Any, make_page: PageFactory
) -> None:
    page = make_page()
    look_up(qtbot, page)
    entry = load("lookup.json")["customers"][0]

    assert "134****5671" in page.intake.customer_card.text()  # masked, as the server sent it
    assert page.intake.orders.topLevelItemCount() == len(entry["recent_orders"])
    assert page.intake.tickets.topLevelItemCount() == len(entry["open_complaints"])
    assert page.intake.orders.hasFocus()  # Enter again starts a complaint


def test_enter_on_an_order_prefills_the_complaint_from_it(
    qtbot: Any, make_page: PageFactory, link: FakeLink, clock: Any
) -> None:
    page = make_page()
    look_up(qtbot, page)
    order = load("lookup.json")["customers"][0]["recent_orders"][2]
    item = items(page.intake.orders)[2]
    page.intake.orders.setCurrentItem(item)

    qtbot.keyClick(page.intake.orders, Qt.Key.Key_Return)

    form = page.intake
    assert form.form.isVisible()
    assert order["code"] in form.about.text()
    assert form.category.hasFocus()
    form.category.setCurrentIndex(form.category.findData("theft"))
    assert form.severity.currentData() == "critical"  # suggested by the category
    due = deadlines(Severity.CRITICAL, clock.now)
    assert clock_text(due.first_response, clock.now) in form.deadlines.text()
    form.severity.setCurrentIndex(form.severity.findData("high"))
    high = deadlines(Severity.HIGH, clock.now)
    assert clock_text(high.first_response, clock.now) in form.deadlines.text()
    assert not form.submit.isEnabled()  # no summary yet

    form.summary.setPlainText("维修后钱包不见了")  # (QTest types Latin keys only)
    qtbot.keyClick(form.summary, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)

    (command,) = link.commands
    assert command["path"] == "/api/v1/complaints"
    assert command["if_match"] is None
    assert command["body"] == {
        "category": "theft",
        "severity": "high",
        "summary": "维修后钱包不见了",
        "customer_id": order["customer_id"],
        "order_id": order["id"],
    }
    assert not form.form.isVisible()


def test_a_category_suggests_a_severity_until_the_agent_chooses_one(
    qtbot: Any, make_page: PageFactory
) -> None:
    page = make_page()
    look_up(qtbot, page)
    form = page.intake
    form.start(None)  # Ctrl+N without an order: about the caller

    form.category.setCurrentIndex(form.category.findData("lateness"))
    assert form.severity.currentData() == "low"
    form.category.setCurrentIndex(form.category.findData("injury"))
    assert form.severity.currentData() == "critical"
    form.severity.setCurrentIndex(form.severity.findData("medium"))
    form.category.setCurrentIndex(form.category.findData("safety"))
    assert form.severity.currentData() == "medium"  # the agent's choice stands


def test_the_filed_ticket_opens_once_the_server_has_it(
    qtbot: Any, make_page: PageFactory, link: FakeLink, clock: Any
) -> None:
    api = StubApi()
    page = make_page(api=api)
    look_up(qtbot, page)
    page.intake.start_from_selection()
    page.intake.category.setCurrentIndex(page.intake.category.findData("damage"))
    page.intake.summary.setPlainText("冰箱外壳被刮花")
    page.intake.file()
    body = link.commands[0]["body"]

    # The server creates it; the feed says a complaint changed; the queues are read again.
    new = complaint_row(load("detail_open_overdue.json"))
    new |= {"id": 999, "code": "TS20261127-0099", "status": "open", "assignee_id": AGENT_ID}
    new |= {"customer_id": body["customer_id"], "summary": body["summary"], "category": "damage"}
    new |= {"opened_at": clock.now.isoformat(), "acknowledged_at": None}
    put(page.cache, "complaint", [new])  # type: ignore[attr-defined]
    link.changed.emit(ChangeSet({"complaint": (999,)}))

    qtbot.waitUntil(lambda: getattr(page.current_detail(), "id", None) == 999)
    assert page.waiting_intakes == []


def test_an_unknown_number_says_so(qtbot: Any, make_page: PageFactory) -> None:
    page = make_page()
    page.focus_lookup()
    qtbot.keyClicks(page.intake.phone, "13900000000")
    qtbot.keyClick(page.intake.phone, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: "13900000000" in page.intake.state.text() and not page.reads.busy("lookup")
    )

    assert page.intake.orders.topLevelItemCount() == 0
    page.intake.start_from_selection()
    assert not page.intake.form.isVisible()


def test_the_visible_button_starts_a_complaint_naming_the_provider_not_an_id(
    qtbot: Any, make_page: PageFactory
) -> None:
    page = make_page()
    assert not page.intake.new_button.isEnabled()  # nobody looked up yet
    order = next(
        o for o in load("lookup.json")["customers"][0]["recent_orders"] if o.get("provider_id")
    )
    put(
        page.cache, "provider", [{"id": order["provider_id"], "name": "李秀英", "status": "active"}]
    )
    look_up(qtbot, page)
    qtbot.waitUntil(lambda: not page.reads.busy("provider_names"))
    row = next(i for i, it in enumerate(items(page.intake.orders)) if it.text(0) == order["code"])
    page.intake.orders.setCurrentItem(items(page.intake.orders)[row])

    qtbot.mouseClick(page.intake.new_button, Qt.MouseButton.LeftButton)

    assert page.intake.form.isVisible()
    assert "李秀英" in page.intake.about.text()
    assert f"#{order['provider_id']}" not in page.intake.about.text()


def test_a_dispatcher_sees_the_queues_but_cannot_file(qtbot: Any, make_page: PageFactory) -> None:
    from tests.views.complaints.fakes import FakeStaff

    page = make_page(FakeStaff(1, "dispatcher", "调度员 王芳", "dispatcher"))
    look_up(qtbot, page)
    page.intake.start_from_selection()

    assert not page.intake.form.isVisible()
    assert not page.intake.new_button.isVisibleTo(page)
    assert page.team_model.rowCount() > 0


def test_a_fresh_answer_for_the_same_caller_leaves_the_agent_typing(
    qtbot: Any, make_page: PageFactory
) -> None:
    page = make_page()
    look_up(qtbot, page)
    third = items(page.intake.orders)[2]
    third_code = third.text(0)
    page.intake.orders.setCurrentItem(third)
    qtbot.keyClick(page.intake.orders, Qt.Key.Key_Return)  # the complaint form opens
    page.intake.summary.setFocus()
    qtbot.waitUntil(page.intake.summary.hasFocus)
    page.intake.summary.setPlainText("客户说")

    # The feed changed a ticket: looked up again.
    page.intake.show_lookup(LookupAnswer.from_wire(PHONE, load("lookup.json")))

    assert page.intake.summary.hasFocus()
    assert page.intake.summary.toPlainText() == "客户说"
    current = page.intake.orders.currentItem()
    assert current is not None
    assert current.text(0) == third_code
