"""The sync worker on its own thread, driven by a fake engine."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.client.errors import AuthFailed, unreachable
from app.client.outbox import Outbox, OutboxCommand
from app.client.outbox_files import read_commands
from app.client.sync import ChangeSet, SyncStep
from app.views.sync_link import SyncLink
from app.views.sync_status import SyncStatus
from tests.views.fakes import (
    FakeCache,
    FakeEngine,
    FakeOutbox,
    command,
    make_row,
    replay,
    services,
)

pytestmark = pytest.mark.gui

WAIT = 0.05  # the long-poll the fake engine idles for


@pytest.fixture
def links() -> Iterator[list[SyncLink]]:
    """Links created by a test; stopped at the end even when the test fails."""
    made: list[SyncLink] = []
    yield made
    for link in made:
        assert link.stop(5000)


def start_link(made: list[SyncLink], built: Any) -> SyncLink:
    link = SyncLink(lambda: built, wait=WAIT)
    made.append(link)
    link.start()
    return link


def test_worker_emits_one_change_set_per_step(qtbot: Any, links: list[SyncLink]) -> None:
    cache = FakeCache([make_row(i) for i in range(1, 6)], cursor="c1")
    engine = FakeEngine(
        script=[SyncStep(changed={"order": [2, 3, 3], "provider": [9]}, lag_seconds=0.4)]
    )
    built, *_ = services(engine, cache)
    received: list[ChangeSet] = []
    statuses: list[SyncStatus] = []
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    link.changed.connect(received.append)
    link.status.connect(statuses.append)

    link.start()
    qtbot.waitUntil(lambda: any(s.lag == 0.4 for s in statuses), timeout=5000)

    # The cache already held data: pages are told to read everything before the network
    # answers; then one notice for the step, duplicates folded.
    assert received[0] == ChangeSet.everything()
    assert received[1] == ChangeSet({"order": (2, 3), "provider": (9,)})
    assert received[1].touches("order")
    assert not received[1].touches("complaint")
    assert statuses[-1].online is True
    assert cache.thread_ids
    assert threading.get_ident() not in cache.thread_ids


def test_a_resync_cut_short_by_the_network_tells_no_page_to_reload(
    qtbot: Any, links: list[SyncLink]
) -> None:
    cache = FakeCache(cursor="c1")
    engine = FakeEngine(script=[SyncStep(online=False, full_resync=True)])
    built, *_ = services(engine, cache)
    received: list[ChangeSet] = []
    statuses: list[SyncStatus] = []
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    link.changed.connect(received.append)
    link.status.connect(statuses.append)

    link.start()
    qtbot.waitUntil(lambda: any(s.online is False for s in statuses), timeout=5000)

    assert received == [ChangeSet.everything()]  # only the offline-first one at start


def test_stop_is_prompt_and_releases_the_services(qtbot: Any) -> None:
    built, engine, cache, _ = services()
    link = SyncLink(lambda: built, wait=WAIT)
    with qtbot.waitSignal(link.status, timeout=5000):
        link.start()
    qtbot.waitUntil(lambda: len(engine.waits) >= 2, timeout=5000)

    with qtbot.waitSignal(link.stopped, timeout=5000):
        assert link.stop(5000)

    assert cache.closed
    assert built.api.closed


def test_queued_command_goes_to_the_outbox_and_skips_the_long_poll(
    qtbot: Any, links: list[SyncLink]
) -> None:
    built, engine, _, outbox = services()
    link = start_link(links, built)
    qtbot.waitUntil(lambda: len(engine.waits) >= 1, timeout=5000)

    with qtbot.waitSignal(
        link.status, timeout=5000, check_params_cb=lambda s: s.outbox.pending == 1
    ):
        link.enqueue_command(
            {
                "path": "/api/v1/orders/5/cancel",
                "body": {"reason": "客户取消"},
                "if_match": 3,
                "entity": "order",
                "entity_id": 5,
                "label": "取消 SM20261127-000005",
            }
        )
    qtbot.waitUntil(lambda: 0.0 in engine.waits, timeout=5000)

    assert outbox.queued == [
        {
            "path": "/api/v1/orders/5/cancel",
            "body": {"reason": "客户取消"},
            "if_match": 3,
            "entity": "order",
            "entity_id": 5,
            "label": "取消 SM20261127-000005",
            "supersede": False,  # only a training draft replaces its own queued predecessor
        }
    ]


def test_conflicts_are_reported_at_start_and_after_replay(
    qtbot: Any, links: list[SyncLink]
) -> None:
    outbox = FakeOutbox()
    outbox.stuck = [command(1, state="conflict", error={"current": {"version": 4}})]
    late = command(2, state="conflict", error={"current": {"version": 9}})
    engine = FakeEngine(script=[SyncStep(replay=replay(conflicts=[late]))])
    built, *_ = services(engine, outbox=outbox)
    seen: list[int] = []
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    link.conflict.connect(lambda c: seen.append(c.id))

    link.start()
    qtbot.waitUntil(lambda: seen == [1, 2], timeout=5000)

    with qtbot.waitSignal(link.command_resolved, timeout=5000):
        link.resolve_command(1, True)
    assert outbox.retried == [(1, 4)]  # retried against the server's current version


def test_a_stale_training_draft_is_retried_on_the_servers_scores(
    qtbot: Any, links: list[SyncLink]
) -> None:
    outbox = FakeOutbox()
    draft = command(3, state="conflict",
                    path="/api/v1/training-sessions/10/assessments/2/draft",
                    error={"status": 412, "details": {"provider_id": 2},
                           "current": {"id": 60, "version": 5, "theory_score": 55,
                                       "scores": {"feeding": 3}, "absences": 0}})  # fmt: skip
    draft.body = {"theory": 70, "practical": {}, "base": {"theory": None, "practical": {}}}
    draft.if_match = None
    outbox.stuck = [draft]
    built, *_ = services(outbox=outbox)
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    link.start()
    with qtbot.waitSignal(link.command_resolved, timeout=5000):
        link.resolve_command(3, True)
    # Retried as it was, it would meet the same 412 for ever: the base is the server's now.
    assert outbox.retried == [(3, None)]
    assert outbox.bodies[3]["base"] == {"theory": 55, "practical": {"feeding": 3}}
    assert outbox.bodies[3]["theory"] == 70


def test_a_held_command_is_never_resent_as_is(qtbot: Any, links: list[SyncLink]) -> None:
    """Held: made against another copy of the server's database, where order 5 may be
    another customer's. Only discarding (or its own server) settles it."""
    outbox = FakeOutbox()
    held = command(5, state="held", error={"code": "other_database"})
    outbox.stuck = [held, command(6, state="conflict")]
    built, *_ = services(outbox=outbox)
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    link.start()
    link.resolve_command(5, True)
    with qtbot.waitSignal(link.command_resolved, timeout=5000):  # a round trip after it
        link.resolve_command(6, False)
    assert outbox.retried == []


def test_offline_step_reports_offline_and_keeps_going(qtbot: Any, links: list[SyncLink]) -> None:
    engine = FakeEngine(script=[unreachable("http://127.0.0.1:9")])
    built, *_ = services(engine)
    errors: list[str] = []
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    link.error.connect(errors.append)

    with qtbot.waitSignal(link.status, timeout=5000, check_params_cb=lambda s: s.online is False):
        link.start()

    assert errors
    assert "127.0.0.1:9" in errors[0]
    qtbot.waitUntil(lambda: len(engine.waits) >= 2, timeout=5000)  # retried after a back-off


def test_expired_session_stops_the_loop_and_says_so(qtbot: Any, links: list[SyncLink]) -> None:
    engine = FakeEngine(script=[AuthFailed("session_expired", "登录已失效", "Session ended")])
    built, *_ = services(engine)
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)

    with qtbot.waitSignal(link.auth_lost, timeout=5000):
        link.start()
    steps = len(engine.waits)
    for n in range(3):  # round trips through the worker's event loop: no step in between
        with qtbot.waitSignal(link.command_resolved, timeout=5000):
            link.resolve_command(100 + n, False)
    assert len(engine.waits) == steps


def test_logout_revokes_through_the_api(qtbot: Any, links: list[SyncLink]) -> None:
    built, _, _, outbox = services()
    outbox.enqueue("/api/v1/orders/5/cancel", {}, if_match=3)
    link = start_link(links, built)

    with qtbot.waitSignal(link.logged_out, timeout=5000):
        link.logout()

    assert built.api.logged_out  # type: ignore[attr-defined]
    assert built.outbox.replayed == 1  # type: ignore[attr-defined]  # sent what was waiting


def test_a_command_is_on_disk_and_counted_before_enqueue_returns(
    qtbot: Any, links: list[SyncLink], tmp_path: Path
) -> None:
    """Issue 15 #1: "queued" was said while the command sat in a queued signal, waiting
    for the worker to finish a long-poll; a crash then lost it."""
    path = tmp_path / "outbox.sqlite3"
    store = Outbox(path, epoch="e1")
    hung = threading.Event()  # the worker is stuck in a step (a hanging server)
    engine = FakeEngine(on_step=hung.wait)
    built, *_ = services(engine)
    built.outbox = store  # type: ignore[assignment]
    link = SyncLink(lambda: built, outbox=store, wait=WAIT)
    links.append(link)
    statuses: list[SyncStatus] = []
    link.status.connect(statuses.append)
    link.start()
    qtbot.waitUntil(lambda: len(engine.waits) >= 1, timeout=5000)
    try:
        assert link.enqueue_command(
            {
                "path": "/api/v1/orders/5/cancel",
                "body": {"reason": "客户取消"},
                "if_match": 3,
                "entity": "order",
                "entity_id": 5,
                "label": "取消 SM20261127-000005",
            }
        )
        # Committed to the file (another connection sees it) and counted, before any event
        # loop turn and while the worker is still stuck.
        [stored], complete = read_commands(path)
        assert complete
        assert stored.label == "取消 SM20261127-000005"
        assert stored.epoch == "e1"
        assert statuses[-1].outbox.pending == 1
    finally:
        hung.set()
    store.close()


def test_a_command_that_cannot_be_stored_is_never_called_queued(
    qtbot: Any, links: list[SyncLink], tmp_path: Path
) -> None:
    store = Outbox(tmp_path / "outbox.sqlite3")
    store.close()  # any write now fails
    built, *_ = services()
    link = SyncLink(lambda: built, outbox=store, wait=WAIT)
    links.append(link)
    with qtbot.waitSignal(link.error, timeout=1000) as said:
        stored = link.enqueue_command(
            {"path": "/x", "entity": "order", "entity_id": 1, "label": "取消 SM1"}
        )
    assert stored is False
    assert "SM1" in said.args[0]


class UnreadableOutbox(FakeOutbox):
    def conflicts(self) -> list[OutboxCommand]:
        raise sqlite3.DatabaseError("database disk image is malformed")


def test_start_goes_on_and_says_so_when_the_outbox_cannot_be_read(
    qtbot: Any, links: list[SyncLink]
) -> None:
    """Issue 15 #3: the worker died at outbox.conflicts(), never synced, and said nothing."""
    built, engine, _, _ = services(outbox=UnreadableOutbox())
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    notices: list[str] = []
    link.notice.connect(notices.append)
    link.start()
    qtbot.waitUntil(lambda: len(engine.waits) >= 2, timeout=5000)  # still syncing
    assert notices
    assert "DatabaseError" in notices[0]


def test_held_commands_are_shown_and_leave_when_their_database_answers(
    qtbot: Any, links: list[SyncLink]
) -> None:
    outbox = FakeOutbox()
    held = command(4, state="held", error={"code": "other_database"})
    engine = FakeEngine(script=[SyncStep(replay=replay(held=[held])), SyncStep(replay=replay())])
    engine.script[1].replay.released = [4]  # type: ignore[union-attr]
    built, *_ = services(engine, outbox=outbox)
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    seen: list[int] = []
    resolved: list[int] = []
    link.held.connect(lambda c: seen.append(c.id))
    link.command_resolved.connect(resolved.append)
    link.start()
    qtbot.waitUntil(lambda: resolved == [4], timeout=5000)
    assert seen == [4]
