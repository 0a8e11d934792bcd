"""Login abuse over real HTTP: lockout, spraying and parallel password checks.

The server here trusts ``X-Forwarded-For`` from loopback (as if behind a proxy on the same
machine), so a test can speak from several source addresses.
"""

from __future__ import annotations

from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import select

from app.models import tables as t
from app.server.db import Database
from tests.server import factories
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for

ATTACKER = "198.51.100.7"
OFFICE = "203.0.113.5"


@pytest.fixture(params=["sqlite", "postgres"])
def proxied(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[LiveServer]:
    url = request.getfixturevalue("pg_url") if request.param == "postgres" else ""
    cfg = settings_for(tmp_path, url, forwarded_allow_ips="127.0.0.1")
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db)
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()


def login(live: LiveServer, username: str, password: str, source: str) -> requests.Response:
    return requests.post(
        live.api("/auth/login"),
        json={"username": username, "password": password},
        headers={"X-Forwarded-For": source},
        timeout=30,
    )


def test_attacker_cannot_lock_the_real_user_out_from_another_address(
    proxied: LiveServer,
) -> None:
    statuses = [login(proxied, "admin", "guess", ATTACKER).status_code for _ in range(25)]
    assert statuses[:5] == [401] * 5
    assert set(statuses[5:]) <= {423, 429}  # the guessing address is refused ...
    assert login(proxied, "admin", factories.PASSWORD, ATTACKER).status_code in {423, 429}
    # ... but the administrator at the office is not punished for the attacker's failures.
    assert login(proxied, "admin", factories.PASSWORD, OFFICE).status_code == 200


def test_the_guessing_address_is_locked_before_the_account(proxied: LiveServer) -> None:
    for _ in range(10):
        login(proxied, "agent", "guess", ATTACKER)
    refused = login(proxied, "agent", factories.PASSWORD, ATTACKER)
    assert refused.status_code == 423
    assert int(refused.headers["Retry-After"]) > 60
    with proxied.db.read() as s:
        user_row = s.get(t.LoginThrottle, "user:agent")
        assert user_row is not None
        assert user_row.blocked_until is None  # the account itself is not locked yet
    assert login(proxied, "agent", factories.PASSWORD, OFFICE).status_code == 200


def test_many_addresses_lock_the_account_only_for_addresses_that_failed(
    proxied: LiveServer,
) -> None:
    bots = [f"192.0.2.{i}" for i in range(1, 31)]
    for bot in bots:  # one guess each: no address alone looks suspicious
        login(proxied, "supervisor", "guess", bot)
    assert login(proxied, "supervisor", factories.PASSWORD, bots[0]).status_code == 423
    assert login(proxied, "supervisor", factories.PASSWORD, OFFICE).status_code == 200


def test_spraying_many_user_names_from_one_address_is_throttled(proxied: LiveServer) -> None:
    names = [f"staff{i:02d}" for i in range(30)] + ["dispatcher"]
    statuses = [login(proxied, n, "Summer2026!", ATTACKER).status_code for n in names]
    assert 429 in statuses
    assert statuses.index(429) <= 20
    again = login(proxied, "dispatcher", factories.PASSWORD, ATTACKER)
    assert again.status_code == 429
    assert int(again.headers["Retry-After"]) > 0
    assert login(proxied, "dispatcher", factories.PASSWORD, OFFICE).status_code == 200


def test_successful_login_is_not_counted_against_the_address(proxied: LiveServer) -> None:
    for _ in range(30):  # an office behind one address logs in all morning
        assert login(proxied, "dispatcher", factories.PASSWORD, OFFICE).status_code == 200
    with proxied.db.read() as s:
        rows = {r.key: r.failures for r in s.scalars(select(t.LoginThrottle))}
    assert all(v == 0 for v in rows.values()), rows


def _rss_kib(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    raise AssertionError(field)


@pytest.mark.skipif(not Path("/proc/self/clear_refs").exists(), reason="Linux /proc only")
def test_parallel_unknown_user_logins_keep_memory_bounded(proxied: LiveServer) -> None:
    """32 logins for unknown users at once (each argon2 check takes 64 MiB): the peak RSS of
    this process, which runs the server, grows by far less than 32 x 64 MiB."""
    before = _rss_kib("VmRSS")
    Path("/proc/self/clear_refs").write_text("5")  # reset the peak (VmHWM) to the current RSS

    def one(i: int) -> requests.Response:
        return login(proxied, f"nobody{i}", "x", f"192.0.2.{100 + i}")

    with ThreadPoolExecutor(32) as pool:
        answers = list(pool.map(one, range(32)))
    peak = _rss_kib("VmHWM")
    grown_mib = (peak - before) / 1024
    statuses = sorted(a.status_code for a in answers)
    print(f"RSS {before / 1024:.0f} MiB, peak {peak / 1024:.0f} MiB (+{grown_mib:.0f}); {statuses}")
    assert {a.status_code for a in answers} <= {401, 429}
    assert all(int(a.headers["Retry-After"]) > 0 for a in answers if a.status_code == 429)
    assert grown_mib < 400
    assert requests.get(proxied.api("/health"), timeout=5).status_code == 200
