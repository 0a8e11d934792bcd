"""Sanction rows as the rules see them, and as the API shows them: a provider's history,
the dispatch hold, and the ladder's recommendation for a substantiated complaint.

Dispatch asks ``provider_dispatch_hold`` whether a provider may be sent; the answer is
``app.rules.sanctions.dispatch_hold`` over the provider's rows and assessments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import AppealStatus, SanctionLevel, SanctionStatus
from app.rules.complaints import ComplaintFacts
from app.rules.sanctions import (
    AppealFacts,
    AssessmentFacts,
    SanctionFacts,
    SanctionRecommendation,
    dispatch_hold,
    hold_reasons,
    is_blocking,
    recommended_sanction,
    sanction_status,
)
from app.server.errors import not_found
from app.server.projections import project
from app.server.services.complaints_facts import history_facts
from app.server.services.complaints_store import reason_wire


def latest_appeals(session: Session, sanction_ids: Sequence[int]) -> dict[int, t.Appeal]:
    """The latest appeal of each sanction (the rules allow one; the latest wins if not)."""
    if not sanction_ids:
        return {}
    rows = session.scalars(
        select(t.Appeal).where(t.Appeal.sanction_id.in_(sanction_ids)).order_by(t.Appeal.id)
    )
    return {a.sanction_id: a for a in rows}


def _appeal_facts(appeal: t.Appeal | None) -> AppealFacts | None:
    if appeal is None:
        return None
    return AppealFacts(
        filed_at=appeal.filed_at,
        statement=appeal.reason,
        status=AppealStatus(appeal.status),
        decided_at=appeal.decided_at,
        decided_by=appeal.decided_by,
        decision_note=appeal.decision_note,
    )


def sanction_facts(row: t.Sanction, appeal: t.Appeal | None) -> SanctionFacts:
    return SanctionFacts(
        id=row.id,
        provider_id=row.provider_id,
        level=SanctionLevel(row.level),
        reason=row.reason,
        decided_by=row.decided_by if row.decided_by is not None else "system",
        decided_at=row.decided_at,
        complaint_id=row.complaint_id,
        ends_at=row.ends_at,
        status=SanctionStatus(row.status),
        appeal=_appeal_facts(appeal),
    )


def assessment_facts(session: Session, provider_id: int) -> list[AssessmentFacts]:
    a, c = t.Assessment, t.TrainingCourse
    rows = session.execute(
        select(c.code, a.passed, a.assessed_at, a.is_retraining)
        .join(c, c.id == a.course_id)
        .where(a.provider_id == provider_id)
    )
    return [AssessmentFacts(code, passed, at, retraining) for code, passed, at, retraining in rows]


def provider_sanction_rows(session: Session, provider_id: int) -> list[t.Sanction]:
    stmt = select(t.Sanction).where(t.Sanction.provider_id == provider_id)
    return list(session.scalars(stmt.order_by(t.Sanction.decided_at.desc(), t.Sanction.id.desc())))


def provider_dispatch_hold(
    session: Session, provider_id: int, now: datetime
) -> SanctionLevel | None:
    """The sanction keeping ``provider_id`` off dispatch at ``now`` (for the dispatch service)."""
    rows = provider_sanction_rows(session, provider_id)
    appeals = latest_appeals(session, [r.id for r in rows])
    facts = [sanction_facts(r, appeals.get(r.id)) for r in rows]
    return dispatch_hold(facts, assessment_facts(session, provider_id), now)


def sanction_view(
    row: t.Sanction,
    appeal: t.Appeal | None,
    assessments: Sequence[AssessmentFacts],
    now: datetime,
) -> dict[str, Any]:
    """A sanction as the API shows it: the row, its appeal and what it does now."""
    facts = sanction_facts(row, appeal)
    return {
        **project("sanction", row),
        "effective_status": sanction_status(facts, assessments, now).value,
        "blocking": is_blocking(facts, assessments, now),
        "appeal": project("appeal", appeal) if appeal is not None else None,
    }


def provider_sanctions(session: Session, provider_id: int, now: datetime) -> dict[str, Any]:
    """A provider's sanction history, newest first, with appeals and the dispatch hold."""
    provider = session.get(t.Provider, provider_id)
    if provider is None:
        raise not_found("provider", provider_id)
    rows = provider_sanction_rows(session, provider_id)
    appeals = latest_appeals(session, [r.id for r in rows])
    assessments = assessment_facts(session, provider_id)
    facts = [sanction_facts(r, appeals.get(r.id)) for r in rows]
    hold = dispatch_hold(facts, assessments, now)
    return {
        "provider_id": provider.id,
        "provider_code": provider.code,
        "provider_name": provider.name,
        "dispatch_hold": hold.value if hold is not None else None,
        "hold_reasons": [reason_wire(r) for r in hold_reasons(facts, assessments, now)],
        "sanctions": [sanction_view(r, appeals.get(r.id), assessments, now) for r in rows],
    }


def substantiated_history(
    session: Session, provider_id: int, exclude_id: int
) -> list[ComplaintFacts]:
    c = t.Complaint
    rows = session.scalars(
        select(c).where(c.provider_id == provider_id, c.substantiated.is_(True), c.id != exclude_id)
    )
    return [history_facts(r) for r in rows]


def recommendation(
    session: Session, ticket: ComplaintFacts, now: datetime
) -> SanctionRecommendation | None:
    """What the ladder suggests for ``ticket``; None when no sanction decision is due."""
    if not ticket.against_provider or ticket.provider_id is None:
        return None
    history = substantiated_history(session, int(ticket.provider_id), int(ticket.id))
    return recommended_sanction(history, ticket.severity, now)


def recommendation_wire(rec: SanctionRecommendation | None) -> dict[str, Any] | None:
    if rec is None:
        return None
    return {
        "level": rec.level.value if rec.level is not None else None,
        "counted": rec.counted,
        "reason": reason_wire(rec.reason),
    }
