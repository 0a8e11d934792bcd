"""Finding a caller by number: the server's lookup as typed callers."""

from __future__ import annotations

from typing import Any

from app.client import endpoints
from app.client.customers import Caller, find_by_phone, lookup_answer, provider_names

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
    assert lookup_answer(api, "138") == {"phone": "138", "customers": [MATCH], "count": 1}  # type: ignore[arg-type]
    cache = board_cache()
    put(cache, "provider", [{"id": 7, "name": "李秀英"}, {"id": 8, "name": ""}])
    assert provider_names(cache, [8, 7, 7, 99]) == {7: "李秀英", 8: ""}
