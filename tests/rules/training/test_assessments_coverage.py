"""Assessment sheets refuse values off their scale, another course's sheet and a second
sign-off; each refusal names its reason (a separate file: assessments.py is being changed)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from app.rules.training import (
    COURSES,
    Scores,
    Sheet,
    TrainingRuleError,
    amend,
    save_draft,
    sign_off,
)
from app.rules.training.assessments import score_problems

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)
CLEAN = COURSES["TR-CLEAN"]


@pytest.mark.parametrize("theory", [-1, 101])
def test_a_theory_score_outside_0_to_100_is_refused(theory: int) -> None:
    with pytest.raises(TrainingRuleError) as err:
        save_draft(CLEAN, Sheet(CLEAN.code), Scores(theory))
    assert err.value.reason.code == "training.theory_out_of_range"
    assert save_draft(CLEAN, Sheet(CLEAN.code), Scores(100)).scores.theory == 100


def test_negative_absences_are_refused() -> None:
    with pytest.raises(TrainingRuleError) as err:
        save_draft(CLEAN, Sheet(CLEAN.code), Scores(80, absences=-1))
    assert err.value.reason.code == "training.absences_negative"


def test_every_problem_of_a_sheet_is_listed() -> None:
    problems = score_problems(CLEAN, Scores(120, {"juggling": 1}, absences=-2))
    assert [p.code for p in problems] == [
        "training.theory_out_of_range",
        "training.absences_negative",
        "training.unknown_criterion",
    ]


def test_a_sheet_of_another_course_is_refused() -> None:
    maternity = COURSES["TR-MATERNITY"]
    with pytest.raises(TrainingRuleError) as err:
        save_draft(CLEAN, Sheet(maternity.code), Scores(80))
    assert err.value.reason.code == "training.wrong_course"


def test_a_sign_off_needs_a_signer_and_happens_once() -> None:
    draft = save_draft(CLEAN, Sheet(CLEAN.code), Scores(80))
    with pytest.raises(TrainingRuleError) as nobody:
        sign_off(CLEAN, draft, "  ", T0)
    assert nobody.value.reason.code == "training.signer_required"
    signed = sign_off(CLEAN, draft, "trainer-1", T0)
    with pytest.raises(TrainingRuleError) as twice:
        sign_off(CLEAN, signed, "trainer-2", T0)
    assert twice.value.reason.code == "training.already_signed"
    assert (signed.signed_by, signed.signed_at) == ("trainer-1", T0)


def test_a_draft_is_edited_not_amended() -> None:
    draft = save_draft(CLEAN, Sheet(CLEAN.code), Scores(80))
    with pytest.raises(TrainingRuleError) as err:
        amend(CLEAN, draft, Scores(90), "录入错误", "supervisor-1", T0)
    assert err.value.reason.code == "training.amend_draft"
