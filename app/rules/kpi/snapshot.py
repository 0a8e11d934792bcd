"""Every KPI at one cut-off, from one set of facts: what the dashboard shows and the daily
report prints (so the two can never disagree)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from app.models.enums import SanctionLevel, Severity
from app.rules.complaint_facts import Id
from app.rules.kpi import activity as ka
from app.rules.kpi import complaints as kc
from app.rules.kpi import followup as kf
from app.rules.kpi import orders as ko
from app.rules.kpi import training as kt
from app.rules.kpi import workforce as kw
from app.rules.kpi.definitions import (
    COMPLETED,
    DISPATCHED_IN_TIME,
    ON_TIME_ARRIVAL,
    KpiValue,
    Period,
    pooled,
    today_until,
    whole_day,
)
from app.rules.kpi.facts import (
    AssessmentKpiFacts,
    CertKpiFacts,
    ComplaintKpiFacts,
    OrderKpiFacts,
)
from app.rules.sanction_facts import AssessmentFacts, SanctionFacts

WINDOW_DAYS = 7  # complaints and sanctions are counted over the last week, orders over the day


@dataclass(frozen=True)
class KpiInputs:
    """The facts the KPIs read (orders by id: complaints find their order's district)."""

    orders: Mapping[int, OrderKpiFacts] = field(default_factory=dict)
    complaints: Mapping[int, ComplaintKpiFacts] = field(default_factory=dict)
    sanctions: Sequence[SanctionFacts] = ()
    assessments: Mapping[Id, Sequence[AssessmentFacts]] = field(default_factory=dict)
    certs: Sequence[CertKpiFacts] = ()
    training: Sequence[AssessmentKpiFacts] = ()  # signed assessments, for the training KPIs
    trainers: Mapping[int, str] = field(default_factory=dict)  # trainer id -> name, shown


@dataclass(frozen=True)
class KpiSnapshot:
    day: Period  # the orders' period: a Beijing day up to the cut-off
    window: Period  # the complaints' and sanctions' period: the last WINDOW_DAYS days
    volume: ko.HourlyVolume
    dispatched_in_time: KpiValue
    on_time_arrival: KpiValue
    completed: KpiValue
    unassigned_at_risk: KpiValue
    cancellations: KpiValue
    cancel_reasons: Mapping[str, int]
    first_response: Mapping[Severity, KpiValue]
    resolution: Mapping[Severity, KpiValue]
    first_response_all: KpiValue
    resolution_all: KpiValue
    rate_by_district: Mapping[str, KpiValue]
    rate_by_category: Mapping[str, KpiValue]
    on_hold: KpiValue
    hold_levels: Mapping[SanctionLevel, int]
    sanctions: KpiValue
    sanction_levels: Mapping[SanctionLevel, int]
    queue: kw.QueueAge
    expiring: KpiValue
    expiring_within: Mapping[int, int]
    # Order KPIs per district (district code -> the KPI over that district's orders).
    dispatched_by_district: Mapping[str, KpiValue]
    arrival_by_district: Mapping[str, KpiValue]
    completed_by_district: Mapping[str, KpiValue]
    # Complaint follow-up and training over ``window``; providers at work over ``day``.
    follow_up: kf.FollowUp
    activity: ka.Activity
    pass_rates: kt.PassRates
    retraining: Mapping[str, kt.RetrainingOutcome]  # "" (every course) first, then per course


def _per_district(orders: Iterable[OrderKpiFacts]) -> dict[str, list[OrderKpiFacts]]:
    groups: dict[str, list[OrderKpiFacts]] = {}
    for order in orders:
        groups.setdefault(order.district, []).append(order)
    return groups


def snapshot(inputs: KpiInputs, day: Period, window: Period | None = None) -> KpiSnapshot:
    """Every KPI for ``day`` (from a Beijing midnight up to its cut-off); the complaint and
    sanction figures over ``window``, by default the WINDOW_DAYS days that end at the same
    cut-off (the weekly report passes its week for both)."""
    if window is None:
        window = Period(day.start - timedelta(days=WINDOW_DAYS - 1), day.cut_off)
    orders = inputs.orders.values()
    complaints = inputs.complaints.values()
    cancellations, reasons = ko.cancellations_by_reason(orders, day)
    first = kc.first_response_sla(complaints, window)
    resolution = kc.resolution_sla(complaints, window)
    held = kw.held_providers(inputs.sanctions, inputs.assessments, day.cut_off)
    on_hold, hold_levels = kw.providers_on_hold(inputs.sanctions, inputs.assessments, day, held)
    sanctions, sanction_levels = kw.sanctions_by_level(inputs.sanctions, window)
    expiring, within = kw.cert_expiring(inputs.certs, day)
    districts = _per_district(orders)
    completed_in_window = kc.completed_in(orders, window)
    dispatched = {d: ko.dispatched_in_time(o, day) for d, o in districts.items()}
    arrival = {d: ko.on_time_arrival(o, day) for d, o in districts.items()}
    done = {d: ko.completed(o, day) for d, o in districts.items()}
    return KpiSnapshot(
        day=day,
        window=window,
        volume=ko.hourly_volume(orders, day),
        # Each total is its districts added up: one pass over the orders, not two.
        dispatched_in_time=pooled(DISPATCHED_IN_TIME, dispatched.values(), day),
        on_time_arrival=pooled(ON_TIME_ARRIVAL, arrival.values(), day),
        completed=pooled(COMPLETED, done.values(), day),
        unassigned_at_risk=ko.unassigned_at_risk(orders, day),
        cancellations=cancellations,
        cancel_reasons=reasons,
        first_response=first,
        resolution=resolution,
        first_response_all=kc.overall(first),
        resolution_all=kc.overall(resolution),
        rate_by_district=kc.complaint_rate(
            complaints, inputs.orders, window, kc.by_district, completed=completed_in_window
        ),
        rate_by_category=kc.complaint_rate(
            complaints, inputs.orders, window, kc.by_category, completed=completed_in_window
        ),
        on_hold=on_hold,
        hold_levels=hold_levels,
        sanctions=sanctions,
        sanction_levels=sanction_levels,
        queue=kw.cert_queue_age(inputs.certs, day),
        expiring=expiring,
        expiring_within=within,
        dispatched_by_district=dispatched,
        arrival_by_district=arrival,
        completed_by_district=done,
        follow_up=kf.follow_up(inputs.complaints, window),
        activity=ka.activity(orders, day, {int(p) for p in held}),
        pass_rates=kt.pass_rates(inputs.training, window),
        retraining=kt.retraining_outcomes(inputs.training, orders, complaints, window.cut_off),
    )


def live(inputs: KpiInputs, now: datetime) -> KpiSnapshot:
    """The dashboard's view: today up to ``now``."""
    return snapshot(inputs, today_until(now))


def daily(inputs: KpiInputs, day: date) -> KpiSnapshot:
    """The daily report's view: the whole Beijing day ``day``."""
    return snapshot(inputs, whole_day(day))


def data_since(now: datetime) -> datetime:
    """The earliest moment any KPI of :func:`live` at ``now``, or of :func:`daily` for the day
    before, reads (that day's same weekday a week earlier): what a reader must load."""
    yesterday = today_until(now).start - timedelta(days=1)
    return min(yesterday - ko.WEEK, yesterday - timedelta(days=WINDOW_DAYS - 1))


def retraining_since(now: datetime) -> datetime:
    """The earliest moment the retraining outcome of :func:`live` at ``now`` (or of
    :func:`daily` for the day before) reads the retrained providers' orders from."""
    return kt.data_since(today_until(now).start - timedelta(days=1))
