"""Finding a caller by number: the server's lookup as typed callers."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.client import endpoints
from app.client.customers import (
    Caller,
    CallerCustomer,
    CallerOrder,
    CallerTicket,
    CustomerMatch,
    LookupAnswer,
    find_by_phone,
    lookup_answer,
    provider_names,
)

MATCH = {
    "customer": {"id": 12, "name": "王*", "phone": "138****0001", "district": "chaoyang",
                 "address": "朝阳区东三环中路****"},
    "recent_orders": [{"id": 1}, {"id": 2}],
    "open_complaints": [{"id": 9}],
    "blocked_providers": [],
}  # fmt: skip


class LookupApi:
    def __init__(self, answer: dict[str, Any]) -> None:
        self.answer = answer
        self.asked: list[tuple[str, dict[str, Any] | None]] = []

    def get(self, path: str, params: dict[str, Any] | None = None) -> dict[str, Any]:
        self.asked.append((path, params))
        return self.answer


def test_a_lookup_asks_the_server_and_types_the_answer() -> None:
    api = LookupApi({"customers": [MATCH], "count": 1})

    found = find_by_phone(api, " 13800000001 ")  # type: ignore[arg-type]

    assert api.asked == [(endpoints.CUSTOMER_LOOKUP, {"phone": "13800000001"})]
    assert found == [Caller(12, "王*", "138****0001", "chaoyang", "朝阳区东三环中路****", 2, 1)]


def test_no_match_and_sparse_answers() -> None:
    assert find_by_phone(LookupApi({"count": 0}), "139") == []  # type: ignore[arg-type]
    sparse = Caller.from_wire({"customer": {"id": 3}})
    assert (sparse.id, sparse.name, sparse.recent_orders) == (3, "", 0)


def test_the_whole_answer_for_the_intake_and_names_from_the_cache() -> None:
    from tests.views.fakes import board_cache, put

    api = LookupApi({"customers": [MATCH], "count": 1})
    answer = lookup_answer(api, " 138 ")  # type: ignore[arg-type]
    assert api.asked == [(endpoints.CUSTOMER_LOOKUP, {"phone": "138"})]
    assert answer.phone == " 138 "
    (match,) = answer.customers
    assert match.customer == CallerCustomer(
        12, "", "王*", "138****0001", "chaoyang", "朝阳区东三环中路****", False
    )
    assert [o.id for o in match.recent_orders] == [1, 2]
    assert [t.id for t in match.open_complaints] == [9]
    cache = board_cache()
    put(cache, "provider", [{"id": 7, "name": "李秀英"}, {"id": 8, "name": ""}])
    assert provider_names(cache, [8, 7, 7, 99]) == {7: "李秀英", 8: ""}


def test_a_lookup_answer_is_typed_for_the_hotline() -> None:
    body = {
        "customers": [
            {
                "customer": {"id": 5, "code": "C5", "name": "黄*", "vip": True},
                "recent_orders": [
                    {"id": 3, "code": "SM-3", "category": "cleaning", "status": "completed",
                     "scheduled_start": "2026-11-27T06:30:00", "provider_id": 368},
                    {"id": 4, "provider_id": None},
                ],
                "open_complaints": [
                    {"id": 47, "code": "TS-47", "severity": "medium", "status": "open",
                     "next_deadline": "2026-11-27T11:13:37+00:00", "summary": "刮花"},
                    {"id": 48},
                ],
                "blocked_providers": [{"provider_id": 873}, {"provider_id": 368}],
            },
            {"customer": {}},
        ],
        "count": 2,
    }  # fmt: skip

    answer = LookupAnswer.from_wire("134", body)

    first, second = answer.customers
    assert first.customer == CallerCustomer(5, "C5", "黄*", "", "", "", True)
    assert first.recent_orders == (
        CallerOrder(
            3, "SM-3", "cleaning", "completed", datetime(2026, 11, 27, 6, 30, tzinfo=UTC), 368
        ),
        CallerOrder(4, "", "", "", None, None),
    )
    assert first.open_complaints == (
        CallerTicket(
            47, "TS-47", "medium", "open", datetime(2026, 11, 27, 11, 13, 37, tzinfo=UTC), "刮花"
        ),
        CallerTicket(48, "", None, None, None, ""),
    )
    assert first.blocked_provider_ids == (873, 368)
    assert first.provider_ids() == {368, 873}
    assert second == CustomerMatch(None, (), (), ())
    assert LookupAnswer.from_wire("139", {"count": 0}) == LookupAnswer("139", ())
