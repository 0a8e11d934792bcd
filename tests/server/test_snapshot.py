"""GET /snapshot: the rows at one feed position, then the feed from its cursor, leave a mirror
exactly as replaying the whole feed does, for every role, also while writers commit during
the snapshot; and the snapshot is filtered per role as /changes is."""

from __future__ import annotations

import gzip
import json
import threading
from typing import Any

import pytest
import requests

from app.models import tables as t
from app.models.enums import ChangeOp, Role
from app.server.changes import Position, record_change
from app.server.db import Database
from app.server.routes import snapshot as route
from tests.server import factories
from tests.server.conftest import LiveServer

State = dict[tuple[str, int], dict[str, Any]]


def replay(changes: list[dict[str, Any]], state: State) -> State:
    """What the client's Cache does with changes: upsert by version, "D" deletes."""
    for c in changes:
        key = (c["entity"], c["id"])
        if c["op"] == "D":
            state.pop(key, None)
        elif key not in state or c["version"] > state[key]["version"]:
            state[key] = c
    return state


def feed(
    s: requests.Session, live: LiveServer, cursor: str = "", wait: float = 0
) -> tuple[list[Any], str]:
    """Every change after ``cursor`` (pages until the feed has no more) and the last cursor."""
    out: list[Any] = []
    while True:
        page = s.get(
            live.api("/changes"),
            params={"cursor": cursor, "limit": 5000, "wait": wait},
            timeout=30,
        ).json()
        out.extend(page["changes"])
        cursor = page["cursor"]
        if not page["has_more"]:
            return out, cursor


def snapshot(s: requests.Session, live: LiveServer, **kw: Any) -> tuple[str, list[Any]]:
    """The cursor and the rows, each shaped as a feed change (its data decoded)."""
    with s.get(live.api("/snapshot"), stream=True, timeout=30, **kw) as r:
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("text/tab-separated-values")
        lines = [line.decode() for line in r.iter_lines() if line]
    head, *rows, tail = lines
    cursor = json.loads(head)["cursor"]
    assert cursor == r.headers["x-feed-cursor"]
    assert json.loads(head)["epoch"] == cursor.split(".")[0] == r.headers["x-feed-epoch"]
    assert json.loads(tail) == {"rows": len(rows)}
    changes = []
    for row in rows:
        entity, rid, version, data = row.split("\t")
        changes.append(
            {
                "entity": entity,
                "id": int(rid),
                "version": int(version),
                "op": "U",
                "data": json.loads(data),
            }
        )
    return cursor, changes


def add_customers(db: Database, codes: list[str]) -> list[int]:
    ids = []
    with db.write() as s:
        for code in codes:
            c = t.Customer(
                code=code,
                name="王芳",
                phone="13800000000",
                district="chaoyang",
                address="朝阳区建国路88号院3号楼2单元501",
                lat=39.9,
                lng=116.4,
                vip=False,
                updated_at=factories.now(),
            )
            s.add(c)
            record_change(s, c, factories.now())
            ids.append(c.id)
    return ids


def touch(db: Database, ids: list[int], op: ChangeOp = ChangeOp.UPSERT) -> None:
    """A new version of each customer (or a change that deletes it)."""
    with db.write() as s:
        for i in ids:
            c = s.get_one(t.Customer, i)
            c.name = f"{c.name}改"
            c.updated_at = factories.now()
            s.flush()
            record_change(s, c, factories.now(), op)


def with_provider(db: Database) -> None:
    pid = factories.add_provider(db)
    with db.write() as s:
        record_change(s, s.get_one(t.Provider, pid), factories.now())


def test_snapshot_then_feed_equals_the_full_feed_with_writes_during_the_snapshot(
    any_live: LiveServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = any_live
    first = add_customers(live.db, [f"A{i}" for i in range(30)])
    touch(live.db, first[:10])  # a second version: the snapshot holds only the last
    touch(live.db, first[10:12], ChangeOp.DELETE)  # deleted: not in the snapshot
    with_provider(live.db)
    s = live.login(Role.DISPATCHER)
    live.settle(s)

    # The server reads 4 change-log rows at a time and, after its first read, waits until
    # the writers below have committed: they land after the snapshot's position, mid-stream.
    monkeypatch.setattr(route, "CHUNK", 4)
    real = route.read_latest
    written = threading.Event()
    reads: list[int] = []

    def read_latest(session: Any, upto: Position, after: int, limit: int) -> Any:
        if reads:
            assert written.wait(30)
        reads.append(after)
        return real(session, upto, after, limit)

    monkeypatch.setattr(route, "read_latest", read_latest)
    later: list[int] = []

    def write() -> None:
        while not reads:  # the snapshot's position is fixed and its first chunk read
            threading.Event().wait(0.01)
        later.extend(add_customers(live.db, [f"B{i}" for i in range(5)]))
        touch(live.db, first[:20])
        touch(live.db, first[20:22], ChangeOp.DELETE)
        written.set()

    writer = threading.Thread(target=write)
    writer.start()
    cursor, rows = snapshot(s, live)
    writer.join()
    assert len(reads) > 2, "the snapshot was read in several chunks"
    in_snapshot = {(c["entity"], c["id"]): c for c in rows}
    assert len(in_snapshot) == len(rows), "a row twice in one snapshot"
    assert not {("customer", i) for i in later} & set(in_snapshot), "written after its position"
    assert not {("customer", i) for i in first[10:12]} & set(in_snapshot)
    assert in_snapshot[("customer", first[0])]["version"] == 2
    assert in_snapshot[("customer", first[20])]["version"] == 1  # its change came later

    # The 27 changes written after the snapshot's position come through the feed from its
    # cursor (on PostgreSQL they become readable once no older transaction runs, anywhere on
    # the server: wait for them, bounded).
    after: list[Any] = []
    for _ in range(60):
        more, cursor = feed(s, live, cursor, wait=1)
        after.extend(more)
        if len(after) >= 27:
            break
    assert len(after) == 27
    everything, _ = feed(s, live)
    assert replay(after, replay(rows, {})) == replay(everything, {})
    assert ("customer", later[0]) in replay(after, {})


@pytest.fixture
def complaint(live: LiveServer) -> None:
    customer = factories.add_customer(live.db)
    with_provider(live.db)
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


@pytest.mark.usefixtures("complaint")
@pytest.mark.parametrize("role", [Role.DISPATCHER, Role.TRAINER, Role.REVIEWER, Role.SUPERVISOR])
def test_each_role_gets_in_its_snapshot_what_the_feed_gives_it(
    live: LiveServer, role: Role
) -> None:
    s = live.login(role)
    _, rows = snapshot(s, live)
    everything, _ = feed(s, live)
    assert replay(rows, {}) == replay(everything, {})
    entities = {c["entity"] for c in rows}
    provider = next(c["data"] for c in rows if c["entity"] == "provider")
    if role in (Role.TRAINER, Role.REVIEWER):
        assert not {"complaint", "complaint_note"} & entities
    else:
        assert "complaint" in entities
    assert ("id_number" in provider) == (role in (Role.REVIEWER, Role.SUPERVISOR))
    if "id_number" in provider:
        assert "*" in provider["id_number"], "masked"


def test_compressed_when_the_client_accepts_gzip_and_plain_otherwise(live: LiveServer) -> None:
    add_customers(live.db, ["G1", "G2"])
    s = live.login(Role.DISPATCHER)
    live.settle(s)
    packed = s.get(
        live.api("/snapshot"), headers={"Accept-Encoding": "gzip"}, stream=True, timeout=10
    )
    assert packed.headers["content-encoding"] == "gzip"
    body = gzip.decompress(packed.raw.read(decode_content=False))
    plain = s.get(live.api("/snapshot"), headers={"Accept-Encoding": "identity"}, timeout=10)
    assert "content-encoding" not in plain.headers
    assert body == plain.content
    assert b'"code":"G2"' in body


def test_the_snapshot_needs_a_session(live: LiveServer) -> None:
    r = requests.get(live.api("/snapshot"), timeout=10)
    assert r.status_code == 401
