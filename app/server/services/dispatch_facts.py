"""Dispatch facts from the database, in bulk: a handful of queries whatever the head count.

The rules in ``app.rules.dispatch`` read frozen snapshots; this module builds them for one
order (candidates, the assignment check) or for a whole window (batch planning).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import (
    CertificationKind,
    CertificationStatus,
    ProviderLevel,
    ProviderStatus,
    SanctionStatus,
    ServiceCategory,
)
from app.rules.dispatch import (
    BEIJING,
    Booking,
    CertFact,
    CustomerFacts,
    OrderFacts,
    ProviderFacts,
)
from app.rules.orders import BOOKED
from app.rules.sanctions import AssessmentFacts, dispatch_hold
from app.server.services.complaints_sanction_facts import latest_appeals, sanction_facts
from app.server.services.training_read import training_certificates

HIGH_RATING = 5  # a customer's rating that makes a provider a favourite


def order_facts(order: t.Order) -> OrderFacts:
    return OrderFacts(
        id=order.id,
        category=ServiceCategory(order.category),
        district=order.district,
        lat=order.lat,
        lng=order.lng,
        start=order.scheduled_start,
        end=order.scheduled_end,
        customer_id=order.customer_id,
        premium=order.premium,
    )


def _day_bounds(days: Iterable[date]) -> tuple[datetime, datetime]:
    ds = sorted(set(days))
    start = datetime.combine(ds[0], datetime.min.time(), BEIJING) - timedelta(hours=12)
    end = datetime.combine(ds[-1], datetime.min.time(), BEIJING) + timedelta(hours=36)
    return start, end


def provider_facts(
    session: Session, providers: Sequence[t.Provider], days: Iterable[date], now: datetime
) -> list[ProviderFacts]:
    """Facts for ``providers`` with their bookings around ``days`` (Beijing calendar days)."""
    if not providers:
        return []
    ids = [p.id for p in providers]
    certs: dict[int, list[CertFact]] = defaultdict(list)
    for cert_pid, kind, status, expires, due in session.execute(
        select(
            t.Certification.provider_id,
            t.Certification.kind,
            t.Certification.status,
            t.Certification.expires_on,
            t.Certification.review_due,
        ).where(t.Certification.provider_id.in_(ids))
    ):
        certs[cert_pid].append(
            CertFact(CertificationKind(kind), CertificationStatus(status), expires, due)
        )
    assessments: dict[int, list[AssessmentFacts]] = defaultdict(list)
    a, c = t.Assessment, t.TrainingCourse
    for pid, code, ok, at, retraining in session.execute(
        select(a.provider_id, c.code, a.passed, a.assessed_at, a.is_retraining)
        .join(c, c.id == a.course_id)
        .where(a.provider_id.in_(ids))
    ):
        assessments[pid].append(AssessmentFacts(code, ok, at, retraining))
    training = training_certificates(session, ids)
    sanctions = list(
        session.scalars(
            select(t.Sanction).where(
                t.Sanction.provider_id.in_(ids), t.Sanction.status == SanctionStatus.ACTIVE.value
            )
        )
    )
    appeals = latest_appeals(session, [s.id for s in sanctions])
    by_provider: dict[int, list[t.Sanction]] = defaultdict(list)
    for s in sanctions:
        by_provider[s.provider_id].append(s)
    start, end = _day_bounds(days)
    bookings: dict[int, list[Booking]] = defaultdict(list)
    o = t.Order
    for oid, booked_pid, s_at, e_at, lat, lng, code in session.execute(
        select(o.id, o.provider_id, o.scheduled_start, o.scheduled_end, o.lat, o.lng, o.code).where(
            o.provider_id.in_(ids),
            o.status.in_([s.value for s in BOOKED]),
            o.scheduled_start < end,
            o.scheduled_end > start,
        )
    ):
        if booked_pid is not None:
            bookings[booked_pid].append(Booking(oid, s_at, e_at, lat, lng, code))
    out = []
    for p in providers:
        hold = None
        if by_provider.get(p.id):
            facts = [sanction_facts(s, appeals.get(s.id)) for s in by_provider[p.id]]
            hold = dispatch_hold(facts, assessments.get(p.id, []), now)
        out.append(
            ProviderFacts(
                id=p.id,
                name=p.name,
                lat=p.home_lat,
                lng=p.home_lng,
                districts=frozenset(p.districts_served) | {p.home_district},
                categories=frozenset(ServiceCategory(c) for c in p.categories),
                level=ProviderLevel(p.level),
                rating=p.rating,
                account_status=ProviderStatus(p.status),
                sanction_hold=hold,
                certifications=tuple(certs.get(p.id, ())),
                training=tuple(training.get(p.id, ())),
                daily_cap=p.daily_cap,
                bookings=tuple(sorted(bookings.get(p.id, ()), key=lambda b: b.start)),
            )
        )
    return out


def customer_facts(session: Session, customer_ids: Iterable[int]) -> dict[int, CustomerFacts]:
    ids = list(set(customer_ids))
    blocked: dict[int, set[int]] = defaultdict(set)
    for cid, pid in session.execute(
        select(t.CustomerBlock.customer_id, t.CustomerBlock.provider_id).where(
            t.CustomerBlock.customer_id.in_(ids)
        )
    ):
        blocked[cid].add(pid)
    favourites: dict[int, set[int]] = defaultdict(set)
    for cid, fav in session.execute(
        select(t.Order.customer_id, t.Order.provider_id).where(
            t.Order.customer_id.in_(ids),
            t.Order.rating >= HIGH_RATING,
            t.Order.provider_id.is_not(None),
        )
    ):
        if fav is not None:
            favourites[cid].add(fav)
    return {
        cid: CustomerFacts(cid, frozenset(blocked[cid]), frozenset(favourites[cid])) for cid in ids
    }


def candidate_providers(session: Session, category: str | None = None) -> list[t.Provider]:
    """Providers worth checking at all: not disqualified from the platform's books."""
    rows = session.scalars(
        select(t.Provider)
        .where(t.Provider.status != ProviderStatus.INACTIVE.value)
        .order_by(t.Provider.id)
    )
    return [p for p in rows if category is None or category in p.categories]
