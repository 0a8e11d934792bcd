"""The trainer's cache queries and commands: sessions today first, a roster, the scoring grid
with live results, a provider's record, and commands that queue (and supersede) offline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.client import training as tr
from app.client.cache import Cache
from app.client.outbox import Outbox
from app.rules.training import COURSES, Due
from app.server.services.training_courses import course_columns

T0 = datetime(2026, 12, 3, 1, 0, tzinfo=UTC)  # 09:00 in Beijing
DAY = datetime(2026, 12, 2, 16, 0, tzinfo=UTC)  # 2026-12-03 00:00 in Beijing
MAT = COURSES["TR-MATERNITY"]


def put(cache: Cache, entity: str, rows: list[dict[str, Any]]) -> None:
    changes = [
        {"entity": entity, "id": r["id"], "version": r.get("version", 1), "op": "U",
         "data": {"version": 1, **r}}
        for r in rows
    ]  # fmt: skip
    cache.apply_page(changes, cache.cursor() + "x")


def at(hours: float) -> str:
    return (T0 + timedelta(hours=hours)).isoformat()


def filled() -> Cache:
    cache = Cache(":memory:")
    put(cache, "training_course", [{"id": 1, **course_columns(MAT)}])
    put(
        cache,
        "provider",
        [
            {
                "id": p,
                "code": f"P{p}",
                "name": f"学员{p}",
                "status": "active",
                "categories": [],
                "districts_served": [],
            }
            for p in (1, 2, 3, 4)
        ],
    )
    put(cache, "training_session", [
        {"id": 10, "course_id": 1, "trainer_id": 7, "starts_at": at(0), "ends_at": at(4),
         "location": "通州培训站", "district": "tongzhou", "state": "in_progress",
         "capacity": 2, "is_retraining": False},
        {"id": 11, "course_id": 1, "trainer_id": 7, "starts_at": at(48), "ends_at": None,
         "location": "通州培训站", "district": None, "state": "scheduled", "capacity": 30},
        {"id": 12, "course_id": 1, "trainer_id": 7, "starts_at": at(-48), "ends_at": at(-44),
         "location": "通州培训站", "state": "completed", "capacity": 30},
        {"id": 13, "course_id": 1, "trainer_id": 8, "starts_at": at(1), "ends_at": at(4),
         "location": "朝阳", "state": "scheduled", "capacity": 30},
        {"id": 14, "course_id": 99, "trainer_id": 7, "starts_at": at(2), "ends_at": at(4),
         "location": "?", "state": "scheduled", "capacity": 30},
    ])  # fmt: skip
    put(cache, "training_enrolment", [
        {"id": 100, "session_id": 10, "provider_id": 1, "status": "enrolled", "attended": True,
         "reason": "onboarding"},
        {"id": 101, "session_id": 10, "provider_id": 2, "status": "enrolled", "attended": False,
         "reason": "onboarding"},
        {"id": 102, "session_id": 10, "provider_id": 3, "status": "waiting",
         "waiting_position": 1, "reason": "onboarding"},
        {"id": 103, "session_id": 10, "provider_id": 4, "status": "withdrawn"},
        {"id": 104, "session_id": 12, "provider_id": 1, "status": "enrolled", "attended": True},
        {"id": 105, "session_id": 404, "provider_id": 1, "status": "enrolled"},
    ])  # fmt: skip
    full = {c.code: 5 if c.scale == "points" else 1 for c in MAT.criteria}
    put(cache, "assessment", [
        {"id": 50, "version": 3, "provider_id": 1, "course_id": 1, "session_id": 10,
         "state": "draft", "theory_score": 90, "scores": full, "absences": 0, "passed": False},
        {"id": 51, "provider_id": 1, "course_id": 1, "session_id": 12, "state": "signed",
         "theory_score": 80, "scores": full, "absences": 0, "passed": True,
         "signed_at": at(-44), "assessed_at": at(-44), "valid_until": at(24 * 40)},
        {"id": 52, "provider_id": 1, "course_id": 99, "session_id": None, "state": "signed",
         "passed": True, "assessed_at": at(-100)},
    ])  # fmt: skip
    put(cache, "assessment_amendment", [
        {"id": 70, "assessment_id": 51, "reason": "漏记一项", "before": {}, "after": {}},
    ])  # fmt: skip
    return cache


def test_sessions_of_the_week_today_first() -> None:
    cache = filled()
    week = tr.sessions_between(cache, T0 - timedelta(days=3), T0 + timedelta(days=4), 7)
    assert [s.id for s in week] == [12, 10, 14, 11]
    assert len(tr.sessions_between(cache, T0 - timedelta(days=3), T0 + timedelta(days=4))) == 5
    mine = tr.today_first(week, DAY)
    assert [s.id for s in mine] == [10, 14, 11, 12]
    s10 = week[1]
    assert (s10.course_code, s10.seated, s10.waiting) == (MAT.code, 2, 1)
    assert week[2].course_code == ""  # a course the cache has not received
    assert tr.session(cache, 10) == s10
    assert tr.session(cache, 999) is None


def test_roster_seated_then_waiting_with_attendance() -> None:
    lines = tr.roster(filled(), 10)
    assert [(x.provider_id, x.status, x.attended) for x in lines] == [
        (1, "enrolled", True), (2, "enrolled", False), (3, "waiting", None)]  # fmt: skip
    assert lines[0].provider_name == "学员1"


def test_scoring_grid_and_live_results() -> None:
    cache = filled()
    grid = tr.scoring_grid(cache, 10)
    assert grid is not None
    one, two = grid.lines
    assert (one.assessment_id, one.version, one.theory, one.signed) == (50, 3, 90, False)
    assert (two.assessment_id, two.absences, two.attended) == (None, 1, False)
    r1 = tr.line_result(grid.course, one)
    assert r1.passed
    assert r1.total == 100
    minimum = next(c for c in MAT.criteria if c.minimum is not None)
    one.practical[minimum.code] = 0
    r1 = tr.line_result(grid.course, one)
    assert not r1.passed
    assert "training.criterion_minimum_failed" in [r.code for r in r1.reasons]
    assert tr.scoring_grid(cache, 999) is None
    assert tr.scoring_grid(cache, 14) is None  # course not cached


def test_provider_record() -> None:
    record = tr.provider_record(filled(), 1, T0)
    assert record.provider_name == "学员1"
    assert [e.session.id for e in record.entries] == [12, 10]
    assert record.entries[0].amendments[0]["reason"] == "漏记一项"
    assert record.entries[0].amendment_reasons == ["漏记一项"]
    assert record.entries[1].amendments == []
    assert record.entries[0].assessment == tr.RecordAssessment(51, "signed", True, 80, None)
    assert record.entries[1].assessment == tr.RecordAssessment(50, "draft", False, 90, None)
    [cert] = record.certificates
    assert cert.course_code == MAT.code
    assert cert.due is Due.DUE_60
    empty = tr.provider_record(filled(), 404, T0)
    assert (empty.provider_name, empty.entries, empty.certificates) == ("", [], [])


def test_commands_queue_offline_and_later_edits_supersede() -> None:
    cache = filled()
    outbox = Outbox(":memory:")
    grid = tr.scoring_grid(cache, 10)
    assert grid is not None
    one, two = grid.lines

    def enqueue(cmd: dict[str, Any]) -> None:
        outbox.enqueue(cmd["path"], cmd["body"], if_match=cmd["if_match"],
                       entity=cmd["entity"], entity_id=cmd["entity_id"], label=cmd["label"],
                       supersede=bool(cmd.get("supersede")))  # fmt: skip

    enqueue(tr.attendance_command(10, 4, {1: True, 2: True}, "考勤"))
    enqueue(tr.attendance_command(10, 5, {1: True, 2: False}, "考勤"))
    two.theory = 70
    enqueue(tr.draft_command(10, two, None, {}, "成绩"))
    seen = dict(two.practical)
    two.theory, two.practical = 75, {"feeding": 4, "bathing": None}
    enqueue(tr.draft_command(10, two, 70, seen, "成绩"))
    enqueue(tr.sign_off_command(10, [one, two], "签署"))
    pending = outbox.pending()
    assert [c.path.rsplit("/", 1)[-1] for c in pending] == ["attendance", "draft", "sign-off"]
    att, draft, sign = pending
    assert att.if_match == 4
    assert att.body == {"present": {"1": True, "2": False}}
    assert draft.body == {"theory": 75, "practical": {"feeding": 4},
                          "base": {"theory": None, "practical": {}}}  # fmt: skip
    assert draft.if_match is None
    assert sign.body is not None
    assert sign.body["sheets"][1]["absences"] == 1
    step = tr.session_step_command(10, 6, "cancel", "取消", "停电")
    assert step["body"] == {"reason": "停电"}
    assert step["if_match"] == 6
    assert tr.session_step_command(10, 6, "start", "开始")["body"] == {}
    one.state = "signed"
    amend = tr.amend_command(one, "补录", "修订")
    assert amend["if_match"] == 3
    assert amend["body"]["reason"] == "补录"
    assert amend["path"].endswith("/assessments/50/amend")
    with pytest.raises(ValueError, match="unknown"):
        tr.session_step_command(10, 1, "explode", "?")


def test_a_draft_may_carry_the_desks_absences() -> None:
    grid = tr.scoring_grid(filled(), 10)
    assert grid is not None
    two = grid.lines[1]
    assert "absences" not in tr.draft_command(10, two, None, {}, "成绩")["body"]
    assert tr.draft_command(10, two, None, {}, "成绩", absences=1)["body"]["absences"] == 1


def _refused(path: str, state: str, error: dict[str, Any]) -> Any:
    from app.client.outbox import OutboxCommand

    return OutboxCommand(7, path, {}, None, "k", "assessment", 0, "成绩", T0, state, error)


def test_refusal_reads_a_stale_draft_with_the_servers_scores() -> None:
    stale = _refused(
        "/api/v1/training-sessions/10/assessments/2/draft", "conflict",
        {"code": "stale_version", "message": "成绩已被他人修改", "message_en": "changed",
         "status": 412, "details": {"provider_id": 2},
         "current": {"id": 60, "provider_id": 2, "theory_score": 55,
                     "scores": {"feeding": 3, "bathing": None}, "absences": 1}},
    )  # fmt: skip
    got = tr.refusal(stale)
    assert got is not None
    assert (got.session_id, got.step, got.provider_id, got.conflict) == (10, "draft", 2, True)
    assert got.server == (55, {"feeding": 3}, 1)
    failed = tr.refusal(
        _refused("/api/v1/training-sessions/10/attendance", "failed",
                 {"code": "x", "message": "场次开始后才能登记考勤", "details": {}})
    )  # fmt: skip
    assert failed is not None
    assert (failed.step, failed.provider_id, failed.server, failed.conflict) == (
        "attendance", None, None, False)  # fmt: skip
    assert tr.refusal(_refused("/api/v1/orders/1/assign", "conflict", {})) is None


def test_a_stale_draft_is_retried_on_the_servers_scores_not_for_ever() -> None:
    cache = filled()
    outbox = Outbox(":memory:")
    grid = tr.scoring_grid(cache, 10)
    assert grid is not None
    two = grid.lines[1]
    two.theory = 70
    cmd = tr.draft_command(10, two, None, {}, "成绩")
    queued = outbox.enqueue(cmd["path"], cmd["body"], if_match=None, entity="assessment",
                            entity_id=0, label="成绩", supersede=True)  # fmt: skip
    current = {"id": 60, "version": 5, "provider_id": 2, "theory_score": 55,
               "scores": {"feeding": 3, "bathing": None}, "absences": 0}  # fmt: skip
    outbox._settle(queued, "conflict", {"status": 412, "details": {"provider_id": 2},
                                        "current": current})  # fmt: skip
    stuck = outbox.get(queued.id)
    assert stuck is not None
    body = tr.rebased_draft(stuck)
    assert body is not None
    assert body["base"] == {"theory": 55, "practical": {"feeding": 3}}
    assert body["theory"] == 70
    again = outbox.retry(queued.id, None, body=body)
    assert again is not None
    assert again.body == body
    assert again.idempotency_key != queued.idempotency_key
    # Anything but a draft is retried as it was.
    step = _refused("/api/v1/training-sessions/10/sign-off", "conflict",
                    {"details": {"provider_id": 2}, "current": current})  # fmt: skip
    assert tr.rebased_draft(step) is None


def test_one_sessions_detail_is_read_together() -> None:
    from app.client.training_session import session_detail

    got = session_detail(filled(), 10)
    assert got.id == 10
    assert got.session is not None
    assert got.session.id == 10
    assert got.roster == tr.roster(filled(), 10)
    assert got.grid is not None
    gone = session_detail(filled(), 999)
    assert (gone.session, gone.roster, gone.grid) == (None, [], None)
