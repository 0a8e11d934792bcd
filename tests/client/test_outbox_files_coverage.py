"""Reading outbox files that are not what they should be, and old caches whose sync position
is unknown or that hold nothing (beside test_outbox_files.py; outbox work is under way)."""

from __future__ import annotations

from pathlib import Path

from app.client.cache import Cache
from app.client.outbox import Outbox
from app.client.outbox_files import OutboxReport, adopt_legacy_caches, read_commands
from tests.client.test_outbox_files import fill, old_cache_name

URL = "http://127.0.0.1:40123"


def test_a_path_that_cannot_be_opened_has_no_commands_and_is_not_complete(
    tmp_path: Path,
) -> None:
    assert read_commands(tmp_path) == ([], False)  # a directory, not a database


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
