"""The demo's past days: orders lived to the end, complaints at the SLA step their age allows,
the bookings already made for the days ahead; the same shape as today, deterministic."""

from __future__ import annotations

import itertools
from collections import Counter, defaultdict
from datetime import timedelta

import pytest

from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.rules.sla import deadlines
from app.server.demo.base import BEIJING
from app.server.demo.generator import DemoData, generate
from app.server.demo.history import BOOKING_DAYS, volume
from app.server.demo.orders import ROLLING_AHEAD, ROLLING_PAST
from tests.server.demo.conftest import NOW, SMALL
from tests.server.demo.test_generator import _replay

DAYS = 3
TODAY = NOW.astimezone(BEIJING).date()


@pytest.fixture(scope="module")
def data() -> DemoData:
    return generate(NOW, 7, **SMALL, history_days=DAYS)


def _day(moment: object) -> object:
    return moment.astimezone(BEIJING).date()  # type: ignore[attr-defined]


def test_deterministic_and_off_by_default(data: DemoData) -> None:
    assert generate(NOW, 7, **SMALL, history_days=DAYS) == data
    plain = generate(NOW, 7, **SMALL)
    assert len(plain.rows["order"]) == SMALL["orders"]
    lean = generate(NOW, 7, orders=20, providers=30, customers=10, lean=True, history_days=DAYS)
    assert len(lean.rows["order"]) == 20  # the benchmarks' lean set has no past


def test_each_past_day_has_its_weekdays_volume_before_todays_rolling_day(data: DemoData) -> None:
    orders = data.rows["order"]
    past = [o for o in orders if o["scheduled_start"] < NOW - ROLLING_PAST]
    rolling = [
        o for o in orders if NOW - ROLLING_PAST <= o["scheduled_start"] < NOW + ROLLING_AHEAD
    ]
    ahead = [o for o in orders if o["scheduled_start"] >= NOW + ROLLING_AHEAD]
    assert len(rolling) == SMALL["orders"]
    per_day = Counter(_day(o["scheduled_start"]) for o in past)
    # NOW is 11:30 in Beijing: yesterday's slots (07:00-20:30) are all before the rolling day.
    assert per_day == {
        TODAY - timedelta(days=n): volume(TODAY, TODAY - timedelta(days=n), SMALL["orders"])
        for n in range(1, DAYS + 1)
    }
    # Thursday 12 March: Saturday and Sunday are busier than a weekday
    assert volume(TODAY, TODAY + timedelta(days=2), 1000) > volume(TODAY, TODAY, 1000)
    # the past first in id order, then today's, then the bookings ahead
    assert [o["id"] for o in orders] == list(range(1, len(orders) + 1))
    assert [o["id"] for o in orders[: len(past)]] == sorted(o["id"] for o in past)
    assert orders[-len(ahead) :] == ahead
    assert {_day(o["scheduled_start"]) for o in ahead} <= {
        TODAY + timedelta(days=n) for n in range(1, BOOKING_DAYS + 1)
    }


def test_past_orders_lived_their_whole_life(data: DemoData) -> None:
    events = defaultdict(list)
    for event in data.rows["order_event"]:
        events[event["order_id"]].append(event)
    past = [o for o in data.rows["order"] if o["scheduled_start"] < NOW - ROLLING_PAST]
    statuses = Counter(o["status"] for o in past)
    assert set(statuses) == {"completed", "cancelled"}
    assert statuses["completed"] > 10 * statuses["cancelled"]
    for order in past:
        timeline = events[order["id"]]
        assert _replay(timeline).value == order["status"]
        assert [e["at"] for e in timeline] == sorted(e["at"] for e in timeline)
        assert timeline[-1]["at"] <= NOW
        assert order["created_at"] == timeline[0]["at"] < order["scheduled_start"]
        if order["status"] == "completed":
            assert [e["action"] for e in timeline] == [
                "create", "assign", "accept", "depart", "start", "complete",
            ]  # fmt: skip
            assert order["provider_id"] is not None
        else:
            assert order["cancel_reason"] == timeline[-1]["note"] != ""
    rated = [o for o in past if o["rating"] is not None]
    assert rated
    assert all(o["status"] == "completed" for o in rated)


def test_bookings_ahead_were_made_by_now_and_wait_for_dispatch(data: DemoData) -> None:
    ahead = [o for o in data.rows["order"] if o["scheduled_start"] >= NOW + ROLLING_AHEAD]
    assert ahead
    assert all(o["created_at"] <= NOW for o in ahead)
    assert {o["status"] for o in ahead} <= {"pending", "cancelled"}
    day = TODAY.strftime("%Y%m%d")
    assert all(o["code"].startswith(f"SM{day}-") for o in ahead)


def test_codes_are_unique_and_past_ones_count_per_booking_day(data: DemoData) -> None:
    orders = data.rows["order"]
    assert len({o["code"] for o in orders}) == len(orders)
    for order in orders:
        if order["scheduled_start"] < NOW - ROLLING_PAST:
            assert order["code"].startswith(f"SM{order['created_at'].astimezone(BEIJING):%Y%m%d}-")


def test_bookings_are_made_in_waking_hours(data: DemoData) -> None:
    hours = Counter(o["created_at"].astimezone(BEIJING).hour for o in data.rows["order"])
    assert not any(hours[h] for h in range(7))
    assert sum(hours.values()) == len(data.rows["order"])


def test_no_provider_is_booked_twice_at_once_across_the_days(data: DemoData) -> None:
    slots = defaultdict(list)
    for order in data.rows["order"]:
        if order["provider_id"] is not None:
            slots[order["provider_id"]].append((order["scheduled_start"], order["scheduled_end"]))
    for provider_id, booked in slots.items():
        booked.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(booked)), provider_id


def test_past_complaints_went_as_far_as_their_age_allows(data: DemoData) -> None:
    orders = {o["id"]: o for o in data.rows["order"]}
    past_ids = {i for i, o in orders.items() if o["scheduled_start"] < NOW - ROLLING_PAST}
    notes, calls = defaultdict(list), defaultdict(list)
    for note in data.rows["complaint_note"]:
        notes[note["complaint_id"]].append(note)
    for call in data.rows["callback_attempt"]:
        calls[call["complaint_id"]].append(call)
    about_past = [c for c in data.rows["complaint"] if c["order_id"] in past_ids]
    assert len(about_past) >= 3
    assert ComplaintStatus.CLOSED in {c["status"] for c in about_past}
    for c in about_past:
        order = orders[c["order_id"]]
        assert order["status"] == "completed"
        assert order["updated_at"] < c["opened_at"] <= NOW
        assert (c["customer_id"], c["provider_id"]) == (order["customer_id"], order["provider_id"])
        assert all(n["at"] <= NOW for n in notes[c["id"]])
        assert all(a["at"] <= NOW for a in calls[c["id"]])
        assert (
            c["code"]
            == c["code"][:2] + f"{c['opened_at'].astimezone(BEIJING):%Y%m%d}" + c["code"][10:]
        )
        if not c["reopen_count"]:  # (a reopened ticket's clock restarted)
            due = deadlines(Severity(c["severity"]), c["opened_at"], c["resolved_at"])
            assert (c["first_response_due"], c["resolution_due"], c["callback_due"]) == (
                due.first_response,
                due.resolution,
                due.callback,
            )
        status = ComplaintStatus(c["status"])
        if status is ComplaintStatus.OPEN:
            assert c["acknowledged_at"] is None
        if status is ComplaintStatus.CLOSED:
            outcomes = [CallbackOutcome(a["outcome"]) for a in calls[c["id"]]]
            assert c["closed_at"] <= NOW
            assert (
                CallbackOutcome.REACHED_SATISFIED in outcomes
                or outcomes.count(CallbackOutcome.UNREACHABLE) >= 3
            )
            if c["substantiated"] and c["provider_id"] is not None:
                assert c["sanction_decided"]
    ids = [c["id"] for c in data.rows["complaint"]]
    assert ids == list(range(1, len(ids) + 1))
    opened = [c["opened_at"] for c in data.rows["complaint"]]
    assert opened == sorted(opened)


@pytest.mark.parametrize("hour_utc", [18, 22, 14])  # 02:00, 06:00 and 22:00 in Beijing
def test_the_past_meets_the_rolling_day_at_any_hour(hour_utc: int) -> None:
    now = NOW.replace(hour=hour_utc)
    data = generate(now, 5, **SMALL, history_days=2)
    events = defaultdict(list)
    for event in data.rows["order_event"]:
        events[event["order_id"]].append(event)
    rolling = 0
    for order in data.rows["order"]:
        timeline = events[order["id"]]
        assert _replay(timeline).value == order["status"]
        assert timeline[-1]["at"] <= now
        assert order["created_at"] <= now
        rolling += now - ROLLING_PAST <= order["scheduled_start"] < now + ROLLING_AHEAD
    assert rolling == SMALL["orders"]  # the past and the bookings ahead keep out of it
