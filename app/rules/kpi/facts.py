"""The few facts the KPIs read, built from plain rows (cached feed rows or server rows).

An order's times of assignment, start, completion and cancellation are not columns: they
come from its timeline (``order_events``), the first assignment and the first start (a
reassignment does not make a late dispatch punctual), the last completion and cancellation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from app.models.enums import CertificationKind, CertificationStatus, OrderStatus, Severity
from app.rules.certification.facts import CertFact
from app.rules.complaint_rows import Row, as_id, as_time, time_of
from app.rules.orders import OrderAction


@dataclass(frozen=True, slots=True)
class OrderKpiFacts:
    id: int
    status: OrderStatus
    category: str
    district: str
    created_at: datetime | None
    scheduled_start: datetime
    dispatch_by: datetime
    cancel_reason: str = ""
    assigned_at: datetime | None = None
    started_at: datetime | None = None
    completed_at: datetime | None = None
    cancelled_at: datetime | None = None


ASSIGN, START = OrderAction.ASSIGN.value, OrderAction.START.value
COMPLETE, CANCEL = OrderAction.COMPLETE.value, OrderAction.CANCEL.value


def _timeline(events: Iterable[Row]) -> dict[str, datetime]:
    """The first assignment and start, the last completion and cancellation (one pass)."""
    found: dict[str, datetime] = {}
    for event in events:
        action = event.get("action")
        if action not in (ASSIGN, START, COMPLETE, CANCEL):
            continue
        at = time_of(event["at"])
        held = found.get(action)
        first = action in (ASSIGN, START)
        if held is None or (at < held if first else at > held):
            found[action] = at
    return found


def order_kpi_facts(row: Row, events: Iterable[Row] = ()) -> OrderKpiFacts:
    """The order ``row`` with the times its ``events`` (its own timeline rows) record."""
    timeline = _timeline(events)
    return OrderKpiFacts(
        id=int(row["id"]),
        status=OrderStatus(row["status"]),
        category=str(row.get("category") or ""),
        district=str(row.get("district") or ""),
        created_at=as_time(row.get("created_at")),
        scheduled_start=time_of(row["scheduled_start"]),
        dispatch_by=time_of(row["dispatch_by"]),
        cancel_reason=str(row.get("cancel_reason") or "").strip(),
        assigned_at=timeline.get(ASSIGN),
        started_at=timeline.get(START),
        completed_at=timeline.get(COMPLETE),
        cancelled_at=timeline.get(CANCEL),
    )


@dataclass(frozen=True, slots=True)
class ComplaintKpiFacts:
    id: int
    severity: Severity
    category: str  # the complaint's own category (quality, lateness, …)
    opened_at: datetime
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    order_id: int | None = None


def complaint_kpi_facts(row: Row) -> ComplaintKpiFacts:
    return ComplaintKpiFacts(
        id=int(row["id"]),
        severity=Severity(row["severity"]),
        category=str(row.get("category") or ""),
        opened_at=time_of(row["opened_at"]),
        acknowledged_at=as_time(row.get("acknowledged_at")),
        resolved_at=as_time(row.get("resolved_at")),
        order_id=as_id(row.get("order_id")),
    )


@dataclass(frozen=True, slots=True)
class CertKpiFacts:
    id: int
    cert: CertFact
    submitted_at: datetime | None


def _day(value: object) -> date | None:
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    if isinstance(value, str) and len(value) >= 10:
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def cert_kpi_facts(row: Row) -> CertKpiFacts:
    return CertKpiFacts(
        id=int(row["id"]),
        cert=CertFact(
            CertificationKind(row["kind"]),
            CertificationStatus(row["status"]),
            _day(row.get("expires_on")),
            _day(row.get("review_due")),
        ),
        submitted_at=as_time(row.get("submitted_at")),
    )
