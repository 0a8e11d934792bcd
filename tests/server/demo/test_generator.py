"""The demo generator: deterministic, the right sizes, and internally consistent."""

from __future__ import annotations

import hashlib
import itertools
import re
from collections import defaultdict
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import inspect

from app.models.enums import (
    CallbackOutcome,
    CertificationStatus,
    ComplaintStatus,
    OrderStatus,
    SanctionLevel,
    ServiceCategory,
)
from app.rules.catalog import CATEGORIES
from app.rules.certification.kinds import FOUR_EYES_KINDS
from app.rules.orders import BOOKED, OrderAction, transition
from app.server.demo.base import BEIJING
from app.server.demo.generator import INSERT_ORDER, DemoData, generate
from app.server.demo.names import id_check_digit
from app.server.projections import ENTITIES
from tests.server.demo.conftest import NOW, SMALL


@pytest.fixture(scope="module")
def data() -> DemoData:
    return generate(NOW, 7, **SMALL)


def test_same_seed_and_now_give_identical_rows(data: DemoData) -> None:
    assert generate(NOW, 7, **SMALL) == data
    assert generate(NOW, 8, **SMALL) != data


def test_sizes_follow_the_parameters() -> None:
    data = generate(NOW, 1, orders=40, providers=30, customers=12, complaints=9)
    counts = data.counts()
    assert (counts["order"], counts["provider"], counts["customer"]) == (40, 30, 12)
    assert counts["complaint"] >= 9
    assert list(counts) == list(INSERT_ORDER)


def test_six_demo_accounts_one_per_role(data: DemoData) -> None:
    users = data.rows["user"]
    assert [u["username"] for u in users] == [
        "dispatcher", "agent", "reviewer", "trainer", "supervisor", "admin",
    ]  # fmt: skip
    assert all(u["role"] == u["username"] for u in users)
    assert all(re.fullmatch(r"\S+ \S+", u["display_name"]) for u in users)


# the keyed hash of a customer's phone needs the data key: the insert computes it
COMPUTED_AT_INSERT = frozenset({"phone_hash"})


def test_rows_hold_exactly_their_table_columns(data: DemoData) -> None:
    for entity, rows in data.rows.items():
        columns = {c.key for c in inspect(ENTITIES[entity]).column_attrs}
        columns -= COMPUTED_AT_INSERT
        assert rows, entity
        for row in rows:
            assert set(row) == columns, entity
        assert [r["id"] for r in rows] == list(range(1, len(rows) + 1)), entity


def test_now_must_be_aware() -> None:
    with pytest.raises(ValueError, match="aware"):
        generate(datetime(2026, 3, 12, 3, 30), 7, orders=5, providers=5, customers=5)


def _replay(events: list[dict[str, object]]) -> OrderStatus:
    assert events[0]["action"] == "create"
    assert (events[0]["from_status"], events[0]["to_status"]) == ("", "pending")
    status = OrderStatus.PENDING
    for event in events[1:]:
        assert event["from_status"] == status.value
        target = transition(status, OrderAction(str(event["action"])))
        assert isinstance(target, OrderStatus)
        assert event["to_status"] == target.value
        status = target
    return status


@pytest.mark.parametrize("hour_utc", [22, 3, 7, 14])  # 06:00, 11:30, 15:30, 22:30 in Beijing
def test_every_order_status_agrees_with_its_events(hour_utc: int) -> None:
    now = NOW.replace(hour=hour_utc)
    data = generate(now, 3, **SMALL)
    events = defaultdict(list)
    for event in data.rows["order_event"]:
        events[event["order_id"]].append(event)
    for order in data.rows["order"]:
        timeline = events[order["id"]]
        assert [e["at"] for e in timeline] == sorted(e["at"] for e in timeline)
        assert timeline[-1]["at"] <= now
        assert _replay(timeline).value == order["status"]
        assert order["updated_at"] == timeline[-1]["at"]
        assert order["created_at"] == timeline[0]["at"]
        if order["status"] == "cancelled":
            assert order["cancel_reason"]
            assert timeline[-1]["note"] == order["cancel_reason"]


@pytest.mark.parametrize("hour_utc", range(24))
def test_every_hour_of_the_day_has_completed_orders(hour_utc: int) -> None:
    # Before dawn in Beijing the demo once had no completed order at all (today's all ahead),
    # so the hotline had nothing to take a complaint about.
    now = NOW.replace(hour=hour_utc)
    orders = generate(now, 3, **SMALL).rows["order"]
    assert "completed" in {o["status"] for o in orders}
    starts = [o["scheduled_start"] for o in orders]
    assert all(now - timedelta(hours=12) <= s < now + timedelta(hours=12) for s in starts)


def test_orders_are_today_in_beijing_with_catalog_prices(data: DemoData) -> None:
    customers = {c["id"]: c for c in data.rows["customer"]}
    day = NOW.astimezone(BEIJING).strftime("%Y%m%d")
    for n, order in enumerate(data.rows["order"], start=1):
        assert order["code"] == f"SM{day}-{n:06d}"
        info = CATEGORIES[ServiceCategory(order["category"])]
        assert info.price_min_cny * 100 <= order["price_cents"] <= info.price_max_cny * 100
        # NOW is 11:30 in Beijing: the rolling day is today's working hours.
        assert order["scheduled_start"].astimezone(BEIJING).date() == NOW.astimezone(BEIJING).date()
        assert order["dispatch_by"] == order["scheduled_start"] - timedelta(hours=2)
        customer = customers[order["customer_id"]]
        assert (order["address"], order["lat"], order["lng"], order["district"]) == (
            customer["address"], customer["lat"], customer["lng"], customer["district"],
        )  # fmt: skip


def test_assigned_providers_serve_the_category_and_are_not_on_hold(data: DemoData) -> None:
    providers = {p["id"]: p for p in data.rows["provider"]}
    held = {
        s["provider_id"]
        for s in data.rows["sanction"]
        if s["status"] == "active" and s["level"] != SanctionLevel.WARNING
    }
    booked = [o for o in data.rows["order"] if o["status"] in BOOKED or o["status"] == "completed"]
    assert booked
    for order in booked:
        provider = providers[order["provider_id"]]
        assert order["category"] in provider["categories"]
        assert provider["status"] == "active"
        assert provider["id"] not in held
    pending = [o for o in data.rows["order"] if o["status"] == "pending"]
    assert all(o["provider_id"] is None for o in pending)


def test_a_provider_is_never_booked_twice_at_once(data: DemoData) -> None:
    slots = defaultdict(list)
    for order in data.rows["order"]:
        if order["provider_id"] is not None:
            slots[order["provider_id"]].append((order["scheduled_start"], order["scheduled_end"]))
    for provider_id, booked in slots.items():
        booked.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(booked)), provider_id


def test_people_look_real() -> None:
    data = generate(NOW, 5, orders=10, providers=80, customers=40)
    for person in (*data.rows["customer"], *data.rows["provider"]):
        assert re.fullmatch(r"1[358]\d{9}", person["phone"])
        assert 2 <= len(person["name"]) <= 3
    for provider in data.rows["provider"]:
        number = provider["id_number"]
        assert re.fullmatch(r"110\d{14}[\dX]", number)
        assert number[-1] == id_check_digit(number[:17])
        assert (int(number[16]) % 2 == 1) == (provider["gender"] == "M")
        assert provider["home_district"] == provider["districts_served"][0]
        assert 2 <= len(provider["districts_served"]) <= 4
        assert 1 <= len(provider["categories"]) <= 3
        assert 4.0 <= provider["rating"] <= 5.0
        assert 3 <= provider["daily_cap"] <= 5
    for customer in data.rows["customer"]:
        assert re.search(r"\d+号.+\d+号楼\d单元\d+室$", customer["address"])


def test_certifications_cover_the_review_queue() -> None:
    data = generate(NOW, 5, orders=10, providers=400, customers=10)
    today = NOW.astimezone(BEIJING).date()
    certs = data.rows["certification"]
    statuses = {c["status"] for c in certs}
    assert statuses == {s.value for s in CertificationStatus} - {"revoked", "in_review"}
    approved = [c for c in certs if c["status"] == "approved" and c["expires_on"] is not None]
    for low, high in ((0, 30), (31, 60), (61, 90)):
        assert any(
            today + timedelta(days=low) <= c["expires_on"] <= today + timedelta(days=high)
            for c in approved
        )
    assert all(c["expires_on"] < today for c in certs if c["status"] == "expired")
    assert all(
        c["decision_code"] and c["decision_reason"] for c in certs if c["status"] == "rejected"
    )
    assert all(c["requested_items"] for c in certs if c["status"] == "resubmission_requested")
    queue = [c for c in certs if c["status"] == "submitted"]
    assert all(c["reviewed_at"] is None for c in queue)
    # renewals and resubmissions follow a certificate of the same provider and kind
    by_id = {c["id"]: c for c in certs}
    renewals = [c for c in queue if c["renews_id"] is not None]
    assert renewals
    for c in renewals:
        old = by_id[c["renews_id"]]
        assert (old["provider_id"], old["kind"]) == (c["provider_id"], c["kind"])
    # four-eyes: every approved high-risk certificate has two different approvers, and some
    # submitted ones wait for their second
    for c in certs:
        if c["kind"] in FOUR_EYES_KINDS and c["status"] == "approved":
            assert c["first_approver_id"] != c["second_approver_id"] is not None
    assert any(c["first_approver_id"] for c in queue if c["kind"] in FOUR_EYES_KINDS)
    providers = {p["id"]: p for p in data.rows["provider"]}
    for cert in certs:  # only what the provider's categories need
        needed = set().union(
            *(CATEGORIES[ServiceCategory(c)].required_certifications
              for c in providers[cert["provider_id"]]["categories"])
        )  # fmt: skip
        assert cert["kind"] in needed


def test_the_backlog_has_scans_and_findings() -> None:
    data = generate(NOW, 5, orders=10, providers=400, customers=10)
    queue = {c["id"]: c for c in data.rows["certification"] if c["status"] == "submitted"}
    docs = data.private["certification_documents"]
    blobs = {b["sha256"]: b for b in data.private["document_blobs"]}
    assert {d["certification_id"] for d in docs} <= set(queue)
    for doc in docs:
        blob = blobs[doc["sha256"]]
        assert blob["content"].startswith(b"\xff\xd8\xff")  # JPEG
        assert hashlib.sha256(blob["content"]).hexdigest() == doc["sha256"]
        assert queue[doc["certification_id"]]["documents"] == 1
    missing = [c for c in queue.values() if c["documents"] == 0]
    assert missing
    assert all("finding.document_missing" in c["finding_codes"] for c in missing)
    assert any("finding.name_mismatch" in c["finding_codes"] for c in queue.values())


def test_complaints_at_every_stage_agree_with_their_records(data: DemoData) -> None:
    complaints = data.rows["complaint"]
    assert {c["status"] for c in complaints} == {s.value for s in ComplaintStatus}
    callbacks = defaultdict(list)
    for attempt in data.rows["callback_attempt"]:
        callbacks[attempt["complaint_id"]].append(attempt)
    notes = defaultdict(list)
    for note in data.rows["complaint_note"]:
        notes[note["complaint_id"]].append(note)
    for c in complaints:
        assert re.fullmatch(r"TS\d{8}-\d{4}", c["code"])
        assert c["first_response_due"] > c["opened_at"]
        assert c["resolution_due"] > c["opened_at"]
        assert c["updated_at"] <= NOW
        assert notes[c["id"]][0]["kind"] == "record"
        status = ComplaintStatus(c["status"])
        assert (c["acknowledged_at"] is None) == (status is ComplaintStatus.OPEN)
        if status is ComplaintStatus.CLOSED:
            outcomes = [CallbackOutcome(a["outcome"]) for a in callbacks[c["id"]]]
            assert c["resolution"]
            assert c["closed_at"]
            assert (
                CallbackOutcome.REACHED_SATISFIED in outcomes
                or outcomes.count(CallbackOutcome.UNREACHABLE) >= 3
            )
            if c["substantiated"] and c["provider_id"] is not None:
                assert c["sanction_decided"]
        if status is ComplaintStatus.REOPENED:
            assert c["reopen_count"] == 1
            assert c["resolved_at"] is None
            assert callbacks[c["id"]][-1]["outcome"] == CallbackOutcome.REACHED_UNSATISFIED


def test_sanctions_with_one_pending_appeal(data: DemoData) -> None:
    sanctions = data.rows["sanction"]
    assert {s["level"] for s in sanctions} == {"warning", "retraining", "suspension"}
    appeals = data.rows["appeal"]
    assert len(appeals) == 1
    assert appeals[0]["status"] == "pending"
    complaints = {c["id"]: c for c in data.rows["complaint"]}
    for sanction in sanctions:
        if sanction["complaint_id"] is not None:
            complaint = complaints[sanction["complaint_id"]]
            assert complaint["provider_id"] == sanction["provider_id"]
            assert complaint["substantiated"]
            assert complaint["sanction_decided"]
            assert complaint["resolved_at"] < sanction["decided_at"]
    lifted = [s for s in sanctions if s["status"] == "lifted"]
    assert lifted
    assert all(s["level"] == "retraining" for s in lifted)
    retrained = {
        a["provider_id"] for a in data.rows["assessment"] if a["is_retraining"] and a["passed"]
    }
    assert {s["provider_id"] for s in lifted} <= retrained


def test_every_time_is_aware_utc_and_not_in_the_future(data: DemoData) -> None:
    future_ok = {
        ("training_session", "starts_at"), ("training_session", "ends_at"),
        ("assessment", "valid_until"), ("sanction", "ends_at"),
        ("order", "scheduled_start"), ("order", "scheduled_end"), ("order", "dispatch_by"),
    }  # fmt: skip
    for entity, rows in data.rows.items():
        for row in rows:
            for key, value in row.items():
                if isinstance(value, datetime):
                    assert value.tzinfo is UTC, (entity, key)
                    if (entity, key) not in future_ok and not key.endswith("_due"):
                        assert value <= NOW, (entity, key, value)


def test_the_training_month_has_what_trainers_work_from(data: DemoData) -> None:
    from app.rules.training import COURSES, Scores, result_reasons

    courses = {c["id"]: c for c in data.rows["training_course"]}
    sessions = {s["id"]: s for s in data.rows["training_session"]}
    month = [s for s in sessions.values() if abs(s["starts_at"] - NOW) <= timedelta(days=30)]
    assert {s["state"] for s in month} == {"completed", "scheduled"}
    assert len({s["district"] for s in month}) >= 4
    assessments = data.rows["assessment"]
    for a in assessments:  # every recorded result is the rules' verdict on its scores
        spec = COURSES[courses[a["course_id"]]["code"]]
        scores = Scores(a["theory_score"], a["scores"], a["absences"])
        assert a["passed"] is (not result_reasons(spec, scores)), a
        assert a["state"] == "signed"
    recent = [a for a in assessments if a["assessed_at"] >= NOW - timedelta(days=30)]
    assert any(not a["passed"] for a in recent)
    amended = {m["assessment_id"] for m in data.rows["assessment_amendment"]}
    assert amended
    assert amended <= {a["id"] for a in assessments}
    enrolments = data.rows["training_enrolment"]
    ahead = [e for e in enrolments if sessions[e["session_id"]]["state"] == "scheduled"]
    assert ahead
    assert all(e["attended"] is None for e in ahead)
    assert any(e["attended"] is False for e in enrolments)
    due = [a for a in assessments if a["valid_until"] and a["valid_until"] <= NOW + timedelta(60)]
    assert due
    holds = [
        s for s in data.rows["sanction"] if s["level"] == "retraining" and s["status"] == "active"
    ]
    booked = {
        e["provider_id"] for e in enrolments if e["reason"] == "retraining" and e["sanction_id"]
    }
    assert any(h["provider_id"] not in booked for h in holds)  # waiting for a session
    seats: dict[int, list[tuple[datetime, datetime]]] = defaultdict(list)
    for e in ahead:
        s = sessions[e["session_id"]]
        seats[e["provider_id"]].append((s["starts_at"], s["ends_at"]))
    for spans in seats.values():
        spans.sort()
        assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
