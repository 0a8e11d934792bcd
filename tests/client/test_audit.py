"""The audit export reads every matching record page by page, and stops at its limit."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from app.client.audit import AuditFilter, all_records


class PagedApi:
    def __init__(self, total: int) -> None:
        self.total = total
        self.asked: list[dict[str, Any]] = []

    def get(self, path: str, params: dict[str, Any]) -> dict[str, Any]:
        self.asked.append(params)
        start = params["offset"]
        ids = range(start, min(start + params["limit"], self.total))
        return {
            "data": [
                {"id": i, "at": datetime(2026, 12, 4, tzinfo=UTC).isoformat(), "user_id": 1,
                 "username": "u", "action": "a", "entity": "e", "entity_id": None,
                 "client_address": "10.2.0.1", "detail": {}}
                for i in ids
            ],
            "count": self.total,
        }  # fmt: skip


def test_every_page_is_read_and_the_filter_travels() -> None:
    api = PagedApi(2500)
    got = all_records(api, AuditFilter(address="10.2."))  # type: ignore[arg-type]
    assert [r.id for r in got.data] == list(range(2500))
    assert got.count == 2500
    assert [p["offset"] for p in api.asked] == [0, 1000, 2000]
    assert all(p["address"] == "10.2." for p in api.asked)


def test_the_export_stops_at_its_limit_and_says_how_many_matched() -> None:
    got = all_records(PagedApi(2500), AuditFilter(), limit=1500)  # type: ignore[arg-type]
    assert len(got.data) == 1500
    assert got.count == 2500


def test_a_records_detail_reads_as_the_server_recorded_it() -> None:
    from app.client.audit import detail_text
    from app.schemas.audit import AuditEntry

    entry: dict[str, Any] = {
        "id": 1, "at": datetime(2026, 12, 4, tzinfo=UTC), "user_id": 1, "username": "u",
        "action": "a", "entity": "e", "entity_id": None, "client_address": "", "detail": {},
    }  # fmt: skip
    assert detail_text(AuditEntry.model_validate(entry)) == ""
    entry["detail"] = {"reason": "客户要求", "version": 3}
    assert detail_text(AuditEntry.model_validate(entry)) == '{"reason": "客户要求", "version": 3}'
