"""Training courses (培训课程): modules, pass marks, the practical rubric, absences, validity.

``COURSES`` holds the defaults the demo seeds and a fresh database starts from; the server
keeps the authoritative copy in ``training_courses`` (supervisors edit rubrics there) and
builds a ``CourseSpec`` from the row with ``course_from_parts``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Any

from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.training.errors import TrainingRuleError, problem

RETRAINING_COURSE = "TR-RETRAIN"  # the course every retraining sanction may require
RETRAINING_CATEGORY = "retraining"


class Scale(StrEnum):
    """How a practical criterion is scored.

    ``points``: 0-5. ``pass_fail``: 1 合格, 0 不合格; None (no score) reads 未观察.
    """

    POINTS = "points"
    PASS_FAIL = "pass_fail"


SCALE_MAX: dict[Scale, int] = {Scale.POINTS: 5, Scale.PASS_FAIL: 1}


@dataclass(frozen=True, slots=True)
class Module:
    code: str
    zh: str
    en: str


@dataclass(frozen=True, slots=True)
class Criterion:
    """One line of the practical rubric. ``minimum`` fails the practical whatever the total."""

    code: str
    zh: str
    en: str
    scale: Scale = Scale.POINTS
    weight: int = 1
    minimum: int | None = None

    def allows(self, value: int | None) -> bool:
        return value is None or 0 <= value <= SCALE_MAX[self.scale]

    def meets_minimum(self, value: int | None) -> bool:
        # Not observed (None) never meets a minimum: "safe handling" must be seen to pass.
        return self.minimum is None or (value is not None and value >= self.minimum)


@dataclass(frozen=True, slots=True)
class CourseSpec:
    """A course as the rules read it. ``validity`` None: the certificate never lapses."""

    code: str
    category: str
    zh: str
    modules: tuple[Module, ...]
    criteria: tuple[Criterion, ...]
    theory_pass: int = 60
    practical_pass: int = 60
    absences_allowed: int = 0
    validity: timedelta | None = None

    def criterion(self, code: str) -> Criterion | None:
        return next((c for c in self.criteria if c.code == code), None)


# Modules shared across courses; retraining picks from these by complaint category.
M = {
    m.code: m
    for m in (
        Module("etiquette", "服务礼仪", "Service etiquette"),
        Module("hygiene", "清洁规范", "Cleaning standards"),
        Module("ethics", "职业道德", "Professional ethics"),
        Module("safety", "安全操作", "Safe practice"),
        Module("punctuality", "守时与预约管理", "Punctuality and appointments"),
        Module("pricing", "收费规范", "Pricing rules"),
        Module("property_care", "物品保护", "Care of the customer's property"),
        Module("newborn", "新生儿护理", "Newborn care"),
        Module("elder_transfer", "老人移位与防跌倒", "Moving elders and preventing falls"),
        Module("electrical", "用电安全", "Electrical safety"),
        Module("lifting", "搬运姿势", "Lifting technique"),
        Module("infection", "感染控制", "Infection control"),
    )
}


def _c(code: str, zh: str, en: str, **kw: Any) -> Criterion:
    return Criterion(code, zh, en, **kw)


_COMMON = (
    _c("etiquette", "服务礼仪", "Service etiquette", weight=1),
    _c("communication", "沟通与记录", "Communication and notes", weight=1),
)
_SAFE = _c("safety", "安全操作", "Safe practice", scale=Scale.PASS_FAIL, weight=2, minimum=1)
YEAR = timedelta(days=365)


def _course(
    category: S, modules: Sequence[str], criteria: Sequence[Criterion], **kw: Any
) -> CourseSpec:
    info = CATEGORIES[category]
    return CourseSpec(
        info.training_course,
        category.value,
        f"{info.name_zh}岗前培训",
        tuple(M[m] for m in modules),
        (*_COMMON, *criteria),
        **kw,
    )


COURSES: dict[str, CourseSpec] = {
    c.code: c
    for c in (
        _course(S.CLEANING, ("etiquette", "hygiene", "ethics"),
                (_c("hygiene", "清洁规范", "Cleaning standard", weight=3, minimum=3),),
                absences_allowed=1),
        _course(S.DEEP_CLEANING, ("etiquette", "hygiene", "safety"),
                (_c("hygiene", "清洁规范", "Cleaning standard", weight=3, minimum=3), _SAFE),
                absences_allowed=1),
        _course(S.NANNY, ("etiquette", "hygiene", "ethics", "safety"),
                (_c("childcare", "婴幼儿照护", "Child care", weight=3, minimum=3), _SAFE),
                absences_allowed=1),
        _course(S.MATERNITY, ("etiquette", "newborn", "infection", "ethics"),
                (_c("newborn_handling", "新生儿安全抱姿", "Safe handling of a newborn",
                    scale=Scale.PASS_FAIL, weight=2, minimum=1),
                 _c("feeding", "喂养指导", "Feeding guidance", weight=2, minimum=3),
                 _c("bathing", "新生儿洗浴", "Bathing a newborn", weight=2)),
                theory_pass=70, practical_pass=70, validity=YEAR),
        _course(S.ELDERLY_CARE, ("etiquette", "elder_transfer", "ethics"),
                (_c("transfer", "移位与防跌倒", "Transfer and fall prevention",
                    scale=Scale.PASS_FAIL, weight=1, minimum=1),
                 _c("daily_care", "生活照料", "Daily care", weight=2, minimum=3)),
                theory_pass=70, practical_pass=70, validity=YEAR),
        _course(S.HOME_NURSING, ("etiquette", "infection", "ethics"),
                (_c("aseptic", "无菌操作", "Aseptic technique", scale=Scale.PASS_FAIL, weight=3,
                    minimum=1),), theory_pass=75, practical_pass=75, validity=YEAR),
        _course(S.APPLIANCE_REPAIR, ("etiquette", "electrical", "property_care", "pricing"),
                (_c("electrical", "用电安全", "Electrical safety", scale=Scale.PASS_FAIL, weight=3,
                    minimum=1), _c("diagnosis", "故障诊断", "Diagnosis", weight=2)),
                validity=2 * YEAR),
        _course(S.PLUMBING_ELECTRICAL, ("etiquette", "electrical", "property_care", "pricing"),
                (_c("electrical", "用电安全", "Electrical safety", scale=Scale.PASS_FAIL, weight=3,
                    minimum=1), _c("workmanship", "施工质量", "Workmanship", weight=2)),
                validity=2 * YEAR),
        _course(S.APPLIANCE_CLEANING, ("etiquette", "hygiene", "electrical"),
                (_c("hygiene", "清洁规范", "Cleaning standard", weight=2, minimum=3), _SAFE),
                absences_allowed=1),
        _course(S.MOVING, ("etiquette", "lifting", "property_care", "pricing"),
                (_c("lifting", "搬运姿势", "Lifting technique", weight=2, minimum=3),
                 _c("property_care", "物品保护", "Care of property", weight=2)),
                absences_allowed=1),
        CourseSpec(
            RETRAINING_COURSE, RETRAINING_CATEGORY, "停单复训：服务规范与安全",
            tuple(M[m] for m in ("etiquette", "hygiene", "ethics", "safety", "punctuality",
                                 "pricing", "property_care")),
            (*_COMMON, _c("conduct", "规范复述与情景演练", "Rules recital and role play",
                          weight=3, minimum=3)),
            theory_pass=70, practical_pass=70,
        ),
    )
}  # fmt: skip


def rubric_wire(criteria: Sequence[Criterion]) -> list[dict[str, Any]]:
    """The rubric as stored in ``training_courses.rubric`` and sent to the desktop."""
    return [
        {"code": c.code, "zh": c.zh, "en": c.en, "scale": c.scale.value, "weight": c.weight,
         "minimum": c.minimum}
        for c in criteria
    ]  # fmt: skip


def modules_wire(modules: Sequence[Module]) -> list[dict[str, str]]:
    return [{"code": m.code, "zh": m.zh, "en": m.en} for m in modules]


def parse_rubric(raw: Sequence[Mapping[str, Any]]) -> tuple[Criterion, ...]:
    """A rubric from its stored form, checked: the server refuses a rubric that fails here.

    Raises:
        TrainingRuleError: no criteria, a duplicate code, a weight below 1, or a minimum
            outside the criterion's scale.
    """
    out: list[Criterion] = []
    for item in raw:
        try:
            scale = Scale(item["scale"])
            crit = Criterion(
                str(item["code"]), str(item["zh"]), str(item.get("en", item["zh"])), scale,
                int(item.get("weight", 1)),
                None if item.get("minimum") is None else int(item["minimum"]),
            )  # fmt: skip
        except (KeyError, ValueError, TypeError) as err:
            raise TrainingRuleError(_bad_rubric(f"{item!r}")) from err
        if crit.weight < 1 or (
            crit.minimum is not None and not 0 <= crit.minimum <= SCALE_MAX[scale]
        ):
            raise TrainingRuleError(_bad_rubric(crit.code))
        out.append(crit)
    if not out or len({c.code for c in out}) != len(out):
        raise TrainingRuleError(_bad_rubric("codes"))
    return tuple(out)


def _bad_rubric(what: str) -> Any:
    return problem(
        "training.rubric_invalid",
        f"评分细则无效（{what}）：每项须有唯一代码、权重至少为1、最低分在量表范围内。",
        f"The rubric is invalid ({what}): each criterion needs a unique code, a weight of at "
        "least 1 and a minimum within its scale.",
    )


def course_from_parts(
    code: str,
    category: str,
    zh: str,
    modules: Sequence[Mapping[str, str]],
    rubric: Sequence[Mapping[str, Any]],
    *,
    theory_pass: int,
    practical_pass: int,
    absences_allowed: int,
    validity_days: int | None,
) -> CourseSpec:
    """A ``CourseSpec`` from stored columns (the server's and the desktop cache's rows)."""
    return CourseSpec(
        code, category, zh,
        tuple(Module(m["code"], m["zh"], m.get("en", m["zh"])) for m in modules),
        parse_rubric(rubric), theory_pass, practical_pass, absences_allowed,
        None if validity_days is None else timedelta(days=validity_days),
    )  # fmt: skip
