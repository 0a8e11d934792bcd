"""Dispatch follows certification live: revoking a provider's certificate takes them out of
the assign dialog's eligible candidates, and approving a new one brings them back, with the
change reaching a dispatcher's cache through the feed, no restart (against a real server)."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from app.client import certifications as cq
from app.client.api import ApiClient
from app.client.cache import Cache
from app.client.dispatch import CandidateList, fetch_candidates
from app.client.outbox import Outbox
from app.client.sync import SyncEngine
from tests.client.live_server import first_id, new_order, step_until

Login = Callable[[str], ApiClient]


def eligible(found: CandidateList, provider_id: int) -> bool | None:
    return next((c.eligible for c in found.candidates if c.provider.id == provider_id), None)


def send(
    api: ApiClient, path: str, body: dict[str, Any] | None, version: int | None
) -> dict[str, Any]:
    return api.command(path, body, if_match=version, idempotency_key=str(uuid.uuid4()))


def test_revoke_and_approve_change_the_assign_candidates_live(login: Login, cache: Cache) -> None:
    dispatcher, reviewer = login("dispatcher"), login("reviewer")
    engine = SyncEngine(dispatcher, cache, Outbox(":memory:"))
    engine.initial_sync()
    order = new_order(dispatcher, first_id(dispatcher, "customer"))
    before = fetch_candidates(dispatcher, order["id"])

    def only_health(provider_id: int) -> cq.CertRow | None:
        approved = [r for r in cq.provider_certificates(cache, provider_id)
                    if r.kind == "health_certificate" and r.status == "approved"]  # fmt: skip
        return approved[0] if len(approved) == 1 else None

    chosen, health = next(
        (c.provider.id, h)
        for c in before.candidates
        if c.eligible and (h := only_health(c.provider.id)) is not None
    )
    send(reviewer, cq.decision_path(health.id, "revoke"), cq.revoke_body("证件系伪造"),
         health.version)  # fmt: skip
    step_until(engine, lambda: getattr(cq.certificate(cache, health.id), "status", "") == "revoked")
    revoked = fetch_candidates(dispatcher, order["id"])
    assert eligible(revoked, chosen) is not True
    assert chosen not in {c.provider.id for c in revoked.candidates if c.eligible}

    today = datetime.now(UTC).date().isoformat()
    new = send(reviewer, cq.CERTIFICATIONS, {
        "provider_id": chosen, "kind": "health_certificate", "number": f"HC-{uuid.uuid4().hex[:8]}",
        "issuer": "北京市朝阳区疾病预防控制中心", "issued_on": today,
    }, None)  # fmt: skip
    claimed = send(reviewer, cq.decision_path(new["id"], "claim"), None, new["version"])
    send(reviewer, cq.decision_path(new["id"], "approve"), None, claimed["version"])
    step_until(
        engine, lambda: getattr(cq.certificate(cache, new["id"]), "status", "") == "approved"
    )
    assert eligible(fetch_candidates(dispatcher, order["id"]), chosen) is True
