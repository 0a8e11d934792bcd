"""The sanctions ladder over a rolling 90 days, and sanction decisions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import ComplaintStatus, SanctionLevel, Severity
from app.rules.complaints import ComplaintFacts
from app.rules.sanctions import (
    LEVEL_RANK,
    SUSPENSION_PERIOD,
    SanctionDecision,
    decision_problems,
    default_ends_at,
    recommended_sanction,
)

BJ = timezone(timedelta(hours=8))
NOW = datetime(2025, 6, 1, 15, 0, tzinfo=BJ)
DAY = timedelta(days=1)
L = SanctionLevel


@dataclass(frozen=True)
class Past:
    opened_at: datetime
    severity: Severity


def past(days_ago: float, severity: Severity = Severity.MEDIUM) -> Past:
    return Past(NOW - timedelta(days=days_ago), severity)


def rank(level: SanctionLevel | None) -> int:
    return -1 if level is None else LEVEL_RANK[level]


@pytest.mark.parametrize(
    ("earlier", "expected"),
    [
        (0, L.WARNING),
        (1, L.RETRAINING),
        (2, L.SUSPENSION),
        (3, L.DISQUALIFICATION),
        (7, L.DISQUALIFICATION),
    ],
)
def test_each_substantiated_complaint_climbs_one_rung(
    earlier: int, expected: SanctionLevel
) -> None:
    history = [past(10 + i) for i in range(earlier)]
    recommendation = recommended_sanction(history, Severity.LOW, NOW)
    assert recommendation.level is expected
    assert recommendation.counted == earlier + 1
    assert recommendation.reason.code == f"sanction.recommend_{expected.value}"
    assert f"共 {earlier + 1} 起" in recommendation.reason.zh


def test_a_critical_complaint_suspends_at_once() -> None:
    recommendation = recommended_sanction([], Severity.CRITICAL, NOW)
    assert recommendation.level is L.SUSPENSION
    assert "立即暂停接单" in recommendation.reason.zh
    assert "暂停接单" in recommendation.reason.zh
    assert "critical" in recommendation.reason.en


def test_after_a_critical_complaint_the_next_one_goes_past_suspension() -> None:
    recommendation = recommended_sanction([past(20, Severity.CRITICAL)], Severity.LOW, NOW)
    assert recommendation.level is L.DISQUALIFICATION


def test_complaints_older_than_90_days_do_not_count() -> None:
    old = [past(91), past(120, Severity.CRITICAL), past(90)]
    recommendation = recommended_sanction(old, Severity.MEDIUM, NOW)
    assert recommendation.level is L.WARNING
    assert recommendation.counted == 1
    recent = recommended_sanction([past(89.9)], Severity.MEDIUM, NOW)
    assert recent.level is L.RETRAINING


def test_poor_ratings_add_one_rung() -> None:
    assert recommended_sanction([], Severity.LOW, NOW, poor_rating=True).level is L.RETRAINING
    alone = recommended_sanction([], None, NOW, poor_rating=True)
    assert alone.level is L.WARNING
    assert "评分偏低" in alone.reason.zh


def test_nothing_to_sanction() -> None:
    recommendation = recommended_sanction([past(200)], None, NOW)
    assert recommendation.level is None
    assert recommendation.reason.code == "sanction.none_needed"


def test_complaint_facts_can_be_the_history() -> None:
    facts = ComplaintFacts(
        id=1,
        customer_id=2,
        severity=Severity.HIGH,
        status=ComplaintStatus.CLOSED,
        opened_at=NOW - 5 * DAY,
        provider_id=55,
        substantiated=True,
    )
    assert recommended_sanction([facts], Severity.LOW, NOW).level is L.RETRAINING


history_items = st.lists(
    st.builds(
        past,
        days_ago=st.floats(min_value=0, max_value=200, allow_nan=False),
        severity=st.sampled_from(Severity),
    ),
    max_size=8,
)
recent_item = st.builds(
    past,
    days_ago=st.floats(min_value=0, max_value=89.9, allow_nan=False),
    severity=st.sampled_from(Severity),
)
old_item = st.builds(
    past,
    days_ago=st.floats(min_value=90.01, max_value=2000, allow_nan=False),
    severity=st.sampled_from(Severity),
)
new_severity = st.none() | st.sampled_from(Severity)


@settings(max_examples=100, deadline=None)
@given(history=history_items, extra=recent_item, severity=new_severity, poor=st.booleans())
def test_more_recent_complaints_never_recommend_less(
    history: list[Past], extra: Past, severity: Severity | None, poor: bool
) -> None:
    fewer = recommended_sanction(history, severity, NOW, poor)
    more = recommended_sanction([*history, extra], severity, NOW, poor)
    assert rank(more.level) >= rank(fewer.level)
    assert more.level is not None
    assert more.counted == fewer.counted + 1


@settings(max_examples=100, deadline=None)
@given(history=history_items, poor=st.booleans())
def test_critical_recommends_suspension_at_least(history: list[Past], poor: bool) -> None:
    level = recommended_sanction(history, Severity.CRITICAL, NOW, poor).level
    assert rank(level) >= LEVEL_RANK[L.SUSPENSION]


@settings(max_examples=100, deadline=None)
@given(history=history_items, old=st.lists(old_item, max_size=5), severity=new_severity)
def test_complaints_older_than_90_days_never_change_the_recommendation(
    history: list[Past], old: list[Past], severity: Severity | None
) -> None:
    assert recommended_sanction([*history, *old], severity, NOW) == recommended_sanction(
        history, severity, NOW
    )


@settings(max_examples=100, deadline=None)
@given(history=history_items, severity=new_severity, data=st.data())
def test_order_of_the_history_does_not_matter(
    history: list[Past], severity: Severity | None, data: st.DataObject
) -> None:
    shuffled = data.draw(st.permutations(history))
    assert recommended_sanction(shuffled, severity, NOW) == recommended_sanction(
        history, severity, NOW
    )


@settings(max_examples=100, deadline=None)
@given(history=history_items, severity=st.sampled_from(Severity), poor=st.booleans())
def test_poor_ratings_never_recommend_less(
    history: list[Past], severity: Severity, poor: bool
) -> None:
    with_poor = recommended_sanction(history, severity, NOW, poor_rating=True)
    without = recommended_sanction(history, severity, NOW, poor_rating=False)
    assert rank(with_poor.level) >= rank(without.level)


def decision(**changes: object) -> SanctionDecision:
    fields: dict[str, object] = {
        "provider_id": 55,
        "level": L.WARNING,
        "reason": "迟到两小时，经查属实",
        "decided_by": "supervisor-1",
        "decided_at": NOW,
        "complaint_id": 9,
    }
    fields.update(changes)
    return SanctionDecision(**fields)  # type: ignore[arg-type]


def test_a_complete_decision_has_no_problems() -> None:
    assert decision_problems(decision()) == []
    assert decision_problems(decision(level=None, reason="客户误解，服务人员无过错")) == []
    suspension = decision(level=L.SUSPENSION, ends_at=default_ends_at(L.SUSPENSION, NOW))
    assert decision_problems(suspension) == []


def test_every_decision_needs_a_reason_and_a_decider() -> None:
    problems = decision_problems(decision(level=None, reason=" ", decided_by=""))
    assert [p.code for p in problems] == ["sanction.reason_required", "sanction.decider_required"]


def test_a_suspension_needs_an_end_after_the_decision() -> None:
    for ends_at in (None, NOW, NOW - DAY):
        problems = decision_problems(decision(level=L.SUSPENSION, ends_at=ends_at))
        assert [p.code for p in problems] == ["sanction.suspension_end_required"]


@pytest.mark.parametrize("level", [L.WARNING, L.RETRAINING, L.DISQUALIFICATION, None])
def test_only_a_suspension_has_an_end(level: SanctionLevel | None) -> None:
    problems = decision_problems(decision(level=level, ends_at=NOW + DAY))
    assert [p.code for p in problems] == ["sanction.end_not_applicable"]


def test_default_end_dates() -> None:
    assert default_ends_at(L.SUSPENSION, NOW) == NOW + SUSPENSION_PERIOD
    for level in (L.WARNING, L.RETRAINING, L.DISQUALIFICATION):
        assert default_ends_at(level, NOW) is None
