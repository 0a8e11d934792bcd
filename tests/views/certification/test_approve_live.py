"""The issue's end-to-end against a real demo server with two clients: a provider without a
valid health certificate is not dispatchable; a reviewer finds the new submission on the
资质审核 page, claims it (N) and approves it (A) from the keyboard; on a dispatcher's client,
never restarted, the ranked assign dialog then lists the provider as eligible."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client import certifications as cq
from app.client import dispatch
from app.client.api import ApiClient
from app.views.background import Backend
from app.views.certification.page import CertificationPage
from app.views.context import PageContext
from app.views.dispatch.assign_dialog import AssignDialog, OrderRef
from tests.client.live_server import ServerProcess, new_order
from tests.views.training import test_hold_lifted_live as shared
from tests.views.training.test_hold_lifted_live import (
    candidate_codes,
    client,
    login,
)

pytestmark = pytest.mark.gui
STEP_MS = 30_000
server = shared.server  # the demo server fixture, shared with the training end-to-end
T = TypeVar("T")


def read(qtbot: Any, data: Backend, query: Callable[[Any], T]) -> T:
    got: list[T] = []
    data.local(query, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=STEP_MS)
    return got[0]


def send(api: ApiClient, path: str, body: dict[str, Any] | None, version: int | None) -> Any:
    return api.command(path, body, if_match=version, idempotency_key=str(uuid.uuid4()))


def test_claim_and_approve_on_the_desk_make_the_provider_dispatchable_live(
    qtbot: Any, server: ServerProcess, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The most the server lists: the provider must be findable among them either way.
    monkeypatch.setattr(dispatch, "CANDIDATES_TOP", 50)
    monkeypatch.setattr(dispatch, "CANDIDATES_INELIGIBLE", 50)
    reviewer, dispatcher = login(server.url, "reviewer"), login(server.url, "dispatcher")
    r_api = ApiClient(server.url, token=reviewer.token)
    d_api = ApiClient(server.url, token=dispatcher.token)
    r_link, r_data = client(server.url, reviewer, tmp_path / "reviewer")
    d_link, d_data = client(server.url, dispatcher, tmp_path / "dispatcher")
    page: CertificationPage | None = None
    try:
        # A cleaning provider among an order's best 50, holding exactly one health certificate.
        probe = d_api.get("/api/v1/customers", {"limit": 1})["data"][0]
        first = new_order(d_api, int(probe["id"]), hours_ahead=30)
        found = dispatch.fetch_candidates(d_api, int(first["id"]))

        def one_health(pid: int) -> cq.CertRow | None:
            rows = read(qtbot, d_data, lambda r: cq.provider_certificates(r, pid))
            ok = [c for c in rows if c.kind == "health_certificate" and c.status == "approved"]
            return ok[0] if len(ok) == 1 else None

        qtbot.waitUntil(
            lambda: read(qtbot, d_data, lambda r: r.count("certification")) > 0, timeout=60_000
        )
        provider_id, health = next(
            (c.provider.id, h)
            for c in found.candidates
            if c.eligible and (h := one_health(c.provider.id)) is not None
        )
        # Their certificate is revoked (set-up, through the API) and a new one is submitted.
        send(r_api, cq.decision_path(health.id, "revoke"), cq.revoke_body("证件系伪造"),
             health.version)  # fmt: skip
        number = f"HC-{uuid.uuid4().hex[:8].upper()}"
        send(r_api, cq.CERTIFICATIONS, {
            "provider_id": provider_id, "kind": "health_certificate", "number": number,
            "issuer": "北京市朝阳区疾病预防控制中心",
            "issued_on": datetime.now(UTC).date().isoformat(),
        }, None)  # fmt: skip
        # The same order: the provider was among its best 50 before the revocation.
        ref = OrderRef(int(first["id"]), str(first["code"]), int(first["version"]), "cleaning")

        # Not dispatchable: not among the eligible (the nearest ineligible listed say why).
        def codes_now() -> set[str] | None:
            dialog = AssignDialog(ref, d_data, role="dispatcher")
            qtbot.addWidget(dialog)
            qtbot.waitUntil(lambda: dialog.candidates() is not None, timeout=STEP_MS)
            return candidate_codes(dialog, provider_id)

        before = codes_now()
        assert before != set()
        assert before is None or before & {"certificate_missing", "certificate_pending"}

        # The reviewer: search the number, N claims it, A approves it, keys only.
        settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
        page = CertificationPage(PageContext(r_link, reviewer.user, settings, data=r_data))
        qtbot.addWidget(page)
        page.resize(1440, 860)
        page.show()
        page.activateWindow()
        page.search.setFocus()
        qtbot.keyClicks(page.search, number)
        qtbot.waitUntil(lambda: [r.number for r in page.model.rows] == [number], timeout=60_000)
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
        qtbot.keyClick(page.table, Qt.Key.Key_N)
        qtbot.waitUntil(
            lambda: (
                page.current is not None
                and page.current.number == number
                and page.current.status == "in_review"
            ),
            timeout=STEP_MS,
        )
        qtbot.waitUntil(lambda: page.buttons["approve"].isEnabled(), timeout=STEP_MS)
        claimed = page.current
        assert claimed is not None
        qtbot.keyClick(page.table, Qt.Key.Key_A)

        def status_on(data: Backend) -> str:
            row = read(qtbot, data, lambda r: cq.certificate(r, claimed.id))
            return row.status if row is not None else ""

        qtbot.waitUntil(lambda: status_on(r_data) == "approved", timeout=STEP_MS)
        qtbot.waitUntil(lambda: status_on(d_data) == "approved", timeout=STEP_MS)

        # The dispatcher's client, never restarted: the provider is eligible again.
        qtbot.waitUntil(lambda: codes_now() == set(), timeout=60_000)
        mine = read(qtbot, d_data, lambda r: cq.provider_certificates(r, provider_id))
        health_now = [c.status for c in mine if c.kind == "health_certificate"]
        assert health_now.count("approved") == 1  # the new one, approved on the desk
        assert "revoked" in health_now
    finally:
        if page is not None:
            page.close()
        r_api.close()
        d_api.close()
        assert r_link.stop()
        assert d_link.stop()
        assert r_data.stop()
        assert d_data.stop()
