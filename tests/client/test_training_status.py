"""A provider's training status from the cache (courses of a category, retraining holds), and
the trainer's retraining and recertification queues with the sessions they may be put on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.client import training_status as ts
from app.client.cache import Cache
from app.rules.training import COURSES, Due
from app.server.services.training_courses import course_columns

T0 = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)  # 09:00 in Beijing
MAT, RETRAIN = COURSES["TR-MATERNITY"], COURSES["TR-RETRAIN"]


def put(cache: Cache, entity: str, rows: list[dict[str, Any]]) -> None:
    changes = [
        {"entity": entity, "id": r["id"], "version": 1, "op": "U", "data": {"version": 1, **r}}
        for r in rows
    ]
    cache.apply_page(changes, cache.cursor() + "x")


def at(days: float) -> str:
    return (T0 + timedelta(days=days)).isoformat()


def session(id: int, course: int, days: float, **kw: Any) -> dict[str, Any]:
    return {"id": id, "course_id": course, "trainer_id": 7, "starts_at": at(days),
            "ends_at": at(days + 0.2), "location": "通州培训站", "state": "scheduled",
            "capacity": 30, "is_retraining": course == 2, **kw}  # fmt: skip


def passed(id: int, provider: int, course: int, days: float, **kw: Any) -> dict[str, Any]:
    return {"id": id, "provider_id": provider, "course_id": course, "session_id": None,
            "state": "signed", "passed": True, "assessed_at": at(days), "signed_at": at(days),
            "is_retraining": course == 2, **kw}  # fmt: skip


def hold(id: int, provider: int, days: float, **kw: Any) -> dict[str, Any]:
    return {"id": id, "provider_id": provider, "level": "retraining", "reason": "服务态度差",
            "decided_by": 9, "decided_at": at(days), "status": "active", **kw}  # fmt: skip


def filled() -> Cache:
    """1: maternity valid for long; 2: maternity due in 20 days, on a retraining hold booked
    on session 21 with one failed attempt; 3: lapsed maternity, hold passed yesterday;
    4: never trained, a hold not booked; 5: hold overturned, another lifted long ago."""
    cache = Cache(":memory:")
    put(cache, "training_course", [{"id": 1, **course_columns(MAT)},
                                   {"id": 2, **course_columns(RETRAIN)}])  # fmt: skip
    put(cache, "provider", [{"id": p, "code": f"P{p}", "name": f"阿姨{p}", "status": "active"}
                            for p in (1, 2, 3, 4, 5)])  # fmt: skip
    put(cache, "training_session", [
        session(20, 1, -3, state="completed"), session(21, 2, 5), session(22, 1, 10),
        session(23, 2, 12), session(24, 1, 2, state="cancelled"),
        session(25, 2, -0.1, state="in_progress"),
    ])  # fmt: skip
    put(cache, "training_enrolment", [
        {"id": 1, "session_id": 21, "provider_id": 2, "status": "enrolled"},
        {"id": 2, "session_id": 22, "provider_id": 2, "status": "waiting"},
        {"id": 3, "session_id": 23, "provider_id": 4, "status": "withdrawn"},
    ])  # fmt: skip
    put(cache, "assessment", [
        passed(1, 1, 1, -30, valid_until=at(335)),
        passed(2, 2, 1, -345, valid_until=at(20)),
        passed(3, 2, 2, -5, passed=False),
        passed(4, 3, 1, -400, valid_until=at(-35)),
        passed(5, 3, 2, -1),
        passed(6, 4, 2, -3, state="draft", passed=False),
    ])  # fmt: skip
    put(cache, "sanction", [
        hold(1, 2, -10), hold(2, 3, -8, status="lifted", lifted_at=at(-1)), hold(3, 4, -6),
        hold(4, 5, -6, status="overturned"), hold(5, 5, -200, status="lifted",
                                                   lifted_at=at(-100)),
        hold(6, 5, -300, status="lifted"), hold(7, 5, -2, level="warning"),
    ])  # fmt: skip
    put(cache, "appeal", [{"id": 1, "sanction_id": 1, "status": "pending", "filed_at": at(-9),
                           "reason": "不服"}])  # fmt: skip
    return cache


def test_courses_of_the_category_with_validity_and_the_next_session() -> None:
    cache = filled()
    got = ts.training_statuses(cache, [1, 2, 3, 4], "maternity", T0)
    one = got[1].courses[0]
    assert (one.course_code, one.covered, one.due, one.next_session) == (MAT.code, True, None,
                                                                         None)  # fmt: skip
    assert got[1].clear
    assert got[1].holds == []
    due = got[2].courses[0]
    assert (due.covered, due.due, due.valid_until) == (True, Due.DUE_30, T0 + timedelta(20))
    lapsed = got[3].courses[0]
    assert (lapsed.covered, lapsed.due) == (False, Due.LAPSED)
    assert lapsed.next_session is not None
    assert lapsed.next_session.id == 22
    never = got[4].courses[0]
    assert (never.passed_at, never.covered, never.next_session.id) == (None, False, 22)  # type: ignore[union-attr]
    assert not got[4].clear
    assert ts.training_status(cache, 1, "cleaning", T0).courses == []
    put(cache, "training_course", [{"id": 3, **course_columns(COURSES["TR-ELDERLY"])}])
    (elderly,) = ts.training_status(cache, 1, "elderly_care", T0).courses
    assert (elderly.covered, elderly.next_session) == (False, None)  # no session to offer


def test_retraining_hold_progress_booked_passed_or_not_yet() -> None:
    cache = filled()
    booked = ts.training_status(cache, 2, "maternity", T0).holds
    assert len(booked) == 1
    assert (booked[0].sanction_id, booked[0].passed, booked[0].failed_attempts) == (1, False, 1)
    assert booked[0].booked is not None
    assert booked[0].booked.id == 21
    assert booked[0].next_session is not None
    assert booked[0].next_session.id == 21
    lifted = ts.training_status(cache, 3, "maternity", T0)
    assert [(h.sanction_id, h.passed) for h in lifted.holds] == [(2, True)]
    waiting = ts.training_status(cache, 4, "maternity", T0).holds
    assert [(h.passed, h.booked, h.failed_attempts) for h in waiting] == [(False, None, 0)]
    assert ts.training_status(cache, 5, "maternity", T0).holds == []  # nothing to follow


def test_a_pass_in_the_cache_shows_before_the_server_lifts_the_hold() -> None:
    cache = filled()
    put(cache, "assessment", [passed(7, 4, 2, -0.5)])
    status = ts.training_status(cache, 4, "maternity", T0)
    assert [h.passed for h in status.holds] == [True]
    assert [x.provider_id for x in ts.retraining_queue(cache, T0)] == [2]


def test_retraining_queue_offers_the_retraining_sessions_not_booked() -> None:
    queue = ts.retraining_queue(filled(), T0)
    assert [(x.provider_id, x.course_code) for x in queue] == [(2, RETRAIN.code),
                                                               (4, RETRAIN.code)]  # fmt: skip
    two, four = queue
    assert (two.booked.id, [s.id for s in two.offers], two.failed_attempts) == (21, [23], 1)  # type: ignore[union-attr]
    assert (four.booked, [s.id for s in four.offers], four.provider_name) == (None, [21, 23],
                                                                             "阿姨4")  # fmt: skip
    assert four.since == T0 - timedelta(days=6)


def test_recertification_queue_soonest_end_first() -> None:
    queue = ts.recertification_queue(filled(), T0)
    assert [(x.provider_id, x.due) for x in queue] == [(3, Due.LAPSED), (2, Due.DUE_30)]
    lapsed, due = queue
    assert (lapsed.booked, [s.id for s in lapsed.offers]) == (None, [22])
    assert (due.booked.id, due.offers) == (22, [])  # type: ignore[union-attr]


def test_recertification_skips_courses_the_cache_has_not_received() -> None:
    cache = filled()
    put(cache, "assessment", [passed(8, 1, 99, -300, valid_until=at(10))])
    assert [x.provider_id for x in ts.recertification_queue(cache, T0)] == [3, 2]


def test_enrol_command_goes_to_the_enrol_route_without_if_match() -> None:
    command = ts.enrol_command(21, 4, "enrol")
    assert command["path"].endswith("/training-sessions/21/enrol")
    assert (command["body"], command["if_match"], command["entity_id"]) == ({"provider_id": 4},
                                                                            None, 21)  # fmt: skip
