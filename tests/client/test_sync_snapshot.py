"""A first sync from the server's snapshot: its rows, then the feed from its cursor; the cache
stores a snapshot row's data text as it comes and extracts the same columns a feed page
gives; a snapshot cut short saves no cursor and leaves nothing behind at the next try; an
older server (404) is synced from the feed."""

from __future__ import annotations

import json
from collections.abc import Generator
from pathlib import Path
from typing import Any

import pytest

from app.client.api import ChangesPage, Snapshot, SnapshotRow
from app.client.cache import EXTRACTED, Cache
from app.client.errors import ClientError, Forbidden, Rejected, Unreachable, unreachable
from app.client.outbox import Outbox
from app.client.sync import SyncEngine
from tests.client.test_sync import FeedApi, change, gone, no_snapshot, page


def row(oid: int, version: int = 1) -> SnapshotRow:
    c = change(oid, version)
    return ("customer", oid, version, json.dumps(c["data"], ensure_ascii=False))


class SnapshotApi(FeedApi):
    """A feed from a script, and snapshots from another: each a cursor and its batches (an
    exception among them is raised by the stream)."""

    def __init__(
        self,
        snapshots: list[tuple[str, list[list[SnapshotRow] | ClientError]] | ClientError],
        *pages: ChangesPage | ClientError,
    ) -> None:
        super().__init__(*pages)
        self.snapshots = snapshots

    def snapshot(self) -> Snapshot:
        item = self.snapshots.pop(0)
        if isinstance(item, ClientError):
            raise item
        cursor, batches = item

        def stream() -> Generator[list[SnapshotRow], None, None]:
            for batch in batches:
                if isinstance(batch, ClientError):
                    raise batch
                yield batch

        return Snapshot(cursor, stream())


@pytest.mark.parametrize("prefetch", [True, False])
def test_the_first_sync_applies_the_snapshot_then_the_feed_from_its_cursor(
    cache: Cache, prefetch: bool
) -> None:
    api = SnapshotApi(
        [("e.0.9", [[row(1), row(2)], [row(3, 2)]])],
        page("e.0.11", 3, 4, more=True),
        page("e.0.12", 5),
    )
    engine = SyncEngine(api, cache, Outbox(":memory:"), page_size=2, prefetch=prefetch)
    progress: list[int] = []
    assert engine.initial_sync(progress.append) == 6
    assert progress == [2, 3, 5, 6]
    assert [a[0] for a in api.asked] == ["e.0.9", "e.0.11"]
    assert cache.count("customer") == 5
    assert cache.get("customer", 3) == change(3, 2)["data"]  # the feed's older one skipped
    assert cache.cursor() == "e.0.12"
    api.close()


def test_an_older_server_without_a_snapshot_is_synced_from_the_feed(cache: Cache) -> None:
    api = SnapshotApi([no_snapshot()], page("e.0.2", 1, 2), page("e.0.3", 3))
    engine = SyncEngine(api, cache, Outbox(":memory:"))
    assert engine.initial_sync() == 2
    assert not engine.snapshot  # not asked again
    cache.clear()
    assert engine.initial_sync() == 1
    assert [a[0] for a in api.asked] == ["", ""]
    api.close()


@pytest.mark.parametrize(
    "refusal",
    [
        Forbidden("forbidden", "无权", "no", status=403),
        Rejected("validation_error", "无效", "invalid", status=422),
    ],
)
def test_a_refused_snapshot_is_an_error_not_a_fallback(cache: Cache, refusal: ClientError) -> None:
    api = SnapshotApi([refusal])
    engine = SyncEngine(api, cache, Outbox(":memory:"))
    with pytest.raises(type(refusal)):
        engine.initial_sync()
    assert engine.snapshot
    assert cache.cursor() == ""
    api.close()


@pytest.mark.parametrize("prefetch", [True, False])
def test_a_snapshot_cut_short_saves_no_cursor_and_the_next_one_starts_clean(
    cache: Cache, prefetch: bool
) -> None:
    api = SnapshotApi(
        [
            ("e.0.9", [[row(1), row(2)], unreachable("http://fake")]),
            ("e.0.10", [[row(2)]]),  # 1 was deleted meanwhile
        ],
        page("e.0.10"),
    )
    engine = SyncEngine(api, cache, Outbox(":memory:"), prefetch=prefetch)
    with pytest.raises(Unreachable):
        engine.initial_sync()
    assert cache.cursor() == ""
    assert cache.count("customer") == 2
    step = engine.step(wait=0)
    assert step.online
    assert step.full_resync
    assert cache.count("customer") == 1
    assert cache.get("customer", 1) is None
    assert cache.cursor() == "e.0.10"
    api.close()


def test_a_410_after_the_snapshot_takes_a_new_one(cache: Cache) -> None:
    api = SnapshotApi([("old.0.9", [[row(1)]]), ("e.0.3", [[row(2)]])], gone(), page("e.0.4", 3))
    engine = SyncEngine(api, cache, Outbox(":memory:"))
    assert engine.initial_sync() == 2
    assert cache.get("customer", 1) is None
    assert cache.count("customer") == 2
    assert cache.cursor() == "e.0.4"
    api.close()


PROVIDER = {
    "id": 7,
    "version": 3,
    "code": "P000007",
    "name": "李秀英",
    "status": "active",
    "home_district": "chaoyang",
    "categories": ["cleaning", "nanny"],
    "districts_served": [],
    "rating": 4.8,
    "premium": True,
}
ORDER = {"id": 8, "version": 1, "status": "pending", "premium": False, "price_cents": 9900}


@pytest.mark.parametrize(
    ("entity", "data"),
    [("provider", PROVIDER), ("order", ORDER), ("customer", {"id": 9, "version": 1})],
)
def test_a_snapshot_row_is_stored_as_a_feed_change_of_the_same_data(
    tmp_path: Path, entity: str, data: dict[str, Any]
) -> None:
    fed, snapped = Cache(tmp_path / "fed.sqlite3"), Cache(tmp_path / "snap.sqlite3")
    fed.apply_page(
        [{"entity": entity, "id": data["id"], "version": data["version"], "op": "U", "data": data}],
        "e.0.1",
    )
    text = json.dumps(data, ensure_ascii=False)
    snapped.apply_snapshot([(entity, data["id"], data["version"], text)])
    snapped.apply_snapshot([(entity, data["id"], data["version"] - 1, "{}")])  # older: kept
    cols = ", ".join(["id", "version", *(n for n, _ in EXTRACTED.get(entity, ()))])
    sql = f"SELECT {cols} FROM ent_{entity}"
    assert snapped.connection.execute(sql).fetchall() == fed.connection.execute(sql).fetchall()
    assert snapped.get(entity, data["id"]) == fed.get(entity, data["id"]) == data
    assert snapped.cursor() == ""
    snapped.save_cursor("e.0.1")
    assert snapped.cursor() == "e.0.1"
    fed.close()
    snapped.close()
