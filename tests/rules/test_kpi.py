"""Operations KPIs: each definition on hand-made days, and the properties every KPI keeps
(rates in [0, 1] or None with nothing to measure, complaint rates suppressed below 200)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.models.enums import (
    CertificationKind,
    CertificationStatus,
    OrderStatus,
    SanctionLevel,
    Severity,
)
from app.rules.beijing import BEIJING
from app.rules.certification.facts import CertFact
from app.rules.kpi import complaints as kc
from app.rules.kpi import orders as ko
from app.rules.kpi import workforce as kw
from app.rules.kpi.definitions import (
    BY_KEY,
    DEFINITIONS,
    MIN_ORDERS_FOR_RATE,
    TIMEZONE,
    Period,
    Unit,
    day_start,
    days_until,
    per_thousand,
    rate,
    today_until,
    whole_day,
)
from app.rules.kpi.facts import (
    CertKpiFacts,
    ComplaintKpiFacts,
    OrderKpiFacts,
    cert_kpi_facts,
    complaint_kpi_facts,
    order_kpi_facts,
)
from app.rules.kpi.snapshot import WINDOW_DAYS, KpiInputs, daily, data_since, live
from app.rules.sanction_facts import AssessmentFacts, SanctionFacts

S = OrderStatus
NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # Friday 10:00 in Beijing
MIDNIGHT = datetime(2026, 12, 4, 0, 0, tzinfo=BEIJING)
TODAY = Period(MIDNIGHT, NOW)
H = timedelta(hours=1)
M = timedelta(minutes=1)


def order(id: int = 1, status: S = S.PENDING, **kw: object) -> OrderKpiFacts:
    base: dict[str, object] = {
        "category": "cleaning",
        "district": "chaoyang",
        "created_at": MIDNIGHT + 8 * H,
        "scheduled_start": MIDNIGHT + 9 * H,
        "dispatch_by": MIDNIGHT + 8 * H,
    }
    return OrderKpiFacts(id, status, **{**base, **kw})  # type: ignore[arg-type]


def complaint(id: int = 1, severity: Severity = Severity.HIGH, **kw: object) -> ComplaintKpiFacts:
    base: dict[str, object] = {"category": "quality", "opened_at": NOW - 5 * H}
    return ComplaintKpiFacts(id, severity, **{**base, **kw})  # type: ignore[arg-type]


# -- definitions ------------------------------------------------------------------------------


def test_every_definition_has_a_title_a_formula_and_a_unique_key() -> None:
    assert len(BY_KEY) == len(DEFINITIONS)
    for d in DEFINITIONS:
        assert d.title
        assert len(d.formula) > len(d.title)
        assert isinstance(d.unit, Unit)


def test_periods_are_aware_and_in_order() -> None:
    with pytest.raises(ValueError, match="aware"):
        Period(datetime(2026, 12, 4), NOW)
    with pytest.raises(ValueError, match="before"):
        Period(NOW, NOW - M)
    assert not TODAY.holds(None)
    assert TODAY.holds(MIDNIGHT)
    assert not TODAY.holds(NOW)
    assert TODAY.shifted(-H) == Period(MIDNIGHT - H, NOW - H)


def test_beijing_days() -> None:
    assert day_start(date(2026, 12, 4)) == MIDNIGHT
    assert today_until(NOW) == TODAY
    # 23:30 UTC on the 3rd is already the 4th in Beijing
    assert today_until(datetime(2026, 12, 3, 23, 30, tzinfo=UTC)).start == MIDNIGHT
    assert days_until(NOW, 7).start == MIDNIGHT - timedelta(days=6)
    with pytest.raises(ValueError, match="one day"):
        days_until(NOW, 0)
    assert whole_day(date(2026, 12, 4)) == Period(MIDNIGHT, MIDNIGHT + timedelta(days=1))


def test_rates() -> None:
    assert rate(0, 0) is None
    assert rate(3, 4) == 0.75
    with pytest.raises(ValueError, match="rate"):
        rate(5, 4)
    with pytest.raises(ValueError, match="rate"):
        rate(-1, 4)
    assert per_thousand(3, 199) is None
    assert per_thousand(3, 200) == 15.0
    assert per_thousand(1, 1, minimum=0) == 1000.0
    assert per_thousand(0, 0, minimum=0) is None  # never a division by zero
    with pytest.raises(ValueError, match="negative"):
        per_thousand(-1, 300)


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 10_000), st.integers(0, 10_000))
def test_rate_is_a_fraction_or_none(a: int, b: int) -> None:
    numerator, denominator = min(a, b), max(a, b)
    value = rate(numerator, denominator)
    assert (value is None) == (denominator == 0)
    assert value is None or 0.0 <= value <= 1.0


@settings(max_examples=200, deadline=None)
@given(st.integers(0, 5_000), st.integers(0, 5_000))
def test_per_thousand_is_suppressed_below_the_minimum(count: int, orders: int) -> None:
    value = per_thousand(count, orders)
    assert (value is None) == (orders < MIN_ORDERS_FOR_RATE)
    assert value is None or value >= 0.0


# -- facts from rows ---------------------------------------------------------------------------


def test_order_facts_come_from_the_row_and_its_timeline() -> None:
    row = {
        "id": 5, "status": "cancelled", "category": "nanny", "district": "haidian",
        "created_at": "2026-12-04T00:10:00+00:00", "scheduled_start": "2026-12-04T03:00:00Z",
        "dispatch_by": "2026-12-04T02:00:00Z", "cancel_reason": "  客户改期 ",
    }  # fmt: skip
    events = [
        {"at": "2026-12-04T01:00:00Z", "action": "assign"},
        {"at": "2026-12-04T01:30:00Z", "action": "assign"},
        {"at": "2026-12-04T02:50:00Z", "action": "start"},
        {"at": "2026-12-04T03:30:00Z", "action": "cancel"},
        {"at": "2026-12-04T03:40:00Z", "action": None},
    ]
    facts = order_kpi_facts(row, events)
    assert facts.assigned_at == datetime(2026, 12, 4, 1, 0, tzinfo=UTC)  # the first assignment
    assert facts.started_at == datetime(2026, 12, 4, 2, 50, tzinfo=UTC)
    assert facts.cancelled_at == datetime(2026, 12, 4, 3, 30, tzinfo=UTC)
    assert facts.completed_at is None
    assert order_kpi_facts(row, reversed(events)) == facts  # the timeline's order does not matter
    assert (facts.status, facts.district, facts.cancel_reason) == (
        S.CANCELLED,
        "haidian",
        "客户改期",
    )
    bare = order_kpi_facts({**row, "created_at": None, "cancel_reason": None, "category": None})
    assert (bare.created_at, bare.cancel_reason, bare.category, bare.assigned_at) == (
        None, "", "", None,
    )  # fmt: skip


def test_complaint_and_certificate_facts() -> None:
    c = complaint_kpi_facts(
        {"id": 2, "severity": "critical", "category": "safety", "order_id": 9,
         "opened_at": "2026-12-04T01:00:00Z", "acknowledged_at": "2026-12-04T01:05:00Z"}
    )  # fmt: skip
    assert (c.severity, c.order_id, c.resolved_at) == (Severity.CRITICAL, 9, None)
    assert complaint_kpi_facts({**_c_row(), "order_id": True}).order_id is None

    def cert(**kw: object) -> CertKpiFacts:
        row = {"id": 1, "kind": "health_certificate", "status": "approved", **kw}
        return cert_kpi_facts(row)

    assert cert(expires_on="2027-01-05").cert.expires_on == date(2027, 1, 5)
    assert cert(expires_on=date(2027, 1, 6)).cert.expires_on == date(2027, 1, 6)
    assert cert(expires_on=datetime(2027, 1, 6, tzinfo=UTC)).cert.expires_on is None
    assert cert(expires_on="2027-13-45").cert.expires_on is None
    assert cert(expires_on="", review_due=None).cert.review_due is None
    assert cert(submitted_at="2026-12-01T00:00:00Z").submitted_at == datetime(
        2026, 12, 1, tzinfo=UTC
    )


def _c_row() -> dict[str, object]:
    return {"id": 3, "severity": "low", "opened_at": "2026-12-04T01:00:00Z"}


# -- orders ------------------------------------------------------------------------------------


def test_hourly_volume_against_the_same_weekday_last_week() -> None:
    week = timedelta(days=7)
    orders = [
        order(1, created_at=MIDNIGHT + 8 * H + 5 * M),
        order(2, created_at=MIDNIGHT + 8 * H + 50 * M),
        order(3, created_at=MIDNIGHT + 9 * H),
        order(4, created_at=MIDNIGHT - week + 8 * H),  # last week, before the same time
        order(5, created_at=MIDNIGHT - week + 15 * H),  # last week, later in the day
        order(6, created_at=MIDNIGHT - H),  # yesterday: in neither
        order(7, created_at=None),
    ]
    volume = ko.hourly_volume(orders, TODAY)
    assert volume.today[8] == 2
    assert volume.today[9] == 1
    assert sum(volume.today) == 3
    assert volume.last_week[8] == 1
    assert volume.last_week[15] == 1
    assert sum(volume.last_week) == 2
    assert (volume.value.value, volume.value.denominator) == (3.0, 1)
    assert volume.value.cut_off == NOW
    assert volume.value.timezone == TIMEZONE == "Asia/Shanghai"


def test_dispatched_before_the_deadline() -> None:
    due = MIDNIGHT + 8 * H
    orders = [
        order(1, S.ASSIGNED, assigned_at=due - M),  # in time
        order(2, S.ASSIGNED, assigned_at=due),  # at the deadline: in time
        order(3, S.ASSIGNED, assigned_at=due + M),  # late
        order(4, S.PENDING),  # never assigned: late
        order(5, S.CANCELLED, cancelled_at=due - H),  # cancelled unassigned before: left out
        order(6, S.CANCELLED, cancelled_at=due + H),  # cancelled after the deadline: late
        order(7, S.ASSIGNED, assigned_at=due, dispatch_by=NOW + H),  # deadline not yet
    ]
    value = ko.dispatched_in_time(orders, TODAY)
    assert (value.numerator, value.denominator, value.value) == (2, 5, 0.4)


def test_on_time_arrival() -> None:
    start = MIDNIGHT + 9 * H
    orders = [
        order(1, S.IN_SERVICE, started_at=start - 10 * M),
        order(2, S.COMPLETED, started_at=start + ko.ARRIVAL_GRACE),
        order(3, S.IN_SERVICE, started_at=start + ko.ARRIVAL_GRACE + M),
        order(4, S.ACCEPTED),  # not started, past the grace: late
        order(5, S.CANCELLED, cancelled_at=start),  # cancelled before: left out
        order(6, S.ACCEPTED, scheduled_start=NOW),  # not due yet
    ]
    value = ko.on_time_arrival(orders, TODAY)
    assert (value.numerator, value.denominator) == (2, 4)
    assert ko.on_time_arrival([], TODAY).value is None


def test_cancellations_completions_and_orders_at_risk() -> None:
    orders = [
        order(1, S.CANCELLED, cancelled_at=NOW - H, cancel_reason="客户改期"),
        order(
            2,
            S.CANCELLED,
            cancelled_at=NOW - 2 * H,
            cancel_reason="客户改期: 回电 13812345678 再约",
        ),
        order(3, S.CANCELLED, cancelled_at=NOW - 3 * H),
        order(4, S.CANCELLED, cancelled_at=NOW - timedelta(days=1)),  # yesterday
        order(5, S.COMPLETED, completed_at=NOW - H),
        order(6, S.COMPLETED, completed_at=None),
        order(7, S.PENDING, dispatch_by=NOW - M),  # overdue
        order(8, S.PENDING, dispatch_by=NOW + 20 * M),  # soon
        order(9, S.PENDING, dispatch_by=NOW + 2 * H),  # fine
        order(10, S.ASSIGNED, dispatch_by=NOW - H),  # dispatched: no risk
    ]
    total, reasons = ko.cancellations_by_reason(orders, TODAY)
    assert total.value == 3
    assert reasons == {"客户改期": 2, ko.UNSPECIFIED_REASON: 1}
    assert list(reasons) == ["客户改期", ""]  # most first; "preset: details" by its preset
    assert ko.completed(orders, TODAY).value == 1
    assert ko.unassigned_at_risk(orders, TODAY).value == 2


def test_a_typed_reason_counts_under_its_start_with_numbers_masked() -> None:
    key = ko.reason_key("客户说打 13812345678 找他" + "很" * 60)
    assert "13812345678" not in key
    assert "138****5678" in key
    assert len(key) <= ko.REASON_KEY_CHARS
    assert ko.reason_key("  ：只有细节") == ko.UNSPECIFIED_REASON


@st.composite
def random_orders(draw: st.DrawFn) -> list[OrderKpiFacts]:
    n = draw(st.integers(0, 40))
    minutes = st.integers(-3 * 24 * 60, 24 * 60)
    out = []
    for i in range(n):
        status = draw(st.sampled_from(list(S)))
        base = MIDNIGHT + draw(minutes) * M

        def maybe(base: datetime = base) -> datetime | None:
            return draw(st.none() | st.just(base + draw(st.integers(-180, 180)) * M))

        out.append(
            order(i, status, created_at=maybe(), scheduled_start=base + H, dispatch_by=base,
                  assigned_at=maybe(), started_at=maybe(), completed_at=maybe(),
                  cancelled_at=maybe(), district=draw(st.sampled_from(["a", "b"])))
        )  # fmt: skip
    return out


@settings(max_examples=100, deadline=None)
@given(random_orders())
def test_the_districts_add_up_to_the_total(orders: list[OrderKpiFacts]) -> None:
    snap = live(KpiInputs(orders={o.id: o for o in orders}), NOW)
    for total, fn in (
        (snap.dispatched_in_time, ko.dispatched_in_time),
        (snap.on_time_arrival, ko.on_time_arrival),
        (snap.completed, ko.completed),
    ):
        direct = fn(orders, TODAY)
        assert (total.value, total.numerator, total.denominator) == (
            direct.value, direct.numerator, direct.denominator,
        )  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(random_orders())
def test_order_rates_stay_between_0_and_1(orders: list[OrderKpiFacts]) -> None:
    for value in (ko.dispatched_in_time(orders, TODAY), ko.on_time_arrival(orders, TODAY)):
        assert value.denominator is not None
        assert 0 <= value.numerator <= value.denominator
        assert (value.value is None) == (value.denominator == 0)
        assert value.value is None or 0.0 <= value.value <= 1.0
    total, reasons = ko.cancellations_by_reason(orders, TODAY)
    assert total.value == sum(reasons.values())


# -- complaints --------------------------------------------------------------------------------


def test_sla_compliance_per_severity() -> None:
    opened = NOW - 5 * H
    complaints = [
        complaint(1, Severity.HIGH, acknowledged_at=opened + 30 * M),  # kept (1 h)
        complaint(2, Severity.HIGH, acknowledged_at=opened + 2 * H),  # late
        complaint(3, Severity.HIGH),  # never acknowledged: late
        complaint(4, Severity.CRITICAL, acknowledged_at=opened + 10 * M, resolved_at=opened + H),
        complaint(5, Severity.LOW, opened_at=NOW - H),  # deadline in the future: not counted
    ]
    first = kc.first_response_sla(complaints, TODAY)
    assert list(first) == [Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW]
    assert (first[Severity.HIGH].numerator, first[Severity.HIGH].denominator) == (1, 3)
    assert first[Severity.CRITICAL].value == 1.0
    assert first[Severity.MEDIUM].value is None
    assert first[Severity.LOW].denominator == 0
    all_first = kc.overall(first)
    assert (all_first.numerator, all_first.denominator) == (2, 4)
    resolution = kc.resolution_sla(complaints, TODAY)
    assert resolution[Severity.CRITICAL].value == 1.0  # 4 h clock ran out at NOW - 1 h
    assert resolution[Severity.HIGH].denominator == 0  # 24 h: not due yet


def test_complaint_rate_by_district_and_category_suppressed_below_the_minimum() -> None:
    done = NOW - H
    orders = {i: order(i, S.COMPLETED, completed_at=done, district="chaoyang") for i in range(250)}
    orders |= {
        1000 + i: order(1000 + i, S.COMPLETED, completed_at=done, district="yanqing",
                        category="moving")
        for i in range(20)
    }  # fmt: skip
    complaints = [
        complaint(1, order_id=1),
        complaint(2, order_id=2),
        complaint(3, order_id=1001),
        complaint(4, order_id=None),  # no order: no group
        complaint(5, order_id=99_999),  # an order the data does not hold
        complaint(6, order_id=3, opened_at=NOW - timedelta(days=2)),  # before the period
    ]
    rates = kc.complaint_rate(complaints, orders, TODAY, kc.by_district)
    assert rates["chaoyang"].value == pytest.approx(8.0)  # 2 per 250
    assert rates["yanqing"].value is None  # 20 orders: suppressed
    assert (rates["yanqing"].numerator, rates["yanqing"].denominator) == (1, 20)
    by_category = kc.complaint_rate(complaints, orders, TODAY, kc.by_category)
    assert set(by_category) == {"cleaning", "moving"}


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from("abc"), st.booleans()), max_size=400),
       st.integers(0, 300))  # fmt: skip
def test_complaint_rate_is_suppressed_exactly_below_the_minimum(
    rows: list[tuple[str, bool]], minimum: int
) -> None:
    orders = {
        i: order(i, S.COMPLETED, completed_at=NOW - H, district=d) for i, (d, _) in enumerate(rows)
    }
    complaints = [complaint(i, order_id=i) for i, (_, raised) in enumerate(rows) if raised]
    for value in kc.complaint_rate(complaints, orders, TODAY, kc.by_district, minimum).values():
        assert value.denominator is not None
        assert (value.value is None) == (value.denominator < max(minimum, 1))
        assert value.value is None or 0.0 <= value.value <= 1000.0


# -- workforce ---------------------------------------------------------------------------------


def sanction(id: int, provider: int, level: SanctionLevel, **kw: object) -> SanctionFacts:
    decided = kw.pop("decided_at", NOW - H)
    return SanctionFacts(id, provider, level, "r", "sup", decided, **kw)  # type: ignore[arg-type]


def test_providers_on_hold_and_sanctions_by_level() -> None:
    L = SanctionLevel
    passed = AssessmentFacts("TR-CLEAN", True, NOW - M, True)
    sanctions = [
        sanction(1, 10, L.WARNING),
        sanction(2, 11, L.SUSPENSION),
        sanction(3, 11, L.RETRAINING),  # the worst hold counts, once per provider
        sanction(4, 12, L.RETRAINING),
        sanction(5, 13, L.RETRAINING),  # lifted by a passed retraining assessment
        sanction(6, 14, L.DISQUALIFICATION, decided_at=NOW - timedelta(days=30)),
    ]
    on_hold, levels = kw.providers_on_hold(sanctions, {13: [passed]}, TODAY)
    assert on_hold.value == 3
    assert levels == {L.RETRAINING: 1, L.SUSPENSION: 1, L.DISQUALIFICATION: 1}
    total, by_level = kw.sanctions_by_level(sanctions, days_until(NOW, 7))
    assert total.value == 5
    assert by_level[L.RETRAINING] == 3
    assert by_level[L.DISQUALIFICATION] == 0


def cert(id: int, status: CertificationStatus, **kw: object) -> CertKpiFacts:
    fact = CertFact(CertificationKind.HEALTH_CERTIFICATE, status, kw.pop("expires_on", None))  # type: ignore[arg-type]
    return CertKpiFacts(id, fact, kw.pop("submitted_at", None))  # type: ignore[arg-type]


def test_certification_queue_age() -> None:
    C = CertificationStatus
    assert kw.cert_queue_age([], TODAY).value.value is None
    assert kw.cert_queue_age([], TODAY).median_hours is None
    certs = [
        cert(1, C.SUBMITTED, submitted_at=NOW - 30 * H),
        cert(2, C.IN_REVIEW, submitted_at=NOW - 2 * H),
        cert(3, C.SUBMITTED, submitted_at=NOW - 4 * H),
        cert(4, C.APPROVED, submitted_at=NOW - 90 * H),  # decided: not waiting
        cert(5, C.SUBMITTED, submitted_at=None),
        cert(6, C.SUBMITTED, submitted_at=NOW + H),  # after the cut-off
    ]
    age = kw.cert_queue_age(certs, TODAY)
    assert (age.value.value, age.waiting, age.median_hours) == (30.0, 3, 4.0)
    even = kw.cert_queue_age(certs[:2], TODAY)
    assert even.median_hours == 16.0


def test_certificates_expiring_within_30_60_90_days() -> None:
    C = CertificationStatus
    today = date(2026, 12, 4)
    certs = [
        cert(1, C.APPROVED, expires_on=today + timedelta(days=10)),
        cert(2, C.APPROVED, expires_on=today + timedelta(days=45)),
        cert(3, C.APPROVED, expires_on=today + timedelta(days=80)),
        cert(4, C.APPROVED, expires_on=today + timedelta(days=200)),
        cert(5, C.APPROVED, expires_on=today - timedelta(days=1)),  # lapsed: not "expiring"
        cert(6, C.SUBMITTED, expires_on=today + timedelta(days=5)),  # not in force
    ]
    value, within = kw.cert_expiring(certs, TODAY)
    assert within == {30: 1, 60: 2, 90: 3}
    assert value.value == 1


# -- the snapshot ------------------------------------------------------------------------------


def test_live_and_daily_snapshots_read_the_same_definitions() -> None:
    inputs = KpiInputs(
        orders={1: order(1, S.COMPLETED, completed_at=NOW - H, assigned_at=MIDNIGHT)},
        complaints={1: complaint(1, order_id=1, acknowledged_at=NOW - 5 * H)},
        sanctions=[sanction(1, 10, SanctionLevel.SUSPENSION)],
        certs=[cert(1, CertificationStatus.SUBMITTED, submitted_at=NOW - H)],
    )
    now = live(inputs, NOW)
    assert now.day == TODAY
    assert now.window.start == MIDNIGHT - timedelta(days=WINDOW_DAYS - 1)
    assert (now.completed.value, now.dispatched_in_time.value) == (1, 1.0)
    assert now.first_response_all.value == 1.0
    assert now.rate_by_district["chaoyang"].value is None  # 1 order: suppressed
    assert now.on_hold.value == 1
    assert now.queue.waiting == 1
    day = daily(inputs, date(2026, 12, 4))
    assert day.day == whole_day(date(2026, 12, 4))
    assert day.completed.value == now.completed.value
    assert data_since(NOW) == MIDNIGHT - timedelta(days=8)
    assert now.completed_by_district["chaoyang"].value == 1
    assert now.dispatched_by_district["chaoyang"].value == 1.0
    assert now.arrival_by_district["chaoyang"].denominator == 1
    empty = live(KpiInputs(), NOW)
    assert empty.dispatched_in_time.value is None
    assert empty.volume.value.value == 0
