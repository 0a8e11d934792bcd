"""Commands sent at the same moment: unique numbering, no double-booked provider."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from app.models.enums import Role
from tests.server import factories
from tests.server.conftest import LiveServer


def test_concurrent_creates_all_succeed_with_distinct_codes(any_live: LiveServer) -> None:
    live = any_live
    customer = factories.add_customer(live.db)
    sessions = [live.login(Role.DISPATCHER) for _ in range(6)]
    with ThreadPoolExecutor(6) as pool:
        answers = list(
            pool.map(
                lambda s: s.post(
                    live.api("/orders"), json=factories.order_body(customer), timeout=30
                ),
                sessions,
            )
        )
    assert [a.status_code for a in answers] == [201] * 6
    assert len({a.json()["code"] for a in answers}) == 6


def test_one_provider_cannot_be_booked_twice_at_once(any_live: LiveServer) -> None:
    live = any_live
    customer = factories.add_customer(live.db)
    provider = factories.add_provider(live.db)
    s = live.login(Role.DISPATCHER)
    orders = [
        s.post(
            live.api("/orders"), json=factories.order_body(customer, hours_ahead=5), timeout=10
        ).json()
        for _ in range(2)
    ]  # the same slot
    sessions = [live.login(Role.DISPATCHER) for _ in orders]

    def assign(pair: tuple[dict[str, int], object]) -> int:
        order, session = pair
        return int(
            session.post(  # type: ignore[attr-defined]
                live.api(f"/orders/{order['id']}/assign"),
                json={"provider_id": provider},
                headers={"If-Match": str(order["version"])},
                timeout=30,
            ).status_code
        )

    with ThreadPoolExecutor(2) as pool:
        statuses = sorted(pool.map(assign, zip(orders, sessions, strict=True)))
    assert statuses == [200, 422]
