"""Every figure of a KPI snapshot as one table: what the CSV export writes (a spreadsheet
user gets the same numbers as the dashboard and the daily report, with what they are of).

A row is (group kind, group code, value): the kind says what the code names — ``""`` for the
whole figure, ``district``, ``category``, ``severity``, ``reason`` (a cancellation reason),
``level`` (a sanction level), ``hour`` (an hour of the day, Beijing), ``days`` (expiring
within that many days), ``course`` (a training course code, ``""`` for every course),
``trainer`` (a trainer's user id, ``""`` for none), ``before`` or ``after`` (the complaint
rate before or after retraining, the code a course as for ``course``); the caller turns
codes into names in the reader's language.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from app.rules.kpi.definitions import (
    CANCELLATIONS,
    CERT_EXPIRING,
    ORDERS_CREATED,
    PROVIDERS_ON_HOLD,
    SANCTIONS_BY_LEVEL,
    KpiDefinition,
    KpiValue,
    Period,
)
from app.rules.kpi.snapshot import KpiSnapshot


@dataclass(frozen=True, slots=True)
class TableRow:
    kind: str
    code: str
    value: KpiValue


def _count(definition: KpiDefinition, n: int, period: Period) -> KpiValue:
    return KpiValue(definition, float(n), n, None, period)


def _grouped(kind: str, values: Mapping[Any, KpiValue]) -> list[TableRow]:
    """``values`` by code (a string, or a string enum such as a severity)."""
    return [TableRow(kind, str(code), v) for code, v in values.items()]


def kpi_table(snap: KpiSnapshot) -> list[TableRow]:
    """The snapshot's figures, each total followed by its parts."""
    day, window = snap.day, snap.window
    hour = timedelta(hours=1)
    rows = [TableRow("", "", snap.volume.value)]
    rows += [
        TableRow("hour", str(h), _count(ORDERS_CREATED, n, Period(day.start + h * hour,
                                                                   day.start + (h + 1) * hour)))
        for h, n in enumerate(snap.volume.today)
        if day.start + h * hour < day.cut_off
    ]  # fmt: skip
    for total, parts in (
        (snap.dispatched_in_time, snap.dispatched_by_district),
        (snap.on_time_arrival, snap.arrival_by_district),
        (snap.completed, snap.completed_by_district),
    ):
        rows.append(TableRow("", "", total))
        rows += _grouped("district", parts)
    rows.append(TableRow("", "", snap.unassigned_at_risk))
    rows.append(TableRow("", "", snap.cancellations))
    rows += [TableRow("reason", r, _count(CANCELLATIONS, n, day))
             for r, n in snap.cancel_reasons.items()]  # fmt: skip
    rows.append(TableRow("", "", snap.first_response_all))
    rows += _grouped("severity", snap.first_response)
    rows.append(TableRow("", "", snap.resolution_all))
    rows += _grouped("severity", snap.resolution)
    rows += _grouped("district", snap.rate_by_district)
    rows += _grouped("category", snap.rate_by_category)
    rows.append(TableRow("", "", snap.on_hold))
    rows += [TableRow("level", str(level), _count(PROVIDERS_ON_HOLD, n, day))
             for level, n in snap.hold_levels.items()]  # fmt: skip
    rows.append(TableRow("", "", snap.sanctions))
    rows += [TableRow("level", str(level), _count(SANCTIONS_BY_LEVEL, n, window))
             for level, n in snap.sanction_levels.items()]  # fmt: skip
    rows.append(TableRow("", "", snap.queue.value))
    rows.append(TableRow("", "", snap.expiring))
    rows += [TableRow("days", str(days), _count(CERT_EXPIRING, n, day))
             for days, n in sorted(snap.expiring_within.items())]  # fmt: skip
    follow = snap.follow_up
    for value in (follow.callbacks_reached, follow.callbacks_satisfied, follow.reopen_rate,
                  follow.repeats):  # fmt: skip
        rows.append(TableRow("", "", value))
    active = snap.activity
    rows.append(TableRow("", "", active.active))
    rows += _grouped("category", active.by_category)
    rows += _grouped("district", active.by_district)
    rows.append(TableRow("", "", active.utilisation))
    passes = snap.pass_rates
    rows.append(TableRow("", "", passes.overall))
    rows += _grouped("course", passes.by_course)
    rows += [TableRow("trainer", "" if t is None else str(t), v)
             for t, v in passes.by_trainer.items()]  # fmt: skip
    for course, outcome in snap.retraining.items():
        rows.append(TableRow("before", course, outcome.before))
        rows.append(TableRow("after", course, outcome.after))
    return rows
