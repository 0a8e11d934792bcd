"""Session services: seats and waiting list, clashes, states, whole-roster attendance."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import tables as t
from app.server.errors import ApiError
from app.server.services import training_sessions as svc
from tests.server.training.conftest import T0, Desk


def test_a_full_session_puts_the_next_on_the_waiting_list_and_a_withdrawal_seats_them(
    desk: Desk,
) -> None:
    sess = desk.session("TR-CLEAN", T0, capacity=2)
    a, b, c = (desk.provider(f"1390000000{i}") for i in range(3))
    with desk.db.write() as s:
        for pid in (a, b, c):
            view = svc.enrol_provider(s, desk.trainer, T0 - timedelta(days=1), sess["id"], pid)
    assert [e["provider_id"] for e in view["enrolled"]] == [a, b]
    assert [(e["provider_id"], e["waiting_position"]) for e in view["waiting"]] == [(c, 1)]
    with desk.db.write() as s:
        view = svc.withdraw_provider(
            s, desk.trainer, T0 - timedelta(hours=20), sess["id"], view["version"], a
        )
    assert [e["provider_id"] for e in view["enrolled"]] == [b, c]
    assert view["waiting"] == []
    with desk.db.read() as s:
        fed = s.scalars(
            select(t.ChangeLog.entity).where(t.ChangeLog.entity == "training_enrolment")
        ).all()
    assert len(fed) >= 5  # three enrolments, then a withdrawal and a promotion
    assert desk.audit_actions().count("training.enrol") == 3


def test_a_provider_cannot_sit_two_overlapping_sessions(desk: Desk) -> None:
    first = desk.session("TR-CLEAN", T0)
    second = desk.session("TR-DEEP", T0 + timedelta(hours=2))
    pid = desk.provider("13900000010", ("cleaning", "deep_cleaning"))
    with desk.db.write() as s:
        svc.enrol_provider(s, desk.trainer, T0 - timedelta(days=1), first["id"], pid)
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        svc.enrol_provider(s, desk.trainer, T0 - timedelta(days=1), second["id"], pid)
    assert err.value.code == "training.session_clash"
    assert f"#{first['id']}" in err.value.zh


def test_states_versions_and_the_roster_in_one_call(desk: Desk) -> None:
    sess = desk.session("TR-CLEAN", T0)
    a, b = desk.provider("13900000020"), desk.provider("13900000021")
    with desk.db.write() as s:
        svc.enrol_provider(s, desk.trainer, T0 - timedelta(days=1), sess["id"], a)
        view = svc.enrol_provider(s, desk.trainer, T0 - timedelta(days=1), sess["id"], b)
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        svc.record_attendance(s, desk.trainer, T0, sess["id"], view["version"], {a: True, b: True})
    assert err.value.code == "training.attendance_not_started"
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        svc.start_session(s, desk.trainer, T0, sess["id"], view["version"] - 1)
    assert err.value.status == 412
    with desk.db.write() as s:
        view = svc.start_session(s, desk.trainer, T0, sess["id"], view["version"])
    assert view["state"] == "in_progress"
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        svc.record_attendance(s, desk.trainer, T0, sess["id"], view["version"], {a: True})
    assert err.value.code == "training.roster_mismatch"
    assert err.value.details["missing"] == [b]
    with desk.db.write() as s:
        view = svc.record_attendance(
            s, desk.trainer, T0, sess["id"], view["version"], {a: True, b: False}
        )
    assert {e["provider_id"]: e["attended"] for e in view["enrolled"]} == {a: True, b: False}
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        svc.cancel_session(s, desk.trainer, T0, sess["id"], view["version"], " ")
    assert err.value.code == "training.cancel_reason_required"
    with desk.db.write() as s:
        view = svc.complete_session(s, desk.trainer, T0, sess["id"], view["version"])
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        svc.cancel_session(s, desk.trainer, T0, sess["id"], view["version"], "教室停电")
    assert err.value.code == "training.session_transition"


def test_a_smaller_capacity_moves_the_last_seated_to_the_head_of_the_waiting_list(
    desk: Desk,
) -> None:
    sess = desk.session("TR-CLEAN", T0, capacity=3)
    ids = [desk.provider(f"1390000003{i}") for i in range(4)]
    with desk.db.write() as s:
        for pid in ids:
            view = svc.enrol_provider(s, desk.trainer, T0 - timedelta(days=2), sess["id"], pid)
    with desk.db.write() as s:
        view = svc.reschedule_session(
            s, desk.trainer, T0 - timedelta(days=1), sess["id"], view["version"],
            starts_at=T0 + timedelta(days=1), ends_at=T0 + timedelta(days=1, hours=4), capacity=2,
        )  # fmt: skip
    assert [e["provider_id"] for e in view["enrolled"]] == ids[:2]
    assert [e["provider_id"] for e in view["waiting"]] == [ids[2], ids[3]]


def test_a_supervisor_edits_a_rubric_and_a_bad_one_is_refused(desk: Desk) -> None:
    from app.rules.training import COURSES, rubric_wire
    from app.server.services.training_courses import update_course

    course_id = desk.courses["TR-MATERNITY"]
    version = desk.version(t.TrainingCourse, course_id)
    rubric = rubric_wire(COURSES["TR-MATERNITY"].criteria)
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        update_course(s, desk.supervisor, T0, course_id, version,
                      rubric=[{**rubric[0], "minimum": 9}], theory_pass=70, practical_pass=70,
                      absences_allowed=0, validity_days=365)  # fmt: skip
    assert err.value.code == "training.rubric_invalid"
    with desk.db.write() as s:
        row = update_course(s, desk.supervisor, T0, course_id, version, rubric=rubric[:3],
                            theory_pass=75, practical_pass=70, absences_allowed=1,
                            validity_days=365)  # fmt: skip
    assert [c["code"] for c in row["rubric"]] == [c["code"] for c in rubric[:3]]
    assert (row["theory_pass"], row["absences_allowed"]) == (75, 1)
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        update_course(s, desk.supervisor, T0, course_id, version, rubric=rubric, theory_pass=70,
                      practical_pass=70, absences_allowed=0, validity_days=365)  # fmt: skip
    assert err.value.status == 412
    assert "training.course_update" in desk.audit_actions()
