"""Entering a certificate on a provider's behalf: the provider found by pinyin initials, a
renewal naming the certificate it replaces, the scans read and sent with it; Submit again
after a failure sends only what the server does not have yet."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.client import errors
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


class FlakyApi:
    """The server, as the intake sees it: the first request for ``fail_once`` (a scan's name, or
    "create") gets no answer; every request is recorded with its Idempotency-Key."""

    def __init__(self, fail_once: str = "") -> None:
        self.fail_once = fail_once
        self.creates: list[tuple[Any, str]] = []
        self.uploads: list[tuple[str, int | None, str]] = []
        self.version = 1

    def command(self, path: str, body: Any, **kw: Any) -> dict[str, Any]:
        self.creates.append((body, kw["idempotency_key"]))
        if self.fail_once == "create":
            self.fail_once = ""
            raise errors.unreachable("https://desk.test")
        return {"id": 40, "version": 1}

    def post_files(self, path: str, files: Any, **kw: Any) -> dict[str, Any]:
        ((name, _content),) = files
        self.uploads.append((name, kw["if_match"], kw["idempotency_key"]))
        if name == self.fail_once:
            self.fail_once = ""
            raise errors.unreachable("https://desk.test")
        self.version += 1
        return {"id": 40, "version": self.version, "documents": []}


def filled_in(qtbot: QtBot, backend: SyncBackend, tmp_path: Path, *names: str) -> IntakeDialog:
    cache = Cache(":memory:")
    put(cache, "provider", [{"id": 11, "name": "李秀英"}])
    backend.reader = cache
    dialog = IntakeDialog(backend)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search, "lxy")
    dialog.number.setText("HC-40")
    dialog.issuer.setText("朝阳区疾控中心")
    paths = []
    for name in names:
        path = tmp_path / name
        path.write_bytes(b"\xff\xd8\xff" + name.encode())
        paths.append(path)
    dialog.add_files(paths)
    return dialog


def test_after_a_failed_upload_submit_again_sends_only_the_missing_scan(
    qtbot: QtBot, tmp_path: Path
) -> None:
    api = FlakyApi(fail_once="back.jpg")
    dialog = filled_in(qtbot, SyncBackend(api=api), tmp_path, "front.jpg", "back.jpg")
    dialog.submit()
    assert dialog.result() != IntakeDialog.DialogCode.Accepted
    said = dialog.problem.text()
    assert "The certificate was saved; 1 of 2 scans did not upload: " in said
    assert "Press Submit to send the rest." in said
    # What was typed is kept, and locked: it is what the server saved.
    assert dialog.number.text() == "HC-40"
    assert not dialog.number.isEnabled()
    assert dialog.provider.currentData() == 11
    assert [dialog.scans.item(i).text() for i in range(2)] == [
        "front.jpg (sent)",
        "back.jpg (may already be on the server)",
    ]
    assert not dialog.remove.isEnabled()  # neither can come off the list now

    dialog.submit()
    assert dialog.result() == IntakeDialog.DialogCode.Accepted
    assert dialog.result_detail is not None
    assert len(api.creates) == 1  # one certificate
    front, back, again = api.uploads
    assert (front[0], back[0]) == ("front.jpg", "back.jpg")
    assert again == back  # only the missing scan, the same request (key and If-Match)


def test_a_failed_create_is_sent_again_with_the_same_key(qtbot: QtBot, tmp_path: Path) -> None:
    api = FlakyApi(fail_once="create")  # its answer is lost: the server may have it or not
    dialog = filled_in(qtbot, SyncBackend(api=api), tmp_path)
    dialog.submit()
    assert "Cannot reach the server" in dialog.problem.text()
    assert "may have saved the certificate" in dialog.problem.text()
    assert dialog.result() != IntakeDialog.DialogCode.Accepted
    # Locked as sent: an edited certificate under the same key would be refused, and under a
    # new key it would be a second certificate if the first had arrived.
    assert not dialog.number.isEnabled()
    assert not dialog.provider.isEnabled()
    dialog.submit()
    assert dialog.result() == IntakeDialog.DialogCode.Accepted
    (first, key), (again, same_key) = api.creates
    assert first == again
    assert key == same_key  # the server answers the retry with the first one's certificate


def test_it_cannot_be_closed_while_the_request_is_on_its_way(qtbot: QtBot, tmp_path: Path) -> None:
    api = FlakyApi()
    backend = SyncBackend(api=api)
    dialog = filled_in(qtbot, backend, tmp_path, "front.jpg")
    dialog.show()
    qtbot.waitExposed(dialog)
    backend.hold = True
    dialog.submit()
    assert dialog.sending
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert not cancel.isEnabled()
    assert not dialog.remove.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    dialog.reject()
    assert not dialog.close()
    assert dialog.isVisible()
    assert "Still sending" in dialog.problem.text()
    dialog.submit()  # a second press while sending sends nothing more
    backend.flush()
    assert dialog.result() == IntakeDialog.DialogCode.Accepted
    assert not dialog.isVisible()
    assert len(api.creates) == 1
    assert len(api.uploads) == 1


def test_a_scan_is_removed_before_sending_with_delete_or_the_button(
    qtbot: QtBot, tmp_path: Path
) -> None:
    api = FlakyApi()
    dialog = filled_in(qtbot, SyncBackend(api=api), tmp_path, "a.jpg", "b.jpg", "c.jpg")
    dialog.scans.setCurrentRow(1)
    qtbot.keyClick(dialog.scans, Qt.Key.Key_Delete)
    assert [p.name for p in dialog.files] == ["a.jpg", "c.jpg"]
    assert dialog.scans.currentRow() == 1
    qtbot.mouseClick(dialog.remove, Qt.MouseButton.LeftButton)
    assert [p.name for p in dialog.files] == ["a.jpg"]
    qtbot.keyClick(dialog.scans, Qt.Key.Key_A)  # other keys are the list's own
    dialog.submit()
    assert [u[0] for u in api.uploads] == ["a.jpg"]


def test_a_scan_over_10_mb_is_refused_in_chinese(
    qtbot: QtBot, tmp_path: Path, chinese: None
) -> None:
    api = FlakyApi()
    dialog = filled_in(qtbot, SyncBackend(api=api), tmp_path)
    big = tmp_path / "big.pdf"
    big.write_bytes(b"%PDF" + b"0" * (10 * 1024 * 1024))
    dialog.add_files([big])
    dialog.submit()
    assert dialog.problem.text() == "big.pdf 超过 10 MB，请移除或换一个较小的文件。"
    assert api.creates == []


def test_a_scan_gone_from_disk_is_named(qtbot: QtBot, tmp_path: Path) -> None:
    api = FlakyApi()
    dialog = filled_in(qtbot, SyncBackend(api=api), tmp_path)
    dialog.add_files([tmp_path / "gone.jpg"])
    dialog.submit()
    assert "gone.jpg could not be read" in dialog.problem.text()
    assert api.creates == []


class RefusingApi(FlakyApi):
    """The server refuses the first create in words (nothing was saved)."""

    def command(self, path: str, body: Any, **kw: Any) -> dict[str, Any]:
        self.creates.append((body, kw["idempotency_key"]))
        if len(self.creates) == 1:
            raise errors.Rejected(
                "certificate_expired", "证件已过期", "The certificate has expired.", status=422
            )
        return {"id": 40, "version": 1}


def test_a_refused_create_leaves_the_fields_to_correct(qtbot: QtBot, tmp_path: Path) -> None:
    api = RefusingApi()
    dialog = filled_in(qtbot, SyncBackend(api=api), tmp_path)
    dialog.submit()
    assert "expired" in dialog.problem.text() or "过期" in dialog.problem.text()
    assert dialog.number.isEnabled()  # nothing was saved: the operator corrects and sends
    dialog.number.setText("HC-41")
    dialog.submit()
    assert dialog.result() == IntakeDialog.DialogCode.Accepted
    assert [body["number"] for body, _key in api.creates] == ["HC-40", "HC-41"]
