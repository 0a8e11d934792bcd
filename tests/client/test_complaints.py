"""The workbench's cache queries: queues, a ticket, a customer's tickets, staff, sanctions."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import Any

from app.client import complaints as queries
from app.client.cache import Cache
from app.models.enums import Role
from app.rules.complaint_detail import Viewer
from app.schemas.complaints import AssigneePublic, ComplaintDetail

T0 = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)
NOW = T0 + timedelta(hours=2)


def put(cache: Cache, entity: str, rows: list[dict[str, Any]]) -> None:
    changes = [
        {"entity": entity, "id": r["id"], "version": r.get("version", 1), "op": "U",
         "data": {"version": 1, **r}}
        for r in rows
    ]  # fmt: skip
    cache.apply_page(changes, cache.cursor() + "x")


def ticket(id: int, *, minutes_ago: int, severity: str = "medium", **kw: Any) -> dict[str, Any]:
    opened = NOW - timedelta(minutes=minutes_ago)
    return {
        "id": id,
        "code": f"TS-{id}",
        "customer_id": 3,
        "provider_id": None,
        "order_id": None,
        "assignee_id": None,
        "severity": severity,
        "status": "open",
        "category": "quality",
        "summary": "…",
        "opened_at": opened.isoformat(),
        # every column of a cached complaint row (the detail's type requires them)
        "first_response_due": (opened + timedelta(hours=1)).isoformat(),
        "resolution_due": (opened + timedelta(hours=24)).isoformat(),
        "callback_due": None,
        "possible_duplicate_of": None,
        "acknowledged_at": None,
        "resolved_at": None,
        "closed_at": None,
        "resolution": "",
        "substantiated": None,
        "sanction_decided": False,
        "escalated": False,
        "reopen_count": 0,
    } | kw


def filled() -> Cache:
    cache = Cache(":memory:")
    put(
        cache,
        "complaint",
        [
            ticket(1, minutes_ago=10, severity="low", assignee_id=2),
            ticket(2, minutes_ago=90, severity="high"),  # first response (1 h) missed
            ticket(3, minutes_ago=5, severity="critical", assignee_id=2),
            ticket(4, minutes_ago=600, status="closed", closed_at=NOW.isoformat()),
            ticket(5, minutes_ago=20, customer_id=9),
        ],
    )
    put(
        cache,
        "user",
        [
            {"id": 2, "username": "agent", "display_name": "客服 李娜", "role": "agent"},
            {"id": 3, "username": "gone", "display_name": "", "role": "agent", "active": False},
            {"id": 5, "username": "sup", "display_name": "", "role": "supervisor"},
        ],
    )
    return cache


def test_queues_hold_open_tickets_in_urgency_order() -> None:
    got = queries.queues(filled(), 2, NOW)

    assert [r.id for r in got.team] == [2, 3, 5, 1]  # overdue first, then by deadline
    assert got.team[0].overdue(NOW)
    assert [r.id for r in got.mine] == [3, 1]
    assert got.team[0].breached  # as the item said when it was read
    printed = queries.handover_item(got.team[0])
    assert (printed["id"], printed["overdue"]) == (2, True)
    assert printed["next_deadline"] == got.team[0].next_deadline.isoformat()  # type: ignore[union-attr]
    assert queries.handover_item(replace(got.team[0], next_deadline=None))["next_deadline"] is None
    assert queries.queues(filled(), None, NOW).mine == []


def test_a_rows_urgency_follows_the_clock_like_the_rules() -> None:
    rows = queries.queues(filled(), None, NOW).team
    later = NOW + timedelta(minutes=20)  # ticket 3's 15-minute first response has passed

    again = queries.queues(filled(), None, later).team

    assert [r.id for r in sorted(rows, key=lambda r: r.urgency(later))] == [r.id for r in again]


def test_a_customers_tickets_include_closed_ones_last() -> None:
    got = queries.customer_tickets(filled(), 3, NOW)

    assert [r.id for r in got] == [2, 3, 1, 4]


def test_the_detail_is_assembled_from_the_cache_or_none() -> None:
    cache = filled()
    put(
        cache,
        "complaint_note",
        [
            {
                "id": 9,
                "complaint_id": 3,
                "author_id": 2,
                "kind": "record",
                "at": T0.isoformat(),
                "body": "x",
            }
        ],
    )

    detail = queries.ticket_detail(cache, 3, Viewer(Role.AGENT, 2), NOW)

    assert detail is not None
    assert isinstance(detail, ComplaintDetail)  # typed: the server's own response type
    assert detail.assignee == AssigneePublic(id=2, display_name="客服 李娜", role="agent")
    assert [n.id for n in detail.notes] == [9]
    assert detail.repeat.same_customer == [4, 2, 1]  # opened before it, oldest first
    assert detail.opened_at.tzinfo is not None  # times arrive parsed, aware
    assert queries.ticket_detail(cache, 99, Viewer(Role.AGENT, 2), NOW) is None


def test_a_colleagues_ticket_offers_only_a_note_and_an_escalation() -> None:
    cache = filled()  # ticket 3 belongs to agent 2

    mine = queries.ticket_detail(cache, 3, Viewer(Role.AGENT, 2), NOW)
    theirs = queries.ticket_detail(cache, 3, Viewer(Role.AGENT, 8), NOW)
    overseen = queries.ticket_detail(cache, 3, Viewer(Role.SUPERVISOR, 5), NOW)

    assert mine is not None
    assert theirs is not None
    assert overseen is not None

    def allowed(detail: ComplaintDetail) -> set[str]:
        return {a.action for a in detail.allowed_actions if a.allowed}

    assert {"assign", "add_note", "escalate"} <= allowed(mine)
    assert allowed(overseen) >= allowed(mine) - {"block_provider"}
    assert allowed(theirs) == {"add_note", "escalate"}  # the rest waits for the owner
    refusal = theirs.action("assign")
    assert refusal is not None
    assert refusal.reasons[0].code == "complaint.not_owner"
    assert theirs.action("no_such_action") is None


def test_staff_are_the_active_users() -> None:
    staff = queries.staff(filled())

    assert [(s.id, s.name) for s in staff] == [(2, "客服 李娜"), (5, "sup")]


def test_a_providers_sanctions_with_the_hold_or_none() -> None:
    cache = filled()
    put(cache, "provider", [{"id": 850, "code": "P1", "name": "李秀英", "status": "active"}])
    put(cache, "training_course", [{"id": 1, "code": "TR-CLEAN"}])
    put(
        cache,
        "sanction",
        [
            {"id": 1, "provider_id": 850, "complaint_id": 3, "level": "retraining",
             "status": "active", "reason": "…", "decided_by": 5,
             "decided_at": T0.isoformat(), "ends_at": None},
        ],
    )  # fmt: skip
    put(
        cache,
        "assessment",
        [{"id": 1, "provider_id": 850, "course_id": 1, "passed": False,
          "assessed_at": NOW.isoformat(), "is_retraining": True}],
    )  # fmt: skip

    record = queries.provider_sanctions(cache, 850, NOW)

    assert record is not None
    assert record.dispatch_hold == "retraining"  # the retraining was not passed
    assert [s.id for s in record.sanctions] == [1]
    assert record.hold_reasons  # and why
    assert queries.provider_sanctions(cache, 851, NOW) is None
    detail = queries.ticket_detail(cache, 3, Viewer(Role.SUPERVISOR, 5), NOW)
    assert detail is not None
    assert [(s.id, s.blocking) for s in detail.sanctions] == [(1, True)]


def test_an_escalation_after_the_breach_takes_the_ticket_off_the_escalation_list() -> None:
    cache = filled()
    # Flagged escalated at opening: the later first-response breach still needs escalating.
    put(cache, "complaint", [ticket(2, minutes_ago=90, severity="high", escalated=True, version=2)])
    before = {r.id: r.needs_escalation for r in queries.queues(cache, None, NOW).team}
    note = {"complaint_id": 2, "at": (NOW - timedelta(minutes=5)).isoformat(), "body": "…"}
    put(cache, "complaint_note", [note | {"id": 9, "kind": "escalation"}])
    put(cache, "complaint_note", [note | {"id": 10, "kind": "handling"}])

    after = {r.id: r.needs_escalation for r in queries.queues(cache, None, NOW).team}

    assert before == {2: True, 3: False, 5: False, 1: False}
    assert after == {2: False, 3: False, 5: False, 1: False}


def test_a_row_ranks_overdue_first_and_closed_last() -> None:
    def row(id: int, **kw: Any) -> queries.TicketRow:
        item = {"id": id, "severity": "low", "status": "open", "opened_at": T0.isoformat()}
        return queries.ticket_row(item | kw)

    overdue = row(1, next_deadline=(NOW - timedelta(minutes=1)).isoformat())
    running = row(2, next_deadline=(NOW + timedelta(minutes=1)).isoformat())
    stopped = row(3)  # no clock runs: after every ticket with a deadline
    odd = row(4, severity="unheard-of")
    closed = row(5, status="closed", severity="critical")
    critical = row(6, severity="critical")

    ranked = sorted(
        [closed, odd, stopped, critical, running, overdue], key=lambda r: r.urgency(NOW)
    )

    assert [r.id for r in ranked] == [1, 2, 6, 3, 4, 5]
    assert overdue.overdue(NOW)
    assert not running.overdue(NOW)
    assert not stopped.overdue(NOW)
    assert (odd.customer_id, odd.assignee_id, odd.version) == (None, None, 1)
