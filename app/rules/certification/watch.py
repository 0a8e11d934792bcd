"""The expiry watch: certificates lapsing within 90/60/30 days, and the assigned future orders
a lapsed or revoked certificate now breaks (judged by the dispatch eligibility rules)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from app.models.enums import CertificationStatus
from app.rules.certification.facts import CertFact
from app.rules.certification.validity import lapses_on
from app.rules.dispatch.eligibility import static_reasons
from app.rules.dispatch.facts import OrderFacts, ProviderFacts
from app.rules.dispatch.settings import DispatchSettings
from app.rules.reasons import Reason

EXPIRED_BUCKET = 0
BUCKETS: tuple[int, ...] = (30, 60, 90)


def expiry_bucket(cert: CertFact, today: date) -> int | None:
    """0 when an approved certificate has lapsed (or is marked expired); else the smallest of
    30/60/90 days it lapses within; None when it lapses later, never, or is not in force."""
    return bucket_of(cert.status, lapses_on(cert), today)


def bucket_of(status: str, last: date | None, today: date) -> int | None:
    """:func:`expiry_bucket` from a certificate's state and last valid day (a desk's row)."""
    if status == CertificationStatus.EXPIRED:
        return EXPIRED_BUCKET
    if status != CertificationStatus.APPROVED or last is None:
        return None
    days = (last - today).days
    if days < 0:
        return EXPIRED_BUCKET
    return next((b for b in BUCKETS if days <= b), None)


def broken_orders(
    provider: ProviderFacts,
    orders: Sequence[OrderFacts],
    now: datetime,
    settings: DispatchSettings,
) -> list[tuple[int, list[Reason]]]:
    """(order id, reasons) for each of ``orders`` (assigned to ``provider``) that has not ended
    by ``now`` and that the provider, with the certificates in ``provider`` as they are now,
    may no longer serve. Schedule rules are left out: the booking was accepted already."""
    out: list[tuple[int, list[Reason]]] = []
    for order in orders:
        if order.end <= now:
            continue
        reasons = static_reasons(order, provider, None, settings)
        if reasons:
            out.append((order.id, reasons))
    return out
