"""Reading outbox files that are not what they should be, and old caches whose sync position
is unknown or that hold nothing (beside test_outbox_files.py; outbox work is under way)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from app.client import outbox_files
from app.client.cache import Cache
from app.client.outbox import Outbox
from app.client.outbox_files import (
    OutboxBusy,
    OutboxReport,
    adopt_legacy_caches,
    open_outbox,
    read_commands,
)
from tests.client.test_outbox_files import fill, old_cache_name

URL = "http://127.0.0.1:40123"


def test_a_path_that_cannot_be_opened_is_busy_not_damaged(tmp_path: Path) -> None:
    with pytest.raises(OutboxBusy):
        read_commands(tmp_path)  # a directory: nothing known about commands in it


def hold(path: Path) -> sqlite3.Connection:
    """Another program's exclusive lock on ``path`` (rolled back and closed by the caller)."""
    holder = sqlite3.connect(str(path), isolation_level=None)
    holder.execute("PRAGMA journal_mode=DELETE")  # (a WAL reader would not be locked out)
    holder.execute("BEGIN EXCLUSIVE")
    return holder


def test_a_locked_outbox_is_not_taken_for_damaged_nor_an_old_cache_marked_done(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_files, "BUSY_TIMEOUT_S", 0.05)
    live = Outbox(tmp_path / "outbox.sqlite3")
    fill(live, 1)
    live.close()
    holder = hold(tmp_path / "outbox.sqlite3")
    assert outbox_files._healthy(tmp_path / "outbox.sqlite3")  # left where it is
    holder.execute("ROLLBACK")
    holder.close()

    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    legacy_path = cache_dir / old_cache_name(URL, "dispatcher")
    legacy = Outbox(legacy_path)
    fill(legacy, 1)
    legacy.close()
    holder = hold(legacy_path)
    box = Outbox(tmp_path / "new.sqlite3", epoch="ep1")
    report = OutboxReport()
    adopt_legacy_caches(cache_dir, URL, "dispatcher", box, report)
    assert (report.adopted, report.complete) == (0, False)
    assert legacy_path.exists()  # read again at the next login
    holder.execute("ROLLBACK")
    holder.close()
    adopt_legacy_caches(cache_dir, URL, "dispatcher", box, report)
    assert report.adopted == 1
    box.close()


def test_a_damaged_copy_that_cannot_be_opened_now_is_tried_again_next_login(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(outbox_files, "BUSY_TIMEOUT_S", 0.05)
    aside = tmp_path / "outbox.sqlite3.damaged-20261203120000"  # set aside at a past login
    old = Outbox(aside)
    fill(old, 2)
    old.close()
    holder = hold(aside)  # another program holds it
    path = tmp_path / "outbox.sqlite3"

    box, report = open_outbox(path, epoch="e1")
    assert report.damaged == [aside]  # still under its own name: not marked done
    assert not report.complete
    assert report.recovered == 0
    box.close()

    holder.execute("ROLLBACK")
    holder.close()
    box, report = open_outbox(path, epoch="e1")  # the next login
    assert report.recovered == 2
    assert box.count() == 2
    assert not aside.exists()
    box.close()


def test_a_database_without_an_outbox_table_has_no_commands_completely(tmp_path: Path) -> None:
    mirror = Cache(tmp_path / "mirror.sqlite3")  # a mirror only: no outbox table in it
    mirror.close()
    assert read_commands(tmp_path / "mirror.sqlite3") == ([], True)


def test_an_old_cache_whose_sync_position_is_unknown_gives_its_commands_no_epoch(
    tmp_path: Path,
) -> None:
    cache_dir = tmp_path / "cache"
    cache_dir.mkdir()
    legacy = Outbox(cache_dir / old_cache_name(URL, "dispatcher"))  # no mirror, no cursor
    [made] = fill(legacy, 1)
    legacy.close()
    box = Outbox(tmp_path / "outbox.sqlite3", epoch="ep1")
    report = OutboxReport()

    adopt_legacy_caches(cache_dir, URL, "dispatcher", box, report)

    [kept] = box.pending()
    assert report.adopted == 1
    assert kept.idempotency_key == made.idempotency_key
    assert kept.epoch == ""  # not known to be this database: held at the next replay
    held, _ = box.sort_by_epoch("ep1")
    assert [c.idempotency_key for c in held] == [made.idempotency_key]
    box.close()


def test_an_old_cache_with_nothing_unsent_is_deleted_not_read_at_every_login(
    tmp_path: Path,
) -> None:
    cache_dir = tmp_path / "cache"
    old = cache_dir / old_cache_name(URL, "dispatcher")
    mirror = Cache(old)
    mirror.apply_page([], "ep1.0.42")
    mirror.close()
    box = Outbox(tmp_path / "outbox.sqlite3", epoch="ep1")
    report = OutboxReport()

    adopt_legacy_caches(cache_dir, URL, "dispatcher", box, report)

    assert not report
    # An old mirror holds names and masked contacts and nothing unsent: it goes (a sync
    # rebuilds what is needed), so no login reads it again and no purge misses it.
    assert not old.exists()
    assert box.unsent() == 0
    box.close()
