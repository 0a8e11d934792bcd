"""Course edits (supervisors and admins): rubric, pass marks, absences allowed, validity.

A rubric change applies to drafts from now on; signed assessments keep the result they were
signed with (their ``passed`` and ``fail_reasons`` are on record) until amended.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from app.models import tables as t
from app.rules.training import (
    CourseSpec,
    TrainingRuleError,
    modules_wire,
    parse_rubric,
    rubric_wire,
)
from app.server.errors import ApiError
from app.server.projections import project
from app.server.services.context import Actor, audit
from app.server.services.training_common import load_at, rule_error, written


def update_course(
    session: Session,
    actor: Actor,
    now: datetime,
    course_id: int,
    expected_version: int,
    *,
    rubric: Sequence[Mapping[str, Any]],
    theory_pass: int,
    practical_pass: int,
    absences_allowed: int,
    validity_days: int | None,
) -> dict[str, Any]:
    row = load_at(session, t.TrainingCourse, course_id, expected_version)
    try:
        criteria = parse_rubric(rubric)
    except TrainingRuleError as err:
        raise rule_error(err, 422) from err
    if not (0 <= theory_pass <= 100 and 0 <= practical_pass <= 100) or absences_allowed < 0:
        raise ApiError(422, "training.pass_marks_invalid", "及格线须在0-100之间，缺勤次数不能为负",
                       "Pass marks must be 0-100 and absences not negative")  # fmt: skip
    if validity_days is not None and validity_days < 1:
        raise ApiError(422, "training.validity_invalid", "有效期至少1天",
                       "Validity must be at least one day")  # fmt: skip
    before = project("training_course", row)
    row.rubric = rubric_wire(criteria)
    row.theory_pass = row.pass_score = theory_pass
    row.practical_pass = practical_pass
    row.absences_allowed = absences_allowed
    row.validity_days = validity_days
    written(session, row, now)
    audit(session, actor, now, "training.course_update", "training_course", row.id,
          {"before": {k: before[k] for k in ("rubric", "theory_pass", "practical_pass",
                                             "absences_allowed", "validity_days")}})  # fmt: skip
    return project("training_course", row)


def course_columns(course: CourseSpec) -> dict[str, Any]:
    """A course's stored columns from its rule defaults (seeding, tests)."""
    return {
        "code": course.code, "category": course.category, "name": course.zh,
        "pass_score": course.theory_pass, "modules": modules_wire(course.modules),
        "rubric": rubric_wire(course.criteria), "theory_pass": course.theory_pass,
        "practical_pass": course.practical_pass, "absences_allowed": course.absences_allowed,
        "validity_days": None if course.validity is None else course.validity.days,
    }  # fmt: skip
