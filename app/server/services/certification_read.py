"""The certification queue, a certificate's detail, and the expiry watch (read side).

Queue: oldest first, with filters (state, kind, category, district, age, expiring-within,
flagged, awaiting a second approval, claimed by someone) and counts per state under the same
filters. Detail: the certificate, its findings as of today, its review history and its scans'
metadata (the bytes only through ``certification_documents.open_document``).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Text, and_, cast, func, or_, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import CertificationKind, CertificationStatus, Role, ServiceCategory
from app.rules.access import CERTIFICATION_DECIDERS, CERTIFICATION_READERS
from app.rules.beijing import local_day
from app.rules.catalog import CATEGORIES
from app.rules.certification import findings as F
from app.rules.certification import review as R
from app.rules.certification.facts import CertFact
from app.rules.certification.kinds import FOUR_EYES_KINDS
from app.rules.certification.validity import lapses_on
from app.rules.certification.watch import BUCKETS, EXPIRED_BUCKET, expiry_bucket
from app.server.errors import forbidden, not_found
from app.server.projections import for_role, project, to_wire
from app.server.services import certification_documents as docs
from app.server.services.certification import (
    review_of,
    same_number_providers,
    submission_of,
)
from app.server.services.context import Actor

S = CertificationStatus
MAX_PAGE = 500


@dataclass(frozen=True, slots=True)
class QueueFilter:
    """Every field narrows the queue; the defaults show everything."""

    states: tuple[CertificationStatus, ...] = ()
    kinds: tuple[CertificationKind, ...] = ()
    category: ServiceCategory | None = None  # providers offering it, kinds it needs
    district: str | None = None  # the provider's home district
    min_age_hours: float | None = None  # submitted at least this long ago
    expiring_within_days: int | None = None  # expiry or review due within this many days
    flagged: bool | None = None
    awaiting_second_approval: bool | None = None
    claimed_by: int | None = None  # "my claims"
    provider_id: int | None = None


@dataclass(frozen=True, slots=True)
class QueuePage:
    items: list[dict[str, Any]]
    total: int
    counts: dict[str, int]  # per state, under every filter but the state one


def _filtered(stmt: Any, flt: QueueFilter, now: datetime, *, states: bool) -> Any:
    """``stmt`` (a select joining certifications and providers) narrowed by ``flt``."""
    c, p = t.Certification, t.Provider
    if states and flt.states:
        stmt = stmt.where(c.status.in_([s.value for s in flt.states]))
    kinds = [k.value for k in flt.kinds]
    if flt.category is not None:
        needed = {k.value for k in CATEGORIES[flt.category].required_certifications}
        kinds = [k for k in kinds if k in needed] if kinds else sorted(needed)
        # JSON text holds '"cleaning"' with its quotes, so "cleaning" never matches
        # "deep_cleaning"; the same expression works on SQLite and PostgreSQL.
        stmt = stmt.where(cast(p.categories, Text).like(f'%"{flt.category.value}"%'))
    if kinds or flt.kinds:
        stmt = stmt.where(c.kind.in_(kinds))
    if flt.district:
        stmt = stmt.where(p.home_district == flt.district)
    if flt.min_age_hours is not None:
        stmt = stmt.where(c.submitted_at <= now - timedelta(hours=flt.min_age_hours))
    if flt.expiring_within_days is not None:
        until = local_day(now) + timedelta(days=flt.expiring_within_days)
        stmt = stmt.where(
            c.status == S.APPROVED.value, or_(c.expires_on <= until, c.review_due <= until)
        )
    if flt.flagged is not None:
        stmt = stmt.where(c.flagged.is_(flt.flagged))
    if flt.awaiting_second_approval is not None:
        waiting = and_(
            c.kind.in_([k.value for k in FOUR_EYES_KINDS]),
            c.first_approver_id.is_not(None),
            c.status.in_([s.value for s in R.OPEN_STATES]),
        )
        stmt = stmt.where(waiting if flt.awaiting_second_approval else ~waiting)
    if flt.claimed_by is not None:
        stmt = stmt.where(c.claimed_by == flt.claimed_by, c.status == S.IN_REVIEW.value)
    if flt.provider_id is not None:
        stmt = stmt.where(c.provider_id == flt.provider_id)
    return stmt


def _row(cert: t.Certification, provider: t.Provider, now: datetime, role: Role) -> dict[str, Any]:
    review = review_of(cert)
    out = for_role("certification", project("certification", cert), role)
    out["provider_name"] = provider.name
    out["provider_code"] = provider.code
    out["home_district"] = provider.home_district
    out["age_hours"] = round((now - cert.submitted_at).total_seconds() / 3600, 1)
    out["awaiting_second_approval"] = review.awaiting_second_approval
    out["claim_active"] = R.claim_active(review, now)
    return out


def list_certifications(
    session: Session,
    actor: Actor,
    now: datetime,
    flt: QueueFilter,
    *,
    limit: int = 100,
    offset: int = 0,
) -> QueuePage:
    """One page of the queue, oldest submission first, with the total and counts per state."""
    if actor.role not in CERTIFICATION_READERS:
        raise forbidden()
    c, p = t.Certification, t.Provider
    base = select(c, p).join(p, p.id == c.provider_id)
    stmt = _filtered(base, flt, now, states=True)
    total = session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = session.execute(
        stmt.order_by(c.submitted_at, c.id).limit(max(1, min(limit, MAX_PAGE))).offset(offset)
    ).all()
    counting = _filtered(
        select(c.status, func.count()).join(p, p.id == c.provider_id), flt, now, states=False
    ).group_by(c.status)
    counts = {s.value: 0 for s in S}
    for status, n in session.execute(counting):
        counts[status] = n
    return QueuePage([_row(cert, prov, now, actor.role) for cert, prov in rows], int(total), counts)


def next_to_review(
    session: Session, actor: Actor, now: datetime, flt: QueueFilter = QueueFilter()
) -> t.Certification | None:
    """The oldest item ``actor`` may claim now (the desk's ``N`` key): submitted, or in review
    under a lapsed claim; never one whose first approval is the actor's own."""
    if actor.role not in CERTIFICATION_DECIDERS:
        raise forbidden()
    c, p = t.Certification, t.Provider
    stmt = _filtered(select(c).join(p, p.id == c.provider_id), flt, now, states=False)
    stmt = stmt.where(
        or_(
            c.status == S.SUBMITTED.value,
            and_(c.status == S.IN_REVIEW.value, c.claimed_at <= now - R.CLAIM_IDLE),
        ),
        or_(c.first_approver_id.is_(None), c.first_approver_id != actor.user_id),
    )
    cert: t.Certification | None = session.scalar(stmt.order_by(c.submitted_at, c.id).limit(1))
    return cert


def findings_now(session: Session, cert: t.Certification, today: date) -> list[F.Finding]:
    provider = session.get(t.Provider, cert.provider_id)
    assert provider is not None
    others = same_number_providers(session, cert.kind, cert.number, cert.provider_id)
    return F.findings(submission_of(cert, cert.documents), provider.name, others, today)


def certification_detail(
    session: Session, actor: Actor, now: datetime, cert_id: int
) -> dict[str, Any]:
    """The certificate with its findings as of today, history and scans (metadata only).
    Dispatchers and agents get the status part only."""
    if actor.role not in CERTIFICATION_READERS:
        raise forbidden()
    cert = session.get(t.Certification, cert_id)
    if cert is None:
        raise not_found("certification", cert_id)
    provider = session.get(t.Provider, cert.provider_id)
    assert provider is not None
    out = _row(cert, provider, now, actor.role)
    if actor.role not in CERTIFICATION_DECIDERS:
        return out
    out["findings"] = [
        {"code": f.reason.code, "message": f.reason.zh, "message_en": f.reason.en, "red": f.red}
        for f in findings_now(session, cert, local_day(now))
    ]
    h = t.CertificationReview
    out["history"] = [
        {
            "at": to_wire(step.at),
            "actor_id": step.actor_id,
            "action": step.action,
            "from": step.from_status,
            "to": step.to_status,
            "code": step.code,
            "note": step.note,
            "items": step.items,
        }
        for step in session.scalars(
            select(h).where(h.certification_id == cert.id).order_by(h.at, h.id)
        )
    ]
    out["documents"] = [
        {k: to_wire(v) for k, v in asdict(d).items()} for d in docs.list_documents(session, cert.id)
    ]
    return out


def expiry_watch(
    session: Session, actor: Actor, now: datetime, *, limit: int = 5000
) -> dict[int, list[dict[str, Any]]]:
    """Certificates by bucket: 0 (lapsed or expired), 30, 60, 90 days; soonest first."""
    if actor.role not in CERTIFICATION_READERS:
        raise forbidden()
    today = local_day(now)
    until = today + timedelta(days=max(BUCKETS))
    c, p = t.Certification, t.Provider
    rows = session.execute(
        select(c, p)
        .join(p, p.id == c.provider_id)
        .where(
            or_(
                c.status == S.EXPIRED.value,
                and_(
                    c.status == S.APPROVED.value,
                    or_(c.expires_on <= until, c.review_due <= until),
                ),
            )
        )
        .limit(limit)
    ).all()
    out: dict[int, list[dict[str, Any]]] = {b: [] for b in (EXPIRED_BUCKET, *BUCKETS)}
    for cert, prov in rows:
        fact = CertFact(
            CertificationKind(cert.kind), S(cert.status), cert.expires_on, cert.review_due
        )
        bucket = expiry_bucket(fact, today)
        if bucket is None:
            continue
        row = _row(cert, prov, now, actor.role)
        last = lapses_on(fact)
        row["lapses_on"] = None if last is None else last.isoformat()
        out[bucket].append(row)
    for rows_of in out.values():
        rows_of.sort(key=lambda r: (r["lapses_on"] or "", r["id"]))
    return out
