"""The one assembly of complaint rows into facts and details (server and desktop share it).

The server builds a ticket's facts from its rows' values (``datetime``s) when it checks a
command, and shows the detail from projected rows; the desktop builds both from the same
rows after a trip through JSON and its cache. These say the two always agree.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import CallbackOutcome, ComplaintStatus, Role, SanctionLevel, Severity
from app.rules.complaint_detail import (
    TicketRows,
    Viewer,
    assignee_view,
    complaint_detail,
    repeats_of,
)
from app.rules.complaint_rows import ESCALATION, REOPEN, as_id, as_time, ticket_facts, time_of
from app.rules.complaints import ComplaintFacts, closing_blockers
from app.rules.sanction_rows import latest_appeals, provider_sanctions_view, recommendation

T0 = datetime(2026, 11, 27, 6, 0, tzinfo=UTC)


def wire(value: Any) -> Any:
    """What a value looks like after the feed and the cache: JSON, times as ISO text."""
    return json.loads(json.dumps(value, default=lambda v: v.isoformat()))


moments = st.integers(min_value=0, max_value=5 * 24 * 3600 * 1000).map(
    lambda ms: T0 + timedelta(milliseconds=ms)
)


@st.composite
def tickets(draw: st.DrawFn) -> tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]]:
    """A complaint row with its notes and callbacks, raw (datetimes) as the server holds them."""
    opened = draw(moments)
    later = st.integers(min_value=0, max_value=3 * 24 * 3600).map(
        lambda s: opened + timedelta(seconds=s)
    )
    status = draw(st.sampled_from(ComplaintStatus))
    resolved = draw(st.none() | later)
    row = {
        "id": 7,
        "version": draw(st.integers(1, 9)),
        "code": "TS20261127-0007",
        "customer_id": 3,
        "provider_id": draw(st.none() | st.just(850)),
        "order_id": draw(st.none() | st.just(1300)),
        "severity": draw(st.sampled_from(Severity)).value,
        "status": status.value,
        "opened_at": opened,
        "acknowledged_at": draw(st.none() | later),
        "resolved_at": resolved,
        "resolution": "已返工" if resolved else "",
        "substantiated": draw(st.none() | st.booleans()),
        "sanction_decided": draw(st.booleans()),
        "escalated": draw(st.booleans()),
        "reopen_count": draw(st.integers(0, 2)),
        "closed_at": draw(later) if status is ComplaintStatus.CLOSED else None,
        "assignee_id": None,
    }
    notes = [
        {"id": 100 + i, "complaint_id": 7, "kind": kind, "at": at, "body": "…", "author_id": 2}
        for i, (kind, at) in enumerate(
            draw(
                st.lists(
                    st.tuples(st.sampled_from([REOPEN, ESCALATION, "handling"]), later), max_size=4
                )
            )
        )
    ]
    callbacks = [
        {
            "id": 200 + i,
            "complaint_id": 7,
            "outcome": outcome.value,
            "at": at,
            "note": "",
            "agent_id": 2,
        }
        for i, (outcome, at) in enumerate(
            draw(st.lists(st.tuples(st.sampled_from(CallbackOutcome), later), max_size=5))
        )
    ]
    return row, notes, callbacks


@given(tickets())
def test_the_facts_are_the_same_from_server_rows_and_from_cached_rows(
    ticket: tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]],
) -> None:
    row, notes, callbacks = ticket
    on_server = ticket_facts(row, notes, callbacks)
    on_desktop = ticket_facts(wire(row), wire(notes), wire(callbacks))

    assert on_desktop == on_server
    assert closing_blockers(on_desktop) == closing_blockers(on_server)


@given(tickets(), moments, st.sampled_from([Role.AGENT, Role.SUPERVISOR, Role.DISPATCHER]))
def test_the_detail_from_cached_rows_is_the_detail_the_server_sends(
    ticket: tuple[dict[str, Any], list[dict[str, Any]], list[dict[str, Any]]],
    now: datetime,
    role: Role,
) -> None:
    row, notes, callbacks = wire(ticket)  # the server projects its rows first, too
    rows = TicketRows(row, notes, callbacks, related=[row])
    viewer = Viewer(role, 2)
    sent = wire(complaint_detail(rows, viewer, now))  # what leaves the server as JSON

    cached = TicketRows(*wire([row, notes, callbacks]), related=wire([row]))
    assert complaint_detail(cached, viewer, now) == sent
    # Each callback carries its reopen cycle, in the order they were logged.
    assert [c["id"] for c in sent["callbacks"]] == sorted(
        (c["id"] for c in callbacks), key=lambda i: (as_time(callbacks[i - 200]["at"]), i)
    )


def complaint_row(id: int, opened: datetime, **kw: Any) -> dict[str, Any]:
    return {
        "id": id,
        "customer_id": 3,
        "provider_id": 850,
        "order_id": None,
        "severity": "medium",
        "status": "closed",
        "opened_at": opened.isoformat(),
        "substantiated": None,
    } | kw


def test_repeats_count_only_related_earlier_tickets() -> None:
    new = complaint_row(9, T0 + timedelta(days=10), status="open")
    related = [
        complaint_row(1, T0, customer_id=4),  # same provider
        complaint_row(2, T0 + timedelta(days=1), provider_id=None),  # same customer
        complaint_row(3, T0, customer_id=5, provider_id=851),  # unrelated
        complaint_row(4, T0 + timedelta(days=11)),  # opened later
        new,  # itself
    ]

    flags = repeats_of(new, related)

    assert flags.same_provider == (1,)
    assert flags.same_customer == (2,)


def test_the_ladder_counts_the_providers_other_substantiated_tickets_only() -> None:
    ticket = ComplaintFacts(
        id=9,
        customer_id=3,
        severity=Severity.MEDIUM,
        status=ComplaintStatus.RESOLVED,
        opened_at=T0 + timedelta(days=10),
        provider_id=850,
        substantiated=True,
    )
    history = [
        complaint_row(1, T0, substantiated=True),
        complaint_row(2, T0, substantiated=False),
        complaint_row(3, T0, substantiated=True, provider_id=851),
        complaint_row(9, T0, substantiated=True),  # the ticket itself
    ]

    rec = recommendation(ticket, history, T0 + timedelta(days=10))

    assert rec is not None
    assert rec.counted == 2  # ticket 1 and this one
    assert recommendation(ticket, [], T0 + timedelta(days=10)) is not None
    no_provider = ComplaintFacts(**{**_fields(ticket), "provider_id": None})
    assert recommendation(no_provider, history, T0) is None


def _fields(facts: ComplaintFacts) -> dict[str, Any]:
    return {name: getattr(facts, name) for name in facts.__slots__}  # type: ignore[attr-defined]


def test_a_providers_sanctions_newest_first_with_the_latest_appeal() -> None:
    def sanction(id: int, days: int, level: SanctionLevel, **kw: Any) -> dict[str, Any]:
        return {
            "id": id,
            "provider_id": 850,
            "complaint_id": None,
            "level": level.value,
            "status": "active",
            "reason": "…",
            "decided_by": 5,
            "decided_at": (T0 + timedelta(days=days)).isoformat(),
            "ends_at": None,
        } | kw

    appeals = [
        {
            "id": 1,
            "sanction_id": 2,
            "status": "rejected",
            "filed_at": T0.isoformat(),
            "reason": "a",
        },
        {"id": 2, "sanction_id": 2, "status": "pending", "filed_at": T0.isoformat(), "reason": "b"},
    ]
    ends = (T0 + timedelta(days=30)).isoformat()
    view = provider_sanctions_view(
        {"id": 850, "code": "P1", "name": "李秀英"},
        [
            sanction(1, 0, SanctionLevel.WARNING),
            sanction(2, 3, SanctionLevel.SUSPENSION, ends_at=ends),
        ],
        appeals,
        [],
        T0 + timedelta(days=4),
    )

    assert [s["id"] for s in view["sanctions"]] == [2, 1]
    assert view["sanctions"][0]["appeal"]["id"] == 2
    assert latest_appeals(appeals)[2]["reason"] == "b"
    assert view["dispatch_hold"] == "suspension"
    assert view["hold_reasons"]


def test_times_from_rows_accept_iso_text_and_refuse_anything_else() -> None:
    assert as_time("2026-11-27T06:00:00Z") == T0
    assert as_time("2026-11-27T06:00:00") == T0  # naive text is UTC
    assert as_time(T0) is T0
    for junk in ("", "yesterday", "2026-13-01T00:00:00", None, 1764223200):
        assert as_time(junk) is None
    assert time_of("2026-11-27T14:00:00+08:00") == T0
    with pytest.raises(ValueError, match="not a time: 'soon'"):
        time_of("soon")


def test_ids_from_rows_are_ints_and_nothing_else() -> None:
    assert as_id(850) == 850
    for junk in (None, "850", 850.0, True):
        assert as_id(junk) is None


def _actions(detail: dict[str, Any]) -> dict[str, list[str]]:
    return {a["action"]: [r["code"] for r in a["reasons"]] for a in detail["allowed_actions"]}


def test_a_provider_the_customer_already_blocks_cannot_be_blocked_again() -> None:
    row = complaint_row(7, T0, status="open", provider_id=850, assignee_id=2)
    block = {"id": 1, "customer_id": 3, "provider_id": 850}
    other = {"id": 2, "customer_id": 3, "provider_id": 851}  # another provider: no matter
    viewer = Viewer(Role.AGENT, 2)
    now = T0 + timedelta(hours=1)

    free = _actions(complaint_detail(TicketRows(row, blocks=[other]), viewer, now))
    blocked = _actions(complaint_detail(TicketRows(row, blocks=[block, other]), viewer, now))
    nobody = _actions(complaint_detail(TicketRows(row | {"provider_id": None}), viewer, now))

    assert free["block_provider"] == []
    assert blocked["block_provider"] == ["complaint.already_blocked"]
    assert nobody["block_provider"] == ["complaint.no_provider"]


def test_the_assignee_shows_only_name_and_role() -> None:
    user = {"id": 2, "display_name": "客服小王", "role": "agent", "phone": "13812345678"}
    assert assignee_view(user) == {"id": 2, "display_name": "客服小王", "role": "agent"}
    assert assignee_view(None) is None


def test_the_callback_that_allowed_closing_is_found_in_the_current_cycle() -> None:
    def callback(id: int, minutes: int, outcome: CallbackOutcome) -> dict[str, Any]:
        at = (T0 + timedelta(minutes=minutes)).isoformat()
        return {"id": id, "complaint_id": 7, "outcome": outcome.value, "at": at, "note": ""}

    row = complaint_row(7, T0, status="callback_done", reopen_count=1)
    reopened = {"id": 1, "complaint_id": 7, "kind": REOPEN, "at": (T0 + timedelta(minutes=30))}
    callbacks = [
        callback(11, 10, CallbackOutcome.REACHED_SATISFIED),  # before the reopening
        callback(12, 40, CallbackOutcome.UNREACHABLE),
        callback(13, 50, CallbackOutcome.REACHED_SATISFIED),  # this one closed the cycle
        callback(14, 60, CallbackOutcome.REACHED_SATISFIED),
    ]

    facts = ticket_facts(row, [reopened], callbacks)
    unsettled = ticket_facts(row | {"status": "resolved"}, [reopened], callbacks)
    closed_unreached = ticket_facts(row | {"status": "closed"}, [reopened], callbacks[:2])

    assert facts.callback_done_at == T0 + timedelta(minutes=50)
    assert unsettled.callback_done_at is None  # only a settled ticket has one
    assert closed_unreached.callback_done_at is None  # no callback of this cycle allowed it


def test_a_closed_substantiated_ticket_shows_its_callbacks_and_recommends_a_sanction() -> None:
    closed_at = (T0 + timedelta(hours=2)).isoformat()
    row = complaint_row(7, T0, provider_id=850, substantiated=True, closed_at=closed_at)
    at = (T0 + timedelta(hours=1)).isoformat()
    cb = {"id": 11, "complaint_id": 7, "outcome": "reached_satisfied", "note": "", "at": at}

    detail = complaint_detail(
        TicketRows(row, callbacks=[cb]), Viewer(Role.SUPERVISOR, 5), T0 + timedelta(hours=3)
    )

    assert _actions(detail)["assign"] == ["complaint.closed"]
    assert [(c["id"], c["cycle"]) for c in detail["callbacks"]] == [(11, 0)]
    assert detail["recommended_sanction"]["level"] == "warning"
    assert detail["recommended_sanction"]["counted"] == 1
    assert detail["recommended_sanction"]["reason"]["code"] == "sanction.recommend_warning"


def test_an_unsatisfied_callback_reopens_the_ticket_by_itself() -> None:
    def callback(id: int, minutes: int, outcome: CallbackOutcome) -> dict[str, Any]:
        at = (T0 + timedelta(minutes=minutes)).isoformat()
        return {"id": id, "complaint_id": 7, "outcome": outcome.value, "at": at, "note": ""}

    row = complaint_row(7, T0, status="callback_done", reopen_count=1)
    callbacks = [
        callback(11, 10, CallbackOutcome.REACHED_UNSATISFIED),
        callback(12, 20, CallbackOutcome.REACHED_SATISFIED),
    ]

    facts = ticket_facts(row, [], callbacks)  # no reopen note: the callback reopened it

    assert [c.cycle for c in facts.callbacks] == [0, 1]
    assert facts.reopened_at == T0 + timedelta(minutes=10)
    assert facts.callback_done_at == T0 + timedelta(minutes=20)
