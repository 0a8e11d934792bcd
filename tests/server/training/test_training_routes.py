"""Training over HTTP: schedule, enrol, attendance, drafts, sign-off as seen, amendments,
a provider's record and the queues; If-Match, Idempotency-Key and roles as everywhere."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import requests
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from app.rules.training import COURSES
from app.server import clock
from app.server.services.training_courses import course_columns
from tests.server import factories
from tests.server.conftest import LiveServer


def seed_courses(live: LiveServer) -> dict[str, int]:
    with live.db.write() as s:
        out = {}
        for spec in COURSES.values():
            row = t.TrainingCourse(**course_columns(spec), updated_at=clock.now())
            s.add(row)
            s.flush()
            out[spec.code] = row.id
        return out


def ok(r: requests.Response, status: int = 200) -> Any:
    assert r.status_code == status, r.text
    return r.json()


def post(s: requests.Session, live: LiveServer, path: str, body: Any, **headers: Any) -> Any:
    hdrs = {k.replace("_", "-"): str(v) for k, v in headers.items()}
    return s.post(live.api(path), json=body, headers=hdrs, timeout=10)


def test_a_trainers_session_from_schedule_to_amended_result(any_live: LiveServer) -> None:
    live = any_live
    courses = seed_courses(live)
    trainer = live.login(Role.TRAINER)
    p1 = factories.add_provider(live.db, phone="13900000001")
    p2 = factories.add_provider(live.db, phone="13900000002")
    p3 = factories.add_provider(live.db, phone="13900000003")
    start = clock.now() + timedelta(days=1)
    body = {"course_id": courses["TR-CLEAN-01"] if "TR-CLEAN-01" in courses else
            next(iter(courses.values())), "starts_at": start.isoformat(),
            "ends_at": (start + timedelta(hours=4)).isoformat(),
            "location": "通州区新华大街66号", "district": "tongzhou", "capacity": 2}  # fmt: skip
    sess = ok(post(trainer, live, "/training-sessions", body, Idempotency_Key="k-create"), 201)
    again = post(trainer, live, "/training-sessions", body, Idempotency_Key="k-create")
    assert again.headers.get("Idempotent-Replayed") == "true"
    assert again.json()["id"] == sess["id"]
    sid = sess["id"]
    for pid in (p1, p2, p3):
        sess = ok(post(trainer, live, f"/training-sessions/{sid}/enrol", {"provider_id": pid}))
    assert [e["provider_id"] for e in sess["enrolled"]] == [p1, p2]
    assert [e["provider_id"] for e in sess["waiting"]] == [p3]
    # If-Match is required, and a stale one is refused with the current session
    assert post(trainer, live, f"/training-sessions/{sid}/start", {}).status_code == 428
    stale = post(trainer, live, f"/training-sessions/{sid}/start", {}, If_Match=1)
    assert stale.status_code == 412
    assert stale.json()["error"]["details"]["current"]["id"] == sid
    sess = ok(post(trainer, live, f"/training-sessions/{sid}/start", {}, If_Match=sess["version"]))
    assert sess["state"] == "in_progress"
    # attendance: the whole roster, or a clear refusal
    bad = post(trainer, live, f"/training-sessions/{sid}/attendance", {"present": {str(p1): True}},
               If_Match=sess["version"])  # fmt: skip
    assert bad.status_code == 422
    assert bad.json()["error"]["details"]["missing"] == [p2]
    roster = {"present": {str(p1): True, str(p2): False}}
    path = f"/training-sessions/{sid}/attendance"
    sess = ok(post(trainer, live, path, roster, If_Match=sess["version"]))
    assert {e["provider_id"]: e["attended"] for e in sess["enrolled"]} == {p1: True, p2: False}
    course = COURSES[sess["course_code"]]
    full = {c.code: 5 if c.scale == "points" else 1 for c in course.criteria}
    d1 = ok(post(trainer, live, f"/training-sessions/{sid}/assessments/{p1}/draft",
                 {"theory": 90, "practical": full}))  # fmt: skip
    assert d1["state"] == "draft"
    assert d1["reasons"] == []
    assert d1["practical_total"] == 100
    # a second draft without If-Match would overwrite blind: refused
    assert post(trainer, live, f"/training-sessions/{sid}/assessments/{p1}/draft",
                {"theory": 80}).status_code == 428  # fmt: skip
    d2 = ok(post(trainer, live, f"/training-sessions/{sid}/assessments/{p2}/draft",
                 {"theory": 95, "practical": full}))  # fmt: skip
    assert [r["code"] for r in d2["reasons"]] == ["training.too_many_absences"] or (
        course.absences_allowed >= 1 and d2["reasons"] == []
    )
    # off the scale: a clear 422 with the reason
    off = post(
        trainer,
        live,
        f"/training-sessions/{sid}/assessments/{p1}/draft",
        {"theory": 90, "practical": {course.criteria[0].code: 9}},
        If_Match=d1["version"],
    )
    assert off.status_code == 422
    assert off.json()["error"]["code"] == "training.score_out_of_scale"
    # drafts as seen: no version needed, but another desk's change is never overwritten
    draft = f"/training-sessions/{sid}/assessments/{p2}/draft"
    seen_base = {"theory": 95, "practical": full}
    d2 = ok(post(trainer, live, draft, {"theory": 96, "practical": full, "base": seen_base}))
    lost = post(trainer, live, draft, {"theory": 97, "practical": full, "base": seen_base})
    assert lost.status_code == 412
    assert lost.json()["error"]["details"]["current"]["theory_score"] == 96
    d2 = ok(post(trainer, live, draft, {"theory": 95, "practical": full,
                                        "base": {"theory": 96, "practical": full}}))  # fmt: skip
    p3_draft = f"/training-sessions/{sid}/assessments/{p3}/draft"
    none_yet = post(trainer, live, p3_draft, {"theory": 1, "base": {"theory": 5}})
    assert none_yet.status_code == 409
    # sign-off as seen: a sheet that differs from the draft refuses the lot
    seen = [{"provider_id": p1, "theory": 90, "practical": full, "absences": 0},
            {"provider_id": p2, "theory": 95, "practical": full, "absences": 1}]  # fmt: skip
    wrong = [{**seen[0], "theory": 70}, seen[1]]
    r = post(trainer, live, f"/training-sessions/{sid}/sign-off", {"sheets": wrong})
    assert r.status_code == 412
    assert r.json()["error"]["details"]["provider_id"] == p1
    signed = ok(post(trainer, live, f"/training-sessions/{sid}/sign-off", {"sheets": seen},
                     Idempotency_Key="k-sign"))["data"]  # fmt: skip
    assert [a["state"] for a in signed] == ["signed", "signed"]
    assert signed[0]["passed"] is True
    # signed: a draft is refused, a resent sign-off does nothing, an amendment needs a reason
    locked = post(trainer, live, f"/training-sessions/{sid}/assessments/{p1}/draft",
                  {"theory": 10}, If_Match=signed[0]["version"])  # fmt: skip
    assert locked.status_code == 409
    assert ok(post(trainer, live, f"/training-sessions/{sid}/sign-off", {"sheets": seen}))[
        "data"] == []  # fmt: skip
    aid = signed[0]["id"]
    no_reason = post(trainer, live, f"/assessments/{aid}/amend",
                     {"theory": 50, "practical": full, "absences": 0, "reason": " "},
                     If_Match=signed[0]["version"])  # fmt: skip
    assert no_reason.status_code == 422
    amended = ok(post(trainer, live, f"/assessments/{aid}/amend",
                      {"theory": 50, "practical": full, "absences": 0, "reason": "理论卷漏算一页"},
                      If_Match=signed[0]["version"]))  # fmt: skip
    assert amended["passed"] is False
    assert amended["reasons"][0]["code"] == "training.theory_below_pass"
    # signed with other scores now: a sign-off of the old ones is refused, not skipped
    stale = post(trainer, live, f"/training-sessions/{sid}/sign-off", {"sheets": seen})
    assert stale.status_code == 412
    assert stale.json()["error"]["details"]["provider_id"] == p1
    assert stale.json()["error"]["details"]["current"]["theory_score"] == 50
    record = ok(trainer.get(live.api(f"/providers/{p1}/training"), timeout=10))
    [a] = [x for x in record["assessments"] if x["session_id"] == sid]
    assert a["amendments"][0]["reason"] == "理论卷漏算一页"
    assert [x["enrolment"]["attended"] for x in record["sessions"] if x["id"] == sid] == [True]
    with live.db.read() as s:
        audit = list(s.scalars(select(t.AuditLog.action).where(
            t.AuditLog.action.like("training.%"))))  # fmt: skip
    assert "training.assessment_amend" in audit
    assert "training.attendance" in audit


def test_waiting_list_cancel_and_queues(live: LiveServer) -> None:
    courses = seed_courses(live)
    trainer = live.login(Role.TRAINER)
    p1 = factories.add_provider(live.db, phone="13900000011")
    p2 = factories.add_provider(live.db, phone="13900000012")
    start = clock.now() + timedelta(days=2)
    sess = ok(post(trainer, live, "/training-sessions", {
        "course_id": next(iter(courses.values())), "starts_at": start.isoformat(),
        "ends_at": (start + timedelta(hours=3)).isoformat(), "location": "通州培训站",
        "capacity": 1}), 201)  # fmt: skip
    sid = sess["id"]
    for pid in (p1, p2):
        sess = ok(post(trainer, live, f"/training-sessions/{sid}/enrol", {"provider_id": pid}))
    sess = ok(post(trainer, live, f"/training-sessions/{sid}/withdraw", {"provider_id": p1},
                   If_Match=sess["version"]))  # fmt: skip
    assert [e["provider_id"] for e in sess["enrolled"]] == [p2]
    assert sess["waiting"] == []
    sess = ok(post(trainer, live, f"/training-sessions/{sid}/reschedule", {
        "starts_at": (start + timedelta(days=1)).isoformat(),
        "ends_at": (start + timedelta(days=1, hours=3)).isoformat(), "capacity": 5},
        If_Match=sess["version"]))  # fmt: skip
    assert sess["capacity"] == 5
    no_reason = post(trainer, live, f"/training-sessions/{sid}/cancel", {"reason": ""},
                     If_Match=sess["version"])  # fmt: skip
    assert no_reason.status_code == 422
    sess = ok(post(trainer, live, f"/training-sessions/{sid}/cancel", {"reason": "教室停电"},
                   If_Match=sess["version"]))  # fmt: skip
    assert sess["state"] == "cancelled"
    dispatcher = live.login(Role.DISPATCHER)
    assert ok(dispatcher.get(live.api("/training/retraining"), timeout=10)) == {"data": []}
    assert ok(dispatcher.get(live.api("/training/recertification"), timeout=10)) == {"data": []}
    # a dispatcher reads but never writes
    assert post(dispatcher, live, f"/training-sessions/{sid}/enrol", {"provider_id": p1}
                ).status_code == 403  # fmt: skip


def test_rubric_edits_are_supervisors_and_checked(live: LiveServer) -> None:
    courses = seed_courses(live)
    cid = next(iter(courses.values()))
    supervisor = live.login(Role.SUPERVISOR)
    course = ok(supervisor.get(live.api(f"/training-courses/{cid}"), timeout=10))
    rubric = [{"code": "care", "zh": "照护", "en": "Care", "scale": "points", "weight": 2,
               "minimum": 3}, {"code": "safe", "zh": "安全", "scale": "pass_fail", "weight": 1,
               "minimum": 1}]  # fmt: skip
    body = {"rubric": rubric, "theory_pass": 70, "practical_pass": 65, "absences_allowed": 1,
            "validity_days": 365}  # fmt: skip
    assert post(live.login(Role.TRAINER), live, f"/training-courses/{cid}/rubric", body,
                If_Match=course["version"]).status_code == 403  # fmt: skip
    dup = post(
        supervisor,
        live,
        f"/training-courses/{cid}/rubric",
        {**body, "rubric": [rubric[0], rubric[0]]},
        If_Match=course["version"],
    )
    assert dup.status_code == 422
    assert dup.json()["error"]["code"] == "training.rubric_invalid"
    done = ok(post(supervisor, live, f"/training-courses/{cid}/rubric", body,
                   If_Match=course["version"]))  # fmt: skip
    assert [c["code"] for c in done["rubric"]] == ["care", "safe"]
    assert done["practical_pass"] == 65
