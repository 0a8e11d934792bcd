"""Demo complaint tickets (投诉工单) at every stage, with their notes and customer callbacks.

A ticket's stages are laid out as offsets from its opening; then the whole timeline is
placed so that its last step is before "now" (or, for a ticket behind a sanction, so that
its resolution precedes the sanction decision). Times, status and notes therefore agree,
and every closed ticket passes the closing gate (有记录、有处理、有反馈).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta

from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.models.enums import ComplaintCategory as K
from app.rules.sla import SLA_CLOCKS, deadlines
from app.server.demo import texts
from app.server.demo.base import AGENT_ID, BEIJING, Ctx, Row, Weighted

St = ComplaintStatus
# The stage mix of a normal day; the first seven cover every stage even in small sets.
STATUS_PATTERN: tuple[St, ...] = (
    St.CLOSED, St.INVESTIGATING, St.OPEN, St.RESOLVED, St.ACKNOWLEDGED, St.CALLBACK_DONE,
    St.REOPENED, St.CLOSED, St.INVESTIGATING, St.OPEN, St.CLOSED, St.RESOLVED, St.ACKNOWLEDGED,
    St.CLOSED, St.CALLBACK_DONE, St.INVESTIGATING, St.CLOSED, St.OPEN, St.CLOSED, St.RESOLVED,
)  # fmt: skip
CATEGORY_MIX = Weighted({
    K.QUALITY: 25, K.ATTITUDE: 12, K.LATENESS: 14, K.NO_SHOW: 5, K.PRICING: 8, K.DAMAGE: 10,
    K.SAFETY: 5, K.THEFT: 3, K.INJURY: 3, K.OTHER: 8,
})  # fmt: skip
SEVERITIES = (Severity.CRITICAL, Severity.HIGH, Severity.MEDIUM, Severity.LOW)
# category -> weights of SEVERITIES; safety, theft and injury are always critical
SEVERITY_MIX: dict[str, tuple[float, float, float, float]] = {
    K.SAFETY: (1, 0, 0, 0), K.THEFT: (1, 0, 0, 0), K.INJURY: (1, 0, 0, 0),
    K.DAMAGE: (0, 7, 3, 0), K.QUALITY: (0, 2, 6, 2), K.ATTITUDE: (0, 3, 5, 2),
    K.NO_SHOW: (0, 4, 5, 1), K.LATENESS: (0, 0, 4, 6), K.PRICING: (0, 1, 5, 4),
    K.OTHER: (0, 0, 3, 7),
}  # fmt: skip
OPEN_STAGES = frozenset({St.OPEN, St.ACKNOWLEDGED, St.INVESTIGATING, St.REOPENED})
RESOLVED_STAGES = frozenset({St.RESOLVED, St.CALLBACK_DONE, St.CLOSED, St.REOPENED})
LATE_SHARE = 0.12  # of the past days' tickets, resolved after the resolution deadline

NoteAdder = Callable[[datetime, str, str], None]


@dataclass(frozen=True, slots=True)
class Subject:
    """What a ticket is about. With ``wants_order`` it is tied to one of the finished
    orders when one ended before it was opened. ``decided_at`` anchors a ticket that a
    sanction was decided on. A ticket with ``opened_at`` (a past day's, about the order
    ``about``) was opened then and got as far towards ``status`` as the time since allows."""

    status: St
    category: str
    severity: Severity
    customer_id: int
    provider_id: int | None
    wants_order: bool = False
    decided_at: datetime | None = None
    about: Row | None = field(default=None, compare=False, hash=False)
    opened_at: datetime | None = None


@dataclass
class Ticket:
    subject: Subject
    row: Row = field(default_factory=dict)
    notes: list[Row] = field(default_factory=list)
    callbacks: list[Row] = field(default_factory=list)


def ordinary_subjects(
    ctx: Ctx, count: int, customers: list[Row], providers: list[int]
) -> list[Subject]:
    out: list[Subject] = []
    for i in range(count):
        category = CATEGORY_MIX.pick(ctx.rng)
        severity = ctx.rng.choices(SEVERITIES, weights=SEVERITY_MIX[category])[0]
        provider = ctx.rng.choice(providers) if providers and category != K.OTHER else None
        wants_order = category not in (K.NO_SHOW, K.OTHER) and i % 3 != 2
        status = STATUS_PATTERN[i % len(STATUS_PATTERN)]
        customer = ctx.rng.choice(customers)["id"]
        out.append(Subject(status, category, severity, customer, provider, wants_order))
    return out


def build_tickets(ctx: Ctx, subjects: list[Subject], orders: list[Row]) -> list[Ticket]:
    """Ticket rows with ids and codes (TS{YYYYMMDD}-{n:04d}, numbered per Beijing day)."""
    finished = sorted(
        (o for o in orders if o["status"] == "completed" and o["provider_id"] is not None),
        key=lambda o: o["updated_at"],
    )
    ends = [o["updated_at"] for o in finished]
    tickets = [_ticket(ctx, s, finished, ends) for s in subjects]
    tickets.sort(key=lambda tk: tk.row["opened_at"])
    per_day: dict[str, int] = {}
    for complaint_id, ticket in enumerate(tickets, start=1):
        day = ticket.row["opened_at"].astimezone(BEIJING).strftime("%Y%m%d")
        per_day[day] = per_day.get(day, 0) + 1
        ticket.row["id"] = complaint_id
        ticket.row["code"] = f"TS{day}-{per_day[day]:04d}"
        for child in (*ticket.notes, *ticket.callbacks):
            child["complaint_id"] = complaint_id
    _number(ctx, "complaint_notes", [n for tk in tickets for n in tk.notes])
    _number(ctx, "callback_attempts", [c for tk in tickets for c in tk.callbacks])
    return tickets


def _number(ctx: Ctx, table: str, rows: list[Row]) -> None:
    for row in sorted(rows, key=lambda r: (r["at"], r["complaint_id"])):
        row["id"] = ctx.next_id(table)


def _offsets(
    ctx: Ctx, subject: Subject
) -> tuple[dict[str, timedelta], list[tuple[timedelta, CallbackOutcome]]]:
    """When each stage happened, counted from the opening."""
    rng, status = ctx.rng, subject.status
    clocks = SLA_CLOCKS[subject.severity]
    off: dict[str, timedelta] = {"opened": timedelta(0)}
    calls: list[tuple[timedelta, CallbackOutcome]] = []
    if status is not St.OPEN:
        off["acknowledged"] = clocks.first_response * rng.uniform(0.1, 1.15)
    if status not in (St.OPEN, St.ACKNOWLEDGED):
        off["investigating"] = off["acknowledged"] + ctx.minutes(5, 90)
    if status not in RESOLVED_STAGES:
        return off, calls
    # Today's tickets are resolved in time; of the past days', some late (the KPI's misses).
    late = subject.opened_at is not None and rng.random() < LATE_SHARE
    share = rng.uniform(0.9, 1.5) if late else rng.uniform(0.1, 0.75)
    off["resolved"] = off["investigating"] + clocks.resolution * share
    call = off["resolved"] + ctx.hours(1, 4)
    if status is St.RESOLVED:  # a few unanswered calls so far, more than an hour apart
        for _ in range(rng.randint(0, 2)):
            calls.append((call, CallbackOutcome.UNREACHABLE))
            call += ctx.hours(1.5, 3)
        return off, calls
    if status is St.REOPENED:
        calls.append((call, CallbackOutcome.REACHED_UNSATISFIED))
        off["reopened"] = call + ctx.minutes(2, 20)
        return off, calls
    if rng.random() < 0.75:
        calls.append((call, CallbackOutcome.REACHED_SATISFIED))
    else:  # three documented unreachable attempts at different times
        for _ in range(3):
            calls.append((call, CallbackOutcome.UNREACHABLE))
            call += ctx.hours(1.5, 3)
    off["callback_done"] = calls[-1][0]
    if status is St.CLOSED:
        off["closed"] = off["callback_done"] + ctx.minutes(10, 180)
    return off, calls


def _ticket(ctx: Ctx, subject: Subject, finished: list[Row], ends: list[datetime]) -> Ticket:
    rng, status = ctx.rng, subject.status
    off, calls = _offsets(ctx, subject)
    if subject.opened_at is not None:
        return _lived(ctx, subject, subject.opened_at, off, calls)
    span = max([*off.values(), *(c[0] for c in calls)])
    if subject.decided_at is not None:
        opened = subject.decided_at - off["resolved"] - ctx.minutes(30, 180)
    else:
        clocks = SLA_CLOCKS[subject.severity]
        idle = {
            St.OPEN: clocks.first_response * rng.uniform(0.1, 1.6),
            St.ACKNOWLEDGED: ctx.minutes(5, 240),
            St.INVESTIGATING: clocks.resolution * rng.uniform(0.02, 0.6),
            St.RESOLVED: ctx.minutes(10, 180),
            St.CALLBACK_DONE: ctx.hours(0.2, 20),
            St.CLOSED: ctx.hours(2, 18 * 24),
            St.REOPENED: ctx.hours(0.2, 20),
        }[status]
        opened = ctx.now - span - idle
    opened = opened.replace(microsecond=0)
    order: Row | None = None
    if subject.wants_order:
        before = bisect.bisect_right(ends, opened)  # orders that had ended by the opening
        order = rng.choice(finished[:before]) if before else None
    at = {k: opened + v for k, v in off.items()}
    return _rows(ctx, subject, order, at, [(opened + o, c) for o, c in calls])


# stage reached (the latest first) -> the ticket's status
REACHED: tuple[tuple[str, St], ...] = (
    ("closed", St.CLOSED), ("callback_done", St.CALLBACK_DONE), ("resolved", St.RESOLVED),
    ("investigating", St.INVESTIGATING), ("acknowledged", St.ACKNOWLEDGED), ("opened", St.OPEN),
)  # fmt: skip


def _lived(
    ctx: Ctx, subject: Subject, opened: datetime, off: dict[str, timedelta],
    calls: list[tuple[timedelta, CallbackOutcome]],
) -> Ticket:  # fmt: skip
    """The ticket opened at ``opened``, with the stages and calls that came by now."""
    at = {k: opened + v for k, v in off.items() if opened + v <= ctx.now}
    made = [(opened + o, c) for o, c in calls if opened + o <= ctx.now]
    status = next(s for stage, s in REACHED if stage in at)
    return _rows(ctx, replace(subject, status=status), subject.about, at, made)


def _rows(
    ctx: Ctx, subject: Subject, order: Row | None, at: dict[str, datetime],
    calls: list[tuple[datetime, CallbackOutcome]],
) -> Ticket:  # fmt: skip
    rng, status = ctx.rng, subject.status
    provider_id = order["provider_id"] if order else subject.provider_id
    resolved_at = at.get("resolved")
    due = deadlines(subject.severity, at["opened"], resolved_at, at.get("reopened"))
    substantiated: bool | None = None
    if subject.decided_at is not None:
        substantiated = True
    elif resolved_at is not None and provider_id is not None:
        substantiated = rng.choices((True, False, None), weights=(55, 35, 10))[0]
    elif resolved_at is not None:
        substantiated = rng.choice((False, None))
    against = substantiated is True and provider_id is not None
    # Closing needs the sanction decision; some called-back tickets still wait for it.
    decided = against and (
        status is St.CLOSED or (status is St.CALLBACK_DONE and rng.random() < 0.5)
    )
    summary = rng.choice(texts.SUMMARIES[subject.category])
    resolution = rng.choice(texts.RESOLUTIONS[substantiated]) if resolved_at else ""

    ticket = Ticket(subject)
    note = _note_adder(ticket)
    note(at["opened"], "record", f"客户来电反映：{summary}。")
    if "acknowledged" in at:
        note(at["acknowledged"], "system", "坐席已受理工单，开始处理。")
    if "investigating" in at:
        note(at["investigating"], "handling", rng.choice(texts.INVESTIGATION_NOTES))
    if resolved_at is not None:
        note(resolved_at, "handling", f"处理结果：{resolution}。")
        if decided and subject.decided_at is None:
            note(resolved_at + timedelta(minutes=5), "handling", texts.NO_SANCTION_NOTE)
    for when, outcome in calls:
        ticket.callbacks.append(
            {"id": 0, "version": 1, "updated_at": when, "complaint_id": 0, "agent_id": AGENT_ID,
             "at": when, "outcome": outcome.value,
             "note": rng.choice(texts.CALLBACK_NOTES[outcome])}
        )  # fmt: skip
    if "reopened" in at:
        note(at["reopened"], "system", "客户回访不满意，工单重新打开。")
    escalated = _escalate(ctx, subject, at, (due.first_response, due.resolution), note)
    if "closed" in at:
        note(at["closed"], "system", "已回访客户，工单关闭。")
    reopened = "reopened" in at
    ticket.row = {
        "id": 0, "version": 1,
        "updated_at": max(n["at"] for n in (*ticket.notes, *ticket.callbacks)),
        "code": "", "order_id": order["id"] if order else None,
        "customer_id": order["customer_id"] if order else subject.customer_id,
        "provider_id": provider_id, "category": subject.category,
        "severity": subject.severity.value, "status": status.value, "summary": summary,
        "assignee_id": AGENT_ID if "acknowledged" in at else None,
        "opened_at": at["opened"], "acknowledged_at": at.get("acknowledged"),
        "resolved_at": None if reopened else resolved_at, "closed_at": at.get("closed"),
        "first_response_due": due.first_response, "resolution_due": due.resolution,
        "callback_due": None if reopened else due.callback,
        "resolution": "" if reopened else resolution, "substantiated": substantiated,
        "sanction_decided": decided or subject.decided_at is not None,
        "escalated": escalated, "possible_duplicate_of": None,
        "reopen_count": 1 if reopened else 0,
    }  # fmt: skip
    return ticket


def _escalate(
    ctx: Ctx, subject: Subject, at: dict[str, datetime], due: tuple[datetime, datetime],
    note: NoteAdder,
) -> bool:  # fmt: skip
    """Most tickets whose clock has run out are escalated to a supervisor (上报主管)."""
    if subject.status not in OPEN_STAGES:
        return False
    first_response, resolution = due
    missed = resolution if "acknowledged" in at else first_response
    if ctx.now <= missed or ctx.rng.random() >= 0.6:
        return False
    when = min(missed + ctx.minutes(5, 30), ctx.now)
    note(when, "escalation", "处理超时，已上报值班主管。")
    return True


def _note_adder(ticket: Ticket) -> NoteAdder:
    def add(at: datetime, kind: str, body: str) -> None:
        ticket.notes.append(
            {"id": 0, "version": 1, "updated_at": at, "complaint_id": 0, "author_id": AGENT_ID,
             "at": at, "kind": kind, "body": body}
        )  # fmt: skip

    return add
