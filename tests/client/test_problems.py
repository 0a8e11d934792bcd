"""The board's problems from the cache: future booked orders a lapsed certificate broke, and
the two commands of a reassignment (app/client/problems)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.client.cache import Cache
from app.client.problems import flagged_orders, reassign_commands
from tests.client.test_certifications import put

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
REASON_ZH = "服务人员已不符合派单条件：健康证已过期"
REASON_EN = "The provider no longer qualifies: health certificate expired"


def order(id: int, hours_ahead: float, *, flag: str = "certificate", status: str = "assigned",
          provider_id: int | None = 10) -> dict[str, Any]:  # fmt: skip
    return {
        "id": id,
        "version": 3,
        "code": f"SM-{id}",
        "status": status,
        "category": "cleaning",
        "district": "chaoyang",
        "provider_id": provider_id,
        "scheduled_start": (NOW + timedelta(hours=hours_ahead)).isoformat(),
        "flag_code": flag,
        "flag_zh": REASON_ZH if flag else "",
        "flag_en": REASON_EN if flag else "",
    }


def test_flagged_future_booked_orders_soonest_first_with_names_and_reasons(cache: Cache) -> None:
    put(cache, "provider", [{"id": 10, "name": "王芳"}])
    put(cache, "order", [
        order(1, 48),
        order(2, 5, status="accepted"),
        order(3, 20, flag=""),  # not flagged
        order(4, -2),  # already started: past
        order(5, 30, status="cancelled"),  # not booked any more
        order(6, 10, provider_id=None, status="assigned"),
    ])  # fmt: skip
    found = flagged_orders(cache, NOW)
    assert [o.id for o in found] == [2, 6, 1]
    first = found[0]
    assert (first.code, first.provider_name, first.provider_id) == ("SM-2", "王芳", 10)
    assert (first.reason_zh, first.reason_en) == (REASON_ZH, REASON_EN)
    assert first.scheduled_start == NOW + timedelta(hours=5)
    assert (found[1].provider_id, found[1].provider_name) == (None, "")


def test_an_empty_cache_has_no_problems(cache: Cache) -> None:
    assert flagged_orders(cache, NOW) == []


def test_a_reassignment_is_unassign_at_the_seen_version_then_assign_at_the_next(
    cache: Cache,
) -> None:
    put(cache, "order", [order(1, 48)])
    (flagged,) = flagged_orders(cache, NOW)
    unassign, assign = reassign_commands(flagged, {"provider_id": 42}, ("u", "a"))
    assert unassign["path"].endswith("/orders/1/unassign")
    assert (unassign["if_match"], unassign["body"], unassign["label"]) == (3, None, "u")
    assert assign["path"].endswith("/orders/1/assign")
    assert (assign["if_match"], assign["body"], assign["label"]) == (4, {"provider_id": 42}, "a")
    assert {unassign["entity"], assign["entity"]} == {"order"}
