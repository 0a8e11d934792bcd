"""Assessments (考核): scores, the pass/fail result with its reasons, sign-off and amendments.

A sheet is a draft until the trainer signs it off; a signed sheet is locked and changes only
through ``amend``, which keeps the scores before and after with the reason (both stay on
record). The result is always computed from the current scores, never stored apart from them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum

from app.rules.reasons import Reason
from app.rules.training.courses import SCALE_MAX, CourseSpec
from app.rules.training.errors import TrainingRuleError, problem


class SheetState(StrEnum):
    DRAFT = "draft"
    SIGNED = "signed"


@dataclass(frozen=True, slots=True)
class Scores:
    """What the trainer entered: theory 0-100 and one value per rubric criterion.

    A criterion left out, or None, is "not observed" (未观察).
    """

    theory: int | None = None
    practical: Mapping[str, int | None] = field(default_factory=dict)
    absences: int = 0


@dataclass(frozen=True, slots=True)
class Amendment:
    at: datetime
    by: str
    reason: str
    before: Scores
    after: Scores


@dataclass(frozen=True, slots=True)
class Sheet:
    """One provider's assessment for one course."""

    course_code: str
    scores: Scores = Scores()
    state: SheetState = SheetState.DRAFT
    signed_by: str | None = None
    signed_at: datetime | None = None
    amendments: tuple[Amendment, ...] = ()


def practical_total(course: CourseSpec, practical: Mapping[str, int | None]) -> float:
    """Weighted practical score, 0-100; a criterion not observed counts as 0."""
    weights = sum(c.weight for c in course.criteria)
    got = sum(c.weight * (practical.get(c.code) or 0) / SCALE_MAX[c.scale] for c in course.criteria)
    return round(100.0 * got / weights, 1) if weights else 0.0


def failed_minimums(course: CourseSpec, practical: Mapping[str, int | None]) -> list[str]:
    return [c.code for c in course.criteria if not c.meets_minimum(practical.get(c.code))]


def result_reasons(course: CourseSpec, scores: Scores) -> list[Reason]:
    """Why the assessment is not passed; empty means passed.

    Pass only when theory >= its pass mark, practical total >= its pass mark, every
    per-criterion minimum is met and absences are within the limit.
    """
    reasons: list[Reason] = []
    if scores.theory is None or scores.theory < course.theory_pass:
        got = "未录入" if scores.theory is None else f"{scores.theory}分"
        got_en = "missing" if scores.theory is None else str(scores.theory)
        reasons.append(
            problem(
                "training.theory_below_pass",
                f"理论成绩{got}，低于及格线{course.theory_pass}分",
                f"Theory score {got_en} is below the pass mark of {course.theory_pass}",
            )
        )
    total = practical_total(course, scores.practical)
    if total < course.practical_pass:
        reasons.append(
            problem(
                "training.practical_below_pass",
                f"实操总分{total:g}分，低于及格线{course.practical_pass}分",
                f"Practical total {total:g} is below the pass mark of {course.practical_pass}",
            )
        )
    for code in failed_minimums(course, scores.practical):
        crit = course.criterion(code)
        assert crit is not None
        reasons.append(
            problem(
                "training.criterion_minimum_failed",
                f"“{crit.zh}”未达到最低要求，实操不合格",
                f"“{crit.en}” is below its minimum, which fails the practical",
            )
        )
    if scores.absences > course.absences_allowed:
        reasons.append(
            problem(
                "training.too_many_absences",
                f"缺勤{scores.absences}次，超过允许的{course.absences_allowed}次",
                f"Absent {scores.absences} time(s); {course.absences_allowed} allowed",
            )
        )
    return reasons


def is_passed(course: CourseSpec, sheet: Sheet) -> bool:
    """Signed off and every condition met: only this counts for dispatch and sanctions."""
    return sheet.state is SheetState.SIGNED and not result_reasons(course, sheet.scores)


def score_problems(course: CourseSpec, scores: Scores) -> list[Reason]:
    """Values the sheet cannot hold: unknown criteria, values off their scale."""
    out: list[Reason] = []
    if scores.theory is not None and not 0 <= scores.theory <= 100:
        out.append(
            problem(
                "training.theory_out_of_range",
                "理论成绩须在0-100之间",
                "The theory score must be between 0 and 100",
            )
        )
    if scores.absences < 0:
        out.append(
            problem("training.absences_negative", "缺勤次数不能为负", "Absences cannot be negative")
        )
    for code, value in scores.practical.items():
        crit = course.criterion(code)
        if crit is None:
            out.append(
                problem(
                    "training.unknown_criterion",
                    f"评分细则中没有“{code}”",
                    f"The rubric has no criterion “{code}”",
                )
            )
        elif not crit.allows(value):
            out.append(
                problem(
                    "training.score_out_of_scale",
                    f"“{crit.zh}”的分值超出量表",
                    f"The score for “{crit.en}” is outside its scale",
                )
            )
    return out


def _check(course: CourseSpec, sheet: Sheet, scores: Scores) -> None:
    if sheet.course_code != course.code:
        raise TrainingRuleError(
            problem(
                "training.wrong_course",
                "考核与课程不一致",
                "The assessment belongs to another course",
            )
        )
    problems = score_problems(course, scores)
    if problems:
        raise TrainingRuleError(problems[0])


def save_draft(course: CourseSpec, sheet: Sheet, scores: Scores) -> Sheet:
    """The draft with new scores. Raises TrainingRuleError on a signed sheet or bad values."""
    if sheet.state is SheetState.SIGNED:
        raise TrainingRuleError(
            problem(
                "training.assessment_locked",
                "考核已签署锁定，更正须提交修订并写明理由",
                "The assessment is signed and locked; correct it with an amendment and a reason",
            )
        )
    _check(course, sheet, scores)
    return replace(sheet, scores=scores)


def sign_off(course: CourseSpec, sheet: Sheet, by: str, at: datetime) -> Sheet:
    """Lock the sheet. A theory score must be entered; the result may be a fail."""
    if sheet.state is SheetState.SIGNED:
        raise TrainingRuleError(
            problem("training.already_signed", "考核已签署", "The assessment is already signed")
        )
    if sheet.scores.theory is None:
        raise TrainingRuleError(
            problem(
                "training.theory_missing",
                "签署前须录入理论成绩",
                "Enter the theory score before signing off",
            )
        )
    if not by.strip():
        raise TrainingRuleError(
            problem(
                "training.signer_required", "签署须记录签署人", "A sign-off must record who signed"
            )
        )
    _check(course, sheet, sheet.scores)
    return replace(sheet, state=SheetState.SIGNED, signed_by=by, signed_at=at)


def amend(
    course: CourseSpec, sheet: Sheet, scores: Scores, reason: str, by: str, at: datetime
) -> Sheet:
    """Correct a signed sheet: the new scores plus an amendment record with the reason."""
    if sheet.state is not SheetState.SIGNED:
        raise TrainingRuleError(
            problem(
                "training.amend_draft",
                "草稿可直接修改，无需提交修订",
                "A draft is edited directly; amendments are for signed assessments",
            )
        )
    if not reason.strip():
        raise TrainingRuleError(
            problem(
                "training.amendment_reason_required",
                "修订须写明理由",
                "An amendment needs a reason",
            )
        )
    _check(course, sheet, scores)
    record = Amendment(at, by, reason.strip(), sheet.scores, scores)
    return replace(sheet, scores=scores, amendments=(*sheet.amendments, record))
