"""The few facts the KPIs read, built from plain rows (cached feed rows or server rows).

An order's times of assignment, start, completion and cancellation are not columns: they
come from its timeline (``order_events``), the first assignment and the first start (a
reassignment does not make a late dispatch punctual), the last completion and cancellation.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime

from app.models.enums import (
    CallbackOutcome,
    CertificationKind,
    CertificationStatus,
    ComplaintStatus,
    OrderStatus,
    Severity,
)
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
    provider_id: int | None = None


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
        provider_id=as_id(row.get("provider_id")),
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
    status: ComplaintStatus = ComplaintStatus.OPEN
    customer_id: int | None = None
    provider_id: int | None = None
    reopen_count: int = 0
    callbacks: tuple[tuple[datetime, CallbackOutcome], ...] = ()  # (logged at, outcome)


def complaint_kpi_facts(row: Row, callbacks: Iterable[Row] = ()) -> ComplaintKpiFacts:
    """The complaint ``row`` with its ``callbacks`` (its callback attempt rows: at, outcome)."""
    return ComplaintKpiFacts(
        id=int(row["id"]),
        severity=Severity(row["severity"]),
        category=str(row.get("category") or ""),
        opened_at=time_of(row["opened_at"]),
        acknowledged_at=as_time(row.get("acknowledged_at")),
        resolved_at=as_time(row.get("resolved_at")),
        order_id=as_id(row.get("order_id")),
        status=ComplaintStatus(row.get("status") or ComplaintStatus.OPEN),
        customer_id=as_id(row.get("customer_id")),
        provider_id=as_id(row.get("provider_id")),
        reopen_count=int(row.get("reopen_count") or 0),
        callbacks=tuple((time_of(c["at"]), CallbackOutcome(c["outcome"])) for c in callbacks),
    )


@dataclass(frozen=True, slots=True)
class AssessmentKpiFacts:
    """A signed assessment as the training KPIs read it: the course, the trainer of its
    session (None when it had none), the provider and whether it passed."""

    id: int
    provider_id: int
    course: str  # the course code
    trainer_id: int | None
    passed: bool
    assessed_at: datetime
    is_retraining: bool = False


def assessment_kpi_facts(
    row: Row, course_codes: Mapping[int, str], trainers: Mapping[int, int | None]
) -> AssessmentKpiFacts:
    """``row`` with its course's code (course id -> code) and its session's trainer
    (session id -> trainer id)."""
    session = as_id(row.get("session_id"))
    return AssessmentKpiFacts(
        id=int(row["id"]),
        provider_id=int(row["provider_id"]),
        course=course_codes.get(int(row["course_id"]), ""),
        trainer_id=trainers.get(session) if session is not None else None,
        passed=bool(row.get("passed")),
        assessed_at=time_of(row["assessed_at"]),
        is_retraining=bool(row.get("is_retraining")),
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
