"""The change feed never skips or repeats a committed change and never shows a rolled-back one.

24 writers hold their transactions open for a random time while a reader long-polls the real
server. On SQLite writes are serialised by BEGIN IMMEDIATE, so holding a transaction only
queues the others; there the hold is scaled down (0-20 ms) to keep the test short. On
PostgreSQL the writers really overlap and hold 0-200 ms, which is where a naive sequence-ordered
feed loses rows.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from app.models import tables as t
from app.models.enums import Role
from app.server.changes import record_change
from app.server.db import Database
from tests.server import factories
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for

WRITERS = 24
TXNS_PER_WRITER = 21
ROWS_PER_TXN = 10  # 24 * 21 * 10 = 5,040 changes before rollbacks


class Rollback(Exception):
    pass


@pytest.fixture(params=["sqlite", "postgres"])
def feed_server(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else ""
    cfg = settings_for(tmp_path, url)
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db, (Role.DISPATCHER,))
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()


def writer(
    db: Database,
    w: int,
    max_hold: float,
    committed: list[str],
    rolled: list[str],
    lock: threading.Lock,
) -> None:
    rng = random.Random(w)
    hold = threading.Event()  # never set: wait() is a cancellable sleep holding the txn open
    for n in range(TXNS_PER_WRITER):
        codes = [f"W{w}-{n}-{k}" for k in range(ROWS_PER_TXN)]
        fail = rng.random() < 0.05
        try:
            with db.write() as s:
                for code in codes:
                    c = t.Customer(
                        code=code,
                        name="测试",
                        phone="13800000000",
                        district="chaoyang",
                        address="朝阳区",
                        lat=39.9,
                        lng=116.4,
                        vip=False,
                        updated_at=factories.now(),
                    )
                    s.add(c)
                    record_change(s, c, factories.now())
                hold.wait(rng.uniform(0, max_hold))
                if fail:
                    raise Rollback
        except Rollback:
            with lock:
                rolled.extend(codes)
            continue
        with lock:
            committed.extend(codes)


def test_feed_is_gap_free_under_concurrent_writers(feed_server: LiveServer) -> None:
    live = feed_server
    max_hold = 0.02 if live.db.is_sqlite else 0.2
    session = live.login(Role.DISPATCHER)
    writers_db = Database(live.db.url)  # a separate pool, like another server process
    committed: list[str] = []
    rolled: list[str] = []
    lock = threading.Lock()
    threads = [
        threading.Thread(target=writer, args=(writers_db, w, max_hold, committed, rolled, lock))
        for w in range(WRITERS)
    ]
    received: list[str] = []
    cursor = ""
    for th in threads:
        th.start()
    writing = True
    idle_after_writers = 0
    while idle_after_writers < 10:  # the writers are done and 10 long-polls found nothing
        r = session.get(
            live.api("/changes"), params={"cursor": cursor, "wait": 1, "limit": 500}, timeout=30
        )
        assert r.status_code == 200, r.text
        page = r.json()
        cursor = page["cursor"]
        received.extend(c["data"]["code"] for c in page["changes"] if c["entity"] == "customer")
        if writing and not any(th.is_alive() for th in threads):
            writing = False
            for th in threads:
                th.join()
        if not writing and not page["changes"]:
            idle_after_writers += 1
            if len(received) >= len(committed):
                break
    writers_db.dispose()
    assert len(committed) >= 5000 - WRITERS * TXNS_PER_WRITER * ROWS_PER_TXN // 10
    assert rolled, "the 5% rollbacks should have happened"
    assert len(received) == len(set(received)), "a change was delivered twice"
    assert set(received) == set(committed), "missed or phantom changes"
    assert not set(received) & set(rolled)


def test_cursor_from_another_epoch_is_410(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    r = s.get(live.api("/changes"), params={"cursor": "deadbeef.0.1"}, timeout=10)
    assert r.status_code == 410
    assert r.json()["error"]["code"] == "cursor_expired"
    assert s.get(live.api("/changes"), params={"cursor": "garbage"}, timeout=10).status_code == 400


def test_long_poll_returns_a_change_written_while_waiting(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    customer = factories.add_customer(live.db)
    head = s.get(live.api("/changes"), timeout=10).json()["cursor"]
    got: dict[str, requests.Response] = {}
    started = threading.Event()

    def poll() -> None:
        started.set()
        got["r"] = s.get(live.api("/changes"), params={"cursor": head, "wait": 20}, timeout=30)

    th = threading.Thread(target=poll)
    th.start()
    assert started.wait(5)
    writer = live.login(Role.DISPATCHER)
    created = writer.post(live.api("/orders"), json=factories.order_body(customer), timeout=10)
    assert created.status_code == 201
    th.join(25)
    assert not th.is_alive()
    changes = got["r"].json()["changes"]
    assert ("order", created.json()["id"], 1) in {
        (c["entity"], c["id"], c["version"]) for c in changes
    }


def test_empty_wait_returns_same_cursor(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    first = s.get(live.api("/changes"), timeout=10).json()
    again = s.get(
        live.api("/changes"), params={"cursor": first["cursor"], "wait": 0.2}, timeout=10
    ).json()
    assert again == {"changes": [], "cursor": first["cursor"], "has_more": False}


def test_complaints_reach_only_the_roles_that_may_read_them(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    agent = live.login(Role.AGENT)
    r = agent.post(
        live.api("/complaints"),
        json={
            "category": "attitude",
            "severity": "low",
            "summary": "态度不好",
            "customer_id": customer,
        },
        timeout=10,
    )
    assert r.status_code == 201, r.text
    live.settle(agent)

    def entities(role: Role) -> set[str]:
        page = live.login(role).get(live.api("/changes"), timeout=10).json()
        return {c["entity"] for c in page["changes"]}

    assert "complaint" in entities(Role.AGENT)
    assert "complaint_note" in entities(Role.SUPERVISOR)
    for role in (Role.TRAINER, Role.REVIEWER):
        assert not {"complaint", "complaint_note"} & entities(role), role


def test_a_cursor_ahead_of_the_database_is_410(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    epoch = s.get(live.api("/version"), timeout=10).json()["feed_epoch"]
    r = s.get(live.api("/changes"), params={"cursor": f"{epoch}.0.999999999"}, timeout=10)
    assert r.status_code == 410
    r = s.get(live.api("/changes"), params={"cursor": f"{epoch}.0.\u00b2"}, timeout=10)
    assert r.status_code == 400
