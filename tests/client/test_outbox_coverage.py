"""Only a conflict carries the server's current entity; a command that is gone cannot be
retried (a separate file: outbox.py is being changed)."""

from __future__ import annotations

from app.client.errors import Rejected
from app.client.outbox import Outbox
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
