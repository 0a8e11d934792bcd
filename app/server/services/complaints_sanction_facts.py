"""Sanction rows as the rules see them, and as the API shows them: a provider's history,
the dispatch hold, and the ladder's recommendation for a substantiated complaint.

The assembly from rows is pure and shared with the desktop (``app.rules.sanction_rows``);
this module loads the rows. Dispatch asks ``provider_dispatch_hold`` whether a provider may
be sent; the answer is ``app.rules.sanctions.dispatch_hold`` over the provider's rows and
assessments.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import SanctionLevel
from app.rules import sanction_rows as assemble
from app.rules.complaints import ComplaintFacts
from app.rules.sanction_rows import recommendation_wire
from app.rules.sanctions import (
    AssessmentFacts,
    SanctionFacts,
    SanctionRecommendation,
    dispatch_hold,
)
from app.server.errors import not_found
from app.server.projections import project
from app.server.services.complaints_facts import row_values

__all__ = [
    "assessment_facts",
    "latest_appeals",
    "provider_dispatch_hold",
    "provider_sanctions",
    "recommendation",
    "recommendation_wire",
    "sanction_facts",
    "sanction_view",
]


def latest_appeals(session: Session, sanction_ids: Sequence[int]) -> dict[int, t.Appeal]:
    """The latest appeal of each sanction (the rules allow one; the latest wins if not)."""
    if not sanction_ids:
        return {}
    rows = session.scalars(
        select(t.Appeal).where(t.Appeal.sanction_id.in_(sanction_ids)).order_by(t.Appeal.id)
    )
    return {a.sanction_id: a for a in rows}


def sanction_facts(row: t.Sanction, appeal: t.Appeal | None) -> SanctionFacts:
    return assemble.sanction_facts(row_values(row), row_values(appeal) if appeal else None)


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
    projected = project("appeal", appeal) if appeal is not None else None
    return assemble.sanction_view(project("sanction", row), projected, assessments, now)


def provider_sanctions(session: Session, provider_id: int, now: datetime) -> dict[str, Any]:
    """A provider's sanction history, newest first, with appeals and the dispatch hold."""
    provider = session.get(t.Provider, provider_id)
    if provider is None:
        raise not_found("provider", provider_id)
    sanction_rows = provider_sanction_rows(session, provider_id)
    appeals = latest_appeals(session, [r.id for r in sanction_rows])
    return assemble.provider_sanctions_view(
        project("provider", provider),
        [project("sanction", r) for r in sanction_rows],
        [project("appeal", a) for a in appeals.values()],
        assessment_facts(session, provider_id),
        now,
    )


def recommendation(
    session: Session, ticket: ComplaintFacts, now: datetime
) -> SanctionRecommendation | None:
    """What the ladder suggests for ``ticket``; None when no sanction decision is due."""
    if not ticket.against_provider or ticket.provider_id is None:
        return None
    c = t.Complaint
    history = session.scalars(
        select(c).where(c.provider_id == ticket.provider_id, c.substantiated.is_(True))
    )
    return assemble.recommendation(ticket, [row_values(r) for r in history], now)
