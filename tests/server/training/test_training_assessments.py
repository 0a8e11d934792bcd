"""Assessment services and the loop with sanctions and dispatch: drafts, sign-off, amendments,
a passed retraining lifting the hold, failing twice escalating, certificates lapsing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import delete, select

from app.models import tables as t
from app.models.enums import SanctionLevel, SanctionStatus, ServiceCategory
from app.rules.dispatch import DispatchSettings, OrderFacts, static_reasons
from app.server.errors import ApiError
from app.server.services import training_assessments as ax
from app.server.services import training_sessions as sx
from app.server.services.complaints_sanction_facts import provider_dispatch_hold
from app.server.services.dispatch_facts import provider_facts
from app.server.services.training_enrol import enrol_for_retraining, enrol_recertifications
from app.server.services.training_read import (
    provider_record,
    recertification_list,
    retraining_queue,
)
from tests.server.training.conftest import T0, Desk

ELDERLY_FULL = {"etiquette": 5, "communication": 5, "transfer": 1, "daily_care": 5}
RETRAIN_FULL = {"etiquette": 5, "communication": 4, "conduct": 4}


def running(desk: Desk, code: str, pids: list[int], *, retraining: bool = False) -> dict[str, Any]:
    """A session of ``code`` with ``pids`` seated, started, everyone present."""
    sess = desk.session(code, T0, retraining=retraining)
    with desk.db.write() as s:
        for pid in pids:
            sx.enrol_provider(s, desk.trainer, T0 - timedelta(days=1), sess["id"], pid)
    with desk.db.write() as s:
        view = sx.start_session(s, desk.trainer, T0, sess["id"], desk.version(
            t.TrainingSession, sess["id"]))  # fmt: skip
        return sx.record_attendance(
            s, desk.trainer, T0, sess["id"], view["version"], dict.fromkeys(pids, True)
        )


def draft(desk: Desk, sess: dict[str, Any], pid: int, theory: int, practical: dict[str, Any],
          version: int | None = None) -> dict[str, Any]:  # fmt: skip
    with desk.db.write() as s:
        return ax.save_assessment_draft(
            s, desk.trainer, T0 + timedelta(hours=3), session_id=sess["id"], provider_id=pid,
            expected_version=version, theory=theory, practical=practical,
        )  # fmt: skip


def sign(desk: Desk, *views: dict[str, Any], hours: int = 4) -> list[dict[str, Any]]:
    with desk.db.write() as s:
        return ax.sign_off_assessments(
            s, desk.trainer, T0 + timedelta(hours=hours), [(v["id"], v["version"]) for v in views]
        )


def test_sign_off_locks_and_an_amendment_keeps_both_scores_with_the_reason(desk: Desk) -> None:
    a, b = desk.provider("13900000101", ("elderly_care",)), desk.provider("13900000102")
    sess = running(desk, "TR-ELDERLY", [a, b])
    da = draft(desk, sess, a, 88, ELDERLY_FULL)
    db = draft(desk, sess, b, 90, {**ELDERLY_FULL, "transfer": 0})
    assert db["reasons"][0]["code"] == "training.criterion_minimum_failed"
    assert not da["passed"]  # a draft never counts, whatever its scores
    signed_a, signed_b = sign(desk, da, db)
    assert signed_a["passed"]
    assert not signed_b["passed"]
    assert signed_a["valid_until"] is not None  # elderly care: recertify in a year
    with pytest.raises(ApiError) as err:
        draft(desk, sess, b, 90, ELDERLY_FULL, version=signed_b["version"])
    assert err.value.code == "training.assessment_locked"
    with pytest.raises(ApiError) as err, desk.db.write() as s:
        ax.amend_assessment(s, desk.supervisor, T0 + timedelta(days=1), signed_b["id"],
                            signed_b["version"], theory=90, practical=ELDERLY_FULL, absences=0,
                            reason=" ")  # fmt: skip
    assert err.value.code == "training.amendment_reason_required"
    with desk.db.write() as s:
        amended = ax.amend_assessment(
            s, desk.supervisor, T0 + timedelta(days=1), signed_b["id"], signed_b["version"],
            theory=90, practical=ELDERLY_FULL, absences=0, reason="复看录像：移位合格，录入有误",
        )  # fmt: skip
    assert amended["passed"]
    assert amended["state"] == "signed"
    with desk.db.read() as s:
        record = provider_record(s, b, T0 + timedelta(days=2))
    [assessment] = [x for x in record["assessments"] if x["session_id"] == sess["id"]]
    [amendment] = assessment["amendments"]
    assert amendment["before"]["practical"]["transfer"] == 0
    assert amendment["after"]["practical"]["transfer"] == 1
    assert "training.assessment_amend" in desk.audit_actions()


def test_sign_off_is_all_or_nothing(desk: Desk) -> None:
    a, b = desk.provider("13900000111"), desk.provider("13900000112")
    sess = running(desk, "TR-CLEAN", [a, b])
    da = draft(desk, sess, a, 80, {"etiquette": 4, "communication": 4, "hygiene": 4})
    db = draft(desk, sess, b, 80, {"etiquette": 4, "communication": 4, "hygiene": 4})
    with pytest.raises(ApiError) as err:
        sign(desk, da, {**db, "version": db["version"] + 1})
    assert err.value.status == 412
    with desk.db.read() as s:
        states = s.scalars(
            select(t.Assessment.state).where(t.Assessment.session_id == sess["id"])
        ).all()
    assert states == ["draft", "draft"]


def retraining_hold(desk: Desk, pid: int) -> t.Sanction:
    with desk.db.write() as s:
        sanction = t.Sanction(
            provider_id=pid, level=SanctionLevel.RETRAINING.value,
            status=SanctionStatus.ACTIVE.value, reason="服务态度投诉属实",
            decided_by=None, decided_at=T0 - timedelta(days=3), updated_at=T0,
        )  # fmt: skip
        s.add(sanction)
        s.flush()
        booked = enrol_for_retraining(s, desk.supervisor, T0 - timedelta(days=3), sanction)
        assert booked is not None
        s.expunge(sanction)
        return sanction


def test_a_passed_retraining_lifts_the_hold_and_the_provider_is_dispatchable(desk: Desk) -> None:
    pid = desk.provider("13900000121")
    desk.session("TR-RETRAIN", T0, retraining=True)  # the next retraining session
    sanction = retraining_hold(desk, pid)
    with desk.db.read() as s:
        assert provider_dispatch_hold(s, pid, T0) is SanctionLevel.RETRAINING
        [queued] = retraining_queue(s, T0)
    assert queued["session_id"] is not None
    assert queued["provider_id"] == pid
    with desk.db.write() as s:
        sess = s.get(t.TrainingSession, queued["session_id"])
        assert sess is not None
        view = sx.start_session(s, desk.trainer, T0, sess.id, sess.version)
        view = sx.record_attendance(s, desk.trainer, T0, sess.id, view["version"], {pid: True})
    [signed] = sign(desk, draft(desk, view, pid, 85, RETRAIN_FULL))
    assert signed["passed"]
    assert signed["is_retraining"]
    with desk.db.read() as s:
        assert provider_dispatch_hold(s, pid, T0 + timedelta(hours=5)) is None
        row = s.get(t.Sanction, sanction.id)
        assert row is not None
        assert row.status == SanctionStatus.LIFTED.value
        assert retraining_queue(s, T0 + timedelta(hours=5)) == []
        log = t.ChangeLog
        fed = s.scalars(
            select(log.op).where(log.entity_id == sanction.id, log.entity == "sanction")
        ).all()
    assert fed  # every dispatcher's desk hears of it through the feed


def test_failing_the_retraining_twice_escalates(desk: Desk) -> None:
    pid = desk.provider("13900000131")
    desk.session("TR-RETRAIN", T0, retraining=True)
    retraining_hold(desk, pid)
    with desk.db.read() as s:
        [queued] = retraining_queue(s, T0)
    with desk.db.write() as s:
        sess = s.get(t.TrainingSession, queued["session_id"])
        assert sess is not None
        view = sx.start_session(s, desk.trainer, T0, sess.id, sess.version)
        view = sx.record_attendance(s, desk.trainer, T0, sess.id, view["version"], {pid: True})
    [first] = sign(desk, draft(desk, view, pid, 40, RETRAIN_FULL))
    with desk.db.read() as s:
        assert retraining_queue(s, T0 + timedelta(hours=5))[0]["escalation"] is None
    second = desk.session("TR-RETRAIN", T0 + timedelta(days=2), retraining=True)
    with desk.db.write() as s:
        sx.enrol_provider(s, desk.trainer, T0 + timedelta(days=1), second["id"], pid)
        view = sx.start_session(s, desk.trainer, T0, second["id"],
                                desk.version(t.TrainingSession, second["id"]) + 1)  # fmt: skip
        view = sx.record_attendance(s, desk.trainer, T0, second["id"], view["version"],
                                    {pid: True})  # fmt: skip
    [again] = sign(desk, draft(desk, view, pid, 45, RETRAIN_FULL), hours=52)
    assert not first["passed"]
    assert not again["passed"]
    with desk.db.read() as s:
        [queued] = retraining_queue(s, T0 + timedelta(days=3))
        assert provider_dispatch_hold(s, pid, T0 + timedelta(days=3)) is SanctionLevel.RETRAINING
    assert queued["failed_attempts"] == 2
    assert queued["escalation"]["code"] == "training.retraining_failed_twice"
    assert "training.retraining_escalated" in desk.audit_actions()


def test_a_certificate_near_its_end_is_listed_and_booked_and_once_lapsed_refuses_dispatch(
    desk: Desk,
) -> None:
    pid = desk.provider("13900000141", ("elderly_care",))
    with desk.db.write() as s:  # only the certificate earned below: no older one to fall back on
        s.execute(delete(t.Assessment).where(t.Assessment.provider_id == pid))
    sess = running(desk, "TR-ELDERLY", [pid])
    sign(desk, draft(desk, sess, pid, 90, ELDERLY_FULL))
    year = timedelta(days=365)
    with desk.db.read() as s:
        assert recertification_list(s, T0 + year - timedelta(days=61)) == []
        [due] = recertification_list(s, T0 + year - timedelta(days=45))
    assert due["due"] == "due_60"
    assert due["session_id"] is None
    upcoming = desk.session("TR-ELDERLY", T0 + year - timedelta(days=20))
    with desk.db.write() as s:
        assert enrol_recertifications(s, desk.trainer, T0 + year - timedelta(days=25)) == 1
        [due] = recertification_list(s, T0 + year - timedelta(days=25))
    assert due["due"] == "due_30"
    assert due["session_id"] == upcoming["id"]
    lapsed_at = T0 + year + timedelta(days=2)
    order = OrderFacts(1, ServiceCategory.ELDERLY_CARE, "chaoyang", 39.92, 116.44,
                       lapsed_at, lapsed_at + timedelta(hours=3), 1)  # fmt: skip
    with desk.db.read() as s:
        provider = s.get(t.Provider, pid)
        assert provider is not None
        [facts] = provider_facts(s, [provider], [lapsed_at.date()], lapsed_at)
        month = T0 + timedelta(days=30)
        early = OrderFacts(2, ServiceCategory.ELDERLY_CARE, "chaoyang", 39.92, 116.44,
                           month, month + timedelta(hours=3), 1)  # fmt: skip
    lapsed = [r.code for r in static_reasons(order, facts, None, DispatchSettings())]
    assert "training_lapsed" in lapsed
    ok = [r.code for r in static_reasons(early, facts, None, DispatchSettings())]
    assert "training_lapsed" not in ok
    assert "training_not_passed" not in ok
