"""Retraining modules per complaint category, escalation, certificate validity and recert."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import ComplaintCategory as K
from app.rules.training import (
    COMPLAINT_MODULES,
    COURSES,
    RETRAINING_COURSE,
    TRAINING_LAPSED,
    TRAINING_NOT_PASSED,
    Due,
    TrainingCertificate,
    course_reason,
    escalation,
    modules_for,
    recertification,
    valid_until,
)

NOW = datetime(2026, 12, 1, 2, tzinfo=UTC)


def test_complaint_categories_map_to_the_modules_that_address_them() -> None:
    assert set(COMPLAINT_MODULES) == set(K)
    retraining = {m.code for m in COURSES[RETRAINING_COURSE].modules}
    assert all(set(mods) <= retraining for mods in COMPLAINT_MODULES.values())
    names = {m.code: m.zh for m in COURSES[RETRAINING_COURSE].modules}
    assert [names[m] for m in modules_for([K.ATTITUDE])] == ["服务礼仪"]
    assert [names[m] for m in modules_for([K.QUALITY])] == ["清洁规范"]
    assert [names[m] for m in modules_for([K.THEFT])] == ["职业道德"]
    assert modules_for([K.ATTITUDE, K.THEFT, K.ATTITUDE]) == ("etiquette", "ethics")


def test_failing_twice_escalates() -> None:
    assert escalation(0) is None
    assert escalation(1) is None
    reason = escalation(2)
    assert reason is not None
    assert reason.code == "training.retraining_failed_twice"


def test_maternity_and_elderly_care_certificates_last_a_year() -> None:
    for code in ("TR-MATERNITY", "TR-ELDERLY"):
        assert valid_until(COURSES[code], NOW) == NOW + timedelta(days=365)
    assert valid_until(COURSES["TR-CLEAN"], NOW) is None


@given(st.integers(-100, 400))
def test_recertification_windows(days_left: int) -> None:
    cert = TrainingCertificate("TR-ELDERLY", NOW - timedelta(days=300),
                               NOW + timedelta(days=days_left))  # fmt: skip
    due = recertification(cert, NOW)
    if days_left <= 0:
        assert due is Due.LAPSED
    elif days_left <= 30:
        assert due is Due.DUE_30
    elif days_left <= 60:
        assert due is Due.DUE_60
    else:
        assert due is None


def test_a_lapsed_certificate_refuses_with_its_date_and_a_renewed_one_covers() -> None:
    old = TrainingCertificate("TR-ELDERLY", NOW - timedelta(days=400), NOW - timedelta(days=35))
    reason = course_reason("TR-ELDERLY", "养老护理", "elderly care", [old], NOW)
    assert reason is not None
    assert reason.code == TRAINING_LAPSED
    assert f"{old.valid_until:%Y-%m-%d}" in reason.zh
    renewed = TrainingCertificate("TR-ELDERLY", NOW - timedelta(days=5), NOW + timedelta(days=360))
    assert course_reason("TR-ELDERLY", "养老护理", "elderly care", [old, renewed], NOW) is None
    missing = course_reason("TR-ELDERLY", "养老护理", "elderly care", [], NOW)
    assert missing is not None
    assert missing.code == TRAINING_NOT_PASSED
