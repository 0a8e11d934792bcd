"""Cache: versioned upserts, deletes, the cursor, schema rebuilds, board rows with pinyin."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.client import cache as cache_module
from app.client.board import board_rows, order_events, pinyin_initials, providers_for
from app.client.cache import CACHE_SCHEMA_VERSION, Cache
from app.client.outbox import Outbox
from app.client.outbox_files import read_commands
from app.rules.orders import board_cut_off


def order(oid: int, version: int = 1, **kw: Any) -> dict[str, Any]:
    data = {
        "id": oid,
        "version": version,
        "code": f"SM20261127-{oid:06d}",
        "customer_id": 1,
        "provider_id": None,
        "category": "cleaning",
        "status": "pending",
        "district": "chaoyang",
        "address": "朝阳区建国路****",
        "lat": 39.9,
        "lng": 116.4,
        "scheduled_start": "2026-11-27T02:00:00+00:00",
        "scheduled_end": "2026-11-27T04:00:00+00:00",
        "dispatch_by": "2026-11-27T00:00:00+00:00",
        "price_cents": 19900,
        "premium": False,
        "updated_at": "2026-11-26T08:00:00+00:00",
        **kw,
    }
    return {"entity": "order", "id": oid, "version": version, "op": "U", "data": data}


def person(entity: str, pid: int, name: str, version: int = 1, **kw: Any) -> dict[str, Any]:
    data = {"id": pid, "version": version, "name": name, **kw}
    return {"entity": entity, "id": pid, "version": version, "op": "U", "data": data}


def deleted(entity: str, eid: int, version: int) -> dict[str, Any]:
    return {"entity": entity, "id": eid, "version": version, "op": "D", "data": {"id": eid}}


def test_upsert_keeps_the_newer_local_version(cache: Cache) -> None:
    cache.apply_page([order(1, 3, status="assigned")], "e.0.3")
    changed = cache.apply_page([order(1, 2, status="pending"), order(2, 1)], "e.0.5")
    got = cache.get("order", 1)
    assert got is not None
    assert got["status"] == "assigned"
    assert got["version"] == 3
    assert changed == {"order": [1, 2]}
    cache.apply_page([order(1, 4, status="cancelled")], "e.0.6")
    assert board_rows(cache, [1])[0].status == "cancelled"
    assert cache.cursor() == "e.0.6"


def test_the_last_change_of_an_id_wins_within_a_page(cache: Cache) -> None:
    cache.apply_page([order(1, 1), order(1, 2, status="assigned"), deleted("order", 2, 2)], "c1")
    assert cache.get("order", 1)["status"] == "assigned"  # type: ignore[index]
    cache.apply_page([order(3, 1), deleted("order", 3, 2), order(4, 1)], "c2")
    assert cache.get("order", 3) is None
    assert [r.id for r in board_rows(cache)] == [1, 4]


def test_delete_removes_the_row(cache: Cache) -> None:
    cache.apply_page([person("customer", 1, "张三"), person("customer", 2, "李四")], "c1")
    changed = cache.apply_page([deleted("customer", 1, 2)], "c2")
    assert changed == {"customer": [1]}
    assert cache.get("customer", 1) is None
    assert [c["name"] for c in cache.all("customer")] == ["李四"]


def test_cursor_is_saved_with_the_page_and_survives_a_reopen(tmp_path: Path) -> None:
    path = tmp_path / "c.sqlite3"
    first = Cache(path)
    assert first.cursor() == ""
    first.apply_page([order(1)], "epoch.0.17")
    first.close()
    again = Cache(path)
    assert again.cursor() == "epoch.0.17"
    assert again.count("order") == 1
    again.close()


def test_a_failed_page_leaves_data_and_cursor_untouched(cache: Cache) -> None:
    cache.apply_page([order(1)], "c1")
    bad = order(2)
    del bad["version"]
    with pytest.raises(KeyError):
        cache.apply_page([order(1, 2, status="assigned"), bad], "c2")
    assert cache.cursor() == "c1"
    assert cache.get("order", 1)["version"] == 1  # type: ignore[index]


def test_unknown_entities_get_their_own_table(cache: Cache) -> None:
    cache.apply_page([person("sanction", 5, "x"), person("complaint_note", 6, "y")], "c1")
    assert cache.get("sanction", 5) == {"id": 5, "version": 1, "name": "x"}
    assert cache.all("assessment") == []
    assert cache.get("assessment", 1) is None


def test_clear_empties_the_mirror(cache: Cache) -> None:
    cache.apply_page([order(1), person("customer", 1, "张三")], "c1")
    cache.clear()
    assert cache.cursor() == ""
    assert cache.count("order") == 0
    assert cache.count("customer") == 0


def test_schema_version_mismatch_drops_the_mirror_and_resets_the_cursor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "c.sqlite3"
    old = Cache(path)
    legacy = Outbox(path)  # older versions kept the outbox in the cache file
    legacy.enqueue(
        "/api/v1/orders/1/cancel",
        {"reason": "x"},
        if_match=1,
        entity="order",
        entity_id=1,
        label="取消",
    )
    legacy.close()
    old.apply_page([order(1), person("sanction", 3, "x")], "c9")
    old.close()
    monkeypatch.setattr(cache_module, "CACHE_SCHEMA_VERSION", CACHE_SCHEMA_VERSION + 1)
    new = Cache(path)
    assert new.rebuilt
    assert new.cursor() == ""
    assert new.count("order") == 0
    assert new.get("sanction", 3) is None
    # Commands the server has not seen are never dropped: left for the login to adopt.
    assert len(read_commands(path)[0]) == 1
    new.close()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == CACHE_SCHEMA_VERSION + 1
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_pinyin_initials() -> None:
    assert pinyin_initials("张三") == "zs"
    assert pinyin_initials("欧阳娜娜") == "oynn"
    assert pinyin_initials("Zhang Wei") == "zhang wei"
    assert pinyin_initials("") == ""


def test_board_rows_join_names_and_search_by_pinyin_initials(cache: Cache) -> None:
    cache.apply_page(
        [
            person("customer", 1, "张三"),
            person("customer", 2, "李四"),
            person("provider", 9, "王秀英", status="active", categories=["cleaning"]),
            order(1, customer_id=1, provider_id=9, status="assigned", premium=True),
            order(2, customer_id=2),
            order(3, customer_id=404),  # customer not (yet) cached
        ],
        "c1",
    )
    rows = {r.id: r for r in board_rows(cache)}
    first = rows[1]
    assert (first.customer_name, first.provider_name, first.provider_id) == ("张三", "王秀英", 9)
    assert first.premium is True
    assert first.scheduled_start == datetime(2026, 11, 27, 2, tzinfo=UTC)
    assert first.dispatch_by.tzinfo is not None
    assert "zs" in first.search_key
    assert "wxy" in first.search_key
    assert "sm20261127-000001" in first.search_key  # lower-cased code
    assert "朝阳区建国路" in first.search_key
    assert "zs" not in rows[2].search_key
    assert "ls" in rows[2].search_key
    assert rows[3].customer_name == ""
    assert rows[3].provider_name == ""
    assert [r.id for r in board_rows(cache, [2, 3, 99])] == [2, 3]
    assert [r.id for r in board_rows(cache, [])] == []


def test_the_board_holds_open_orders_and_those_finished_from_its_cut_off(cache: Cache) -> None:
    yesterday, today = "2026-11-26T02:00:00+00:00", "2026-11-27T02:00:00+00:00"
    cache.apply_page(
        [
            order(1, status="completed", scheduled_start=yesterday),  # history: not on it
            order(2, status="cancelled", scheduled_start=yesterday),
            order(3, status="in_service", scheduled_start=yesterday),  # still open
            order(4, status="pending", scheduled_start=yesterday),
            order(5, status="completed", scheduled_start=today),
            order(6, status="cancelled", scheduled_start="2026-11-26T16:00:00+00:00"),  # 00:00
            order(7, status="completed", scheduled_start="2026-11-26T15:59:59.5+00:00"),
        ],
        "c1",
    )
    cut_off = board_cut_off(datetime(2026, 11, 27, 8, tzinfo=UTC))  # 16:00 Beijing
    assert cut_off == datetime(2026, 11, 26, 16, tzinfo=UTC)
    assert [r.id for r in board_rows(cache, since=cut_off)] == [3, 4, 5, 6]
    assert [r.id for r in board_rows(cache, [1, 3, 5], since=cut_off)] == [3, 5]
    assert [r.id for r in board_rows(cache, [1, 2])] == [1, 2]  # without a cut-off: any order
    assert len(board_rows(cache)) == 7


def test_order_events_and_providers_for(cache: Cache) -> None:
    def event(eid: int, order_id: int) -> dict[str, Any]:
        data = {"id": eid, "version": 1, "order_id": order_id, "action": "create"}
        return {"entity": "order_event", "id": eid, "version": 1, "op": "U", "data": data}

    def provider(pid: int, status: str, cats: list[str], home: str, served: list[str]) -> Any:
        return person(
            "provider",
            pid,
            f"P{pid}",
            status=status,
            categories=cats,
            home_district=home,
            districts_served=served,
        )

    cache.apply_page(
        [
            event(2, 1),
            event(1, 1),
            event(3, 2),
            provider(1, "active", ["cleaning"], "haidian", ["haidian"]),
            provider(2, "active", ["cleaning", "moving"], "haidian", ["chaoyang"]),
            provider(3, "inactive", ["cleaning"], "chaoyang", ["chaoyang"]),
            provider(4, "active", ["moving"], "chaoyang", ["chaoyang"]),
            provider(5, "active", ["cleaning"], "chaoyang", []),
        ],
        "c1",
    )
    assert [e.id for e in order_events(cache, 1)] == [1, 2]
    cleaning = providers_for(cache, "cleaning", "chaoyang")
    assert [p.id for p in cleaning] == [2, 5, 1]
    assert [p.serves("chaoyang") for p in cleaning] == [True, True, False]
    assert [p.id for p in providers_for(cache, "moving", "chaoyang")] == [2, 4]


def test_an_orders_timeline_names_who_took_each_step() -> None:
    from tests.views.fakes import put

    cache = Cache(":memory:")
    put(cache, "user", [{"id": 3, "username": "dispatcher", "display_name": "调度 王芳"}])
    put(
        cache,
        "order_event",
        [
            {"id": 1, "order_id": 9, "action": "create", "actor_id": None},
            {"id": 2, "order_id": 9, "action": "assign", "actor_id": 3},
            {"id": 3, "order_id": 9, "action": "accept", "actor_id": 44},  # not in the cache
        ],
    )

    names = [e.actor_name for e in order_events(cache, 9)]

    assert names == ["", "调度 王芳", ""]


def test_an_orders_timeline_is_typed_with_its_moments_and_statuses() -> None:
    from app.client.board import OrderEvent
    from tests.views.fakes import put

    cache = Cache(":memory:")
    put(
        cache,
        "order_event",
        [
            {"id": 1, "order_id": 9, "action": "assign", "at": "2026-12-04T02:00:00+00:00",
             "note": "近", "from_status": "pending", "to_status": "assigned"},
            {"id": 2, "order_id": 9, "action": "start", "at": None},
        ],
    )  # fmt: skip

    first, second = order_events(cache, 9)

    assert first == OrderEvent(
        1, datetime(2026, 12, 4, 2, tzinfo=UTC), "assign", "近", "", "pending", "assigned"
    )
    assert second == OrderEvent(2, None, "start", "", "", "", "")
