"""Dispatch facts from the database, in bulk: a handful of queries whatever the head count.

The rules in ``app.rules.dispatch`` read frozen snapshots; this module builds them for one
order (candidates, the assignment check) or for a whole window (batch planning).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import ProviderStatus, SanctionStatus
from app.rules.dispatch import Booking, CertFact, CustomerFacts, OrderFacts, ProviderFacts, rows
from app.rules.orders import BOOKED
from app.rules.sanctions import AssessmentFacts, dispatch_hold
from app.server.services.complaints_facts import row_values
from app.server.services.complaints_sanction_facts import latest_appeals, sanction_facts
from app.server.services.training_read import training_certificates


def order_facts(order: t.Order) -> OrderFacts:
    return rows.order_facts(row_values(order))


def _provider_row(p: t.Provider) -> dict[str, Any]:
    """What ``rows.provider_facts`` reads of a provider (not every column: plans read many)."""
    return {
        "id": p.id,
        "name": p.name,
        "home_lat": p.home_lat,
        "home_lng": p.home_lng,
        "home_district": p.home_district,
        "districts_served": p.districts_served,
        "categories": p.categories,
        "level": p.level,
        "rating": p.rating,
        "status": p.status,
        "daily_cap": p.daily_cap,
    }


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
            rows.cert_fact(
                {"kind": kind, "status": status, "expires_on": expires, "review_due": due}
            )
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
    start, end = rows.booking_window(days)
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
            rows.provider_facts(
                _provider_row(p),
                sanction_hold=hold,
                certifications=certs.get(p.id, ()),
                training=training.get(p.id, ()),
                bookings=bookings.get(p.id, ()),
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
            t.Order.rating >= rows.HIGH_RATING,
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
    found = session.scalars(
        select(t.Provider)
        .where(t.Provider.status != ProviderStatus.INACTIVE.value)
        .order_by(t.Provider.id)
    )
    return [p for p in found if rows.may_be_candidate(_provider_row(p), category)]
