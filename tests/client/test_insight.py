"""The dashboard's facts from the local cache: one full read, then only what changed."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.client import insight
from app.client.cache import Cache
from app.models.enums import SanctionLevel
from app.rules.kpi.snapshot import live
from tests.views.fakes import put, remove

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
H = timedelta(hours=1)


def order(id: int, status: str, created: datetime, **kw: Any) -> dict[str, Any]:
    return {"id": id, "status": status, "category": "nanny", "district": "haidian",
            "created_at": created.isoformat(), "scheduled_start": (created + H).isoformat(),
            "dispatch_by": created.isoformat(), **kw}  # fmt: skip


def cache() -> Cache:
    c = Cache(":memory:")
    put(c, "order", [
        order(1, "completed", NOW - 3 * H),
        order(2, "completed", NOW - timedelta(days=30)),  # too old to read by date
    ])  # fmt: skip
    put(c, "order_event", [
        {"id": 1, "order_id": 1, "action": "complete", "at": (NOW - H).isoformat()},
        {"id": 2, "order_id": 1, "action": "create", "at": (NOW - 3 * H).isoformat()},
    ])  # fmt: skip
    put(c, "complaint", [
        {"id": 1, "severity": "low", "order_id": 2, "opened_at": (NOW - H).isoformat()},
    ])  # fmt: skip
    put(c, "training_course", [{"id": 4, "code": "TR-NANNY"}])
    put(c, "sanction", [
        {"id": 1, "provider_id": 9, "level": "retraining", "status": "active", "reason": "r",
         "decided_at": (NOW - 48 * H).isoformat()},
        {"id": 2, "provider_id": 8, "level": "suspension", "status": "active", "reason": "r",
         "decided_at": (NOW - 48 * H).isoformat()},
    ])  # fmt: skip
    put(c, "appeal", [{"id": 1, "sanction_id": 2, "status": "overturned", "reason": "x",
                       "filed_at": (NOW - 40 * H).isoformat()}])  # fmt: skip
    put(c, "assessment", [
        {"id": 1, "provider_id": 9, "course_id": 4, "passed": False, "is_retraining": True,
         "assessed_at": (NOW - 5 * H).isoformat()},
    ])  # fmt: skip
    put(c, "certification", [{"id": 1, "kind": "nurse_license", "status": "submitted",
                              "submitted_at": (NOW - 3 * H).isoformat()}])  # fmt: skip
    return c


def test_load_reads_every_fact_the_kpis_need() -> None:
    got = insight.load(cache(), NOW)
    assert set(got.orders) == {1, 2}  # order 2 only because a complaint names it
    assert got.orders[1].completed_at == NOW - H
    assert got.orders[2].district == "haidian"
    assert [s.level for s in got.sanctions] == [SanctionLevel.RETRAINING, SanctionLevel.SUSPENSION]
    assert got.sanctions[1].appeal is not None
    assert [a.course_code for a in got.assessments[9]] == ["TR-NANNY"]
    snap = live(got, NOW)
    assert snap.on_hold.value == 1  # the overturned suspension holds nobody
    assert snap.queue.waiting == 1


def test_an_empty_mirror_reads_as_nothing() -> None:
    got = insight.load(Cache(":memory:"), NOW)
    assert not got.orders
    assert not got.complaints
    assert not got.sanctions


def test_update_reads_only_what_changed_and_forgets_what_was_deleted() -> None:
    c = cache()
    before = insight.load(c, NOW)
    put(c, "order_event", [{"id": 3, "order_id": 1, "action": "start",
                            "at": (NOW - 2 * H).isoformat()}])  # fmt: skip
    put(c, "order", [order(5, "pending", NOW - H)])
    remove(c, "complaint", [1])
    put(c, "complaint", [{"id": 2, "severity": "high", "opened_at": NOW.isoformat()}])
    remove(c, "certification", [1])
    put(c, "certification", [{"id": 2, "kind": "nurse_license", "status": "approved"}])
    remove(c, "order", [2])
    put(c, "sanction", [{"id": 3, "provider_id": 7, "level": "warning", "status": "active",
                         "reason": "r", "decided_at": NOW.isoformat()}])  # fmt: skip
    after = insight.update(
        c, before,
        {"order_event": [3], "order": [5, 2], "complaint": [1, 2], "certification": [1, 2],
         "sanction": [3]},
        NOW,
    )  # fmt: skip
    assert after.orders[1].started_at == NOW - 2 * H
    assert set(after.orders) == {1, 5}
    assert set(after.complaints) == {2}
    assert [cert.id for cert in after.certs] == [2]
    assert len(after.sanctions) == 3
    assert before.orders[1].started_at is None  # the old inputs are left as they were
    same = insight.update(c, after, {}, NOW)
    assert same.orders == after.orders
    assert same.sanctions is after.sanctions


def test_load_reads_callbacks_trainers_and_retrained_providers_older_orders() -> None:
    c = cache()
    put(c, "complaint", [
        {"id": 2, "severity": "low", "order_id": 2, "opened_at": (NOW - H).isoformat(),
         "customer_id": 3, "provider_id": 9, "reopen_count": 1},
    ])  # fmt: skip
    put(c, "callback_attempt", [
        {"id": 1, "complaint_id": 2, "at": (NOW - H).isoformat(), "outcome": "reached_satisfied"},
    ])  # fmt: skip
    put(
        c, "training_session", [{"id": 6, "trainer_id": 70, "starts_at": (NOW - 9 * H).isoformat()}]
    )
    put(c, "user", [{"id": 70, "display_name": "王老师"}])
    put(c, "assessment", [
        {"id": 2, "provider_id": 9, "course_id": 4, "session_id": 6, "passed": True,
         "is_retraining": True, "assessed_at": (NOW - 5 * H).isoformat()},
        {"id": 3, "provider_id": 8, "course_id": 4, "passed": True, "state": "draft",
         "assessed_at": (NOW - 5 * H).isoformat()},  # not signed: not counted
    ])  # fmt: skip
    # Provider 9's order three weeks ago: older than the dashboard reads by date, but the
    # retraining outcome compares the month before the retraining.
    put(c, "order", [order(7, "completed", NOW - timedelta(days=21), provider_id=9)])
    got = insight.load(c, NOW)
    assert got.complaints[2].callbacks[0][0] == NOW - H
    assert (got.complaints[2].reopen_count, got.complaints[2].provider_id) == (1, 9)
    assert {a.id for a in got.training} == {1, 2}
    assert got.trainers == {70: "王老师"}
    assert 7 in got.orders
    assert got.orders[7].provider_id == 9
    snap = live(got, NOW)
    assert snap.follow_up.callbacks_satisfied.value == 1.0
    assert snap.pass_rates.by_trainer[70].numerator == 1
    assert snap.retraining["TR-NANNY"].providers == 1


def test_update_follows_callbacks_and_training() -> None:
    c = cache()
    before = insight.load(c, NOW)
    put(c, "callback_attempt", [
        {"id": 5, "complaint_id": 1, "at": (NOW - H).isoformat(), "outcome": "unreachable"},
    ])  # fmt: skip
    put(c, "assessment", [
        {"id": 4, "provider_id": 9, "course_id": 4, "passed": True, "is_retraining": True,
         "assessed_at": (NOW - 2 * H).isoformat()},
    ])  # fmt: skip
    after = insight.update(c, before, {"callback_attempt": [5], "assessment": [4]}, NOW)
    assert after.complaints[1].callbacks[0][1].value == "unreachable"
    assert {a.id for a in after.training} == {1, 4}
    assert not before.training or {a.id for a in before.training} == {1}
    same = insight.update(c, after, {"order": [1]}, NOW)
    assert same.training is after.training
