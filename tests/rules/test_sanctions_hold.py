"""Dispatch holds: what blocks a provider, how each hold lifts, and appeals."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import AppealStatus, SanctionLevel, SanctionStatus
from app.rules.sanctions import (
    LEVEL_RANK,
    AppealFacts,
    AssessmentFacts,
    SanctionFacts,
    SanctionRuleError,
    decide_appeal,
    dispatch_hold,
    file_appeal,
    hold_reasons,
    sanction_status,
)

BJ = timezone(timedelta(hours=8))
DECIDED = datetime(2025, 5, 1, 10, 0, tzinfo=BJ)
DAY = timedelta(days=1)
L = SanctionLevel


def sanction(level: SanctionLevel, **changes: object) -> SanctionFacts:
    base = SanctionFacts(
        id=1,
        provider_id=55,
        level=level,
        reason="投诉经查属实",
        decided_by="supervisor-1",
        decided_at=DECIDED,
        complaint_id=9,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def assessment(
    at: datetime, passed: bool = True, retraining: bool = True, course: str = "TR-CLEAN"
) -> AssessmentFacts:
    return AssessmentFacts(course_code=course, passed=passed, at=at, is_retraining=retraining)


def test_no_sanctions_no_hold() -> None:
    assert dispatch_hold([], [], DECIDED) is None
    assert hold_reasons([], [], DECIDED) == []


def test_a_warning_never_blocks() -> None:
    warning = sanction(L.WARNING)
    assert dispatch_hold([warning], [], DECIDED + DAY) is None
    assert sanction_status(warning, [], DECIDED + DAY) is SanctionStatus.ACTIVE


def test_a_sanction_blocks_the_moment_it_is_recorded() -> None:
    assert dispatch_hold([sanction(L.RETRAINING)], [], DECIDED) is L.RETRAINING
    # Even a client clock a little behind the server does not let dispatch slip through.
    assert (
        dispatch_hold([sanction(L.RETRAINING)], [], DECIDED - timedelta(seconds=5)) is L.RETRAINING
    )


def test_retraining_lifts_after_a_passed_retraining_assessment() -> None:
    hold = sanction(L.RETRAINING)
    passed = assessment(DECIDED + 3 * DAY)
    assert dispatch_hold([hold], [passed], DECIDED + 2 * DAY) is L.RETRAINING  # not yet taken
    assert dispatch_hold([hold], [passed], DECIDED + 3 * DAY) is None
    assert sanction_status(hold, [passed], DECIDED + 4 * DAY) is SanctionStatus.LIFTED


@pytest.mark.parametrize(
    "taken",
    [
        assessment(DECIDED - DAY),  # passed before the sanction
        assessment(DECIDED),  # at the very moment of the decision, not after it
        assessment(DECIDED + DAY, passed=False),
        assessment(DECIDED + DAY, retraining=False),  # an ordinary course assessment
    ],
)
def test_retraining_stays_for_assessments_that_do_not_count(taken: AssessmentFacts) -> None:
    assert dispatch_hold([sanction(L.RETRAINING)], [taken], DECIDED + 10 * DAY) is L.RETRAINING


def test_a_named_retraining_course_must_be_the_one_passed() -> None:
    hold = sanction(L.RETRAINING, retraining_course="TR-NANNY")
    other = assessment(DECIDED + DAY, course="TR-CLEAN")
    right = assessment(DECIDED + 2 * DAY, course="TR-NANNY")
    assert dispatch_hold([hold], [other], DECIDED + 3 * DAY) is L.RETRAINING
    assert dispatch_hold([hold], [other, right], DECIDED + 3 * DAY) is None
    reason = hold_reasons([hold], [other], DECIDED + 3 * DAY)[0]
    assert reason.code == "sanction.hold_retraining"
    assert "TR-NANNY" in reason.zh
    assert "TR-NANNY" in reason.en


def test_a_suspension_lifts_at_its_end_date() -> None:
    hold = sanction(L.SUSPENSION, ends_at=DECIDED + 30 * DAY)
    assert dispatch_hold([hold], [], DECIDED + 29 * DAY) is L.SUSPENSION
    assert dispatch_hold([hold], [], DECIDED + 30 * DAY) is None
    reason = hold_reasons([hold], [], DECIDED + DAY)[0]
    assert reason.code == "sanction.hold_suspended"
    assert "2025-05-31 10:00" in reason.zh
    # The server and the cache hold UTC: the reason still reads Beijing's wall clock.
    utc = sanction(L.SUSPENSION, ends_at=(DECIDED + 30 * DAY).astimezone(UTC))
    assert "2025-05-31 10:00" in hold_reasons([utc], [], DECIDED + DAY)[0].en
    # A retraining assessment does not shorten a suspension.
    assert dispatch_hold([hold], [assessment(DECIDED + DAY)], DECIDED + 2 * DAY) is L.SUSPENSION


def test_a_suspension_without_an_end_date_holds_until_lifted() -> None:
    hold = sanction(L.SUSPENSION)
    assert dispatch_hold([hold], [], DECIDED + 3650 * DAY) is L.SUSPENSION
    lifted = replace(hold, status=SanctionStatus.LIFTED)
    assert dispatch_hold([lifted], [], DECIDED + DAY) is None


def test_disqualification_is_permanent_unless_overturned() -> None:
    hold = sanction(L.DISQUALIFICATION)
    taken = [assessment(DECIDED + DAY)]
    assert dispatch_hold([hold], taken, DECIDED + 3650 * DAY) is L.DISQUALIFICATION
    appealed = file_appeal(hold, "当天有医院证明", DECIDED + DAY)
    overturned = decide_appeal(
        appealed, AppealStatus.OVERTURNED, "admin-1", "证据成立", DECIDED + 5 * DAY
    )
    assert dispatch_hold([overturned], taken, DECIDED + 6 * DAY) is None
    assert sanction_status(overturned, taken, DECIDED + 6 * DAY) is SanctionStatus.OVERTURNED


def test_an_overturned_appeal_removes_the_sanction_even_if_the_status_lags() -> None:
    appeal = AppealFacts(
        filed_at=DECIDED + DAY,
        statement="误判",
        status=AppealStatus.OVERTURNED,
        decided_at=DECIDED + 2 * DAY,
        decided_by="admin-1",
        decision_note="撤销",
    )
    hold = sanction(L.SUSPENSION, ends_at=DECIDED + 30 * DAY, appeal=appeal)
    assert hold.status is SanctionStatus.ACTIVE
    assert dispatch_hold([hold], [], DECIDED + 3 * DAY) is None


def test_a_pending_or_upheld_appeal_does_not_pause_the_sanction() -> None:
    hold = sanction(L.RETRAINING)
    pending = file_appeal(hold, "我当天没有迟到", DECIDED + DAY)
    assert pending.appeal is not None
    assert pending.appeal.status is AppealStatus.PENDING
    assert dispatch_hold([pending], [], DECIDED + 2 * DAY) is L.RETRAINING
    upheld = decide_appeal(
        pending, AppealStatus.UPHELD, "admin-1", "定位记录显示迟到", DECIDED + 3 * DAY
    )
    assert upheld.appeal is not None
    assert upheld.appeal.status is AppealStatus.UPHELD
    assert upheld.appeal.decided_by == "admin-1"
    assert upheld.status is SanctionStatus.ACTIVE
    assert dispatch_hold([upheld], [], DECIDED + 4 * DAY) is L.RETRAINING


def test_the_most_severe_hold_wins_and_reasons_come_worst_first() -> None:
    holds = [
        sanction(L.RETRAINING, id=1),
        sanction(L.WARNING, id=2),
        sanction(L.SUSPENSION, id=3, ends_at=DECIDED + 30 * DAY),
    ]
    assert dispatch_hold(holds, [], DECIDED + DAY) is L.SUSPENSION
    codes = [r.code for r in hold_reasons(holds, [], DECIDED + DAY)]
    assert codes == ["sanction.hold_suspended", "sanction.hold_retraining"]
    # Once the suspension ends, the retraining hold is still there.
    assert dispatch_hold(holds, [], DECIDED + 31 * DAY) is L.RETRAINING


def test_an_appeal_can_be_filed_once_with_grounds() -> None:
    hold = sanction(L.WARNING)
    with pytest.raises(SanctionRuleError) as blank:
        file_appeal(hold, "  ", DECIDED + DAY)
    assert blank.value.reason.code == "sanction.appeal_statement_required"
    with pytest.raises(SanctionRuleError) as early:
        file_appeal(hold, "理由", DECIDED - DAY)
    assert early.value.reason.code == "sanction.time_before_record"
    appealed = file_appeal(hold, "理由", DECIDED + DAY)
    with pytest.raises(SanctionRuleError) as twice:
        file_appeal(appealed, "再申诉", DECIDED + 2 * DAY)
    assert twice.value.reason.code == "sanction.appeal_exists"


def test_an_appeal_decision_needs_a_pending_appeal_an_outcome_a_decider_and_a_note() -> None:
    hold = sanction(L.RETRAINING)
    with pytest.raises(SanctionRuleError) as none:
        decide_appeal(hold, AppealStatus.UPHELD, "admin-1", "维持", DECIDED + DAY)
    assert none.value.reason.code == "sanction.no_pending_appeal"
    appealed = file_appeal(hold, "理由", DECIDED + DAY)
    cases = [
        (AppealStatus.PENDING, "admin-1", "维持", "sanction.appeal_outcome_required"),
        (AppealStatus.UPHELD, "", "维持", "sanction.appeal_decision_incomplete"),
        (AppealStatus.UPHELD, "admin-1", " ", "sanction.appeal_decision_incomplete"),
    ]
    for outcome, by, note, code in cases:
        with pytest.raises(SanctionRuleError) as caught:
            decide_appeal(appealed, outcome, by, note, DECIDED + 2 * DAY)
        assert caught.value.reason.code == code
    decided = decide_appeal(appealed, AppealStatus.UPHELD, "admin-1", "维持", DECIDED + 2 * DAY)
    with pytest.raises(SanctionRuleError) as again:
        decide_appeal(decided, AppealStatus.OVERTURNED, "admin-1", "改判", DECIDED + 3 * DAY)
    assert again.value.reason.code == "sanction.no_pending_appeal"


def test_an_appeal_cannot_be_decided_before_it_was_filed() -> None:
    """A decision dated before the appeal means a wrong clock: refused, the appeal stays open."""
    appealed = file_appeal(sanction(L.SUSPENSION), "理由", DECIDED + 2 * DAY)
    with pytest.raises(SanctionRuleError) as early:
        decide_appeal(appealed, AppealStatus.OVERTURNED, "admin-1", "改判", DECIDED + DAY)
    assert early.value.reason.code == "sanction.time_before_record"
    assert appealed.appeal is not None
    assert appealed.appeal.status is AppealStatus.PENDING


sanctions_strategy = st.lists(
    st.builds(
        sanction,
        level=st.sampled_from(L),
        ends_at=st.none() | st.integers(1, 60).map(lambda d: DECIDED + d * DAY),
        status=st.sampled_from(SanctionStatus),
    ),
    max_size=5,
)
assessments_strategy = st.lists(
    st.builds(
        assessment,
        at=st.integers(-5, 60).map(lambda d: DECIDED + d * DAY),
        passed=st.booleans(),
        retraining=st.booleans(),
    ),
    max_size=4,
)


@settings(max_examples=100, deadline=None)
@given(
    sanctions=sanctions_strategy,
    extra=sanctions_strategy,
    assessments=assessments_strategy,
    days=st.integers(0, 90),
)
def test_more_sanctions_never_lighten_the_hold(
    sanctions: list[SanctionFacts],
    extra: list[SanctionFacts],
    assessments: list[AssessmentFacts],
    days: int,
) -> None:
    now = DECIDED + days * DAY
    hold = dispatch_hold(sanctions, assessments, now)
    more = dispatch_hold([*sanctions, *extra], assessments, now)
    assert hold is not L.WARNING
    if hold is not None:
        assert more is not None
        assert LEVEL_RANK[more] >= LEVEL_RANK[hold]
    assert (hold is None) == (hold_reasons(sanctions, assessments, now) == [])


def test_a_disqualification_and_an_open_ended_suspension_say_so() -> None:
    reasons = hold_reasons(
        [sanction(L.SUSPENSION, id=1), sanction(L.DISQUALIFICATION, id=2)], [], DECIDED + DAY
    )
    assert [r.code for r in reasons] == ["sanction.hold_disqualified", "sanction.hold_suspended"]
    assert "未设结束日期" in reasons[1].zh
