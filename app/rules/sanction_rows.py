"""Sanction rows -> the facts ``app.rules.sanctions`` reads, and a provider's sanctions as
the API and the desktop show them, from plain dicts (server rows or cached feed rows).

One assembly for both sides: the server projects its rows and calls these; the desktop
calls them on the rows its cache holds.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime
from typing import Any

from app.models.enums import AppealStatus, SanctionLevel, SanctionStatus
from app.rules.complaint_rows import Row, as_time, history_facts, time_of
from app.rules.complaints import ComplaintFacts
from app.rules.reasons import reason_wire
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


def latest_appeals(appeals: Iterable[Row]) -> dict[Any, Row]:
    """The latest appeal of each sanction (the rules allow one; the latest id wins if not)."""
    return {a["sanction_id"]: a for a in sorted(appeals, key=lambda a: a["id"])}


def appeal_facts(appeal: Row | None) -> AppealFacts | None:
    if appeal is None:
        return None
    return AppealFacts(
        filed_at=time_of(appeal["filed_at"]),
        statement=str(appeal.get("reason") or ""),
        status=AppealStatus(appeal["status"]),
        decided_at=as_time(appeal.get("decided_at")),
        decided_by=appeal.get("decided_by"),
        decision_note=str(appeal.get("decision_note") or ""),
    )


def sanction_facts(row: Row, appeal: Row | None) -> SanctionFacts:
    decided_by = row.get("decided_by")
    return SanctionFacts(
        id=row["id"],
        provider_id=row["provider_id"],
        level=SanctionLevel(row["level"]),
        reason=str(row.get("reason") or ""),
        decided_by=decided_by if decided_by is not None else "system",
        decided_at=time_of(row["decided_at"]),
        complaint_id=row.get("complaint_id"),
        ends_at=as_time(row.get("ends_at")),
        status=SanctionStatus(row["status"]),
        appeal=appeal_facts(appeal),
    )


def assessment_facts(
    assessments: Iterable[Row], course_codes: Mapping[Any, str]
) -> list[AssessmentFacts]:
    """A provider's assessments, with each course's code (``course_id`` -> code)."""
    return [
        AssessmentFacts(
            course_codes.get(a["course_id"], ""),
            bool(a.get("passed")),
            time_of(a["assessed_at"]),
            bool(a.get("is_retraining")),
        )
        for a in assessments
        if a.get("course_id") in course_codes
    ]


def newest_first(sanctions: Iterable[Row]) -> list[Row]:
    return sorted(sanctions, key=lambda s: (time_of(s["decided_at"]), s["id"]), reverse=True)


def sanction_view(
    row: Row, appeal: Row | None, assessments: Sequence[AssessmentFacts], now: datetime
) -> dict[str, Any]:
    """A sanction as it is shown: the (projected) row, its appeal and what it does now."""
    facts = sanction_facts(row, appeal)
    return {
        **row,
        "effective_status": sanction_status(facts, assessments, now).value,
        "blocking": is_blocking(facts, assessments, now),
        "appeal": dict(appeal) if appeal is not None else None,
    }


def provider_sanctions_view(
    provider: Row,
    sanctions: Iterable[Row],
    appeals: Iterable[Row],
    assessments: Sequence[AssessmentFacts],
    now: datetime,
) -> dict[str, Any]:
    """A provider's sanction history, newest first, with appeals and the dispatch hold."""
    rows = newest_first(sanctions)
    latest = latest_appeals(appeals)
    facts = [sanction_facts(r, latest.get(r["id"])) for r in rows]
    hold = dispatch_hold(facts, assessments, now)
    return {
        "provider_id": provider["id"],
        "provider_code": provider.get("code"),
        "provider_name": provider.get("name"),
        "dispatch_hold": hold.value if hold is not None else None,
        "hold_reasons": [reason_wire(r) for r in hold_reasons(facts, assessments, now)],
        "sanctions": [sanction_view(r, latest.get(r["id"]), assessments, now) for r in rows],
    }


def recommendation(
    ticket: ComplaintFacts, provider_complaints: Iterable[Row], now: datetime
) -> SanctionRecommendation | None:
    """What the ladder suggests for ``ticket``; None when no sanction decision is due.

    ``provider_complaints``: complaint rows naming the ticket's provider (any others, and
    the ticket itself, are ignored; only substantiated ones count).
    """
    if not ticket.against_provider or ticket.provider_id is None:
        return None
    history = [
        history_facts(r)
        for r in provider_complaints
        if r.get("provider_id") == ticket.provider_id
        and r.get("substantiated") is True
        and r["id"] != ticket.id
    ]
    return recommended_sanction(history, ticket.severity, now)


def recommendation_wire(rec: SanctionRecommendation | None) -> dict[str, Any] | None:
    if rec is None:
        return None
    return {
        "level": rec.level.value if rec.level is not None else None,
        "counted": rec.counted,
        "reason": reason_wire(rec.reason),
    }
