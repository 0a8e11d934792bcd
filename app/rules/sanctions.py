"""The sanctions ladder (处罚阶梯): warning → retraining → suspension → disqualification.

Substantiated complaints over a rolling 90 days, and poor ratings, move a provider up the
ladder; a critical substantiated complaint suspends at once. This module is the entry point
for callers: it re-exports the sanction facts, the dispatch hold and the appeal steps.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from app.models.enums import SanctionLevel, Severity
from app.rules.reasons import Reason
from app.rules.sanction_facts import (
    LADDER,
    LEVEL_NAMES,
    LEVEL_RANK,
    SANCTION_WINDOW,
    SUSPENSION_PERIOD,
    AppealFacts,
    AssessmentFacts,
    SanctionDecision,
    SanctionFacts,
    SanctionRuleError,
    decision_problems,
    default_ends_at,
)
from app.rules.sanction_hold import (
    decide_appeal,
    dispatch_hold,
    file_appeal,
    hold_reasons,
    is_blocking,
    lifts_retraining,
    sanction_status,
)
from app.rules.sla import SEVERITY_RANK

__all__ = [
    "LADDER",
    "LEVEL_NAMES",
    "LEVEL_RANK",
    "SANCTION_WINDOW",
    "SUSPENSION_PERIOD",
    "AppealFacts",
    "AssessmentFacts",
    "DatedComplaint",
    "SanctionDecision",
    "SanctionFacts",
    "SanctionRecommendation",
    "SanctionRuleError",
    "decide_appeal",
    "decision_problems",
    "default_ends_at",
    "dispatch_hold",
    "file_appeal",
    "hold_reasons",
    "is_blocking",
    "ladder_rung",
    "lifts_retraining",
    "recommended_sanction",
    "sanction_status",
]

# The rung a critical complaint puts a provider on at least: suspension.
_CRITICAL_RUNG = LEVEL_RANK[SanctionLevel.SUSPENSION] + 1


class DatedComplaint(Protocol):
    """Any complaint record with an opening time and a severity (``ComplaintFacts`` fits)."""

    @property
    def opened_at(self) -> datetime: ...

    @property
    def severity(self) -> Severity: ...


@dataclass(frozen=True, slots=True)
class SanctionRecommendation:
    """What the ladder recommends, and why. ``level`` None: nothing to sanction."""

    level: SanctionLevel | None
    reason: Reason
    counted: int  # substantiated complaints counted: those in the window plus the new one


def _step(rung: int, severity: Severity) -> int:
    rung += 1
    return max(rung, _CRITICAL_RUNG) if severity is Severity.CRITICAL else rung


def ladder_rung(
    history: Sequence[DatedComplaint], now: datetime
) -> tuple[int, tuple[DatedComplaint, ...]]:
    """The rung (0 = clean, 4 = disqualification and beyond) that ``history`` puts a provider on.

    Each substantiated complaint opened within ``SANCTION_WINDOW`` before ``now`` climbs one
    rung, and a critical one lands on suspension at least, so the next complaint after a
    critical one goes past suspension. Also returns the complaints counted, oldest first.
    """
    counted = tuple(
        sorted(
            (c for c in history if now - SANCTION_WINDOW < c.opened_at <= now),
            # Ties in time are broken by severity, so the input order never matters.
            key=lambda c: (c.opened_at, -SEVERITY_RANK[c.severity]),
        )
    )
    rung = 0
    for complaint in counted:
        rung = _step(rung, complaint.severity)
    return rung, counted


def recommended_sanction(
    substantiated_complaints_in_history: Sequence[DatedComplaint],
    new_complaint_severity: Severity | None,
    now: datetime,
    poor_rating: bool = False,
) -> SanctionRecommendation:
    """The sanction the ladder recommends for a provider at ``now``.

    Args:
        substantiated_complaints_in_history: earlier complaints substantiated against this
            provider, not including the new one; those older than 90 days are ignored.
        new_complaint_severity: the severity of the complaint just substantiated, or None
            when there is none (a recommendation for poor ratings alone, or the rung the
            history alone puts the provider on).
        now: the moment of the decision.
        poor_rating: the provider's ratings are poor; this climbs one more rung.

    A critical new complaint recommends suspension at least. More complaints in the window
    never recommend less.
    """
    rung, counted = ladder_rung(substantiated_complaints_in_history, now)
    if new_complaint_severity is not None:
        rung = _step(rung, new_complaint_severity)
    if poor_rating:
        rung += 1
    total = len(counted) + (new_complaint_severity is not None)
    if rung == 0:
        return SanctionRecommendation(
            None,
            Reason(
                "sanction.none_needed",
                "近 90 天内没有经查属实的投诉，也没有差评记录，无需处罚。",
                "No substantiated complaint in the last 90 days and no poor ratings: "
                "no sanction is needed.",
            ),
            total,
        )
    level = LADDER[min(rung, len(LADDER)) - 1]
    return SanctionRecommendation(
        level, _why(level, total, new_complaint_severity, poor_rating), total
    )


def _why(level: SanctionLevel, total: int, severity: Severity | None, poor_rating: bool) -> Reason:
    level_zh, level_en = LEVEL_NAMES[level]
    parts_zh = [f"近 90 天内经查属实的投诉共 {total} 起"]
    parts_en = [f"{total} substantiated complaint(s) in the last 90 days"]
    if severity is Severity.CRITICAL:
        parts_zh.append("本次为紧急投诉（涉及安全、财物或人身伤害），至少立即暂停接单")
        parts_en.append(
            "this one is critical (safety, theft or injury), which suspends at once at least"
        )
    if poor_rating:
        parts_zh.append("另因评分偏低加重一级")
        parts_en.append("poor ratings add one step")
    return Reason(
        f"sanction.recommend_{level.value}",
        "，".join(parts_zh) + f"。建议处罚：{level_zh}。",
        "; ".join(parts_en) + f". Recommended sanction: {level_en}.",
    )
