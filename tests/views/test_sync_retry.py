"""Losing the server: the worker retries with a growing, jittered back-off, says when it
last heard from the server and when it tries next, and 'retry now' cuts the wait short."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest

from app.client.errors import unreachable
from app.client.sync import SyncStep
from app.views.sync_link import SyncLink
from app.views.sync_status import SyncStatus
from app.views.sync_worker import BACKOFF_MS, backoff_delay
from tests.views.fakes import FakeEngine, services

pytestmark = pytest.mark.gui

WAIT = 0.05


@pytest.fixture
def links() -> Iterator[list[SyncLink]]:
    made: list[SyncLink] = []
    yield made
    for link in made:
        assert link.stop(5000)


def test_the_backoff_grows_to_a_ceiling_with_jitter() -> None:
    rng = random.Random(7)
    delays = [backoff_delay(n, rng) for n in range(12)]

    for n, delay in enumerate(delays):
        base = BACKOFF_MS[min(n, len(BACKOFF_MS) - 1)]
        assert 0.8 * base <= delay <= 1.2 * base
    assert max(delays) <= 1.2 * BACKOFF_MS[-1]
    assert BACKOFF_MS[-1] >= 30_000  # a dead server is not hammered every few seconds
    # Jitter: many desks that lost the same server do not all come back at the same instant.
    assert len({backoff_delay(5, random.Random(seed)) for seed in range(5)}) > 1


def test_status_says_when_the_server_last_answered_and_when_the_next_try_is(
    qtbot: Any, links: list[SyncLink]
) -> None:
    engine = FakeEngine(script=[SyncStep(), unreachable("http://127.0.0.1:9")])
    built, *_ = services(engine)
    statuses: list[SyncStatus] = []
    link = SyncLink(lambda: built, wait=WAIT)
    links.append(link)
    link.status.connect(statuses.append)
    before = datetime.now(UTC)

    link.start()
    qtbot.waitUntil(lambda: any(s.online is False for s in statuses), timeout=5000)

    online = [s for s in statuses if s.online]
    offline = next(s for s in statuses if s.online is False)
    assert online
    assert online[-1].last_contact is not None
    assert online[-1].next_retry is None
    contact = offline.last_contact
    assert contact == online[-1].last_contact  # kept: the last answer, not the failure
    assert before <= contact <= datetime.now(UTC)
    assert offline.next_retry is not None
    assert offline.next_retry >= contact + timedelta(milliseconds=0.8 * BACKOFF_MS[0])


def test_retry_now_cuts_a_long_backoff_short(qtbot: Any, links: list[SyncLink]) -> None:
    engine = FakeEngine(initial=unreachable("http://127.0.0.1:9"))
    built, *_ = services(engine)
    statuses: list[SyncStatus] = []
    link = SyncLink(lambda: built, wait=WAIT, backoff_ms=(600_000,))
    links.append(link)
    link.status.connect(statuses.append)

    link.start()
    qtbot.waitUntil(lambda: any(s.online is False for s in statuses), timeout=5000)
    offline = next(s for s in statuses if s.online is False)
    assert offline.last_contact is None  # never reached it
    assert offline.next_retry > datetime.now(UTC) + timedelta(minutes=7)
    assert engine.waits == []  # waiting out ten minutes

    link.retry_now()

    qtbot.waitUntil(lambda: len(engine.waits) >= 1, timeout=5000)
    qtbot.waitUntil(lambda: statuses[-1].online is True, timeout=5000)
    assert statuses[-1].last_contact is not None
    assert statuses[-1].next_retry is None
