"""The offline ranking from the cache agrees with the server's ranking on the same rows."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import select, update

from app.client import endpoints
from app.client.api import ApiClient
from app.client.cache import Cache
from app.client.dispatch import CANDIDATES_INELIGIBLE, CANDIDATES_TOP, CandidateList
from app.client.dispatch_offline import NO_BLOCKS, rank_offline
from app.client.errors import ClientError
from app.client.outbox import Outbox
from app.models import tables as t
from app.models.enums import Role
from app.server.projections import ENTITIES, for_role, project
from tests.server import factories
from tests.server.conftest import LiveServer, live  # noqa: F401  (the live server fixture)

SEEDED = (
    "user", "customer", "customer_block", "provider", "certification", "training_course",
    "assessment", "sanction", "appeal", "order",
)  # fmt: skip


def mirror(live: LiveServer, role: Role) -> Cache:  # noqa: F811
    """A cache holding every row as the feed carries it to ``role``."""
    from app.server.projections import visible

    changes: list[dict[str, Any]] = []
    with live.db.read() as session:
        for entity in SEEDED:
            if not visible(entity, role):
                continue
            for obj in session.scalars(select(ENTITIES[entity])):
                data = for_role(entity, project(entity, obj), role)
                changes.append(
                    {"entity": entity, "id": data["id"], "version": data["version"], "op": "U",
                     "data": data}
                )  # fmt: skip
    cache = Cache(":memory:")
    cache.apply_page(changes, "seeded")
    return cache


def seed(live: LiveServer) -> tuple[int, dict[str, int]]:  # noqa: F811
    """An order and providers that each meet a different rule; returns (order id, providers)."""
    db = live.db
    customer = factories.add_customer(db)
    p = {
        "near": factories.add_provider(db, phone="13900000001"),
        "far": factories.add_provider(db, phone="13900000002"),
        "busy": factories.add_provider(db, phone="13900000003"),
        "unqualified": factories.add_provider(db, phone="13900000004", qualified=False),
        "blocked": factories.add_provider(db, phone="13900000005"),
        "suspended": factories.add_provider(db, phone="13900000006"),
        "appealed": factories.add_provider(db, phone="13900000007"),
        "other_district": factories.add_provider(db, phone="13900000008"),
        "inactive": factories.add_provider(db, phone="13900000009", status="inactive"),
        "plumber": factories.add_provider(
            db, phone="13900000010", categories=("plumbing_electrical",)
        ),
    }
    s = live.login(Role.SUPERVISOR)
    r = s.post(live.api("/orders"), json=factories.order_body(customer, hours_ahead=5), timeout=10)
    assert r.status_code == 201, r.text
    order = r.json()
    now = factories.now()
    with db.write() as w:
        tp = t.Provider
        w.execute(update(tp).where(tp.id == p["far"]).values(home_lat=39.99, rating=4.2))
        w.execute(
            update(tp)
            .where(tp.id == p["other_district"])
            .values(home_district="haidian", districts_served=["haidian"], home_lat=40.2)
        )
        w.add(
            t.CustomerBlock(
                customer_id=customer, provider_id=p["blocked"], reason="不愿再用", updated_at=now
            )
        )
        for who in ("suspended", "appealed"):
            w.add(
                t.Sanction(
                    provider_id=p[who], level="suspension", status="active", reason="投诉属实",
                    decided_by=live.users[Role.SUPERVISOR], decided_at=now - timedelta(days=1),
                    ends_at=now + timedelta(days=20), updated_at=now,
                )
            )  # fmt: skip
        w.flush()
        appealed = w.scalars(select(t.Sanction).where(t.Sanction.provider_id == p["appealed"]))
        w.add(
            t.Appeal(
                sanction_id=appealed.one().id,
                filed_at=now,
                reason="不是我",
                status="pending",
                updated_at=now,
            )
        )
        start = t.Order
        booked = w.get(start, order["id"])
        assert booked is not None
        # Another order of the customer, booked for "busy" at the same time, rated highly
        # by the customer before: a favourite that cannot be sent.
        w.add(
            t.Order(
                code="OBUSY", status="assigned", category="cleaning", district="chaoyang",
                address=booked.address, customer_id=customer, provider_id=p["busy"],
                lat=booked.lat, lng=booked.lng, scheduled_start=booked.scheduled_start,
                scheduled_end=booked.scheduled_end, dispatch_by=booked.dispatch_by,
                price_cents=19900, premium=False, rating=5, created_at=now, updated_at=now,
            )
        )  # fmt: skip
        w.add(
            t.Order(
                code="ODONE", status="completed", category="cleaning", district="chaoyang",
                address=booked.address, customer_id=customer, provider_id=p["far"],
                lat=booked.lat, lng=booked.lng, scheduled_start=now - timedelta(days=9),
                scheduled_end=now - timedelta(days=9) + timedelta(hours=2),
                dispatch_by=now - timedelta(days=10), price_cents=19900, premium=False,
                rating=5, created_at=now, updated_at=now,
            )
        )  # fmt: skip
    return int(order["id"]), p


def server_ranking(live: LiveServer, order_id: int) -> CandidateList:  # noqa: F811
    s = live.login(Role.SUPERVISOR)
    r = s.get(
        live.api(f"/orders/{order_id}/candidates"),
        params={"top": CANDIDATES_TOP, "ineligible": CANDIDATES_INELIGIBLE},
        timeout=10,
    )
    assert r.status_code == 200, r.text
    order = s.get(live.api(f"/orders/{order_id}"), timeout=10).json()
    return CandidateList.from_wire(r.json(), order)


def test_the_offline_ranking_is_the_servers_on_the_same_rows(live: LiveServer) -> None:  # noqa: F811
    order_id, p = seed(live)
    online = server_ranking(live, order_id)
    cache = mirror(live, Role.SUPERVISOR)

    offline = rank_offline(cache, order_id, Role.SUPERVISOR.value, factories.now())

    assert offline.provisional
    assert not online.provisional
    assert NO_BLOCKS not in offline.unchecked  # a supervisor receives customer blocks
    assert (offline.order_id, offline.order_version) == (online.order_id, online.order_version)
    assert (offline.order_lat, offline.order_lng) == (online.order_lat, online.order_lng)
    assert offline.candidates == online.candidates  # the same providers, order, scores, reasons
    eligible = [c.provider.id for c in offline.candidates if c.eligible]
    assert eligible == [p["near"], p["far"]]  # the customer's favourite is far, still second
    refused = {c.provider.id: {r.code for r in c.reasons} for c in offline.candidates}
    for who in ("busy", "unqualified", "blocked", "suspended", "appealed", "other_district"):
        assert refused[p[who]], who
    assert p["inactive"] not in refused
    assert p["plumber"] not in refused


def test_a_role_without_customer_blocks_ranks_without_them_and_says_so(
    live: LiveServer,  # noqa: F811
) -> None:
    # Every dispatching role receives customer blocks today; the ranking must still be honest
    # for a cache that lacks them (a trainer's, here) rather than read "no blocks" as "none".
    order_id, p = seed(live)
    cache = mirror(live, Role.TRAINER)
    assert cache.count("customer_block") == 0

    offline = rank_offline(cache, order_id, Role.TRAINER.value, factories.now())

    assert NO_BLOCKS in offline.unchecked
    assert p["blocked"] in [c.provider.id for c in offline.candidates if c.eligible]


def test_an_order_missing_from_the_cache_cannot_be_ranked() -> None:
    with pytest.raises(ClientError) as raised:
        rank_offline(Cache(":memory:"), 404, Role.DISPATCHER.value, factories.now())
    assert raised.value.code == "offline_order_missing"
    assert "404" in raised.value.text("en")


def test_the_server_rechecks_a_queued_offline_assignment_and_refuses_it_with_reasons(
    live: LiveServer,  # noqa: F811
) -> None:
    order_id, p = seed(live)
    cache = mirror(live, Role.DISPATCHER)
    offline = rank_offline(cache, order_id, Role.DISPATCHER.value, factories.now())
    best = offline.candidates[0]
    assert best.eligible
    assert best.provider.id == p["near"]
    # Meanwhile on the server (not yet in this cache): the provider is suspended.
    with live.db.write() as w:
        w.add(
            t.Sanction(
                provider_id=p["near"], level="suspension", status="active", reason="投诉属实",
                decided_by=live.users[Role.SUPERVISOR], decided_at=factories.now(),
                ends_at=factories.now() + timedelta(days=20), updated_at=factories.now(),
            )
        )  # fmt: skip
    outbox = Outbox(":memory:")
    outbox.enqueue(
        endpoints.order_action(order_id, "assign"),
        {"provider_id": best.provider.id},
        if_match=offline.order_version,  # the version in the cache
        entity="order",
        entity_id=order_id,
        label="Assign",
    )
    api = ApiClient(live.url, timeout=10.0)
    try:
        api.login(Role.DISPATCHER.value, factories.PASSWORD)
        result = outbox.replay(api)
    finally:
        api.close()

    (refused,) = result.failed  # not a lost command, not a silent assignment
    assert refused.error is not None
    assert refused.error["code"] == "provider_ineligible"
    reasons = refused.error["details"]["reasons"]
    assert reasons
    # The message the problems panel shows names every reason.
    assert all(r["message"] in refused.error["message"] for r in reasons)
    with live.db.read() as r:
        assert r.get(t.Order, order_id).provider_id is None  # type: ignore[union-attr]
