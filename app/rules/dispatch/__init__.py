"""Smart dispatch: who may be sent to an order, how good each choice is, and batch plans.

Pure rules over frozen facts (``facts.py``); settings in one place (``settings.py``).
"""

from __future__ import annotations

from app.rules.dispatch.eligibility import check_eligibility, schedule_reasons, static_reasons
from app.rules.dispatch.facts import (
    BEIJING,
    Booking,
    CertFact,
    CustomerFacts,
    OrderFacts,
    ProviderFacts,
    local_day,
)
from app.rules.dispatch.planner import (
    Assignment,
    Plan,
    Unassigned,
    greedy_nearest_first,
    plan_dispatch,
)
from app.rules.dispatch.scoring import (
    Candidates,
    RankedCandidate,
    RejectedCandidate,
    ScoreBreakdown,
    ScoreTerm,
    rank_candidates,
    score_candidate,
)
from app.rules.dispatch.settings import DEFAULT_SETTINGS, DispatchSettings
from app.rules.dispatch.travel import Leg, approach_leg, great_circle_km, travel_minutes

__all__ = [
    "BEIJING",
    "DEFAULT_SETTINGS",
    "Assignment",
    "Booking",
    "Candidates",
    "CertFact",
    "CustomerFacts",
    "DispatchSettings",
    "Leg",
    "OrderFacts",
    "Plan",
    "ProviderFacts",
    "RankedCandidate",
    "RejectedCandidate",
    "ScoreBreakdown",
    "ScoreTerm",
    "Unassigned",
    "approach_leg",
    "check_eligibility",
    "great_circle_km",
    "greedy_nearest_first",
    "local_day",
    "plan_dispatch",
    "rank_candidates",
    "schedule_reasons",
    "score_candidate",
    "static_reasons",
    "travel_minutes",
]
