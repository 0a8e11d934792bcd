"""The deterministic Beijing demo data set: plain rows, column name -> value, per entity.

``generate(now, seed)`` is pure: the same seed and the same ``now`` give identical rows. It
reads no clock and touches no database; the seeder inserts what it returns.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.models.enums import Role
from app.server.demo import addresses, history, names, sanctions
from app.server.demo.base import Ctx, Row
from app.server.demo.certificates import backlog
from app.server.demo.complaints import build_tickets, ordinary_subjects
from app.server.demo.orders import Roster, generate_orders, number
from app.server.demo.training import month_activity, training_courses, training_sessions
from app.server.demo.workforce import Workforce, provider_rows

DEMO_PASSWORD = "shangmen-demo"

# The six demo accounts, ids 1-6 in this order (see base.DISPATCHER_ID ...).
USERS: tuple[tuple[str, str], ...] = (
    (Role.DISPATCHER, "调度员 王芳"),
    (Role.AGENT, "客服 李娜"),
    (Role.REVIEWER, "审核员 张伟"),
    (Role.TRAINER, "培训师 刘洋"),
    (Role.SUPERVISOR, "主管 陈静"),
    (Role.ADMIN, "管理员 赵磊"),
)

# Entity names (as in app.server.projections.ENTITIES) in foreign-key order.
INSERT_ORDER: tuple[str, ...] = (
    "user", "training_course", "customer", "provider", "certification", "training_session",
    "assessment", "assessment_amendment", "order", "order_event", "complaint", "complaint_note",
    "callback_attempt", "sanction", "appeal", "customer_block", "training_enrolment",
)  # fmt: skip


# Tables that are not feed entities (no change-log rows), inserted after the entities.
PRIVATE_ORDER: tuple[str, ...] = ("document_blobs", "certification_documents")


@dataclass(frozen=True)
class DemoData:
    """Rows per entity name, in ``INSERT_ORDER``; each row holds every column of its table.
    ``private``: rows per table name for tables that never enter the feed (the scans)."""

    rows: dict[str, list[Row]]
    private: dict[str, list[Row]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {entity: len(rows) for entity, rows in self.rows.items()}


def default_sanctions(providers: int) -> int:
    return max(4, providers // 250)


def generate(
    now: datetime,
    seed: int,
    *,
    orders: int = 1500,
    providers: int = 2000,
    customers: int = 500,
    complaints: int = 60,
    sanction_count: int | None = None,
    password_hash: str = "",
    lean: bool = False,
    history_days: int = 0,
) -> DemoData:
    """The demo data set as seen at ``now`` (aware); today is ``now``'s Beijing calendar day.

    ``password_hash`` goes into every user row (hash once: argon2 is slow on purpose).
    ``complaints`` is the number of tickets; the tickets behind the sanctions count towards
    it and are always made. ``sanction_count`` defaults to ``max(4, providers // 250)``.
    ``lean`` leaves out everything but users, customers, providers, orders and their events
    (for order-volume benchmarks); every active provider is then qualified for their categories.
    ``history_days``: the Beijing days before today that also have their orders (about
    ``orders`` a day, by weekday) and complaints (see :mod:`app.server.demo.history`); they
    come first in id order. Not with ``lean``.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    ctx = Ctx(random.Random(seed), now.astimezone(UTC))
    users = _users(ctx, password_hash)
    work = Workforce()
    past_sessions: dict[int, list[Row]] = {}
    if not lean:
        training_courses(ctx, work)
        past_sessions = training_sessions(ctx, work, providers)
    customer_rows = _customers(ctx, customers)
    provider_rows(ctx, work, providers, past_sessions, records=not lean)
    if not lean:
        backlog(ctx, work.book)
        month_activity(ctx, work)

    count = default_sanctions(providers) if sanction_count is None else sanction_count
    plans = sanctions.plan(ctx, work, customer_rows, count) if customer_rows and not lean else []
    held = {p.provider_id for p in plans if p.holds}
    roster = Roster.build(ctx, (p for p in work.providers if p["id"] not in held), work.qualified)
    past = Ctx(random.Random(f"{seed}:history"), ctx.now)
    history_days = 0 if lean or not customer_rows else history_days
    order_rows, event_rows, old_orders = _orders(
        ctx, past, history_days, orders, customer_rows, roster
    )

    tickets = []
    if customer_rows and not lean:
        behind = [subject for _plan, subject in sanctions.subjects(plans)]
        active = [
            p["id"] for p in work.providers if p["status"] == "active" and p["id"] not in held
        ]
        ordinary = ordinary_subjects(ctx, max(0, complaints - len(behind)), customer_rows, active)
        later = history.complaint_subjects(past, old_orders)
        tickets = build_tickets(ctx, [*behind, *ordinary, *later], order_rows)
    outcome = sanctions.rows(ctx, work, plans, tickets)

    rows: dict[str, list[Row]] = {
        "user": users,
        "training_course": work.courses,
        "customer": customer_rows,
        "provider": work.providers,
        "certification": work.certifications,
        "training_session": sorted(work.sessions, key=lambda r: r["id"]),
        "assessment": work.assessments,
        "assessment_amendment": work.amendments,
        "order": order_rows,
        "order_event": event_rows,
        "complaint": [tk.row for tk in tickets],
        "complaint_note": sorted((n for tk in tickets for n in tk.notes), key=_by_id),
        "callback_attempt": sorted((c for tk in tickets for c in tk.callbacks), key=_by_id),
        "sanction": outcome.sanctions,
        "appeal": outcome.appeals,
        "customer_block": outcome.blocks,
        "training_enrolment": work.enrolments,
    }
    blobs = list({b["sha256"]: b for b in work.book.blobs}.values())  # content-addressed
    private = {"document_blobs": blobs, "certification_documents": work.book.documents}
    return DemoData({entity: rows[entity] for entity in INSERT_ORDER}, private)


def _orders(
    ctx: Ctx, past: Ctx, days: int, count: int, customers: list[Row], roster: Roster
) -> tuple[list[Row], list[Row], list[Row]]:
    """The past days' orders, today's rolling day, the bookings made for the days ahead (with
    ``days`` only), ids in that order, booked on one roster in order of start; and their
    events. Also returns the past days' orders. ``past`` draws for the past days and the
    days ahead: how many there are does not change today's draws."""
    lived = history.past_orders(past, days, count, customers, roster)
    old_orders, old_events = number(lived, history.codes(lived), 0, 0)
    today, today_events = generate_orders(
        ctx, count, customers, roster, after=len(old_orders), events_after=len(old_events)
    )
    ahead = history.booked(past, count, customers, roster) if days else []
    day, first = ctx.today.strftime("%Y%m%d"), len(today) + 1
    codes = [f"SM{day}-{n:06d}" for n in range(first, first + len(ahead))]  # today's series
    new_orders, new_events = number(
        ahead, codes, len(old_orders) + len(today), len(old_events) + len(today_events)
    )
    orders = [*old_orders, *today, *new_orders]
    return orders, [*old_events, *today_events, *new_events], old_orders


def _by_id(row: Row) -> int:
    value: int = row["id"]
    return value


def _users(ctx: Ctx, password_hash: str) -> list[Row]:
    return [
        {
            "id": user_id,
            "version": 1,
            "updated_at": ctx.now - timedelta(days=30),
            "username": role.value,
            "display_name": display_name,
            "role": role.value,
            "password_hash": password_hash,
            "active": True,
            "must_change_password": False,
            "disabled_at": None,
            "totp_secret": None,
            "totp_last_step": None,
            "totp_enabled_at": None,
            "recovery_code_hashes": None,
        }
        for user_id, (role, display_name) in enumerate(((Role(r), d) for r, d in USERS), start=1)
    ]


def _customers(ctx: Ctx, count: int) -> list[Row]:
    rows = []
    for customer_id in range(1, count + 1):
        gender = "F" if ctx.rng.random() < 0.6 else "M"
        where, address, lat, lng = addresses.home(ctx.rng)
        rows.append(
            {
                "id": customer_id, "version": 1, "updated_at": ctx.days_ago(1, 300),
                "code": f"C{customer_id:06d}", "name": names.person_name(ctx.rng, gender),
                "phone": names.mobile(ctx.rng), "district": where.code, "address": address,
                "lat": lat, "lng": lng, "vip": ctx.rng.random() < 0.08,
            }
        )  # fmt: skip
    return rows
