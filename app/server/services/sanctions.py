"""Sanction commands: the interim suspension, the decision on a complaint, appeals.

The ladder, the hold and the appeal steps are ``app.rules.sanctions``; this module only
writes what they decide (the read side is ``complaints_sanction_facts``).

A critical complaint substantiated against a provider suspends the provider at once, when
the finding is recorded: dispatch must not wait for a supervisor. That interim suspension
is a Sanction row linked to the ticket while the ticket's sanction decision is still open;
the supervisor's decision then confirms it (same level), replaces it (another level) or
lifts it (no sanction, with the reason why).
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import AppealStatus, SanctionLevel, SanctionStatus, Severity
from app.rules.complaints import ComplaintAction, ComplaintFacts
from app.rules.sanctions import (
    LEVEL_NAMES,
    SanctionDecision,
    SanctionRuleError,
    decide_appeal,
    decision_problems,
    default_ends_at,
    file_appeal,
)
from app.server.changes import record_change
from app.server.errors import ApiError, not_found
from app.server.projections import project
from app.server.services.complaints_facts import SANCTION, load_facts
from app.server.services.complaints_sanction_facts import (
    assessment_facts,
    latest_appeals,
    recommendation,
    sanction_facts,
    sanction_view,
)
from app.server.services.complaints_store import (
    add_customer_block,
    add_note,
    apply_checked,
    audit_complaint,
    load_for_update,
    reason_wire,
    refusal,
    save,
    written,
)
from app.server.services.context import Actor, audit
from app.server.services.training_enrol import enrol_for_retraining


def _interim(session: Session, row: t.Complaint) -> list[t.Sanction]:
    """Sanctions taken on ``row`` before its decision: the interim suspension."""
    if row.sanction_decided:
        return []
    stmt = select(t.Sanction).where(
        t.Sanction.complaint_id == row.id, t.Sanction.status == SanctionStatus.ACTIVE.value
    )
    return list(session.scalars(stmt))


def _lift(session: Session, actor: Actor, now: datetime, sanction: t.Sanction, why: str) -> None:
    sanction.status = SanctionStatus.LIFTED.value
    sanction.lifted_at = now
    written(session, sanction, now)
    audit(session, actor, now, "sanction.lift", "sanction", sanction.id, {"why": why})


def after_finding(
    session: Session, actor: Actor, now: datetime, row: t.Complaint, ticket: ComplaintFacts
) -> t.Sanction | None:
    """Apply the critical shortcut after a finding; lift an interim one the finding drops."""
    interim = _interim(session, row)
    if not ticket.against_provider:
        for sanction in interim:
            _lift(session, actor, now, sanction, "finding_not_substantiated")
        return None
    if ticket.severity is not Severity.CRITICAL or ticket.sanction_decided or interim:
        return None
    assert row.provider_id is not None  # against_provider
    rec = recommendation(session, ticket, now)
    why = rec.reason.zh if rec is not None else ""
    sanction = t.Sanction(
        provider_id=row.provider_id,
        complaint_id=row.id,
        level=SanctionLevel.SUSPENSION.value,
        status=SanctionStatus.ACTIVE.value,
        reason=f"紧急投诉 {row.code} 经查属实，立即暂停接单，待主管登记处罚决定。{why}",
        decided_by=actor.user_id,
        decided_at=now,
        ends_at=default_ends_at(SanctionLevel.SUSPENSION, now),
        updated_at=now,
    )
    session.add(sanction)
    session.flush()
    record_change(session, sanction, now)
    add_note(session, row, actor, now, SANCTION, "紧急投诉经查属实：已立即暂停该服务人员接单。")
    audit(
        session,
        actor,
        now,
        "sanction.interim_suspension",
        "sanction",
        sanction.id,
        {"provider_id": row.provider_id, "complaint_id": row.id},
    )
    return sanction


def decide_sanction(
    session: Session,
    actor: Actor,
    now: datetime,
    complaint_id: int,
    expected_version: int,
    *,
    level: SanctionLevel | None,
    reason: str,
    ends_at: datetime | None = None,
    block_provider: bool = False,
    block_reason: str = "",
) -> t.Complaint:
    """Record the sanction decision of a substantiated complaint (a level, or none)."""
    row = load_for_update(session, complaint_id, expected_version)
    ticket = load_facts(session, row)
    decided = apply_checked(ticket, ComplaintAction.record_sanction_decision(reason), now)
    assert row.provider_id is not None  # the rules allow a decision only against a provider
    if ends_at is None and level is not None:
        ends_at = default_ends_at(level, now)
    decision = SanctionDecision(
        provider_id=row.provider_id,
        level=level,
        reason=reason,
        decided_by=actor.user_id or actor.username,
        decided_at=now,
        complaint_id=row.id,
        ends_at=ends_at,
    )
    problems = decision_problems(decision)
    if problems:
        raise refusal(
            422,
            "sanction.decision_invalid",
            "处罚决定不完整：" + "；".join(p.zh for p in problems),
            "The sanction decision is incomplete: " + " ".join(p.en for p in problems),
            problems,
        )
    rec = recommendation(session, ticket, now)
    sanction = _record_decision(session, actor, now, row, decision)
    save(session, row, decided, now)
    name_zh = LEVEL_NAMES[level][0] if level is not None else "不处罚"
    add_note(session, row, actor, now, SANCTION, f"处罚决定：{name_zh}。理由：{reason.strip()}")
    if block_provider:
        add_customer_block(session, actor, now, row, block_reason)
    audit_complaint(
        session,
        actor,
        now,
        "sanction_decision",
        row,
        {
            "level": level.value if level is not None else None,
            "recommended": rec.level.value if rec is not None and rec.level else None,
            "reason": reason.strip(),
            "sanction_id": sanction.id if sanction is not None else None,
        },
    )
    return row


def _record_decision(
    session: Session, actor: Actor, now: datetime, row: t.Complaint, decision: SanctionDecision
) -> t.Sanction | None:
    interim = _interim(session, row)
    if decision.level is SanctionLevel.SUSPENSION and interim:
        # Confirming the interim suspension: the hold began when it was taken, so its
        # decided_at stays; the decider, the reason and the end date are the supervisor's.
        confirmed = interim[0]
        confirmed.decided_by = actor.user_id
        confirmed.reason = decision.reason.strip()
        confirmed.ends_at = decision.ends_at
        written(session, confirmed, now)
        audit(session, actor, now, "sanction.confirm", "sanction", confirmed.id, {})
        interim = interim[1:]
    else:
        confirmed = None
    for other in interim:
        _lift(session, actor, now, other, "replaced_by_decision")
    if confirmed is not None or decision.level is None:
        return confirmed
    sanction = t.Sanction(
        provider_id=decision.provider_id,
        complaint_id=row.id,
        level=decision.level.value,
        status=SanctionStatus.ACTIVE.value,
        reason=decision.reason.strip(),
        decided_by=actor.user_id,
        decided_at=now,
        ends_at=decision.ends_at,
        updated_at=now,
    )
    session.add(sanction)
    session.flush()
    record_change(session, sanction, now)
    audit(
        session,
        actor,
        now,
        "sanction.create",
        "sanction",
        sanction.id,
        {"provider_id": sanction.provider_id, "level": sanction.level, "complaint_id": row.id},
    )
    if decision.level is SanctionLevel.RETRAINING:
        # Same transaction: the hold and the seat that ends it are decided together.
        enrol_for_retraining(session, actor, now, sanction)
    return sanction


def _sanction_for_update(session: Session, sanction_id: int, expected_version: int) -> t.Sanction:
    sanction = session.get(t.Sanction, sanction_id, with_for_update=True)
    if sanction is None:
        raise not_found("sanction", sanction_id)
    if sanction.version != expected_version:
        raise ApiError(
            412,
            "stale_version",
            "处罚记录已被他人修改，请查看最新状态后重试。",
            "The sanction was changed by someone else; review its current state and retry.",
            details={"current": project("sanction", sanction)},
        )
    return sanction


def _rule_error(err: SanctionRuleError) -> ApiError:
    return ApiError.from_reason(409, err.reason, details={"reasons": [reason_wire(err.reason)]})


def appeal_sanction(
    session: Session,
    actor: Actor,
    now: datetime,
    sanction_id: int,
    expected_version: int,
    statement: str,
) -> dict[str, Any]:
    """File the provider's appeal (申诉). A pending appeal does not pause the sanction."""
    sanction = _sanction_for_update(session, sanction_id, expected_version)
    appeal = latest_appeals(session, [sanction.id]).get(sanction.id)
    try:
        filed = file_appeal(sanction_facts(sanction, appeal), statement, now)
    except SanctionRuleError as err:
        raise _rule_error(err) from err
    assert filed.appeal is not None
    row = t.Appeal(
        sanction_id=sanction.id,
        filed_at=filed.appeal.filed_at,
        reason=filed.appeal.statement,
        status=filed.appeal.status.value,
        updated_at=now,
    )
    session.add(row)
    session.flush()
    record_change(session, row, now)
    written(session, sanction, now)  # the sanction's view changed: it now carries an appeal
    audit(session, actor, now, "sanction.appeal", "sanction", sanction.id, {"appeal_id": row.id})
    return sanction_view(sanction, row, assessment_facts(session, sanction.provider_id), now)


def decide_sanction_appeal(
    session: Session,
    actor: Actor,
    now: datetime,
    sanction_id: int,
    expected_version: int,
    outcome: AppealStatus,
    note: str,
) -> dict[str, Any]:
    """Uphold or overturn; an overturned sanction stops blocking dispatch at once."""
    sanction = _sanction_for_update(session, sanction_id, expected_version)
    appeal = latest_appeals(session, [sanction.id]).get(sanction.id)
    try:
        decided = decide_appeal(
            sanction_facts(sanction, appeal), outcome, actor.user_id or actor.username, note, now
        )
    except SanctionRuleError as err:
        raise _rule_error(err) from err
    assert appeal is not None
    assert decided.appeal is not None
    appeal.status = decided.appeal.status.value
    appeal.decided_at = decided.appeal.decided_at
    appeal.decided_by = actor.user_id
    appeal.decision_note = decided.appeal.decision_note
    written(session, appeal, now)
    sanction.status = decided.status.value
    if decided.status is SanctionStatus.OVERTURNED:
        sanction.lifted_at = now
    written(session, sanction, now)
    audit(
        session,
        actor,
        now,
        "sanction.appeal_decision",
        "sanction",
        sanction.id,
        {"appeal_id": appeal.id, "outcome": outcome.value, "note": appeal.decision_note},
    )
    return sanction_view(sanction, appeal, assessment_facts(session, sanction.provider_id), now)
