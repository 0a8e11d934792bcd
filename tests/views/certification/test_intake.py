"""Entering a certificate on a provider's behalf: the provider found by pinyin initials, a
renewal naming the certificate it replaces, the scans read and sent with it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from app.client.cache import Cache
from app.views.certification.intake import IntakeDialog
from tests.views.fakes import SyncBackend, put


class Api:
    def __init__(self) -> None:
        self.calls: list[tuple[str, Any]] = []

    def command(self, path: str, body: Any, **kw: Any) -> dict[str, Any]:
        self.calls.append((path, body))
        return {"id": 40, "version": 1}

    def post_files(self, path: str, files: Any, **kw: Any) -> dict[str, Any]:
        self.calls.append((path, files))
        return {"id": 40, "version": 2, "documents": [{"id": 9, "media_type": "image/jpeg"}]}


def test_a_renewal_with_a_scan_is_entered_for_a_provider(qtbot: QtBot, tmp_path: Path) -> None:
    cache = Cache(":memory:")
    put(cache, "provider", [{"id": 10, "name": "王芳"}, {"id": 11, "name": "李秀英"}])
    put(cache, "certification", [{"id": 4, "provider_id": 11, "kind": "health_certificate",
                                   "status": "approved", "number": "HC-4",
                                   "expires_on": "2026-12-20"}])  # fmt: skip
    api = Api()
    dialog = IntakeDialog(SyncBackend(reader=cache, api=api))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.submit()  # nothing typed: says what is missing, sends nothing
    assert "provider" in dialog.problem.text()
    assert api.calls == []

    qtbot.keyClicks(dialog.search, "lxy")
    assert dialog.provider.currentData() == 11
    dialog.kind.setCurrentIndex(dialog.kind.findData("health_certificate"))
    assert dialog.renews.count() == 2  # nothing, or the certificate it renews
    dialog.renews.setCurrentIndex(1)
    dialog.number.setText("HC-40")
    dialog.issuer.setText("北京市朝阳区疾病预防控制中心")
    scan = tmp_path / "front.jpg"
    scan.write_bytes(b"\xff\xd8\xffscan")
    dialog.add_files([scan])
    dialog.submit()
    assert dialog.result() == IntakeDialog.DialogCode.Accepted
    assert dialog.result_detail is not None
    assert [d.id for d in dialog.result_detail.documents] == [9]
    (path, body), (upload, files) = api.calls
    assert path == "/api/v1/certifications"
    assert (body["provider_id"], body["renews_id"], body["number"]) == (11, 4, "HC-40")
    assert upload == "/api/v1/certifications/40/documents"
    assert files == [("front.jpg", b"\xff\xd8\xffscan")]


def test_offline_it_says_the_server_is_needed(qtbot: QtBot) -> None:
    cache = Cache(":memory:")
    put(cache, "provider", [{"id": 10, "name": "王芳"}])
    dialog = IntakeDialog(SyncBackend(reader=cache))  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "wf")
    dialog.number.setText("ID-1")
    dialog.issuer.setText("公安局")
    dialog.has_expiry.setChecked(True)
    assert dialog.draft() is not None
    dialog.submit()
    assert "server" in dialog.problem.text()
