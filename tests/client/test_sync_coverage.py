"""The "what changed" notice, the lag figure from odd timestamps, going offline during a full
sync, and the prefetching helper's bounded queue and clean stop (a separate file: sync.py is
being changed)."""

from __future__ import annotations

import logging
import queue
import threading
import types
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest

from app.client import sync
from app.client.api import ApiClient, ChangesPage, Snapshot
from app.client.cache import Cache
from app.client.errors import unreachable
from app.client.outbox import Outbox
from app.client.sync import ChangeSet, SyncEngine, SyncStep
from app.schemas.meta import VersionInfo
from tests.client.test_sync import NOW, FeedApi, change, gone, no_snapshot


def test_a_steps_change_set_names_each_changed_id_once_in_order() -> None:
    step = SyncStep(changed={"order": [7, 3, 7], "customer": [], "complaint": [2]})

    changes = step.change_set()

    assert changes == ChangeSet({"order": (3, 7), "complaint": (2,)})
    assert changes.touches("customer", "complaint")
    assert not changes.touches("customer", "provider")
    assert changes.of("order") == (3, 7)
    assert changes.of("customer") == ()


def test_a_full_resync_changes_everything() -> None:
    changes = SyncStep(changed={"order": [1]}, full_resync=True).change_set()

    assert changes == ChangeSet.everything()
    assert changes.full
    assert changes.touches("training_session")
    assert changes.of("order") == ()  # no list: every page reads all it shows again


def test_going_offline_during_a_full_sync_is_a_result(cache: Cache) -> None:
    api = FeedApi(unreachable("http://fake"))

    step = SyncEngine(api, cache, Outbox(":memory:")).step(wait=25)

    assert not step.online
    assert step.full_resync
    assert cache.cursor() == ""
    api.close()


def stamped(oid: int, updated_at: object) -> dict[str, Any]:
    c = change(oid)
    c["data"] = {**c["data"], "updated_at": updated_at}
    return c


@pytest.mark.parametrize(
    ("changes", "lag"),
    [
        ([stamped(1, "2026-11-27T08:00:00")], 10.0),  # naive: UTC, as the server writes
        ([stamped(1, "2026-11-27T16:00:04+08:00")], 6.0),
        ([stamped(1, (NOW + timedelta(seconds=3)).isoformat())], 0.0),  # clocks disagree
        ([stamped(1, "yesterday")], None),
        ([stamped(1, None), stamped(2, 1764230400)], None),  # no usable stamp at all
        ([stamped(1, "2026-11-27T08:00:00+00:00"), stamped(2, None)], 10.0),  # newest stamped
        ([], None),
    ],
)
def test_lag_is_read_from_the_newest_stamped_change(
    cache: Cache, changes: list[dict[str, Any]], lag: float | None
) -> None:
    cache.apply_page([change(9)], "e.0.1")
    api = FeedApi(ChangesPage(changes, "e.0.2", False))

    step = SyncEngine(api, cache, Outbox(":memory:"), clock=lambda: NOW).step(wait=0)

    assert step.lag_seconds == (pytest.approx(lag) if lag is not None else None)
    api.close()


class EndlessFeed(ApiClient):
    """A feed that always has one more page; counts the pages asked for (from any thread)."""

    def __init__(self) -> None:
        super().__init__("http://fake")
        self.asked = 0
        self._lock = threading.Lock()

    def snapshot(self) -> Snapshot:
        raise no_snapshot()  # an older server: the first sync reads the feed from the start

    def changes(self, cursor: str, limit: int = 1000, wait: float = 0) -> ChangesPage:
        with self._lock:
            self.asked += 1
            n = self.asked
        return ChangesPage([change(n)], f"e.0.{n}", True)


class Stop(Exception):
    """The caller gives up on the full sync (the app is closing)."""


def test_the_prefetch_queue_holds_at_most_two_pages_while_the_cache_is_busy(
    cache: Cache, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = EndlessFeed()
    full = threading.Event()
    asked_when_full: list[int] = []

    class Watched(queue.Queue[Any]):
        def put(self, item: Any, block: bool = True, timeout: float | None = None) -> None:
            try:
                super().put(item, block, timeout)
            except queue.Full:
                asked_when_full.append(api.asked)
                full.set()  # the helper waits for room instead of fetching on
                raise

    monkeypatch.setattr(sync, "queue", types.SimpleNamespace(Queue=Watched, Full=queue.Full))

    def applying(applied: int) -> None:
        if applied == 1:
            assert full.wait(30), "the helper never found the queue full"
        if applied == 3:
            raise Stop

    with pytest.raises(Stop):
        SyncEngine(api, cache, Outbox(":memory:")).initial_sync(applying)

    # Page 1 being applied, pages 2 and 3 queued, page 4 in the helper's hands: no more.
    assert asked_when_full[0] == 4
    # Given up at page 3: at most 2 queued and 1 held, and 1 fetched before it sees the stop.
    assert api.asked <= 3 + 2 + 1 + 1
    assert cache.cursor() == "e.0.3"
    assert not any(t.name == "sync-prefetch" for t in threading.enumerate())
    api.close()


class NoVersionApi(FeedApi):
    """A feed whose /version does not answer (the server went away between two calls)."""

    def check_server(self) -> VersionInfo:
        raise unreachable("http://fake")


def test_offline_before_replay_sends_nothing_and_keeps_the_commands(
    cache: Cache, outbox: Outbox
) -> None:
    cache.apply_page([change(1)], "e.0.1")
    outbox.enqueue(
        "/api/v1/orders/1/cancel", {"reason": "x"}, if_match=1, entity="order", entity_id=1,
        label="取消",
    )  # fmt: skip
    api = NoVersionApi()

    step = SyncEngine(api, cache, outbox).step(wait=0)

    assert not step.online
    assert step.replay is not None
    assert step.replay.offline
    assert step.replay.stopped_by is not None
    assert step.replay.stopped_by.code == "unreachable"
    assert api.commands == []
    assert api.asked == []
    assert outbox.count() == 1
    api.close()


def test_a_resync_whose_epoch_cannot_be_read_keeps_the_old_one(
    cache: Cache, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    cache.apply_page([change(99)], "old.0.7")
    outbox = Outbox(tmp_path / "outbox.sqlite3", epoch="old")
    api = NoVersionApi(gone(), ChangesPage([change(1)], "new.0.1", False))

    with caplog.at_level(logging.WARNING, logger="app.client.sync"):
        step = SyncEngine(api, cache, outbox).step(wait=0)

    assert step.full_resync
    assert step.online
    assert cache.cursor() == "new.0.1"
    assert outbox.epoch == "old"  # commands made now are held, not sent to the wrong database
    assert "feed epoch not read after a re-sync: unreachable" in caplog.text
    api.close()
    outbox.close()


class SendFailsApi(FeedApi):
    """/version answers, then the network drops while a command is being sent."""

    def command(self, path: str, body: Any, **kwargs: Any) -> dict[str, Any]:
        raise unreachable("http://fake")


def test_offline_during_replay_stops_the_step_before_the_feed(cache: Cache, outbox: Outbox) -> None:
    cache.apply_page([change(1)], "e.0.1")
    outbox.enqueue(
        "/api/v1/orders/1/cancel", {"reason": "x"}, if_match=1, entity="order", entity_id=1,
        label="取消",
    )  # fmt: skip
    api = SendFailsApi()

    step = SyncEngine(api, cache, outbox).step(wait=0)

    assert not step.online
    assert step.replay is not None
    assert step.replay.offline
    assert step.replay.sent == 0
    assert api.asked == []  # the feed is not read while commands wait
    assert outbox.count() == 1
    api.close()
