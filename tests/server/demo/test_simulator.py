"""The live simulator: every step goes through the services, the feed and the audit log."""

from __future__ import annotations

import threading
from collections import defaultdict
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from app.models import tables as t
from app.models.enums import OrderStatus
from app.rules.orders import OrderAction, transition
from app.server.db import Database
from app.server.demo.base import BEIJING
from app.server.demo.simulator import BACKLOG_GROWTH, MIN_BACKLOG, Simulator
from app.server.errors import ApiError
from app.server.services import orders as order_service
from tests.server.demo.conftest import NOW


def _count(db: Database, table: type[t.Base]) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(table)) or 0


def test_steps_create_and_advance_orders_through_the_services(seeded: Database) -> None:
    commits: list[int] = []
    sim = Simulator(seeded, seed=1, on_commit=lambda: commits.append(1))
    changes, audits = _count(seeded, t.ChangeLog), _count(seeded, t.AuditLog)

    results = [sim.step(NOW + timedelta(minutes=i)) for i in range(60)]

    done = [r for r in results if r is not None]
    assert len(commits) == len(done) > 30
    kinds = {r.split()[0] for r in done}
    assert {"order.create", "order.assign", "order.accept", "order.complete"} <= kinds
    with seeded.read() as session:
        logged = list(session.scalars(select(t.AuditLog).where(t.AuditLog.username == "simulator")))
        assert sorted(a.action for a in logged) == sorted(r.split()[0] for r in done)
        assert all(a.client_address == "simulator" and a.user_id is None for a in logged)
        assert _count(seeded, t.AuditLog) == audits + len(done)
        # an order change plus its event per step: the feed saw every one
        assert _count(seeded, t.ChangeLog) == changes + 2 * len(done)


def test_an_unattended_simulator_leaves_a_workable_backlog_not_a_flood(seeded: Database) -> None:
    def pending() -> int:
        with seeded.read() as session:
            q = select(func.count()).select_from(t.Order).where(t.Order.status == "pending")
            return session.scalar(q) or 0

    sim = Simulator(seeded, seed=3)
    before = pending()

    results = [sim.step(NOW + timedelta(seconds=5 * i)) for i in range(600)]

    created = sum(1 for r in results if r is not None and r.startswith("order.create"))
    assert created > 0  # bookings still come in
    assert pending() <= max(MIN_BACKLOG, int(before * BACKLOG_GROWTH))
    # Idle steps stay idle rather than booking: not every step does something.
    assert results.count(None) > 0


def test_orders_stay_consistent_with_their_events(seeded: Database) -> None:
    sim = Simulator(seeded, seed=2)
    for i in range(40):
        sim.step(NOW + timedelta(minutes=2 * i))
    with seeded.read() as session:
        events = defaultdict(list)
        for event in session.scalars(select(t.OrderEvent).order_by(t.OrderEvent.id)):
            events[event.order_id].append(event)
        orders = list(session.scalars(select(t.Order)))
        categories = {
            r.id: r.categories
            for r in session.execute(select(t.Provider.id, t.Provider.categories))
        }
    for order in orders:
        status = OrderStatus.PENDING
        for event in events[order.id][1:]:
            target = transition(status, OrderAction(event.action))
            assert isinstance(target, OrderStatus)
            assert event.to_status == target.value
            status = target
        assert order.status == status.value
        if order.provider_id is not None:
            assert order.category in categories[order.provider_id]
        if order.created_at > NOW:  # made by the simulator: a daytime slot, later on
            start = order.scheduled_start.astimezone(BEIJING)
            assert order.scheduled_start > order.created_at
            assert (7, 0) <= (start.hour, start.minute) <= (20, 30)


def test_conflicts_are_skipped_quietly(seeded: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def conflict(*_args: object, **_kw: object) -> None:
        raise ApiError(412, "stale_version", "订单已被他人修改。", "Changed by someone else.")

    monkeypatch.setattr(order_service, "act", conflict)
    monkeypatch.setattr(order_service, "create_order", conflict)
    commits: list[int] = []
    sim = Simulator(seeded, seed=3, on_commit=lambda: commits.append(1))
    changes = _count(seeded, t.ChangeLog)

    assert [sim.step(NOW) for _ in range(5)] == [None] * 5
    assert commits == []
    assert _count(seeded, t.ChangeLog) == changes


def test_other_errors_are_not_swallowed(seeded: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*_args: object, **_kw: object) -> None:
        raise ApiError(403, "forbidden", "无权操作。", "Forbidden.")

    monkeypatch.setattr(order_service, "create_order", refused)
    monkeypatch.setattr(order_service, "act", refused)
    with pytest.raises(ApiError):
        Simulator(seeded, seed=3).step(NOW)


def test_runs_in_the_background_until_stopped(seeded: Database) -> None:
    committed = threading.Event()
    sim = Simulator(
        seeded, rate=50, seed=4, on_commit=committed.set, clock=lambda: NOW + timedelta(minutes=5)
    )
    sim.start()
    try:
        assert committed.wait(timeout=30)
        assert sim.running
    finally:
        sim.stop()
    assert not sim.running


def test_rate_must_be_positive(db: Database) -> None:
    with pytest.raises(ValueError, match="rate"):
        Simulator(db, rate=0)
