"""The certification routes over HTTP (SQLite and PostgreSQL): intake, scans (multipart,
sniffed, 413/415, audited streamed download), claim, four-eyes approval, reject, request
resubmission, revoke, conflicts (412) and idempotent replays, the queue and the watch."""

from __future__ import annotations

import io
from typing import Any

import requests
from PIL import Image
from sqlalchemy import select

from app.models import tables as t
from app.models.enums import Role
from tests.server import factories
from tests.server.conftest import LiveServer


def jpeg(size: tuple[int, int] = (40, 30)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, (200, 180, 160)).save(out, "JPEG")
    return out.getvalue()


def ok(r: requests.Response, status: int = 200) -> dict[str, Any]:
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    return body


def error_code(r: requests.Response) -> str:
    return str(r.json()["error"]["code"])


def intake(
    live: LiveServer, s: requests.Session, provider: int, kind: str, number: str
) -> dict[str, Any]:
    body = {
        "provider_id": provider,
        "kind": kind,
        "number": number,
        "issuer": "北京市朝阳区疾病预防控制中心",
        "issued_on": "2026-02-01",
    }
    return ok(s.post(live.api("/certifications"), json=body, timeout=10), 201)


def post(
    live: LiveServer, s: requests.Session, cert: dict[str, Any], step: str,
    body: dict[str, Any] | None = None, key: str = "",
) -> requests.Response:  # fmt: skip
    headers = {"If-Match": str(cert["version"])}
    if key:
        headers["Idempotency-Key"] = key
    return s.post(
        live.api(f"/certifications/{cert['id']}/{step}"), json=body, headers=headers, timeout=10
    )


def upload(
    live: LiveServer, s: requests.Session, cert: dict[str, Any], name: str, content: bytes
) -> requests.Response:
    return s.post(
        live.api(f"/certifications/{cert['id']}/documents"),
        files={"files": (name, content, "application/octet-stream")},
        headers={"If-Match": str(cert["version"])},
        timeout=60,
    )


def test_intake_scan_claim_and_four_eyes_over_http(any_live: LiveServer) -> None:
    live = any_live
    provider = factories.add_provider(live.db, qualified=False, categories=("home_nursing",))
    agent, rev, sup = (live.login(r) for r in (Role.AGENT, Role.REVIEWER, Role.SUPERVISOR))
    cert = intake(live, agent, provider, "nurse_license", "NL-001")
    assert cert["status"] == "submitted"
    assert "finding.document_missing" in cert["finding_codes"]

    # A 5 MB scan passes (its own body limit); bytes that are no image are 415.
    big = jpeg() + b"\0" * (5 * 1024 * 1024)
    cert = ok(upload(live, agent, cert, "front.jpg", big))
    assert cert["documents"] == 1
    bad = upload(live, agent, cert, "front.jpg", b"MZ not an image")
    assert bad.status_code == 415
    assert error_code(bad) == "document_type_unsupported"
    doc = ok(rev.get(live.api(f"/certifications/{cert['id']}"), timeout=10))["documents"][0]
    assert doc["media_type"] == "image/jpeg"
    assert doc["size"] == len(big)

    # Download: streamed bytes, no-store, audited; a dispatcher may not fetch scans.
    url = live.api(f"/certifications/{cert['id']}/documents/{doc['id']}")
    got = rev.get(url, timeout=30)
    assert got.status_code == 200
    assert got.content == big
    assert got.headers["Cache-Control"] == "no-store"
    assert live.login(Role.DISPATCHER).get(url, timeout=10).status_code == 403
    with live.db.read() as s:
        audits = s.scalars(
            select(t.AuditLog).where(t.AuditLog.action == "certification.document_fetch")
        ).all()
    assert len(audits) == 1
    assert audits[0].user_id == live.users[Role.REVIEWER]

    # Claim, first approval (back to the queue), own second approval refused, another's counts.
    cert = ok(post(live, rev, cert, "claim"))
    assert cert["status"] == "in_review"
    assert cert["claimed_by"] == live.users[Role.REVIEWER]
    cert = ok(post(live, rev, cert, "approve", key="a1"))
    assert cert["status"] == "submitted"
    assert cert["awaiting_second_approval"] is True
    cert = ok(post(live, rev, cert, "claim"))
    own = post(live, rev, cert, "approve")
    assert own.status_code == 409
    cert = ok(post(live, rev, cert, "release"))
    cert = ok(post(live, sup, cert, "claim"))
    done = ok(post(live, sup, cert, "approve", key="a2"))
    assert done["status"] == "approved"
    replay = post(live, sup, cert, "approve", key="a2")  # a retry replays, does not act twice
    assert replay.status_code == 200
    assert replay.headers.get("Idempotent-Replayed") == "true"
    stale = post(live, sup, cert, "claim")  # someone decided first: 412 with the current state
    assert stale.status_code == 412
    assert error_code(stale) == "stale_version"
    no_match = live.login(Role.REVIEWER).post(
        live.api(f"/certifications/{cert['id']}/revoke"), json={"reason": "x"}, timeout=10
    )
    assert no_match.status_code == 428
    revoked = ok(post(live, sup, done, "revoke", {"reason": "证件系伪造"}))
    assert revoked["status"] == "revoked"


def test_reject_resubmission_queue_watch_and_limits(live: LiveServer) -> None:
    provider = factories.add_provider(live.db, qualified=False)
    agent, rev = live.login(Role.AGENT), live.login(Role.REVIEWER)
    a = intake(live, agent, provider, "health_certificate", "HC-1")
    b = intake(live, agent, provider, "housekeeping_certificate", "HK-1")

    queue = ok(rev.get(live.api("/certifications"), params={"state": "submitted"}, timeout=10))
    assert [i["id"] for i in queue["items"]] == [a["id"], b["id"]]  # oldest first
    assert queue["counts"]["submitted"] == 2
    assert queue["items"][0]["provider_name"] == "李秀英"
    assert (
        ok(live.login(Role.DISPATCHER).get(live.api("/certifications"), timeout=10))["total"] == 2
    )
    assert live.login(Role.TRAINER).get(live.api("/certifications"), timeout=10).status_code == 403

    a = ok(post(live, rev, a, "claim"))
    mine = ok(rev.get(
        live.api("/certifications"), params={"claimed_by": live.users[Role.REVIEWER]}, timeout=10
    ))  # fmt: skip
    assert [i["id"] for i in mine["items"]] == [a["id"]]
    unknown = post(live, rev, a, "reject", {"code": "made_up"})
    assert unknown.status_code == 409
    rejected = ok(post(
        live, rev, a, "reject", {"code": "blurred_scan", "text": "看不清，请回电 13812345678"}
    ))  # fmt: skip
    assert rejected["status"] == "rejected"
    assert rejected["decision_code"] == "blurred_scan"
    assert "13812345678" not in rejected["decision_reason"]  # free text: numbers masked
    assert rejected["decision_reason"].startswith("看不清")
    # Dispatchers see the state and dates, not the number, holder or the reviewer's words.
    seen = ok(live.login(Role.DISPATCHER).get(live.api(f"/certifications/{a['id']}"), timeout=10))
    assert seen["status"] == "rejected"
    assert not {"number", "holder_name", "decision_reason"} & set(seen)
    # Agents explain a rejection to the provider; the number (maybe an ID number) stays
    # with the reviewers.
    told = ok(live.login(Role.AGENT).get(live.api(f"/certifications/{a['id']}"), timeout=10))
    assert told["decision_reason"].startswith("看不清")
    assert "number" not in told
    b = ok(post(live, rev, b, "claim"))
    asked = ok(post(live, rev, b, "request-resubmission", {"items": ["corner_cut"]}))
    assert asked["status"] == "resubmission_requested"
    assert asked["requested_items"] == ["corner_cut"]
    assert post(live, rev, asked, "request-resubmission", {"items": []}).status_code == 422

    watch = ok(rev.get(live.api("/certifications/watch"), timeout=10))
    assert set(watch) == {"expired", "within_30", "within_60", "within_90"}

    # 50 MB is refused before the body is read; the JSON routes keep their 1 MB limit.
    c = intake(live, agent, provider, "health_certificate", "HC-2")
    huge = upload(live, agent, c, "huge.jpg", b"\xff\xd8\xff" + b"\0" * (50 * 1024 * 1024))
    assert huge.status_code == 413
    over = upload(live, agent, c, "big.jpg", b"\xff\xd8\xff" + b"\0" * (10 * 1024 * 1024 + 10))
    assert over.status_code == 413
    assert error_code(over) == "document_too_large"
    json_big = agent.post(
        live.api("/certifications"), data=b"{" + b" " * (2 * 1024 * 1024) + b"}",
        headers={"Content-Type": "application/json"}, timeout=30,
    )  # fmt: skip
    assert json_big.status_code == 413
    assert live.login(Role.REVIEWER).get(
        live.api(f"/certifications/{c['id']}/documents/999"), timeout=10
    ).status_code == 404  # fmt: skip
