"""What the sanction rules read: sanctions, appeals, assessments and decisions, as plain facts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models.enums import AppealStatus, SanctionLevel, SanctionStatus
from app.rules.complaint_facts import Id
from app.rules.reasons import Reason

# Every sanction duration lives here. The ladder counts substantiated complaints over a
# rolling 90 days; a suspension lifts by itself after 30 days unless the decision says
# otherwise (the decider may choose another end date).
SANCTION_WINDOW = timedelta(days=90)
SUSPENSION_PERIOD = timedelta(days=30)

LADDER: tuple[SanctionLevel, ...] = (
    SanctionLevel.WARNING,
    SanctionLevel.RETRAINING,
    SanctionLevel.SUSPENSION,
    SanctionLevel.DISQUALIFICATION,
)
LEVEL_RANK: dict[SanctionLevel, int] = {level: i for i, level in enumerate(LADDER)}

LEVEL_NAMES: dict[SanctionLevel, tuple[str, str]] = {
    SanctionLevel.WARNING: ("警告", "warning"),
    SanctionLevel.RETRAINING: ("停单培训", "retraining"),
    SanctionLevel.SUSPENSION: ("暂停接单", "suspension"),
    SanctionLevel.DISQUALIFICATION: ("清退", "disqualification"),
}


@dataclass(frozen=True, slots=True)
class AppealFacts:
    """A provider's appeal (申诉) against a sanction, and its decision once made."""

    filed_at: datetime
    statement: str
    status: AppealStatus = AppealStatus.PENDING
    decided_at: datetime | None = None
    decided_by: Id | None = None
    decision_note: str = ""


@dataclass(frozen=True, slots=True)
class SanctionFacts:
    """A sanction on record against a provider.

    ``ends_at`` is when a suspension lifts by itself. ``retraining_course`` names the course
    whose retraining assessment lifts a retraining hold (None: any retraining assessment).
    ``status`` is what the server recorded (a supervisor may lift a sanction by hand);
    ``sanction_status`` derives the effective status from it and the other facts.
    """

    id: Id
    provider_id: Id
    level: SanctionLevel
    reason: str
    decided_by: Id
    decided_at: datetime
    complaint_id: Id | None = None
    ends_at: datetime | None = None
    retraining_course: str | None = None
    status: SanctionStatus = SanctionStatus.ACTIVE
    appeal: AppealFacts | None = None


@dataclass(frozen=True, slots=True)
class AssessmentFacts:
    """A training assessment (考核) a provider took; retraining ones can lift a hold."""

    course_code: str
    passed: bool
    at: datetime
    is_retraining: bool


@dataclass(frozen=True, slots=True)
class SanctionDecision:
    """What a supervisor decides for a substantiated complaint: a level, or no sanction.

    ``level`` None records "no sanction"; it still needs its reason. The decider may depart
    from ``recommended_sanction``: the reason is where they say why.
    """

    provider_id: Id
    level: SanctionLevel | None
    reason: str
    decided_by: Id
    decided_at: datetime
    complaint_id: Id | None = None
    ends_at: datetime | None = None


class SanctionRuleError(ValueError):
    """A sanction or appeal step the rules do not allow; ``reason`` says why."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(f"{reason.code}: {reason.en}")
        self.reason = reason


def default_ends_at(level: SanctionLevel, decided_at: datetime) -> datetime | None:
    """The end date a decision dialog proposes: suspensions only; the others have none."""
    return decided_at + SUSPENSION_PERIOD if level is SanctionLevel.SUSPENSION else None


def decision_problems(decision: SanctionDecision) -> list[Reason]:
    """What is wrong with a sanction decision before it is recorded (empty: record it)."""
    problems: list[Reason] = []
    if not decision.reason.strip():
        problems.append(
            Reason(
                "sanction.reason_required",
                "请写明处罚决定的理由（决定不处罚也须写明理由）。",
                "Give the reason for the decision (a decision not to sanction needs one too).",
            )
        )
    if not str(decision.decided_by).strip():
        problems.append(
            Reason(
                "sanction.decider_required",
                "处罚决定须记录决定人。",
                "A sanction decision must record who decided it.",
            )
        )
    if decision.level is SanctionLevel.SUSPENSION:
        if decision.ends_at is None or decision.ends_at <= decision.decided_at:
            problems.append(
                Reason(
                    "sanction.suspension_end_required",
                    "暂停接单须设定晚于决定时间的结束日期。",
                    "A suspension needs an end date after the decision.",
                )
            )
    elif decision.ends_at is not None:
        problems.append(
            Reason(
                "sanction.end_not_applicable",
                "只有暂停接单才设结束日期：停单培训在通过复训考核后解除，清退为永久处罚，"
                "警告不影响派单。",
                "Only a suspension has an end date: retraining lifts when a retraining "
                "assessment is passed, disqualification is permanent, a warning does not "
                "affect dispatch.",
            )
        )
    return problems
