"""Complaint follow-up KPIs: callbacks reached and satisfied, the reopen rate and repeat
complaints. A repeat is what :func:`app.rules.complaint_repeats.repeat_complaints` says it
is (the rule agents see on a ticket); each complaint is checked only against the complaints
of its own provider, customer and order, found through an index built once."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from app.models.enums import CallbackOutcome
from app.rules.complaint_facts import ComplaintFacts
from app.rules.complaint_repeats import repeat_complaints
from app.rules.kpi.definitions import (
    CALLBACKS_REACHED,
    CALLBACKS_SATISFIED,
    REOPEN_RATE,
    REPEAT_COMPLAINTS,
    KpiValue,
    Period,
    rate,
)
from app.rules.kpi.facts import ComplaintKpiFacts

REACHED = frozenset({CallbackOutcome.REACHED_SATISFIED, CallbackOutcome.REACHED_UNSATISFIED})


@dataclass(frozen=True, slots=True)
class FollowUp:
    callbacks_reached: KpiValue
    callbacks_satisfied: KpiValue
    reopen_rate: KpiValue
    repeats: KpiValue
    repeat_same_provider: int  # of the repeats: how many name the same provider again
    repeat_same_customer: int  # … come from the same customer again (one may be both)


def callbacks(complaints: Iterable[ComplaintKpiFacts], period: Period) -> tuple[KpiValue, KpiValue]:
    """Callback attempts logged in ``period``: reached ÷ all, satisfied ÷ reached."""
    attempts = reached = satisfied = 0
    for complaint in complaints:
        for at, outcome in complaint.callbacks:
            if period.holds(at):
                attempts += 1
                reached += outcome in REACHED
                satisfied += outcome is CallbackOutcome.REACHED_SATISFIED
    return (
        KpiValue(CALLBACKS_REACHED, rate(reached, attempts), reached, attempts, period),
        KpiValue(CALLBACKS_SATISFIED, rate(satisfied, reached), satisfied, reached, period),
    )


def reopen_rate(complaints: Iterable[ComplaintKpiFacts], period: Period) -> KpiValue:
    opened = reopened = 0
    for complaint in complaints:
        if period.holds(complaint.opened_at):
            opened += 1
            reopened += complaint.reopen_count > 0
    return KpiValue(REOPEN_RATE, rate(reopened, opened), reopened, opened, period)


def _facts(c: ComplaintKpiFacts) -> ComplaintFacts:
    return ComplaintFacts(
        id=c.id,
        customer_id=c.customer_id if c.customer_id is not None else f"unknown-{c.id}",
        severity=c.severity,
        status=c.status,
        opened_at=c.opened_at,
        order_id=c.order_id,
        provider_id=c.provider_id,
    )


def repeats(
    complaints: Mapping[int, ComplaintKpiFacts], period: Period
) -> tuple[KpiValue, int, int]:
    """Complaints opened in ``period`` that repeat an earlier one (same provider or same
    customer within the repeat window), and how many of them per kind."""
    by_key: dict[tuple[str, object], list[ComplaintFacts]] = {}
    facts: dict[int, ComplaintFacts] = {}
    for complaint in complaints.values():
        fact = facts[complaint.id] = _facts(complaint)
        for kind, key in (("p", complaint.provider_id), ("c", complaint.customer_id),
                          ("o", complaint.order_id)):  # fmt: skip
            if key is not None:
                by_key.setdefault((kind, key), []).append(fact)
    opened = counted = same_provider = same_customer = 0
    for complaint in complaints.values():
        if not period.holds(complaint.opened_at):
            continue
        opened += 1
        related: dict[object, ComplaintFacts] = {}
        for kind, key in (("p", complaint.provider_id), ("c", complaint.customer_id),
                          ("o", complaint.order_id)):  # fmt: skip
            if key is not None:
                related |= {h.id: h for h in by_key[(kind, key)]}
        flags = repeat_complaints(facts[complaint.id], list(related.values()), complaint.opened_at)
        counted += flags.is_repeat
        same_provider += bool(flags.same_provider)
        same_customer += bool(flags.same_customer)
    value = KpiValue(REPEAT_COMPLAINTS, rate(counted, opened), counted, opened, period)
    return value, same_provider, same_customer


def follow_up(complaints: Mapping[int, ComplaintKpiFacts], period: Period) -> FollowUp:
    reached, satisfied = callbacks(complaints.values(), period)
    repeated, by_provider, by_customer = repeats(complaints, period)
    return FollowUp(
        reached,
        satisfied,
        reopen_rate(complaints.values(), period),
        repeated,
        by_provider,
        by_customer,
    )
