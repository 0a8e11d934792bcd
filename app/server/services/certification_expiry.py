"""The expiry watch on the server: the leader's job that moves lapsed certificates to
``expired``, and the flags it (and a revocation) raises on orders for dispatchers.

Where the flag lives: on the order itself (``flag_code``, ``flag_zh``, ``flag_en``,
``flagged_at``). The order is a feed entity, so the flag reaches every dispatcher's cache with
the order, and the board's problems panel can list flagged orders from the cache without a new
entity. Reassigning, unassigning or cancelling the order clears it (``orders.clear_flag``).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import CertificationStatus, OrderStatus
from app.rules.beijing import local_day
from app.rules.certification.watch import broken_orders
from app.server.changes import record_change
from app.server.db import Database
from app.server.services.certification_store import history
from app.server.services.context import SYSTEM, Actor, audit
from app.server.services.dispatch_facts import order_facts, provider_facts
from app.server.services.eligibility import SETTINGS

# Orders not started yet that a provider is booked for: the ones a lapse can still break.
FLAGGABLE = (OrderStatus.ASSIGNED.value, OrderStatus.ACCEPTED.value)
CERTIFICATE_FLAG = "certificate_lapsed"
EXPIRY_BATCH = 500


@dataclass(slots=True)
class ExpiryRun:
    expired: list[int] = field(default_factory=list)  # certification ids
    flagged_orders: list[int] = field(default_factory=list)


def flag_broken_orders(
    session: Session, actor: Actor, now: datetime, provider_ids: Iterable[int]
) -> list[int]:
    """Flag every future order assigned to these providers that they may no longer serve
    (judged by the dispatch rules on their certificates as they are now); returns order ids."""
    ids = sorted(set(provider_ids))
    if not ids:
        return []
    o = t.Order
    orders = list(
        session.scalars(
            select(o)
            .where(o.provider_id.in_(ids), o.status.in_(FLAGGABLE), o.scheduled_end > now)
            .order_by(o.id)
        )
    )
    if not orders:
        return []
    providers = list(session.scalars(select(t.Provider).where(t.Provider.id.in_(ids))))
    facts = {p.id: p for p in provider_facts(session, providers, [local_day(now)], now)}
    flagged: list[int] = []
    for provider_id, pf in facts.items():
        mine = [r for r in orders if r.provider_id == provider_id]
        by_id = {r.id: r for r in mine}
        for order_id, reasons in broken_orders(pf, [order_facts(r) for r in mine], now, SETTINGS):
            row = by_id[order_id]
            zh = "；".join(r.zh for r in reasons)
            if row.flag_code == CERTIFICATE_FLAG and row.flag_zh == zh:
                continue  # already flagged for the same reasons
            row.flag_code = CERTIFICATE_FLAG
            row.flag_zh = f"服务人员已不符合派单条件：{zh}"[:500]
            row.flag_en = ("The provider no longer qualifies: " + "; ".join(r.en for r in reasons))[
                :500
            ]
            row.flagged_at = now
            row.updated_at = now
            session.flush()
            record_change(session, row, now)
            audit(
                session,
                actor,
                now,
                "order.flag",
                "order",
                row.id,
                {"provider_id": provider_id, "reasons": [r.code for r in reasons]},
            )
            flagged.append(row.id)
    return flagged


def expire_lapsed(session: Session, now: datetime, limit: int = EXPIRY_BATCH) -> ExpiryRun:
    """Move up to ``limit`` approved certificates whose expiry or review-due date is before
    today (Beijing) to ``expired``, and flag the orders that breaks. One transaction."""
    today = local_day(now)
    c = t.Certification
    rows = list(
        session.scalars(
            select(c)
            .where(
                c.status == CertificationStatus.APPROVED.value,
                or_(c.expires_on < today, c.review_due < today),
            )
            .order_by(c.id)
            .limit(limit)
            .with_for_update()
        )
    )
    run = ExpiryRun()
    for cert in rows:
        cert.status = CertificationStatus.EXPIRED.value
        cert.claimed_by = cert.claimed_at = None
        cert.updated_at = now
        session.flush()
        history(session, cert, SYSTEM, now, "expire", CertificationStatus.APPROVED.value)
        record_change(session, cert, now)
        audit(
            session,
            SYSTEM,
            now,
            "certification.expire",
            "certification",
            cert.id,
            {"expires_on": str(cert.expires_on), "review_due": str(cert.review_due)},
        )
        run.expired.append(cert.id)
    run.flagged_orders = flag_broken_orders(session, SYSTEM, now, (r.provider_id for r in rows))
    return run


def run_expiry(db: Database, now: datetime) -> dict[str, int]:
    """The housekeeping entry point: batches, each its own short transaction."""
    done = {"certifications_expired": 0, "orders_flagged": 0}
    while True:
        with db.write() as s:
            run = expire_lapsed(s, now)
        done["certifications_expired"] += len(run.expired)
        done["orders_flagged"] += len(run.flagged_orders)
        if len(run.expired) < EXPIRY_BATCH:
            return done
