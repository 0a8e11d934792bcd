"""Opening the outbox: a damaged file is salvaged and reported; old caches' commands adopted."""

from __future__ import annotations

import hashlib
from pathlib import Path

from app.client import endpoints
from app.client.cache import Cache
from app.client.outbox import Outbox, OutboxCommand, outbox_path
from app.client.outbox_files import adopt_legacy_caches, open_outbox, read_commands


def fill(box: Outbox, n: int) -> list[OutboxCommand]:
    return [
        box.enqueue(
            endpoints.order_action(i, "cancel"),
            {"reason": "客户取消" + "，说明" * 200},  # big enough to fill several pages
            if_match=1,
            entity="order",
            entity_id=i,
            label=f"取消订单 {i}",
        )
        for i in range(1, n + 1)
    ]


def test_a_healthy_outbox_opens_with_nothing_to_report(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    fill(box, 3)
    box.close()
    box, report = open_outbox(path, epoch="e1")
    assert not report
    assert box.count() == 3
    box.close()


def test_a_damaged_outbox_is_set_aside_and_what_can_be_read_is_kept(tmp_path: Path) -> None:
    """Issue 15 #3: a damaged file was replaced by an empty one: 0 of 6 sent, no message."""
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    made = fill(box, 30)
    box.close()  # the last connection checkpoints the WAL into the file
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 12 * page
    data[6 * page : 7 * page] = b"\xff" * page  # one data page in the middle destroyed
    path.write_bytes(bytes(data))

    box, report = open_outbox(path, epoch="e1")
    assert report
    assert not report.complete  # the user is told that some may be missing
    assert 0 < report.recovered < 30
    [aside] = report.damaged
    assert aside.exists()
    assert aside.read_bytes()[6 * page : 7 * page] == b"\xff" * page  # kept as it was
    kept = box.pending()
    assert len(kept) == report.recovered
    keys = {c.idempotency_key: c for c in made}
    for command in kept:  # the same keys: a command the server saw is not run twice
        assert command.idempotency_key in keys
        assert command.label == keys[command.idempotency_key].label
    box.close()

    box, report = open_outbox(path, epoch="e1")  # read once, not again at the next login
    assert not report
    assert box.count() == len(kept)
    box.close()


def test_an_outbox_that_is_not_a_database_any_more_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"this is not a database" * 300)
    box, report = open_outbox(path, epoch="e1")
    assert report.recovered == 0
    assert not report.complete
    [aside] = report.damaged
    assert aside.read_bytes().startswith(b"this is not a database")
    fill(box, 1)  # the new file works
    assert box.count() == 1
    box.close()


def old_cache_name(server_url: str, username: str) -> str:
    """How versions before the per-user outbox named the cache (by host:port)."""
    server = server_url.split("://", 1)[-1].replace(".", "_").replace(":", "_")
    digest = hashlib.sha256(f"{server_url}\n{username}".encode()).hexdigest()[:16]
    return f"{server}-{digest}.sqlite3"


def test_an_embedded_restart_on_a_new_port_finds_the_commands_queued_before(
    tmp_path: Path,
) -> None:
    """Issue 13 (lost work): the cache was keyed by host:port, so after the embedded server
    restarted on a new random port the app opened an empty one; the command was stranded."""
    old = tmp_path / "cache" / old_cache_name("http://127.0.0.1:40123", "dispatcher")
    mirror = Cache(old)
    mirror.apply_page([], "ep1.0.42")  # the feed epoch it was synced from
    mirror.close()
    legacy = Outbox(old)
    [made] = fill(legacy, 1)
    legacy.close()
    other = tmp_path / "cache" / old_cache_name("http://127.0.0.1:40123", "agent")
    Outbox(other).close()
    fill_other = Outbox(other)
    fill(fill_other, 1)
    fill_other.close()

    box, report = open_outbox(outbox_path(tmp_path, "dispatcher"), epoch="ep1")
    adopt_legacy_caches(tmp_path / "cache", "http://127.0.0.1:51777", "dispatcher", box, report)
    assert report.adopted == 1
    [kept] = box.pending()
    assert kept.idempotency_key == made.idempotency_key
    assert kept.epoch == "ep1"  # synced from the same database: sent, not held
    assert not old.exists()  # renamed, so that it is not read twice
    assert len(read_commands(other)[0]) == 1  # another user's commands are left alone
    box.close()

    # The next login (yet another port) opens the same outbox.
    box, report = open_outbox(outbox_path(tmp_path, "dispatcher"), epoch="ep1")
    adopt_legacy_caches(tmp_path / "cache", "http://127.0.0.1:52001", "dispatcher", box, report)
    assert report.adopted == 0
    assert box.count() == 1
    box.close()
