"""When a certificate counts: the one definition dispatch, the expiry watch and the desk use."""

from __future__ import annotations

from datetime import date, datetime

from app.models.enums import CertificationStatus
from app.rules.beijing import end_of_day
from app.rules.certification.facts import CertFact


def lapses_on(cert: CertFact) -> date | None:
    """The last day ``cert`` can count: the earlier of its expiry and its review-due date."""
    days = [d for d in (cert.expires_on, cert.review_due) if d is not None]
    return min(days) if days else None


def counts_for(cert: CertFact, order_end: datetime) -> bool:
    """True when ``cert`` is approved and both its expiry and review-due date cover the order's
    end (the certificate holds through the whole of its last day, Beijing time)."""
    if cert.status is not CertificationStatus.APPROVED:
        return False
    last = lapses_on(cert)
    return last is None or order_end <= end_of_day(last)


def lapsed(cert: CertFact, today: date) -> bool:
    """An approved certificate whose last valid day is before ``today`` (Beijing)."""
    last = lapses_on(cert)
    return cert.status is CertificationStatus.APPROVED and last is not None and last < today
