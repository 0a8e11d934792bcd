"""SyncEngine against a scripted feed: paging, lag, offline, 410 re-sync, outbox first."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from app.client.api import ApiClient, ChangesPage, Snapshot
from app.client.cache import Cache
from app.client.errors import ClientError, CursorExpired, Rejected, unreachable
from app.client.outbox import Outbox
from app.client.sync import SyncEngine
from app.schemas.meta import VersionInfo

NOW = datetime(2026, 11, 27, 8, 0, 10, tzinfo=UTC)


def no_snapshot() -> Rejected:
    """What a server from before GET /snapshot answers."""
    return Rejected("http_404", "找不到该记录。", "Not found.", status=404)


def change(oid: int, version: int = 1) -> dict[str, Any]:
    data = {
        "id": oid,
        "version": version,
        "name": f"客户{oid}",
        "updated_at": "2026-11-27T08:00:00+00:00",
    }
    return {"entity": "customer", "id": oid, "version": version, "op": "U", "data": data}


class FeedApi(ApiClient):
    """A feed from a script: each changes() call takes the next page or error."""

    def __init__(self, *pages: ChangesPage | ClientError) -> None:
        super().__init__("http://fake")
        self.pages = list(pages)
        self.asked: list[tuple[str, int, float]] = []
        self.commands: list[str] = []
        self.epoch = "e"  # the feed epoch /version answers with

    def check_server(self) -> VersionInfo:
        return VersionInfo(
            server_version="t", api_version=1, min_client_api=1, database="sqlite",
            feed_epoch=self.epoch,
        )  # fmt: skip

    def snapshot(self) -> Snapshot:
        raise no_snapshot()  # an older server: the first sync reads the feed from the start

    def changes(self, cursor: str, limit: int = 1000, wait: float = 0) -> ChangesPage:
        self.asked.append((cursor, limit, wait))
        item = self.pages.pop(0)
        if isinstance(item, ClientError):
            raise item
        return item

    def command(
        self,
        path: str,
        body: Mapping[str, Any] | None,
        *,
        if_match: int | None,
        idempotency_key: str,
        feed_epoch: str | None = None,
    ) -> dict[str, Any]:
        self.commands.append(path)
        return {}


def page(cursor: str, *ids: int, more: bool = False) -> ChangesPage:
    return ChangesPage([change(i) for i in ids], cursor, more)


def gone() -> CursorExpired:
    return CursorExpired("cursor_expired", "同步位置已过期", "expired", status=410)


@pytest.mark.parametrize("prefetch", [True, False])
def test_initial_sync_pages_until_the_feed_is_drained(cache: Cache, prefetch: bool) -> None:
    api = FeedApi(page("e.0.2", 1, 2, more=True), page("e.0.4", 3, 4, more=True), page("e.0.5", 5))
    engine = SyncEngine(api, cache, Outbox(":memory:"), page_size=2, prefetch=prefetch)
    progress: list[int] = []
    assert engine.initial_sync(progress.append) == 5
    assert progress == [2, 4, 5]
    assert [a[0] for a in api.asked] == ["", "e.0.2", "e.0.4"]
    assert all(a[1] == 2 and a[2] == 0 for a in api.asked)
    assert cache.count("customer") == 5
    assert cache.cursor() == "e.0.5"
    api.close()


@pytest.mark.parametrize("prefetch", [True, False])
def test_an_error_during_initial_sync_keeps_the_applied_pages(cache: Cache, prefetch: bool) -> None:
    api = FeedApi(page("e.0.2", 1, 2, more=True), unreachable("http://fake"))
    engine = SyncEngine(api, cache, Outbox(":memory:"), prefetch=prefetch)
    with pytest.raises(ClientError):
        engine.initial_sync()
    assert cache.cursor() == "e.0.2"
    assert cache.count("customer") == 2
    api.close()


def test_step_applies_one_page_and_reports_lag(cache: Cache) -> None:
    cache.apply_page([change(1)], "e.0.1")
    api = FeedApi(page("e.0.3", 1, 2, more=True))
    engine = SyncEngine(api, cache, Outbox(":memory:"), clock=lambda: NOW)
    step = engine.step(wait=25)
    assert api.asked == [("e.0.1", 1000, 25)]
    assert step.changed == {"customer": [1, 2]}
    assert step.applied == 2
    assert step.online
    assert step.has_more
    assert not step.full_resync
    assert step.lag_seconds == pytest.approx(10.0)
    assert cache.cursor() == "e.0.3"
    api.close()


def test_step_offline_is_a_result_not_an_exception(cache: Cache) -> None:
    cache.apply_page([change(1)], "e.0.1")
    api = FeedApi(unreachable("http://fake"))
    step = SyncEngine(api, cache, Outbox(":memory:")).step(wait=25)
    assert not step.online
    assert step.applied == 0
    assert cache.cursor() == "e.0.1"
    api.close()


def test_410_clears_the_cache_and_syncs_everything_again(cache: Cache) -> None:
    cache.apply_page([change(1), change(99)], "old.0.7")
    api = FeedApi(gone(), page("new.0.2", 1, 2, more=True), page("new.0.3", 3))
    step = SyncEngine(api, cache, Outbox(":memory:")).step(wait=25)
    assert step.full_resync
    assert step.online
    assert step.applied == 3
    assert [a[0] for a in api.asked] == ["old.0.7", "", "new.0.2"]
    assert cache.get("customer", 99) is None  # gone from the server: gone from the mirror
    assert cache.count("customer") == 3
    assert cache.cursor() == "new.0.3"
    api.close()


def test_410_during_initial_sync_restarts_from_scratch_once(cache: Cache) -> None:
    cache.apply_page([change(99)], "old.0.7")
    api = FeedApi(gone(), page("new.0.1", 1))
    assert SyncEngine(api, cache, Outbox(":memory:")).initial_sync() == 1
    assert cache.get("customer", 99) is None
    api.close()


def test_step_replays_the_outbox_before_reading_the_feed(cache: Cache) -> None:
    cache.apply_page([change(1)], "e.0.1")
    outbox = Outbox(":memory:")
    outbox.enqueue(
        "/api/v1/orders/1/cancel",
        {"reason": "x"},
        if_match=1,
        entity="order",
        entity_id=1,
        label="取消",
    )
    api = FeedApi(page("e.0.2", 5))
    step = SyncEngine(api, cache, outbox).step(wait=0)
    assert api.commands == ["/api/v1/orders/1/cancel"]
    assert step.replay is not None
    assert step.replay.sent == 1
    assert step.changed == {"customer": [5]}
    api.close()


def test_an_empty_cache_makes_step_a_full_sync(cache: Cache) -> None:
    api = FeedApi(page("e.0.2", 1, 2))
    step = SyncEngine(api, cache, Outbox(":memory:")).step(wait=25)
    assert step.full_resync
    assert step.applied == 2
    assert api.asked == [("", 5000, 0)]
    api.close()


def test_step_holds_commands_made_before_the_servers_database_changed(tmp_path: Path) -> None:
    """Issue 15 #4, end to end in the engine: the epoch is checked before anything is sent."""
    cache = Cache(tmp_path / "cache.sqlite3")
    cache.apply_page([change(1)], "old.0.1")
    outbox = Outbox(tmp_path / "outbox.sqlite3", epoch="old")
    outbox.enqueue(
        "/api/v1/orders/1/cancel", {"reason": "x"}, if_match=1, entity="order", entity_id=1,
        label="取消",
    )  # fmt: skip
    api = FeedApi(CursorExpired("cursor_expired", "x", "x", status=410), page("new.0.1", 1))
    api.epoch = "new"
    step = SyncEngine(api, cache, outbox).step(wait=0)
    assert api.commands == []
    assert step.replay is not None
    assert len(step.replay.held) == 1
    assert step.full_resync  # the 410 that follows re-syncs the mirror from the new database
    assert outbox.epoch == "new"  # what the user does from now on belongs to it
    api.close()
    cache.close()
    outbox.close()
