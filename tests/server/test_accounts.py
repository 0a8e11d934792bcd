"""Account administration, the password policy, the second factor — over real HTTP."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyotp
import pytest
import requests
from sqlalchemy import select, text

from app.models import tables as t
from app.models.enums import Role
from app.server import clock
from app.server.db import Database
from tests.server import factories
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for

FIXED = datetime(2026, 12, 3, 12, 0, 10, tzinfo=UTC)
GOOD_PASSWORD = "Hutong-Lantern-7342"


def audit_actions(live: LiveServer, user_id: int) -> list[str]:
    with live.db.read() as s:
        return list(
            s.scalars(
                select(t.AuditLog.action)
                .where(t.AuditLog.entity == "user", t.AuditLog.entity_id == user_id)
                .order_by(t.AuditLog.id)
            )
        )


def audit_reasons(live: LiveServer, user_id: int, action: str) -> list[object]:
    with live.db.read() as s:
        rows = s.scalars(
            select(t.AuditLog).where(
                t.AuditLog.entity == "user",
                t.AuditLog.entity_id == user_id,
                t.AuditLog.action == action,
            )
        )
        return [(r.detail or {}).get("reason") for r in rows]


def version_of(live: LiveServer, user_id: int) -> str:
    with live.db.read() as s:
        return str(s.get_one(t.User, user_id).version)


def create(admin: requests.Session, live: LiveServer, name: str, role: str) -> dict:  # type: ignore[type-arg]
    r = admin.post(
        live.api("/accounts"),
        json={"username": name, "display_name": f"{name} 同事", "role": role},
        timeout=10,
    )
    assert r.status_code == 201, r.text
    return r.json()  # type: ignore[no-any-return]


def post(s: requests.Session, live: LiveServer, path: str, body: dict, **headers: str):  # type: ignore[no-untyped-def, type-arg]
    return s.post(live.api(path), json=body, headers=headers, timeout=10)


def test_created_account_must_change_its_one_time_password(live: LiveServer) -> None:
    admin = live.login(Role.ADMIN)
    made = create(admin, live, "liwei", "dispatcher")
    assert made["account"]["must_change_password"] is True
    otp = made["one_time_password"]
    assert len(otp) >= 10

    r = requests.post(
        live.api("/auth/login"), json={"username": "liwei", "password": otp}, timeout=10
    )
    assert r.status_code == 200
    step = r.json()
    assert step["status"] == "password_change_required"
    assert "access_token" not in step

    weak = post(
        requests.Session(),
        live,
        "/auth/new-password",
        {"challenge": step["challenge"], "new_password": "password123"},
    )
    assert weak.status_code == 422
    assert weak.json()["error"]["details"]["rule"] == "password.common"
    short = post(
        requests.Session(),
        live,
        "/auth/new-password",
        {"challenge": step["challenge"], "new_password": "short1"},
    )
    assert short.json()["error"]["details"]["rule"] == "password.too_short"
    named = post(
        requests.Session(),
        live,
        "/auth/new-password",
        {"challenge": step["challenge"], "new_password": "LiWei-2026-summer"},
    )
    assert named.json()["error"]["details"]["rule"] == "password.contains_username"

    ok = post(
        requests.Session(),
        live,
        "/auth/new-password",
        {"challenge": step["challenge"], "new_password": GOOD_PASSWORD},
    )
    assert ok.status_code == 200, ok.text
    assert ok.json()["status"] == "ok"
    assert ok.json()["access_token"]
    again = post(
        requests.Session(),
        live,
        "/auth/new-password",
        {"challenge": step["challenge"], "new_password": GOOD_PASSWORD},
    )
    assert again.status_code == 401  # the challenge is spent
    assert live.login("liwei", GOOD_PASSWORD)  # type: ignore[arg-type]
    uid = made["account"]["id"]
    assert audit_actions(live, uid) == [
        "account.create",
        "auth.login_step",
        "auth.password_change",
        "auth.login",
        "auth.login",
    ]


def test_the_last_administrator_cannot_be_disabled_or_demoted(live: LiveServer) -> None:
    admin = live.login(Role.ADMIN)
    aid = live.users[Role.ADMIN]
    r = post(
        admin,
        live,
        f"/accounts/{aid}/edit",
        {"display_name": "管理员", "role": "supervisor"},
        **{"If-Match": version_of(live, aid)},
    )
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "account.last_admin"
    r = post(
        admin,
        live,
        f"/accounts/{aid}/disable",
        {"reason": "test"},
        **{"If-Match": version_of(live, aid)},
    )
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "account.not_yourself"

    other = create(admin, live, "second_admin", "admin")["account"]
    r = post(
        admin,
        live,
        f"/accounts/{aid}/edit",
        {"display_name": "管理员", "role": "supervisor"},
        **{"If-Match": version_of(live, aid)},
    )
    assert r.status_code == 200, r.text
    assert r.json()["role"] == "supervisor"
    # now `other` is the last administrator: disabling it is refused with the reason
    sup = live.login(Role.ADMIN)  # still this session's token? the role changed: log in anew
    del sup
    r = post(
        admin,
        live,
        f"/accounts/{other['id']}/disable",
        {"reason": "x"},
        **{"If-Match": str(other["version"])},
    )
    assert r.status_code == 403  # the acting account is no longer an administrator


def test_disable_ends_sessions_and_enable_restores(live: LiveServer) -> None:
    admin = live.login(Role.ADMIN)
    agent = live.login(Role.AGENT)
    aid = live.users[Role.AGENT]
    listed = admin.get(live.api(f"/accounts/{aid}/sessions"), timeout=10).json()
    assert listed["count"] == 1
    r = post(
        admin,
        live,
        f"/accounts/{aid}/disable",
        {"reason": "离职"},
        **{"If-Match": version_of(live, aid)},
    )
    assert r.status_code == 200, r.text
    assert r.json()["active"] is False
    assert r.json()["open_sessions"] == 0
    assert agent.get(live.api("/auth/me"), timeout=10).status_code == 401
    bad = requests.post(
        live.api("/auth/login"),
        json={"username": "agent", "password": factories.PASSWORD},
        timeout=10,
    )
    assert bad.status_code == 401
    # colleagues no longer see the disabled account; the administrator does
    dispatcher = live.login(Role.DISPATCHER)
    names = {u["username"] for u in dispatcher.get(live.api("/users"), timeout=10).json()["data"]}
    assert "agent" not in names
    row = next(u for u in dispatcher.get(live.api("/users"), timeout=10).json()["data"])
    assert "must_change_password" not in row
    assert "totp_secret" not in row
    accounts = admin.get(live.api("/accounts"), timeout=10).json()["data"]
    assert any(a["username"] == "agent" and not a["active"] for a in accounts)

    r = post(
        admin,
        live,
        f"/accounts/{aid}/enable",
        {"reason": "返岗"},
        **{"If-Match": version_of(live, aid)},
    )
    assert r.status_code == 200
    assert live.login(Role.AGENT)
    assert audit_actions(live, aid)[-3:-1] == ["account.disable", "account.enable"] or (
        "account.disable" in audit_actions(live, aid)
    )


def test_reset_password_and_end_sessions(live: LiveServer) -> None:
    admin = live.login(Role.ADMIN)
    trainer = live.login(Role.TRAINER)
    tid = live.users[Role.TRAINER]
    headers = {"If-Match": version_of(live, tid), "Idempotency-Key": "reset-trainer-1"}
    r = post(admin, live, f"/accounts/{tid}/reset-password", {"reason": "forgot it"}, **headers)
    assert r.status_code == 200, r.text
    otp = r.json()["one_time_password"]
    # A retry gets the same answer; the stored answer is sealed: no password on disk.
    again = post(admin, live, f"/accounts/{tid}/reset-password", {"reason": "forgot it"}, **headers)
    assert again.json()["one_time_password"] == otp
    with live.db.write_engine.connect() as conn:
        stored = [
            str(b)
            for b in conn.execute(text("SELECT response_body FROM idempotency_records")).scalars()
        ]
    assert stored
    assert all(b.startswith("enc1:") and otp not in b for b in stored)
    assert audit_reasons(live, tid, "account.reset_password") == ["forgot it"]
    assert trainer.get(live.api("/auth/me"), timeout=10).status_code == 401
    step = requests.post(
        live.api("/auth/login"), json={"username": "trainer", "password": otp}, timeout=10
    ).json()
    assert step["status"] == "password_change_required"
    live.login(Role.REVIEWER)
    rid = live.users[Role.REVIEWER]
    ended = post(admin, live, f"/accounts/{rid}/sessions/end", {})
    assert ended.json() == {"ended": 1}
    assert "account.end_sessions" in audit_actions(live, rid)
    stale = post(admin, live, f"/accounts/{tid}/reset-password", {}, **{"If-Match": "1"})
    assert stale.status_code == 412


def test_own_password_change_applies_the_policy(live: LiveServer) -> None:
    s = live.login(Role.AGENT)
    wrong = post(
        s, live, "/auth/me/password", {"current_password": "nope", "new_password": GOOD_PASSWORD}
    )
    assert wrong.status_code == 422
    assert wrong.json()["error"]["code"] == "wrong_current_password"
    weak = post(
        s,
        live,
        "/auth/me/password",
        {"current_password": factories.PASSWORD, "new_password": "qwerty123456"[:10]},
    )
    assert weak.status_code == 422
    ok = post(
        s,
        live,
        "/auth/me/password",
        {"current_password": factories.PASSWORD, "new_password": GOOD_PASSWORD},
    )
    assert ok.status_code == 204, ok.text
    assert live.login(Role.AGENT, GOOD_PASSWORD)


@pytest.fixture
def strict_live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[LiveServer]:
    """A live server that requires TOTP enrolment of supervisors and admins, at a fixed time."""
    monkeypatch.setattr(clock, "now", lambda: FIXED)
    cfg = settings_for(tmp_path, totp_enrolment_required=True)
    port = free_port()
    with ThreadedServer(cfg, port):
        db = Database(cfg.resolved_database_url())
        users = factories.add_users(db)
        yield LiveServer(f"http://127.0.0.1:{port}", db, users)
        db.dispose()


def login_step(live: LiveServer, role: str) -> dict:  # type: ignore[type-arg]
    r = requests.post(
        live.api("/auth/login"), json={"username": role, "password": factories.PASSWORD}, timeout=10
    )
    assert r.status_code == 200, r.text
    return r.json()  # type: ignore[no-any-return]


def test_totp_enrolment_at_login_then_codes_and_recovery(strict_live: LiveServer) -> None:
    live = strict_live
    assert live.login(Role.AGENT)  # optional for agents: no step
    step = login_step(live, "supervisor")
    assert step["status"] == "totp_enrolment_required"
    enrol = post(
        requests.Session(), live, "/auth/totp/start", {"challenge": step["challenge"]}
    ).json()
    assert enrol["otpauth_uri"].startswith("otpauth://totp/")
    totp = pyotp.TOTP(enrol["secret"])
    bad = post(
        requests.Session(),
        live,
        "/auth/totp",
        {
            "challenge": step["challenge"],
            "code": "000000" if totp.at(FIXED) != "000000" else "111111",
        },
    )
    assert bad.status_code == 401
    assert bad.json()["error"]["code"] == "bad_totp_code"
    done = post(
        requests.Session(),
        live,
        "/auth/totp",
        {"challenge": step["challenge"], "code": totp.at(FIXED)},
    )
    assert done.status_code == 200, done.text
    codes = done.json()["recovery_codes"]
    assert len(codes) == 8
    assert done.json()["access_token"]

    # the next login asks for a code
    step = login_step(live, "supervisor")
    assert step["status"] == "totp_required"
    drift = post(
        requests.Session(),
        live,
        "/auth/totp",
        {"challenge": step["challenge"], "code": totp.at(FIXED + timedelta(seconds=30))},
    )
    assert drift.status_code == 200  # one step of clock drift is accepted
    # a code is good once: one seen over a shoulder (or the step before it) is refused
    for seen in (FIXED + timedelta(seconds=30), FIXED):
        step = login_step(live, "supervisor")
        replay = post(
            requests.Session(),
            live,
            "/auth/totp",
            {"challenge": step["challenge"], "code": totp.at(seen)},
        )
        assert replay.status_code == 401
        assert replay.json()["error"]["code"] == "bad_totp_code"
    # a recovery code works once
    step = login_step(live, "supervisor")
    used = post(
        requests.Session(), live, "/auth/totp", {"challenge": step["challenge"], "code": codes[0]}
    )
    assert used.status_code == 200, used.text
    step = login_step(live, "supervisor")
    again = post(
        requests.Session(), live, "/auth/totp", {"challenge": step["challenge"], "code": codes[0]}
    )
    assert again.status_code == 401
    sid = live.users[Role.SUPERVISOR]
    actions = audit_actions(live, sid)
    assert "auth.totp_enrolled" in actions
    assert "auth.recovery_code_used" in actions
    assert "auth.totp_failed" in actions
    assert "auth.totp_replayed" in actions
    with live.db.write_engine.connect() as conn:  # the secret is sealed on disk
        stored = conn.execute(text("SELECT totp_secret FROM users WHERE id = :i"), {"i": sid})
        assert str(stored.scalar_one()).startswith("enc1:")
    with live.db.read() as s:
        assert len(s.get_one(t.User, sid).recovery_code_hashes or []) == 7


def test_wrong_codes_count_in_the_login_limits(strict_live: LiveServer) -> None:
    live = strict_live
    admin_step = login_step(live, "admin")
    secret = post(
        requests.Session(), live, "/auth/totp/start", {"challenge": admin_step["challenge"]}
    ).json()["secret"]
    ok = post(
        requests.Session(),
        live,
        "/auth/totp",
        {"challenge": admin_step["challenge"], "code": pyotp.TOTP(secret).at(FIXED)},
    )
    assert ok.status_code == 200
    wrong = "123456" if pyotp.TOTP(secret).at(FIXED) != "123456" else "654321"
    statuses = []
    for _ in range(6):
        r = requests.post(
            live.api("/auth/login"),
            json={"username": "admin", "password": factories.PASSWORD},
            timeout=10,
        )
        if r.status_code != 200:
            statuses.append(r.status_code)
            break
        step = r.json()
        statuses.append(
            post(
                requests.Session(),
                live,
                "/auth/totp",
                {"challenge": step["challenge"], "code": wrong},
            ).status_code
        )
    # five wrong codes, then the address is throttled for this account like wrong passwords
    assert statuses == [401] * 5 + [429]


def test_self_enrolment_and_admin_reset(live: LiveServer) -> None:
    s = live.login(Role.DISPATCHER)
    enrol = post(s, live, "/auth/me/totp/enrol", {}).json()
    bad = post(s, live, "/auth/me/totp/confirm", {"code": "000000"})
    code = pyotp.TOTP(enrol["secret"]).now()
    if code == "000000":  # pragma: no cover - one in a million
        return
    assert bad.status_code == 422
    ok = post(s, live, "/auth/me/totp/confirm", {"code": code})
    assert ok.status_code == 200
    assert len(ok.json()["recovery_codes"]) == 8
    assert post(s, live, "/auth/me/totp/enrol", {}).status_code == 409
    step = login_step(live, "dispatcher")
    assert step["status"] == "totp_required"
    admin = live.login(Role.ADMIN)
    did = live.users[Role.DISPATCHER]
    r = post(admin, live, f"/accounts/{did}/reset-totp", {}, **{"If-Match": version_of(live, did)})
    assert r.status_code == 200
    assert r.json()["totp_enabled"] is False
    assert live.login(Role.DISPATCHER)


def test_audit_verify_reports_an_intact_chain(live: LiveServer) -> None:
    admin = live.login(Role.ADMIN)
    create(admin, live, "wangfang", "agent")
    r = admin.get(live.api("/audit/verify"), timeout=10)
    assert r.status_code == 200
    body = r.json()
    assert body["intact"] is True
    assert body["first_broken_id"] is None
    assert body["checked"] >= 2
    page = admin.get(
        live.api("/audit"),
        params={"action": "account.", "until": "2030-01-01T00:00:00Z"},
        timeout=10,
    ).json()
    assert page["count"] == 1
    assert page["data"][0]["action"] == "account.create"
