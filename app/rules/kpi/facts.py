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


def _first(events: list[tuple[datetime, str]], action: OrderAction) -> datetime | None:
    return min((at for at, a in events if a == action.value), default=None)


def _last(events: list[tuple[datetime, str]], action: OrderAction) -> datetime | None:
    return max((at for at, a in events if a == action.value), default=None)


def order_kpi_facts(row: Row, events: Iterable[Row] = ()) -> OrderKpiFacts:
    """The order ``row`` with the times its ``events`` (its own timeline rows) record."""
    timeline = [(time_of(e["at"]), str(e.get("action") or "")) for e in events]
    return OrderKpiFacts(
        id=int(row["id"]),
        status=OrderStatus(row["status"]),
        category=str(row.get("category") or ""),
        district=str(row.get("district") or ""),
        created_at=as_time(row.get("created_at")),
        scheduled_start=time_of(row["scheduled_start"]),
        dispatch_by=time_of(row["dispatch_by"]),
        cancel_reason=str(row.get("cancel_reason") or "").strip(),
        assigned_at=_first(timeline, OrderAction.ASSIGN),
        started_at=_first(timeline, OrderAction.START),
        completed_at=_last(timeline, OrderAction.COMPLETE),
        cancelled_at=_last(timeline, OrderAction.CANCEL),
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
