"""The KPIs added for follow-up, workforce activity and training: hand-made examples and the
properties every KPI keeps (rates in [0, 1], suppression below the minimum)."""

from __future__ import annotations

from datetime import timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import CallbackOutcome as C
from app.models.enums import ComplaintStatus, SanctionLevel
from app.models.enums import OrderStatus as S
from app.rules.kpi import activity as ka
from app.rules.kpi import followup as kf
from app.rules.kpi import training as kt
from app.rules.kpi.definitions import Period, Unit, days_until
from app.rules.kpi.facts import (
    AssessmentKpiFacts,
    ComplaintKpiFacts,
    assessment_kpi_facts,
    complaint_kpi_facts,
    order_kpi_facts,
)
from app.rules.kpi.snapshot import KpiInputs, live, retraining_since
from app.rules.kpi.table import kpi_table
from app.rules.sanction_facts import AssessmentFacts
from tests.rules.test_kpi import MIDNIGHT, NOW, H, complaint, order, sanction

D = timedelta(days=1)
WEEK = days_until(NOW, 7)


def assessment(id: int, provider: int, **kw: object) -> AssessmentKpiFacts:
    base: dict[str, object] = {"course": "C1", "trainer_id": 7, "passed": True,
                               "assessed_at": NOW - H}  # fmt: skip
    return AssessmentKpiFacts(id, provider, **{**base, **kw})  # type: ignore[arg-type]


# -- facts from rows -----------------------------------------------------------------------------


def test_complaint_facts_carry_callbacks_reopens_and_who() -> None:
    row = {"id": 3, "severity": "high", "opened_at": "2026-12-03T01:00:00Z", "status": "closed",
           "customer_id": 5, "provider_id": 9, "reopen_count": 2, "order_id": 4}  # fmt: skip
    facts = complaint_kpi_facts(row, [{"at": "2026-12-03T02:00:00Z", "outcome": "unreachable"}])
    assert (facts.customer_id, facts.provider_id, facts.reopen_count) == (5, 9, 2)
    assert facts.status is ComplaintStatus.CLOSED
    assert facts.callbacks[0][1] is C.UNREACHABLE
    bare = complaint_kpi_facts({"id": 1, "severity": "low", "opened_at": "2026-12-03T01:00:00Z"})
    assert (bare.status, bare.customer_id, bare.reopen_count, bare.callbacks) == (
        ComplaintStatus.OPEN,
        None,
        0,
        (),
    )


def test_order_and_assessment_facts_from_rows() -> None:
    row = {"id": 1, "status": "completed", "scheduled_start": "2026-12-03T01:00:00Z",
           "dispatch_by": "2026-12-03T00:00:00Z", "provider_id": 12}  # fmt: skip
    assert order_kpi_facts(row).provider_id == 12
    a = {"id": 2, "provider_id": 12, "course_id": 3, "session_id": 4, "passed": True,
         "assessed_at": "2026-12-03T01:00:00Z", "is_retraining": True}  # fmt: skip
    facts = assessment_kpi_facts(a, {3: "CLEAN-1"}, {4: 70})
    assert (facts.course, facts.trainer_id, facts.passed, facts.is_retraining) == (
        "CLEAN-1",
        70,
        True,
        True,
    )
    alone = assessment_kpi_facts({**a, "session_id": None, "course_id": 8}, {}, {})
    assert (alone.course, alone.trainer_id) == ("", None)


# -- complaint follow-up -------------------------------------------------------------------------


def test_callbacks_reached_and_satisfied() -> None:
    complaints = [
        complaint(1, callbacks=((NOW - H, C.UNREACHABLE), (NOW - 2 * H, C.REACHED_SATISFIED))),
        complaint(2, callbacks=((NOW - H, C.REACHED_UNSATISFIED),)),
        complaint(3, callbacks=((NOW - 9 * D, C.REACHED_SATISFIED),)),  # before the week
    ]
    reached, satisfied = kf.callbacks(complaints, WEEK)
    assert (reached.numerator, reached.denominator) == (2, 3)
    assert (satisfied.numerator, satisfied.denominator, satisfied.value) == (1, 2, 0.5)
    none, none_satisfied = kf.callbacks([], WEEK)
    assert none.value is None
    assert none_satisfied.value is None


def test_reopen_rate_counts_complaints_opened_in_the_period() -> None:
    complaints = [complaint(1, reopen_count=1), complaint(2), complaint(3, reopen_count=2),
                  complaint(4, reopen_count=1, opened_at=NOW - 10 * D)]  # fmt: skip
    value = kf.reopen_rate(complaints, WEEK)
    assert (value.numerator, value.denominator) == (2, 3)


def test_repeat_complaints_use_the_repeat_rule() -> None:
    complaints = {
        # Provider 9 twice in 30 days: the later one is a repeat (the earlier is outside the
        # week, but still history).
        1: complaint(1, provider_id=9, customer_id=1, opened_at=NOW - 20 * D),
        2: complaint(2, provider_id=9, customer_id=2),
        # Customer 3 twice, about different providers: a repeat.
        3: complaint(3, provider_id=10, customer_id=3, opened_at=NOW - 2 * D),
        4: complaint(4, provider_id=11, customer_id=3, opened_at=NOW - D),
        # The same order twice within a day: a possible duplicate, not a repeat.
        5: complaint(5, provider_id=12, customer_id=5, order_id=50, opened_at=NOW - 3 * H),
        6: complaint(6, provider_id=12, customer_id=5, order_id=50, opened_at=NOW - 2 * H),
        # Long ago (more than 30 days before): not a repeat.
        7: complaint(7, provider_id=13, customer_id=7, opened_at=NOW - 60 * D),
        8: complaint(8, provider_id=13, customer_id=7),
        9: complaint(9),  # nobody known
    }
    value, same_provider, same_customer = kf.repeats(complaints, WEEK)
    assert value.numerator == 2  # complaints 2 and 4
    assert value.denominator == 7  # 2, 3, 4, 5, 6, 8, 9 opened in the week
    assert (same_provider, same_customer) == (1, 1)
    snap = kf.follow_up(complaints, WEEK)
    assert snap.repeats == value
    assert snap.reopen_rate.denominator == 7


# -- workforce activity ----------------------------------------------------------------------------


def test_active_providers_and_orders_per_provider_day() -> None:
    orders = [
        order(1, S.COMPLETED, provider_id=1, completed_at=NOW - H),
        order(2, S.COMPLETED, provider_id=1, completed_at=NOW - 2 * H),
        order(
            3, S.COMPLETED, provider_id=1, completed_at=NOW - D - H, scheduled_start=NOW - D - 2 * H
        ),
        order(4, S.ASSIGNED, provider_id=2, district="haidian", category="repair"),
        order(5, S.CANCELLED, provider_id=3),  # cancelled: not active
        order(6, S.ASSIGNED, provider_id=4),  # on hold
        order(7, S.PENDING),  # nobody assigned
        order(8, S.ASSIGNED, provider_id=5, scheduled_start=NOW - 20 * D),  # long ago
    ]
    got = ka.activity(orders, WEEK, on_hold={4})
    assert got.active.value == 2
    assert {k: v.value for k, v in got.by_category.items()} == {"cleaning": 1, "repair": 1}
    assert {k: v.value for k, v in got.by_district.items()} == {"chaoyang": 1, "haidian": 1}
    # Three orders over two Beijing days of provider 1.
    assert (got.utilisation.numerator, got.utilisation.denominator) == (3, 2)
    assert got.utilisation.value == 1.5
    assert got.utilisation.definition.unit is Unit.RATIO
    assert ka.activity([], WEEK).utilisation.value is None


# -- training ------------------------------------------------------------------------------------


def test_pass_rate_by_course_and_trainer() -> None:
    taken = [
        assessment(1, 1),
        assessment(2, 2, passed=False),
        assessment(3, 3, course="C2", trainer_id=None),
        assessment(4, 4, assessed_at=NOW - 30 * D),  # before the week
    ]
    rates = kt.pass_rates(taken, WEEK)
    assert (rates.overall.numerator, rates.overall.denominator) == (2, 3)
    assert {k: v.value for k, v in rates.by_course.items()} == {"C1": 0.5, "C2": 1.0}
    assert {k: v.denominator for k, v in rates.by_trainer.items()} == {7: 2, None: 1}
    assert kt.pass_rates([], WEEK).overall.value is None


def _history(provider: int, start: int, n: int, step: timedelta) -> list:  # type: ignore[type-arg]
    return [
        order(start + i, S.COMPLETED, provider_id=provider, completed_at=NOW - 20 * D + i * step)
        for i in range(n)
    ]


def test_retraining_outcome_before_and_after() -> None:
    retrained = NOW - 20 * D
    taken = [
        assessment(1, 1, is_retraining=True, assessed_at=retrained),
        assessment(2, 1, is_retraining=True, assessed_at=retrained - D),  # older: not used
        assessment(3, 2, is_retraining=True, course="C2", assessed_at=retrained),
        assessment(4, 3, is_retraining=True, passed=False, assessed_at=retrained),
        assessment(5, 4, assessed_at=retrained),  # not a retraining
    ]
    # Provider 1: 60 orders in the 30 days before (one every 12 hours back from the
    # retraining), 40 after; provider 2: 10 after.
    orders = [
        *_history(1, 1000, 61, -12 * H),  # the first, at the retraining, is dropped below
        *_history(1, 2000, 40, 6 * H),
        *_history(2, 3000, 10, 6 * H),
        order(4000, S.COMPLETED, provider_id=9, completed_at=NOW - H),  # not retrained
        order(4001, S.ASSIGNED, provider_id=1),  # not completed
    ]
    orders = [o for o in orders if o.completed_at is None or o.completed_at < retrained
              or o.id >= 2000]  # fmt: skip
    complaints = [
        complaint(1, provider_id=1, opened_at=retrained - 5 * D),
        complaint(2, provider_id=1, opened_at=retrained - 6 * D),
        complaint(3, provider_id=1, opened_at=retrained + D),
        complaint(4, provider_id=2, opened_at=retrained + D),
        complaint(5, provider_id=9, opened_at=retrained + D),
    ]
    got = kt.retraining_outcomes(taken, orders, complaints, NOW)
    assert set(got) == {"", "C1", "C2"}
    c1 = got["C1"]
    assert (c1.before.numerator, c1.before.denominator) == (2, 60)
    assert c1.before.value is not None
    assert round(c1.before.value, 3) == round(2000 / 60, 3)
    assert (c1.after.numerator, c1.after.denominator) == (1, 40)
    assert c1.after.value is None  # under 50 orders: suppressed
    assert got["C2"].before.value is None
    assert got["C2"].providers == 1
    assert (got[""].after.numerator, got[""].after.denominator) == (2, 50)
    assert got[""].after.value == 40.0
    assert got[""].providers == 2
    empty = kt.retraining_outcomes([], [], [], NOW)
    assert list(empty) == [""]
    assert empty[""].after.value is None
    assert retraining_since(NOW) == kt.data_since(MIDNIGHT - D)


# -- properties ----------------------------------------------------------------------------------


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),  # provider
            st.integers(0, 3),  # customer
            st.integers(0, 20 * 24),  # hours before now
            st.integers(0, 2),  # reopen count
            st.lists(st.sampled_from(list(C)), max_size=3),
        ),
        max_size=25,
    )
)
def test_follow_up_rates_are_rates(rows: list) -> None:  # type: ignore[type-arg]
    complaints: dict[int, ComplaintKpiFacts] = {
        i: complaint(
            i,
            provider_id=p,
            customer_id=c,
            opened_at=NOW - h * H,
            reopen_count=r,
            callbacks=tuple((NOW - h * H, o) for o in outs),
        )
        for i, (p, c, h, r, outs) in enumerate(rows)
    }
    got = kf.follow_up(complaints, WEEK)
    for value in (got.callbacks_reached, got.callbacks_satisfied, got.reopen_rate, got.repeats):
        assert value.value is None or 0 <= value.value <= 1
        assert (value.value is None) == (value.denominator == 0)
    assert got.repeats.numerator <= got.repeat_same_provider + got.repeat_same_customer


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.booleans(), st.sampled_from(["A", "B"]), st.integers(0, 2)),
                max_size=30))  # fmt: skip
def test_pass_rates_are_rates(rows: list) -> None:  # type: ignore[type-arg]
    rates = kt.pass_rates(
        [assessment(i, i, passed=p, course=c, trainer_id=t) for i, (p, c, t) in enumerate(rows)],
        WEEK,
    )
    assert (rates.overall.value is None) == (not rows)
    for value in (*rates.by_course.values(), *rates.by_trainer.values()):
        assert value.value is not None
        assert 0 <= value.value <= 1
    assert sum(v.denominator or 0 for v in rates.by_course.values()) == len(rows)


@settings(max_examples=40, deadline=None)
@given(st.integers(0, 120), st.integers(0, 5))
def test_retraining_outcome_is_suppressed_below_the_minimum(after: int, raised: int) -> None:
    retrained = NOW - 40 * D
    orders = _history(1, 1, after, 5 * H)
    orders = [o for o in orders if o.completed_at is not None and o.completed_at < NOW]
    orders = [order(o.id, S.COMPLETED, provider_id=1, completed_at=retrained + (o.id % 700) * H)
              for o in orders]  # fmt: skip
    complaints = [complaint(i, provider_id=1, opened_at=retrained + D) for i in range(raised)]
    got = kt.retraining_outcomes([assessment(1, 1, is_retraining=True, assessed_at=retrained)],
                                 orders, complaints, NOW)[""]  # fmt: skip
    assert got.after.denominator == len(orders)
    assert (got.after.value is None) == (len(orders) < kt.MIN_ORDERS_AFTER_RETRAINING)
    if got.after.value is not None:
        assert got.after.value == 1000 * raised / len(orders)


# -- the snapshot and the table ----------------------------------------------------------------


def test_snapshot_and_table_carry_the_new_figures() -> None:
    inputs = KpiInputs(
        orders={
            1: order(1, S.COMPLETED, provider_id=1, completed_at=NOW - H),
            2: order(2, S.ASSIGNED, provider_id=2),
        },
        complaints={1: complaint(1, order_id=1, callbacks=((NOW - H, C.REACHED_SATISFIED),))},
        sanctions=[sanction(1, 2, SanctionLevel.SUSPENSION)],
        training=[assessment(1, 1, is_retraining=True)],
    )
    snap = live(inputs, NOW)
    assert snap.activity.active.value == 1  # provider 2 is suspended
    assert snap.follow_up.callbacks_satisfied.value == 1.0
    assert snap.pass_rates.by_trainer[7].value == 1.0
    rows = {(r.value.definition.key, r.kind, r.code): r.value for r in kpi_table(snap)}
    assert rows["active_providers", "category", "cleaning"].value == 1
    assert rows["training_pass_rate", "course", "C1"].denominator == 1
    assert rows["training_pass_rate", "trainer", "7"].numerator == 1
    assert ("retraining_outcome", "after", "C1") in rows
    assert ("retraining_outcome", "before", "") in rows
    untaught = live(KpiInputs(training=[assessment(1, 1, trainer_id=None)]), NOW)
    assert ("training_pass_rate", "trainer", "") in {
        (r.value.definition.key, r.kind, r.code) for r in kpi_table(untaught)
    }


def test_periods_of_the_new_figures() -> None:
    snap = live(KpiInputs(), NOW)
    assert snap.follow_up.repeats.period == snap.window
    assert snap.retraining[""].after.period == Period(NOW - kt.RETRAINING_LOOKBACK, NOW)
    assert AssessmentFacts  # the hold facts stay the sanctions ladder's own type
