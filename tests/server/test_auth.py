"""Login, sessions, throttling and lockout, role checks — over real HTTP."""

from __future__ import annotations

import requests
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from tests.server.conftest import LiveServer


def login(live: LiveServer, username: str, password: str) -> requests.Response:
    return requests.post(
        live.api("/auth/login"), json={"username": username, "password": password}, timeout=10
    )


def test_login_returns_opaque_token_stored_only_as_hash(live: LiveServer) -> None:
    r = login(live, "dispatcher", "correct horse")
    assert r.status_code == 200
    body = r.json()
    assert body["token_type"] == "bearer"
    assert body["user"] == {
        "id": live.users[Role.DISPATCHER],
        "username": "dispatcher",
        "display_name": "dispatcher 测试",
        "role": "dispatcher",
    }
    token = body["access_token"]
    assert len(token) >= 40
    with live.db.read() as s:
        stored = list(s.scalars(select(t.AuthSession.token_hash)))
    assert token not in stored
    assert len(stored) == 1


def test_wrong_password_is_401_with_bilingual_message(live: LiveServer) -> None:
    r = login(live, "dispatcher", "nope")
    assert r.status_code == 401
    err = r.json()["error"]
    assert err["code"] == "bad_credentials"
    assert "密码" in err["message"]
    assert "password" in err["message_en"]


def test_unknown_user_looks_like_wrong_password(live: LiveServer) -> None:
    r = login(live, "ghost", "whatever")
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "bad_credentials"


def test_repeated_failures_throttle_then_lock(live: LiveServer) -> None:
    statuses = [login(live, "agent", "wrong").status_code for _ in range(5)]
    assert statuses == [401] * 5
    throttled = login(live, "agent", "correct horse")  # even the right password waits
    assert throttled.status_code == 429
    assert int(throttled.headers["Retry-After"]) > 0
    # Past the throttle (move the block into the past), further failures lock the account.
    for _ in range(5):
        with live.db.write() as s:
            for row in s.scalars(select(t.LoginThrottle)):
                row.blocked_until = None
        login(live, "agent", "wrong")
    locked = login(live, "agent", "correct horse")
    assert locked.status_code == 423
    assert locked.json()["error"]["code"] == "account_locked"
    assert int(locked.headers["Retry-After"]) > 60
    # Another user is not affected.
    assert login(live, "dispatcher", "correct horse").status_code == 200


def test_failed_logins_are_audited(live: LiveServer) -> None:
    login(live, "dispatcher", "wrong")
    login(live, "dispatcher", "correct horse")
    with live.db.read() as s:
        actions = [a.action for a in s.scalars(select(t.AuditLog).order_by(t.AuditLog.id))]
    assert actions == ["auth.login_failed", "auth.login"]


def test_logout_revokes_the_token(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    assert s.get(live.api("/auth/me"), timeout=10).status_code == 200
    assert s.post(live.api("/auth/logout"), timeout=10).status_code == 204
    r = s.get(live.api("/auth/me"), timeout=10)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "session_expired"


def test_expired_session_is_refused(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    from datetime import timedelta

    with live.db.write() as db:
        for row in db.scalars(select(t.AuthSession)):
            row.last_seen_at = row.last_seen_at - timedelta(hours=5)  # past the idle limit
    assert s.get(live.api("/auth/me"), timeout=10).status_code == 401


def test_no_token_is_401_everywhere(live: LiveServer) -> None:
    for path in ("/orders", "/changes", "/audit", "/customers", "/auth/me"):
        r = requests.get(live.api(path), timeout=10)
        assert r.status_code == 401, path
        assert r.headers.get("WWW-Authenticate") == "Bearer"


def test_roles_are_checked(live: LiveServer) -> None:
    trainer = live.login(Role.TRAINER)
    assert trainer.get(live.api("/audit"), timeout=10).status_code == 403
    r = trainer.post(live.api("/orders"), json={}, timeout=10)
    assert r.status_code == 403  # the role is refused before the (invalid) body is read
    assert r.json()["error"]["code"] == "forbidden"
    assert (
        trainer.post(
            live.api("/orders/1/cancel"),
            json={"reason": "x"},
            headers={"If-Match": "1"},
            timeout=10,
        ).status_code
        == 403
    )
    assert live.login(Role.SUPERVISOR).get(live.api("/audit"), timeout=10).status_code == 200


def test_bad_login_body_is_a_clear_422(live: LiveServer) -> None:
    r = requests.post(live.api("/auth/login"), json={"username": ""}, timeout=10)
    assert r.status_code == 422
    err = r.json()["error"]
    assert err["code"] == "validation_error"
    assert {p["field"] for p in err["details"]["problems"]} == {"username", "password"}


def test_parallel_guesses_are_counted_and_blocked(any_live: LiveServer) -> None:
    """Guesses sent at once must not all slip in under the limit (counted before checking)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(8) as pool:
        statuses = list(
            pool.map(lambda _: login(any_live, "admin", "guess").status_code, range(12))
        )
    assert 500 not in statuses
    assert statuses.count(401) <= 5, statuses  # the rest were throttled or locked
    assert {429, 423} & set(statuses)
