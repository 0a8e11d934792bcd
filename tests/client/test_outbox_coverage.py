"""Only a conflict carries the server's current entity; a command that is gone is neither
retried nor sent; an outbox from before epochs is upgraded (a separate file: outbox.py is being
changed)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from app.client.cache import OUTBOX_TABLE
from app.client.errors import Rejected
from app.client.outbox import _CREATE, Outbox
from tests.client.test_outbox import FakeApi, cancel, stale


def test_only_a_conflict_carries_the_servers_current_entity(outbox: Outbox) -> None:
    pending = cancel(outbox, 1, 3)
    cancel(outbox, 2, 1)
    assert pending.current is None  # not sent yet: no answer at all
    refusal = Rejected("invalid_transition", "已完成的订单不能取消", "cannot", status=409)
    api = FakeApi(stale(4), refusal)

    result = outbox.replay(api)

    (conflict,) = result.conflicts
    (failed,) = result.failed
    assert conflict.current == {"id": 1, "version": 4}
    assert failed.error is not None
    assert failed.current is None  # refused, but nothing newer to show
    api.close()


def test_retrying_a_command_that_is_gone_does_nothing(outbox: Outbox) -> None:
    kept = cancel(outbox, 1, 3)
    outbox.discard(kept.id)

    assert outbox.retry(kept.id, 4) is None
    assert outbox.count() == 0


def test_an_outbox_from_before_epochs_gains_the_column_and_keeps_its_commands(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    old = sqlite3.connect(path)
    old.execute(_CREATE.replace(", epoch TEXT)", ")"))
    old.execute(
        f"INSERT INTO {OUTBOX_TABLE} (path, body, if_match, idempotency_key, entity, entity_id,"
        " label, created_at, state, error) VALUES ('/api/v1/orders/1/cancel', '{}', 3, 'k1',"
        " 'order', 1, '取消订单 1', '2026-11-27T08:00:00+00:00', 'pending', NULL)"
    )
    old.commit()
    old.close()

    box = Outbox(path, epoch="e1")
    try:
        made = cancel(box, 2, 1)
        kept = box.all()
    finally:
        box.close()

    assert [(c.idempotency_key, c.epoch) for c in kept] == [
        ("k1", None),
        (made.idempotency_key, "e1"),
    ]


def test_a_command_discarded_while_replay_runs_is_not_sent(outbox: Outbox) -> None:
    first, second = cancel(outbox, 1, 3), cancel(outbox, 2, 5)

    class DiscardingApi(FakeApi):
        """The user lets the second command go while the first is on the network."""

        def command(self, path: str, body: Any, **kwargs: Any) -> dict[str, Any]:
            outbox.discard(second.id)
            return super().command(path, body, **kwargs)

    api = DiscardingApi()
    result = outbox.replay(api)

    assert [s[0] for s in api.sent] == [first.path]
    assert result.sent == 1
    assert outbox.all() == []
    api.close()
