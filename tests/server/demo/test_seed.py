"""Seeding: one transaction of bulk inserts plus a masked change-log entry per row."""

from __future__ import annotations

import json
import re
from collections import Counter

from sqlalchemy import func, select

from app.models import tables as t
from app.server.db import Database
from app.server.demo.generator import DEMO_PASSWORD, generate
from app.server.demo.orders import ROLLING_AHEAD, ROLLING_PAST
from app.server.demo.seed import seed_demo, seed_orders_only
from app.server.projections import ENTITIES
from app.server.security import verify_password
from tests.server.demo.conftest import HISTORY, NOW, SMALL


def _count(db: Database, table: type[t.Base]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_seeding_a_fresh_database_logs_a_change_for_every_row(db: Database) -> None:
    counts = seed_demo(db, NOW, 7, **SMALL, history_days=HISTORY)

    # today's rolling day, the past days' orders and the bookings already made for later
    data = generate(NOW, 7, **SMALL, history_days=HISTORY)
    assert counts["orders"] == len(data.rows["order"]) > SMALL["orders"] * (1 + HISTORY) * 0.8
    assert counts["order_events"] == len(data.rows["order_event"])
    assert counts["complaints"] == len(data.rows["complaint"])
    assert counts["users"] == 6
    with db.read() as session:
        rolling = session.scalar(
            select(func.count()).where(
                t.Order.scheduled_start >= NOW - ROLLING_PAST,
                t.Order.scheduled_start < NOW + ROLLING_AHEAD,
            )
        )
        assert rolling == SMALL["orders"]
        logged = Counter(session.execute(select(t.ChangeLog.entity, t.ChangeLog.entity_id)).all())
        assert all(n == 1 for n in logged.values())  # one entry per row, no duplicates
        for entity, cls in ENTITIES.items():
            ids = set(session.scalars(select(cls.id)))  # type: ignore[attr-defined]
            assert ids, entity
            assert {i for e, i in logged if e == entity} == ids, entity
            assert counts[cls.__tablename__] == len(ids)
        versions = set(session.scalars(select(t.ChangeLog.version)))
        assert versions == {1}


def test_change_log_payloads_carry_no_clear_pii_and_no_secrets(seeded: Database) -> None:
    with seeded.read() as session:
        phones = set(session.scalars(select(t.Customer.phone)))
        phones |= set(session.scalars(select(t.Provider.phone)))
        id_numbers = set(session.scalars(select(t.Provider.id_number)))
        rows = session.execute(select(t.ChangeLog.entity, t.ChangeLog.payload)).all()
    everything = json.dumps([payload for _, payload in rows], ensure_ascii=False)
    assert not any(phone in everything for phone in phones)
    assert not any(number in everything for number in id_numbers)
    assert "argon2" not in everything
    assert "password_hash" not in everything
    for entity, payload in rows:
        if entity in ("customer", "provider"):
            assert re.fullmatch(r"1\d\d\*{4}\d{4}", payload["phone"]), payload["phone"]
        if entity in ("customer", "order"):
            assert payload["address"].endswith("****")
        if entity == "provider":
            assert re.fullmatch(r"110\d{3}\*{8}\d{3}[\dX]", payload["id_number"])


def test_seeding_twice_does_nothing_the_second_time(seeded: Database) -> None:
    before = (_count(seeded, t.Order), _count(seeded, t.ChangeLog), _count(seeded, t.AuditLog))
    assert seed_demo(seeded, NOW, 8, **SMALL) == {}
    assert seed_orders_only(seeded, NOW, 8, 50) == {}
    after = (_count(seeded, t.Order), _count(seeded, t.ChangeLog), _count(seeded, t.AuditLog))
    assert after == before


def test_demo_accounts_log_in_with_the_demo_password(seeded: Database) -> None:
    with seeded.read() as session:
        users = list(session.scalars(select(t.User).order_by(t.User.id)))
        audit = list(session.scalars(select(t.AuditLog)))
    assert [u.username for u in users] == [
        "dispatcher", "agent", "reviewer", "trainer", "supervisor", "admin",
    ]  # fmt: skip
    assert len({u.password_hash for u in users}) == 1  # hashed once
    assert verify_password(users[0].password_hash, DEMO_PASSWORD)
    assert [(a.action, a.username) for a in audit] == [("demo.seed", "seed")]


def test_orders_only_seeding_for_benchmarks(db: Database) -> None:
    counts = seed_orders_only(db, NOW, 3, 80)
    assert counts["orders"] == 80
    assert counts["providers"] == 2000
    assert counts["customers"] == 500
    assert counts["order_events"] == 0
    assert counts["certifications"] == 0
    assert _count(db, t.ChangeLog) == sum(counts.values())
    with db.read() as session:
        assigned = session.execute(
            select(t.Order.category, t.Provider.categories).join(
                t.Provider, t.Provider.id == t.Order.provider_id
            )
        ).all()
    assert assigned
    assert all(category in served for category, served in assigned)
