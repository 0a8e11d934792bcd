"""Outbox: order, persistence across a reopened cache file, conflicts kept, failures shown."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import pytest

from app.client import endpoints
from app.client.api import ApiClient
from app.client.errors import (
    AuthFailed,
    ClientError,
    Conflict,
    Rejected,
    ServerError,
    unreachable,
)
from app.client.outbox import Outbox


class FakeApi(ApiClient):
    """Records commands; answers each with the next scripted outcome (a dict or an error)."""

    def __init__(self, *outcomes: dict[str, Any] | ClientError) -> None:
        super().__init__("http://fake")
        self.outcomes = list(outcomes)
        self.sent: list[tuple[str, dict[str, Any] | None, int | None, str]] = []
        self.epochs: list[str | None] = []  # X-Feed-Epoch of each command

    def command(
        self,
        path: str,
        body: Mapping[str, Any] | None,
        *,
        if_match: int | None,
        idempotency_key: str,
        feed_epoch: str | None = None,
    ) -> dict[str, Any]:
        self.sent.append((path, dict(body) if body else None, if_match, idempotency_key))
        self.epochs.append(feed_epoch)
        outcome = self.outcomes.pop(0) if self.outcomes else {}
        if isinstance(outcome, ClientError):
            raise outcome
        return outcome


def cancel(outbox: Outbox, order_id: int, version: int) -> Any:
    return outbox.enqueue(
        endpoints.order_action(order_id, "cancel"),
        {"reason": "客户取消"},
        if_match=version,
        entity="order",
        entity_id=order_id,
        label=f"取消订单 {order_id}",
    )


def stale(current_version: int) -> Conflict:
    return Conflict(
        "stale_version",
        "订单已被他人修改",
        "changed",
        status=412,
        details={"current": {"id": 1, "version": current_version}},
    )


def test_commands_persist_across_a_reopened_outbox_and_replay_in_order(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    made = [cancel(box, 1, 3), cancel(box, 2, 5), cancel(box, 3, 1)]
    assert len({c.idempotency_key for c in made}) == 3
    box.close()

    box = Outbox(path)
    assert box.count() == 3
    assert [c.entity_id for c in box.pending()] == [1, 2, 3]
    assert box.pending()[0].body == {"reason": "客户取消"}
    api = FakeApi()
    result = box.replay(api)
    assert result.sent == 3
    assert not result.offline
    assert [s[3] for s in api.sent] == [c.idempotency_key for c in made]
    assert [s[2] for s in api.sent] == [3, 5, 1]
    assert box.count() == 0
    api.close()
    box.close()


def test_offline_stops_replay_and_keeps_the_rest_pending(outbox: Outbox) -> None:
    made = [cancel(outbox, 1, 1), cancel(outbox, 2, 1), cancel(outbox, 3, 1)]
    api = FakeApi({}, unreachable("http://fake"))
    result = outbox.replay(api)
    assert result.sent == 1
    assert result.offline
    assert [c.id for c in outbox.pending()] == [made[1].id, made[2].id]
    # Back online: the same key goes out again, never a new one.
    api.outcomes = [{}, {}]
    assert outbox.replay(api).sent == 2
    assert api.sent[1][3] == api.sent[2][3] == made[1].idempotency_key
    api.close()


def test_a_server_error_stops_replay_without_losing_the_command(outbox: Outbox) -> None:
    cancel(outbox, 1, 1)
    api = FakeApi(ServerError("internal_error", "服务器内部错误", "oops", status=500))
    result = outbox.replay(api)
    assert result.sent == 0
    assert not result.offline
    assert isinstance(result.stopped_by, ServerError)
    assert outbox.count() == 1
    api.close()


def test_a_stale_if_match_is_kept_as_a_conflict_with_the_current_entity(
    tmp_path: Path,
) -> None:
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path)
    first = cancel(box, 1, 3)
    cancel(box, 2, 1)
    api = FakeApi(stale(4), {})
    result = box.replay(api)
    assert result.sent == 1  # replay goes on after a conflict
    (conflict,) = result.conflicts
    assert conflict.id == first.id
    assert conflict.state == "conflict"
    assert conflict.current == {"id": 1, "version": 4}
    box.close()

    box = Outbox(path)
    (kept,) = box.conflicts()
    assert kept.idempotency_key == first.idempotency_key
    assert kept.error is not None
    assert kept.error["code"] == "stale_version"
    assert kept.current == {"id": 1, "version": 4}
    assert box.count() == 0  # not pending: it waits for the user, not for the network
    assert box.replay(api).sent == 0
    # The user retries against the current version: a new key, at the end of the queue.
    again = box.retry(kept.id, if_match=4)
    assert again is not None
    assert again.state == "pending"
    assert again.if_match == 4
    assert again.idempotency_key != kept.idempotency_key
    assert box.conflicts() == []
    box.discard(again.id)
    assert box.count() == 0
    api.close()
    box.close()


def test_other_refusals_become_failed_with_the_servers_message(outbox: Outbox) -> None:
    cancel(outbox, 1, 1)
    refusal = Rejected("invalid_transition", "已完成的订单不能取消", "cannot", status=409)
    api = FakeApi(refusal)
    result = outbox.replay(api)
    (failed,) = result.failed
    assert failed.state == "failed"
    assert failed.error is not None
    assert failed.error["message"] == "已完成的订单不能取消"
    assert [c.id for c in outbox.failed()] == [failed.id]
    api.close()


def test_an_expired_session_stops_replay_and_is_raised(outbox: Outbox) -> None:
    cancel(outbox, 1, 1)
    api = FakeApi(AuthFailed("not_authenticated", "请先登录", "log in", status=401))
    with pytest.raises(AuthFailed):
        outbox.replay(api)
    assert outbox.count() == 1
    api.close()


def test_a_command_too_old_to_resend_safely_waits_for_the_user(outbox: Outbox) -> None:
    from datetime import UTC, datetime, timedelta

    outbox.enqueue(
        endpoints.order_action(1, "cancel"),
        {"reason": "客户取消"},
        if_match=1,
        entity="order",
        entity_id=1,
        label="取消订单 1",
        now=datetime.now(UTC) - timedelta(hours=30),
    )
    api = FakeApi()
    result = outbox.replay(api)
    assert api.sent == []  # never sent blindly: the server may have forgotten its key
    [failed] = result.failed
    assert failed.error is not None
    assert failed.error["code"] == "too_old_to_resend"
    # The user checks and resends: it goes out, with a new key.
    again = outbox.retry(failed.id, if_match=1)
    assert again is not None
    assert again.idempotency_key != failed.idempotency_key
    assert outbox.replay(api).sent == 1


def test_retry_never_loses_the_command_when_storing_fails(
    outbox: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    command = cancel(outbox, 1, 1)
    outbox.replay(FakeApi(stale(2)))

    def broken(*args: object, **kwargs: object) -> int:
        raise OSError("disk I/O error")

    monkeypatch.setattr(Outbox, "_insert", broken)
    with pytest.raises(OSError, match="disk"):
        outbox.retry(command.id, if_match=2)
    assert outbox.get(command.id) is not None  # rolled back: still there, still a conflict


def test_commands_made_against_another_database_are_held_not_sent(tmp_path: Path) -> None:
    """Issue 15 #4: after the server's database was reset, queued cancels were replayed into
    the new one and hit look-alike orders. A command is bound to the epoch it was made in."""
    box = Outbox(tmp_path / "outbox.sqlite3", epoch="old")
    made = cancel(box, 1, 3)
    assert made.epoch == "old"
    api = FakeApi()
    result = box.replay(api, "new")
    assert api.sent == []  # never sent into a database it was not made for
    [held] = result.held
    assert held.id == made.id
    assert held.error is not None
    assert held.error["code"] == "other_database"
    assert box.count() == 0
    assert [c.id for c in box.held()] == [made.id]
    assert box.replay(api, "new").held == []  # said once, kept until the user decides

    # The user checks and resends: bound to the database the mirror now comes from.
    box.epoch = "new"
    again = box.retry(made.id, if_match=1)
    assert again is not None
    assert again.epoch == "new"
    assert again.idempotency_key != made.idempotency_key
    assert box.replay(api, "new").sent == 1
    assert api.epochs == ["new"]  # the server checks it too
    assert box.held() == []
    box.close()


def test_held_commands_go_when_their_own_database_answers_again(tmp_path: Path) -> None:
    """One outbox per user: commands for server A wait (held) while the user works on B."""
    box = Outbox(tmp_path / "outbox.sqlite3", epoch="a")
    made = cancel(box, 1, 3)
    api = FakeApi()
    assert len(box.replay(api, "b").held) == 1
    result = box.replay(api, "a")
    assert result.released == [made.id]
    assert result.sent == 1
    assert [s[3] for s in api.sent] == [made.idempotency_key]  # the same key: still once
    box.close()


def test_a_command_made_before_the_epoch_was_known_is_bound_at_its_first_replay(
    outbox: Outbox,
) -> None:
    cancel(outbox, 1, 1)
    api = FakeApi()
    result = outbox.replay(api, "e1")
    assert result.sent == 1
    assert result.held == []


def test_a_superseding_save_leaves_the_command_on_the_network_alone(outbox: Outbox) -> None:
    """The UI thread stores while the worker sends: a save that replaces an earlier one
    must not delete the earlier one while it is on the network (it may have arrived)."""

    def save(version: int) -> Any:
        return outbox.enqueue(
            "/api/v1/training/sessions/1/roster",
            {"base": {"v": version}, "rows": [version]},
            if_match=version,
            entity="training_session",
            entity_id=1,
            label="名单",
            supersede=True,
        )

    first = save(1)
    later: list[Any] = []

    class SlowApi(FakeApi):
        def command(self, path: str, body: Mapping[str, Any] | None, **kw: Any) -> Any:
            if not later:
                later.append(save(2))  # the user saves again while the first is in flight
            return super().command(path, body, **kw)

    api = SlowApi()
    assert outbox.replay(api).sent == 1  # the first went out whole
    assert outbox.replay(api).sent == 1  # then the later save, against its own version
    assert [s[3] for s in api.sent] == [first.idempotency_key, later[0].idempotency_key]
    assert [s[2] for s in api.sent] == [1, 2]


def test_a_refusal_for_another_database_holds_the_command(outbox: Outbox) -> None:
    """The database may change between the epoch check and the command: the server refuses
    it (409 other_database) and the command is held like the others, not failed."""
    outbox.epoch = "old"
    cancel(outbox, 1, 1)
    refusal = Rejected("other_database", "数据已重置", "reset", status=409)
    api = FakeApi(refusal)
    result = outbox.replay(api, "old")
    assert len(result.held) == 1
    assert outbox.failed() == []
    assert len(outbox.held()) == 1


def test_an_outbox_is_opened_on_a_file_path_not_on_a_cache() -> None:
    """Outbox(cache) once made files named '<app.client.cache.Cache object at …>'."""
    from app.client.cache import Cache

    with pytest.raises(TypeError, match="path of its file"):
        Outbox(Cache(":memory:"))  # type: ignore[arg-type]


def test_counts_and_first_labels_for_the_status_bar() -> None:
    outbox = Outbox(":memory:")
    assert outbox.counts() == {"pending": 0, "conflict": 0, "failed": 0, "held": 0}
    for n in (1, 2, 3):
        outbox.enqueue(f"/api/v1/orders/{n}/cancel", {}, if_match=1, entity="order",
                       entity_id=n, label=f"取消 {n}")  # fmt: skip

    assert outbox.counts()["pending"] == 3
    assert outbox.first_labels(2) == ["取消 1", "取消 2"]
