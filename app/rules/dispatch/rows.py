"""Dispatch facts from plain rows: the server's column values or the desktop's cached feed rows.

One assembly for both sides, so a ranking made offline from the cache reads the providers as
the server does: which districts a provider serves (their home district always counts), which
orders are on their schedule around the order's day, whom a customer rated highly, which
certificates and training count. The server loads its rows with SQL and calls these; the
desktop calls them on the rows its cache holds (``app.client.dispatch_offline``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date, datetime, timedelta
from typing import Any

from app.models.enums import (
    CertificationKind,
    CertificationStatus,
    ProviderLevel,
    ProviderStatus,
    SanctionLevel,
    ServiceCategory,
)
from app.rules.beijing import BEIJING
from app.rules.certification.facts import CertFact
from app.rules.complaint_rows import time_of
from app.rules.dispatch.facts import Booking, OrderFacts, ProviderFacts
from app.rules.training.certificates import TrainingCertificate

Row = Mapping[str, Any]

HIGH_RATING = 5  # a customer's rating that makes a provider a favourite


def order_facts(row: Row) -> OrderFacts:
    """An order row (``scheduled_start``/``scheduled_end`` as datetimes or ISO text)."""
    return OrderFacts(
        id=int(row["id"]),
        category=ServiceCategory(row["category"]),
        district=str(row["district"]),
        lat=float(row["lat"]),
        lng=float(row["lng"]),
        start=time_of(row["scheduled_start"]),
        end=time_of(row["scheduled_end"]),
        customer_id=int(row["customer_id"]),
        premium=bool(row.get("premium")),
    )


def served_districts(row: Row) -> frozenset[str]:
    """The districts a provider takes orders in: those they serve and their home district."""
    return frozenset(row.get("districts_served") or ()) | {str(row["home_district"])}


def booking_window(days: Iterable[date]) -> tuple[datetime, datetime]:
    """The bookings that matter for orders on ``days`` (Beijing days) overlap this span: half
    a day either side, so a late booking the evening before still sets where a provider is."""
    ds = sorted(set(days))
    start = datetime.combine(ds[0], datetime.min.time(), BEIJING) - timedelta(hours=12)
    end = datetime.combine(ds[-1], datetime.min.time(), BEIJING) + timedelta(hours=36)
    return start, end


def booking(row: Row) -> Booking:
    """A booked order row as the schedule rules read it."""
    return Booking(
        int(row["id"]),
        time_of(row["scheduled_start"]),
        time_of(row["scheduled_end"]),
        float(row["lat"]),
        float(row["lng"]),
        str(row.get("code") or ""),
    )


def _day(value: object) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def cert_fact(row: Row) -> CertFact:
    """A certification row (dates as ``date`` or ISO text)."""
    return CertFact(
        CertificationKind(row["kind"]),
        CertificationStatus(row["status"]),
        _day(row.get("expires_on")),
        _day(row.get("review_due")),
    )


def training_certificate(course_code: str, row: Row) -> TrainingCertificate | None:
    """A passed assessment of ``course_code`` is a training certificate; None otherwise."""
    if not row.get("passed"):
        return None
    until = row.get("valid_until")
    return TrainingCertificate(
        course_code, time_of(row["assessed_at"]), time_of(until) if until else None
    )


def is_favourite(rating: object) -> bool:
    """Whether an order's rating makes its provider one of the customer's favourites."""
    return isinstance(rating, int | float) and rating >= HIGH_RATING


def provider_facts(
    row: Row,
    *,
    sanction_hold: SanctionLevel | None,
    certifications: Iterable[CertFact],
    training: Iterable[TrainingCertificate],
    bookings: Iterable[Booking],
) -> ProviderFacts:
    """A provider row (``home_lat``, ``districts_served``, ...) with what was found about them."""
    cap = row.get("daily_cap")
    return ProviderFacts(
        id=int(row["id"]),
        name=str(row.get("name") or ""),
        lat=float(row["home_lat"]),
        lng=float(row["home_lng"]),
        districts=served_districts(row),
        categories=frozenset(ServiceCategory(c) for c in row.get("categories") or ()),
        level=ProviderLevel(row["level"]),
        rating=float(row.get("rating") or 0.0),
        account_status=ProviderStatus(row["status"]),
        sanction_hold=sanction_hold,
        certifications=tuple(certifications),
        training=tuple(training),
        daily_cap=int(cap) if cap is not None else None,
        bookings=tuple(sorted(bookings, key=lambda b: b.start)),
    )


def may_be_candidate(row: Row, category: str | None) -> bool:
    """Providers worth checking at all: on the platform's books and offering the category."""
    return row.get("status") != ProviderStatus.INACTIVE.value and (
        category is None or category in (row.get("categories") or ())
    )
