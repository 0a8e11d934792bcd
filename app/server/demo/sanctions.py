"""Demo sanctions (警告 / 停单培训 / 暂停接单), one appeal, and customers' provider blocks.

Sanctions are planned before the orders, because a provider on a retraining or suspension
hold must not appear on today's board; their tickets and rows are written afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from app.models.enums import AppealStatus, SanctionLevel, SanctionStatus, Severity
from app.models.enums import ComplaintCategory as K
from app.models.enums import ComplaintStatus as St
from app.rules.sanctions import LEVEL_NAMES, default_ends_at
from app.server.demo import texts
from app.server.demo.base import AGENT_ID, BEIJING, SUPERVISOR_ID, Ctx, Row
from app.server.demo.complaints import Subject, Ticket
from app.server.demo.training import assessment, enrolment, session_row
from app.server.demo.workforce import RETRAINING_COURSE, Workforce

L, A = SanctionLevel, SanctionStatus
# (level, status, decided this many days ago, appealed, from a complaint): cycled in order.
TEMPLATES: tuple[tuple[SanctionLevel, SanctionStatus, tuple[float, float], bool, bool], ...] = (
    (L.RETRAINING, A.ACTIVE, (2, 8), False, True),
    (L.SUSPENSION, A.ACTIVE, (3, 20), True, True),
    (L.WARNING, A.ACTIVE, (5, 60), False, True),
    (L.RETRAINING, A.LIFTED, (20, 45), False, True),
    (L.WARNING, A.ACTIVE, (10, 80), False, False),
    (L.WARNING, A.ACTIVE, (3, 30), False, True),
    (L.RETRAINING, A.ACTIVE, (1, 5), False, True),
    (L.SUSPENSION, A.ACTIVE, (5, 25), False, True),
)
# level -> (complaint category, severity) of the ticket behind it
TICKET_KIND: dict[SanctionLevel, tuple[K, Severity]] = {
    L.WARNING: (K.LATENESS, Severity.MEDIUM),
    L.RETRAINING: (K.ATTITUDE, Severity.HIGH),
    L.SUSPENSION: (K.SAFETY, Severity.CRITICAL),
}
BLOCK_REASON = "客户投诉后要求不再派该服务人员"


@dataclass(frozen=True, slots=True)
class Plan:
    provider_id: int
    customer_id: int
    level: SanctionLevel
    status: SanctionStatus
    decided_at: datetime
    appealed: bool
    from_complaint: bool

    @property
    def holds(self) -> bool:
        """Keeps the provider off dispatch today (a warning never does)."""
        return self.level is not L.WARNING and self.status is A.ACTIVE


def plan(ctx: Ctx, work: Workforce, customers: list[Row], count: int) -> list[Plan]:
    """``count`` sanctions on distinct, otherwise dispatchable providers."""
    candidates = [p["id"] for p in work.providers if work.qualified[p["id"]]]
    chosen = ctx.rng.sample(candidates, min(count, len(candidates)))
    plans = []
    for i, provider_id in enumerate(chosen):
        level, status, (low, high), appealed, from_complaint = TEMPLATES[i % len(TEMPLATES)]
        plans.append(
            Plan(provider_id, ctx.rng.choice(customers)["id"], level, status,
                 ctx.days_ago(low, high), appealed, from_complaint and bool(customers))
        )  # fmt: skip
    return plans


def subjects(plans: list[Plan]) -> list[tuple[Plan, Subject]]:
    """The closed, substantiated ticket behind each complaint-based sanction."""
    out = []
    for p in plans:
        if p.from_complaint:
            category, severity = TICKET_KIND[p.level]
            subject = Subject(
                St.CLOSED, category.value, severity, p.customer_id, p.provider_id,
                decided_at=p.decided_at,
            )  # fmt: skip
            out.append((p, subject))
    return out


@dataclass
class Outcome:
    sanctions: list[Row]
    appeals: list[Row]
    blocks: list[Row]


def rows(ctx: Ctx, work: Workforce, plans: list[Plan], tickets: list[Ticket]) -> Outcome:
    """Sanction and appeal rows, linked to the tickets behind them, and customers' blocks."""
    behind = {tk.subject.provider_id: tk for tk in tickets if tk.subject.decided_at is not None}
    out = Outcome([], [], [])
    for p in sorted(plans, key=lambda p: p.decided_at):
        ticket = behind.get(p.provider_id)
        level_zh = LEVEL_NAMES[p.level][0]
        if ticket is not None:
            code, summary = ticket.row["code"], ticket.row["summary"]
            reason = f"投诉工单{code}经查实（{summary}），给予{level_zh}处理。"
        else:
            reason = texts.RATING_WARNING
        lifted_at = _retrained(ctx, work, p) if p.status is A.LIFTED else None
        sanction_id = ctx.next_id("sanctions")
        out.sanctions.append(
            {"id": sanction_id, "version": 1, "updated_at": lifted_at or p.decided_at,
             "provider_id": p.provider_id,
             "complaint_id": ticket.row["id"] if ticket else None,
             "level": p.level.value, "status": p.status.value, "reason": reason,
             "decided_by": SUPERVISOR_ID, "decided_at": p.decided_at,
             "ends_at": default_ends_at(p.level, p.decided_at), "lifted_at": lifted_at}
        )  # fmt: skip
        if p.appealed:
            filed = min(p.decided_at + ctx.hours(6, 48), ctx.now).replace(microsecond=0)
            out.appeals.append(
                {"id": ctx.next_id("appeals"), "version": 1, "updated_at": filed,
                 "sanction_id": sanction_id, "filed_at": filed, "reason": texts.APPEAL_STATEMENT,
                 "status": AppealStatus.PENDING.value, "decision_note": "", "decided_by": None,
                 "decided_at": None}
            )  # fmt: skip
    out.blocks = _blocks(ctx, tickets)
    book_retraining(ctx, work, out.sanctions)
    return out


def _retrained(ctx: Ctx, work: Workforce, p: Plan) -> datetime:
    """A retraining session and a passed retraining assessment after the decision."""
    course_id = work.course_ids[RETRAINING_COURSE]
    day = (p.decided_at + timedelta(days=ctx.rng.randint(4, 10))).astimezone(BEIJING).date()
    session = session_row(ctx, work, course_id, (day - ctx.today).days, retraining=True)
    row = assessment(ctx, work, p.provider_id, session, passed=True, reason="retraining")
    at: datetime = row["assessed_at"]
    return at


def book_retraining(ctx: Ctx, work: Workforce, sanctions: list[Row]) -> None:
    """Every other provider on an active retraining hold has a seat in the next retraining
    session; the others are still waiting for one (the trainers' retraining queue)."""
    holds = [s for s in sanctions if s["level"] == L.RETRAINING and s["status"] == A.ACTIVE]
    course_id = work.course_ids.get(RETRAINING_COURSE)
    upcoming = work.upcoming.get(course_id, []) if course_id is not None else []
    for hold in holds[1::2]:
        if upcoming:
            enrolment(ctx, work, upcoming[0], hold["provider_id"], attended=None,
                      reason="retraining", sanction_id=hold["id"])  # fmt: skip


def _blocks(ctx: Ctx, tickets: list[Ticket]) -> list[Row]:
    """Half of the customers whose substantiated complaint was closed block that provider."""
    seen: set[tuple[int, int]] = set()
    out: list[Row] = []
    for ticket in tickets:
        row = ticket.row
        pair = (row["customer_id"], row["provider_id"])
        closed = row["status"] == St.CLOSED and row["substantiated"] is True
        if not closed or row["provider_id"] is None or pair in seen or ctx.rng.random() < 0.5:
            continue
        seen.add(pair)
        out.append(
            {"id": ctx.next_id("customer_blocks"), "version": 1, "updated_at": row["closed_at"],
             "customer_id": pair[0], "provider_id": pair[1], "complaint_id": row["id"],
             "reason": BLOCK_REASON, "created_by": AGENT_ID}
        )  # fmt: skip
    return out
