"""Assessment results, sign-off and amendments: the rules that decide pass or fail."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.rules.training import (
    COURSES,
    CourseSpec,
    Scale,
    Scores,
    Sheet,
    SheetState,
    TrainingRuleError,
    amend,
    failed_minimums,
    is_passed,
    parse_rubric,
    practical_total,
    result_reasons,
    rubric_wire,
    save_draft,
    sign_off,
)

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)
MATERNITY = COURSES["TR-MATERNITY"]


def full_marks(course: CourseSpec) -> dict[str, int | None]:
    return {c.code: 5 if c.scale is Scale.POINTS else 1 for c in course.criteria}


def codes(course: CourseSpec, scores: Scores) -> list[str]:
    return [r.code for r in result_reasons(course, scores)]


def test_full_marks_pass_and_a_failed_minimum_fails_whatever_the_total() -> None:
    marks = full_marks(MATERNITY)
    assert codes(MATERNITY, Scores(95, marks)) == []
    dropped = {**marks, "newborn_handling": 0}
    assert practical_total(MATERNITY, dropped) >= MATERNITY.practical_pass
    assert codes(MATERNITY, Scores(95, dropped)) == ["training.criterion_minimum_failed"]
    reason = result_reasons(MATERNITY, Scores(95, dropped))[0]
    assert "新生儿安全抱姿" in reason.zh
    assert "Safe handling of a newborn" in reason.en


def test_not_observed_never_meets_a_minimum() -> None:
    marks = {**full_marks(MATERNITY), "newborn_handling": None}
    assert failed_minimums(MATERNITY, marks) == ["newborn_handling"]


def test_each_condition_has_its_own_reason() -> None:
    course = COURSES["TR-CLEAN"]
    zero = {c.code: 0 for c in course.criteria}
    assert codes(course, Scores(None, zero, absences=course.absences_allowed + 1)) == [
        "training.theory_below_pass",
        "training.practical_below_pass",
        "training.criterion_minimum_failed",
        "training.too_many_absences",
    ]
    assert codes(course, Scores(course.theory_pass, full_marks(course), 1)) == []


def test_signed_sheet_is_locked_and_an_amendment_needs_a_reason() -> None:
    sheet = save_draft(MATERNITY, Sheet(MATERNITY.code), Scores(80, full_marks(MATERNITY)))
    assert not is_passed(MATERNITY, sheet)  # a draft never counts
    signed = sign_off(MATERNITY, sheet, "trainer", T0)
    assert is_passed(MATERNITY, signed)
    with pytest.raises(TrainingRuleError, match="assessment_locked"):
        save_draft(MATERNITY, signed, Scores(10))
    with pytest.raises(TrainingRuleError, match="amendment_reason_required"):
        amend(MATERNITY, signed, Scores(10), "  ", "trainer", T0)
    fixed = amend(MATERNITY, signed, Scores(60, full_marks(MATERNITY)), "录入错误", "sup", T0)
    assert fixed.amendments[0].before == signed.scores
    assert fixed.amendments[0].after == fixed.scores
    assert not is_passed(MATERNITY, fixed)  # 60 < the maternity theory mark of 70


def test_sign_off_needs_a_theory_score_and_values_on_scale() -> None:
    with pytest.raises(TrainingRuleError, match="theory_missing"):
        sign_off(MATERNITY, Sheet(MATERNITY.code), "trainer", T0)
    with pytest.raises(TrainingRuleError, match="score_out_of_scale"):
        save_draft(MATERNITY, Sheet(MATERNITY.code), Scores(80, {"newborn_handling": 3}))
    with pytest.raises(TrainingRuleError, match="unknown_criterion"):
        save_draft(MATERNITY, Sheet(MATERNITY.code), Scores(80, {"juggling": 3}))


def test_rubric_round_trips_and_bad_rubrics_are_refused() -> None:
    for course in COURSES.values():
        assert parse_rubric(rubric_wire(course.criteria)) == course.criteria
    wire = rubric_wire(MATERNITY.criteria)
    with pytest.raises(TrainingRuleError, match="rubric_invalid"):
        parse_rubric([{**wire[0], "minimum": 9}])
    with pytest.raises(TrainingRuleError, match="rubric_invalid"):
        parse_rubric([wire[0], wire[0]])
    with pytest.raises(TrainingRuleError, match="rubric_invalid"):
        parse_rubric([])


# --- properties -------------------------------------------------------------------------

courses = st.sampled_from(sorted(COURSES.values(), key=lambda c: c.code))


@st.composite
def scores_for(draw: st.DrawFn, course: CourseSpec) -> Scores:
    practical: dict[str, int | None] = {}
    for c in course.criteria:
        top = 5 if c.scale is Scale.POINTS else 1
        practical[c.code] = draw(st.none() | st.integers(0, top))
    return Scores(draw(st.none() | st.integers(0, 100)), practical, draw(st.integers(0, 3)))


@st.composite
def histories(draw: st.DrawFn) -> tuple[CourseSpec, list[tuple[str, Scores]]]:
    course = draw(courses)
    steps = draw(
        st.lists(
            st.tuples(st.sampled_from(["draft", "sign", "amend", "amend_no_reason"]),
                      scores_for(course)),
            max_size=12,
        )
    )  # fmt: skip
    return course, steps


def run(course: CourseSpec, steps: list[tuple[str, Scores]]) -> list[Sheet]:
    """Apply each step the rules allow; refused steps leave the sheet as it was."""
    sheet = Sheet(course.code)
    seen = [sheet]
    for i, (op, scores) in enumerate(steps):
        at = T0 + timedelta(minutes=i)
        try:
            if op == "draft":
                sheet = save_draft(course, sheet, scores)
            elif op == "sign":
                sheet = sign_off(course, save_draft(course, sheet, scores), "t", at)
            elif op == "amend":
                sheet = amend(course, sheet, scores, "更正", "s", at)
            else:
                sheet = amend(course, sheet, scores, "", "s", at)
        except TrainingRuleError:
            pass
        seen.append(sheet)
    return seen


@given(histories())
def test_no_history_passes_while_a_minimum_fails(case: tuple[CourseSpec, list]) -> None:  # type: ignore[type-arg]
    course, steps = case
    for sheet in run(course, steps):
        if is_passed(course, sheet):
            assert failed_minimums(course, sheet.scores.practical) == []
            assert sheet.scores.absences <= course.absences_allowed
            assert sheet.scores.theory is not None
            assert sheet.scores.theory >= course.theory_pass


@given(histories())
def test_a_signed_sheet_changes_only_with_an_amendment(case: tuple[CourseSpec, list]) -> None:  # type: ignore[type-arg]
    course, steps = case
    sheets = run(course, steps)
    for before, after in itertools.pairwise(sheets):
        if before.state is SheetState.SIGNED:
            assert after.state is SheetState.SIGNED
            assert after.signed_at == before.signed_at
            if after.scores != before.scores:
                assert len(after.amendments) == len(before.amendments) + 1
                assert after.amendments[-1].before == before.scores
            else:
                assert len(after.amendments) - len(before.amendments) in (0, 1)
        assert after.amendments[: len(before.amendments)] == before.amendments


@given(courses.flatmap(lambda c: st.tuples(st.just(c), scores_for(c))))
def test_the_result_is_the_four_conditions(case: tuple[CourseSpec, Scores]) -> None:
    course, scores = case
    expected = (
        scores.theory is not None
        and scores.theory >= course.theory_pass
        and practical_total(course, scores.practical) >= course.practical_pass
        and not failed_minimums(course, scores.practical)
        and scores.absences <= course.absences_allowed
    )
    assert (result_reasons(course, scores) == []) is expected
