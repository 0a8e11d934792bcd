"""The complaints workbench's reads of the local cache: queues, a ticket, staff, sanctions.

Everything here runs off the UI thread on a :class:`CacheReader` and is computed from the
cached feed rows with the same pure assembly the server uses (``app.rules.complaint_detail``,
``app.rules.sanction_rows``), so the desktop shows what the server would answer without
asking it. Only the hotline phone lookup still goes to the server: phones are masked in
the cache, and a lookup is audited.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.client.cache import CacheReader
from app.client.sanction_record import SanctionRecord
from app.models.enums import ComplaintStatus, Severity
from app.rules.complaint_detail import (
    TicketRows,
    Viewer,
    assignee_view,
    complaint_detail,
    queue_item,
)
from app.rules.complaint_rows import (
    FACT_NOTE_KINDS,
    Row,
    as_id,
    as_time,
    history_facts,
    ticket_facts,
)
from app.rules.complaints import ComplaintFacts
from app.rules.sanction_rows import assessment_facts, provider_sanctions_view
from app.rules.sanctions import AssessmentFacts
from app.rules.sla import SEVERITY_RANK, urgency_key
from app.schemas.complaints import ComplaintDetail

OPEN_STATES: tuple[str, ...] = tuple(
    s.value for s in ComplaintStatus if s is not ComplaintStatus.CLOSED
)
TEAM_LIMIT = 500
_LONG_AGO = datetime.min.replace(tzinfo=UTC)
MINE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class TicketRow:
    """One ticket in a queue: its row and the clock facts a queue shows."""

    id: int
    version: int
    code: str
    severity: str
    status: str
    category: str
    summary: str
    customer_id: int | None
    order_id: int | None
    provider_id: int | None
    assignee_id: int | None
    opened_at: datetime | None
    next_deadline: datetime | None  # the earliest running clock's deadline; None: none runs
    needs_escalation: bool
    escalated: bool
    reopen_count: int
    possible_duplicate_of: int | None
    breached: bool = False  # a deadline was missed, as the row was read (the item's "overdue")

    def overdue(self, now: datetime) -> bool:
        return self.next_deadline is not None and self.next_deadline < now

    def urgency(self, now: datetime) -> tuple[Any, ...]:
        """``app.rules.sla.urgency_key`` from the row alone, so a queue can re-rank itself as
        deadlines pass without reading: a ticket is overdue exactly when its earliest running
        deadline has passed."""
        opened = self.opened_at or _LONG_AGO
        try:
            rank = SEVERITY_RANK[Severity(self.severity)]
        except ValueError:
            rank = 9
        if self.status == ComplaintStatus.CLOSED.value:
            return (3, 0, opened, rank, opened, self.id)
        if self.next_deadline is None:
            return (2, rank, opened, rank, opened, self.id)
        if self.next_deadline < now:
            return (0, rank, self.next_deadline, rank, opened, self.id)
        return (1, 0, self.next_deadline, rank, opened, self.id)


def ticket_row(item: Mapping[str, Any]) -> TicketRow:
    """A queue item (``app.rules.complaint_detail.queue_item``) as a typed row."""
    return TicketRow(
        id=int(item["id"]),
        version=int(item.get("version") or 1),
        code=str(item.get("code") or ""),
        severity=str(item.get("severity") or ""),
        status=str(item.get("status") or ""),
        category=str(item.get("category") or ""),
        summary=str(item.get("summary") or ""),
        customer_id=as_id(item.get("customer_id")),
        order_id=as_id(item.get("order_id")),
        provider_id=as_id(item.get("provider_id")),
        assignee_id=as_id(item.get("assignee_id")),
        opened_at=as_time(item.get("opened_at")),
        next_deadline=as_time(item.get("next_deadline")),
        needs_escalation=bool(item.get("needs_escalation")),
        escalated=bool(item.get("escalated")),
        reopen_count=int(item.get("reopen_count") or 0),
        possible_duplicate_of=as_id(item.get("possible_duplicate_of")),
        breached=bool(item.get("overdue")),
    )


def handover_item(row: TicketRow) -> dict[str, Any]:
    """A queue row as ``app.reports.handover.build_handover`` prints a ticket."""
    return {
        "id": row.id,
        "code": row.code,
        "severity": row.severity,
        "status": row.status,
        "summary": row.summary,
        "assignee_id": row.assignee_id,
        "next_deadline": row.next_deadline.isoformat() if row.next_deadline else None,
        "overdue": row.breached,
        "needs_escalation": row.needs_escalation,
    }


@dataclass(frozen=True, slots=True)
class Queues:
    """The open tickets in urgency order: the user's own and the team's."""

    mine: list[TicketRow]
    team: list[TicketRow]


@dataclass(frozen=True, slots=True)
class StaffMember:
    id: int
    username: str
    display_name: str
    role: str

    @property
    def name(self) -> str:
        return self.display_name or self.username


# ---- queries ------------------------------------------------------------------------------


def _by_complaint(reader: CacheReader, entity: str, ids: Sequence[int]) -> dict[int, list[Row]]:
    out: dict[int, list[Row]] = {i: [] for i in ids}
    for row in reader.where(entity, "complaint_id", ids):
        out.setdefault(int(row["complaint_id"]), []).append(row)
    return out


def facts_of(reader: CacheReader, rows: Sequence[Row]) -> dict[int, ComplaintFacts]:
    """The rules' facts of many cached tickets (two reads, whatever their number)."""
    ids = [int(r["id"]) for r in rows]
    notes = _by_complaint(reader, "complaint_note", ids)
    callbacks = _by_complaint(reader, "callback_attempt", ids)
    return {
        int(r["id"]): ticket_facts(
            r,
            [n for n in notes[int(r["id"])] if n.get("kind") in FACT_NOTE_KINDS],
            callbacks[int(r["id"])],
        )
        for r in rows
    }


def ranked(reader: CacheReader, rows: Sequence[Row], now: datetime) -> list[dict[str, Any]]:
    """Queue items of ``rows`` in urgency order (``app.rules.sla.urgency_key``)."""
    facts = facts_of(reader, [r for r in rows if r.get("status") != ComplaintStatus.CLOSED.value])
    # Closed tickets rank last, by opening time (their history facts suffice for that).
    order = sorted(
        rows, key=lambda r: (urgency_key(facts.get(r["id"]) or history_facts(r), now), r["id"])
    )
    return [queue_item(r, facts.get(r["id"]), now) for r in order]


def queues(reader: CacheReader, me: int | None, now: datetime) -> Queues:
    """Open tickets (team: all of them; mine: assigned to ``me``), most urgent first."""
    items = ranked(reader, reader.where("complaint", "status", OPEN_STATES), now)
    team = items[:TEAM_LIMIT]
    mine = [i for i in items if me is not None and i.get("assignee_id") == me][:MINE_LIMIT]
    return Queues([ticket_row(i) for i in mine], [ticket_row(i) for i in team])


def customer_tickets(reader: CacheReader, customer_id: int, now: datetime) -> list[TicketRow]:
    """Every ticket of a customer, closed ones included: open first by urgency, then closed."""
    return [
        ticket_row(i)
        for i in ranked(reader, reader.where("complaint", "customer_id", [customer_id]), now)
    ]


def _assessments(reader: CacheReader, provider_id: int) -> list[AssessmentFacts]:
    rows = reader.where("assessment", "provider_id", [provider_id])
    courses = reader.many(
        "training_course", {int(a["course_id"]) for a in rows if a.get("course_id")}
    )
    return assessment_facts(rows, {c["id"]: str(c.get("code") or "") for c in courses})


def _related(reader: CacheReader, row: Row) -> list[Row]:
    found: dict[int, Row] = {}
    for column in ("customer_id", "provider_id", "order_id"):
        value = row.get(column)
        if value is not None:
            found.update((r["id"], r) for r in reader.where("complaint", column, [value]))
    return list(found.values())


def ticket_rows(reader: CacheReader, complaint_id: int) -> TicketRows | None:
    """Everything the cache holds about one ticket; None when it holds no such ticket."""
    row = reader.get("complaint", complaint_id)
    if row is None:
        return None
    provider_id = as_id(row.get("provider_id"))
    sanctions = reader.where("sanction", "complaint_id", [complaint_id])
    related = _related(reader, row)
    return TicketRows(
        complaint=row,
        notes=reader.where("complaint_note", "complaint_id", [complaint_id]),
        callbacks=reader.where("callback_attempt", "complaint_id", [complaint_id]),
        sanctions=sanctions,
        appeals=reader.where("appeal", "sanction_id", [s["id"] for s in sanctions]),
        assessments=_assessments(reader, provider_id) if provider_id is not None else (),
        blocks=reader.where("customer_block", "customer_id", [row["customer_id"]]),
        customer=reader.get("customer", int(row["customer_id"])),
        order=_get(reader, "order", row.get("order_id")),
        provider=_get(reader, "provider", provider_id),
        assignee=assignee_view(_get(reader, "user", row.get("assignee_id"))),
        related=related,
        provider_complaints=[
            r for r in related if provider_id is not None and r.get("provider_id") == provider_id
        ],
    )


def _get(reader: CacheReader, entity: str, entity_id: object) -> dict[str, Any] | None:
    wanted = as_id(entity_id)
    return reader.get(entity, wanted) if wanted is not None else None


def ticket_detail(
    reader: CacheReader, complaint_id: int, viewer: Viewer, now: datetime
) -> ComplaintDetail | None:
    """The ticket detail the server would send this user now, from the cache: the rules'
    assembly parsed into the response type GET /complaints/{id} declares."""
    rows = ticket_rows(reader, complaint_id)
    if rows is None:
        return None
    return ComplaintDetail.model_validate(complaint_detail(rows, viewer, now))


def staff(reader: CacheReader) -> list[StaffMember]:
    """Active users, by id (names for the queues; who a ticket may be assigned to)."""
    return [
        StaffMember(
            int(u["id"]),
            str(u.get("username") or ""),
            str(u.get("display_name") or ""),
            str(u.get("role") or ""),
        )
        for u in reader.all("user")
        if u.get("active", True)
    ]


def provider_sanctions(
    reader: CacheReader, provider_id: int, now: datetime
) -> SanctionRecord | None:
    """A provider's sanctions, newest first, with appeals and the current dispatch hold."""
    provider = reader.get("provider", provider_id)
    if provider is None:
        return None
    sanctions = reader.where("sanction", "provider_id", [provider_id])
    appeals = reader.where("appeal", "sanction_id", [s["id"] for s in sanctions])
    return SanctionRecord.from_view(
        provider_sanctions_view(
            provider, sanctions, appeals, _assessments(reader, provider_id), now
        )
    )
