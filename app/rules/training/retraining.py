"""Retraining (复训): which modules a complaint calls for, and when failing escalates."""

from __future__ import annotations

from collections.abc import Iterable

from app.models.enums import ComplaintCategory as K
from app.rules.reasons import Reason
from app.rules.training.errors import problem

# Complaint category -> the course modules that address it (codes of courses.M).
COMPLAINT_MODULES: dict[K, tuple[str, ...]] = {
    K.ATTITUDE: ("etiquette",),  # 服务态度 -> 服务礼仪
    K.QUALITY: ("hygiene",),  # 服务质量/卫生问题 -> 清洁规范
    K.THEFT: ("ethics",),  # 财物丢失 -> 职业道德
    K.SAFETY: ("safety",),
    K.INJURY: ("safety",),
    K.LATENESS: ("punctuality",),
    K.NO_SHOW: ("punctuality", "ethics"),
    K.PRICING: ("pricing", "ethics"),
    K.DAMAGE: ("property_care",),
    K.OTHER: ("etiquette", "ethics"),
}
ESCALATE_AFTER_FAILS = 2


def modules_for(categories: Iterable[K]) -> tuple[str, ...]:
    """The retraining modules for the complaints behind a sanction, in first-seen order."""
    seen: dict[str, None] = {}
    for category in categories:
        for module in COMPLAINT_MODULES[category]:
            seen.setdefault(module, None)
    return tuple(seen) or COMPLAINT_MODULES[K.OTHER]


def escalation(failed_retraining: int) -> Reason | None:
    """A supervisor must decide once a provider failed the retraining assessment twice."""
    if failed_retraining < ESCALATE_AFTER_FAILS:
        return None
    return problem(
        "training.retraining_failed_twice",
        f"停单复训考核已{failed_retraining}次未通过，需主管决定后续处理",
        f"Failed the retraining assessment {failed_retraining} times; a supervisor must decide",
    )
