"""The reviewer's page: queue from the cache, keyboard decisions through the Outbox, live
claims from the feed, four-eyes said plainly, the scan shown from the server."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from app.client.cache import Cache
from app.client.sync import ChangeSet
from app.views.certification import page as page_module
from app.views.certification.page import CertificationPage
from app.views.context import PageContext
from app.views.csv_files import CsvFiles
from tests.views.fakes import FakeLink, FakeUser, SyncBackend, put

NOW = datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
ME, OTHER = 7, 8


def scan() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (300, 200), (230, 220, 200)).save(out, "JPEG")
    return out.getvalue()


FINDING = {
    "code": "finding.duplicate_number",
    "message": "证件编号与其他服务人员重复",
    "message_en": "Same number on another provider",
    "red": True,
}


class Api:
    def __init__(self) -> None:
        self.paths: list[str] = []

    def get(self, path: str, params: Any = None) -> dict[str, Any]:
        self.paths.append(path)
        cert_id = int(path.rsplit("/", 1)[1])
        return {
            "id": cert_id,
            "version": 1,
            "findings": [FINDING],
            "documents": [{"id": 50 + cert_id, "media_type": "image/jpeg"}],
        }  # fmt: skip

    def get_bytes(self, path: str) -> bytes:
        self.paths.append(path)
        return scan()


def cert(id: int, hours_ago: float, **kw: Any) -> dict[str, Any]:
    return {
        "id": id, "provider_id": 10, "kind": "health_certificate", "status": "submitted",
        "number": f"HC-{id}", "holder_name": "王芳", "issuer": "朝阳区疾控中心",
        "issued_on": "2026-01-05", "expires_on": "2027-01-05",
        "submitted_at": (NOW - timedelta(hours=hours_ago)).isoformat(), "documents": 1, **kw,
    }  # fmt: skip


@pytest.fixture
def desk(qtbot: QtBot, tmp_path: Path) -> tuple[CertificationPage, FakeLink, Cache]:
    cache = Cache(":memory:")
    put(cache, "provider", [{"id": 10, "name": "王芳"}])
    put(cache, "user", [{"id": OTHER, "username": "rev2", "display_name": "赵审核"}])
    put(cache, "certification", [cert(1, 30), cert(2, 5), cert(3, 2, kind="nurse_license")])
    link = FakeLink()
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(link, FakeUser(id=ME, role="reviewer"), settings, lambda: NOW,
                      SyncBackend(reader=cache, api=Api()))  # type: ignore[arg-type]  # fmt: skip
    page = CertificationPage(ctx)
    qtbot.addWidget(page)
    page.resize(1200, 760)
    page.show()
    return page, link, cache


def test_claim_next_then_approve_from_the_keyboard(
    qtbot: QtBot, desk: tuple[CertificationPage, FakeLink, Cache]
) -> None:
    page, link, cache = desk
    assert [r.id for r in page.model.rows] == [1, 2, 3]  # oldest first
    assert not page.buttons["approve"].isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_N)
    assert link.commands[-1]["path"] == "/api/v1/certifications/1/claim"
    assert link.commands[-1]["if_match"] == 1
    assert page.current is not None
    assert page.current.id == 1
    assert page.buttons["approve"].toolTip() == "Claim it first (N)."
    assert "⚠" in page.findings.text()
    assert not page.viewer.picture.pixmap().isNull()  # the scan is shown

    # The claim comes back through the feed: approve is open, A sends it, the next follows.
    put(cache, "certification", [cert(1, 30, status="in_review", claimed_by=ME,
                                      claimed_at=NOW.isoformat(), version=2)])  # fmt: skip
    link.changed.emit(ChangeSet({"certification": (1,)}))
    assert page.buttons["approve"].isEnabled()
    qtbot.keyClick(page, Qt.Key.Key_A)
    assert link.commands[-1]["path"] == "/api/v1/certifications/1/approve"
    assert link.commands[-1]["if_match"] == 2
    assert page.current is not None
    assert page.current.id == 2


def test_another_reviewers_claim_and_four_eyes_show_without_refresh(
    desk: tuple[CertificationPage, FakeLink, Cache],
) -> None:
    page, link, cache = desk
    put(cache, "certification", [
        cert(2, 5, status="in_review", claimed_by=OTHER, claimed_at=NOW.isoformat(), version=2),
        cert(3, 2, kind="nurse_license", first_approver_id=ME, version=2),
    ])  # fmt: skip
    link.changed.emit(ChangeSet({"certification": (2, 3)}))
    assert page.model.index(1, 5).data() == "赵审核"
    page.table.selectRow(1)
    assert page.buttons["claim"].isEnabled()  # N still claims the next free item
    page.table.selectRow(2)
    assert page.four_eyes.text() == "Needs a second reviewer; you gave the first approval."
    assert page.why.text() == "Claim it first (N)."


def test_an_approved_certificate_is_revoked_from_the_watch_list_with_words(
    qtbot: QtBot, desk: tuple[CertificationPage, FakeLink, Cache], monkeypatch: pytest.MonkeyPatch
) -> None:
    page, link, cache = desk
    put(cache, "certification", [cert(4, 900, status="approved", expires_on="2026-12-20",
                                      number="<b>HC-4</b>", version=3)])  # fmt: skip
    link.changed.emit(ChangeSet({"certification": (4,)}))
    assert page.watch.count() == 1
    page.watch.setCurrentRow(0)
    assert page.current is not None
    assert page.current.id == 4
    assert "&lt;b&gt;HC-4" in page.fields.text()  # typed text is shown, never rendered
    assert page.buttons["revoke"].isEnabled()

    asked: list[str] = []
    answers = iter([("  ", True), ("假证：发证机关查无此证", True)])

    def answer(parent: Any, title: str, label: str) -> tuple[str, bool]:
        asked.append(label)
        return next(answers)

    monkeypatch.setattr(page_module, "ask_text", answer)
    qtbot.keyClick(page, Qt.Key.Key_V)
    assert "cannot be empty" in asked[1]  # an empty reason is asked again, saying why
    assert link.commands[-1]["path"] == "/api/v1/certifications/4/revoke"
    assert link.commands[-1]["body"] == {"reason": "假证：发证机关查无此证"}
    assert link.commands[-1]["if_match"] == 3

    # A certificate in the queue is not approved: revoke says why it is off.
    page.table.selectRow(0)
    assert not page.buttons["revoke"].isEnabled()
    assert page.buttons["revoke"].toolTip() == "Only an approved certificate can be revoked."


def test_other_as_the_reason_needs_words_and_cancel_sends_nothing(
    qtbot: QtBot, desk: tuple[CertificationPage, FakeLink, Cache], monkeypatch: pytest.MonkeyPatch
) -> None:
    page, link, cache = desk
    put(cache, "certification", [cert(1, 30, status="in_review", claimed_by=ME,
                                      claimed_at=NOW.isoformat(), version=2)])  # fmt: skip
    link.changed.emit(ChangeSet({"certification": (1,)}))
    page.table.selectRow(0)
    names = [page_module.reason_name(c) for c in page_module.DECISION_REASONS]
    other = names[list(page_module.DECISION_REASONS).index(page_module.OTHER)]
    monkeypatch.setattr(
        page_module.QInputDialog, "getItem", staticmethod(lambda *a, **k: (other, True))
    )
    sent = len(link.commands)
    monkeypatch.setattr(page_module, "ask_text", lambda *a: ("", False))
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert len(link.commands) == sent  # cancelled: nothing sent
    monkeypatch.setattr(page_module, "ask_text", lambda *a: ("复印件，非原件", True))
    qtbot.keyClick(page, Qt.Key.Key_R)
    assert link.commands[-1]["path"] == "/api/v1/certifications/1/reject"
    assert link.commands[-1]["body"] == {"code": page_module.OTHER, "text": "复印件，非原件"}


def test_the_provider_scorecard_opens_from_the_selected_certificate(
    qtbot: QtBot, desk: tuple[CertificationPage, FakeLink, Cache]
) -> None:
    from app.views.scorecard.dialog import ScorecardDialog

    page, _link, _cache = desk
    assert not page.scorecard.isEnabled()  # nothing selected yet
    page.table.setCurrentIndex(page.model.index(1, 0))
    assert page.scorecard.isEnabled()
    page.scorecard.click()
    dialog = page.findChild(ScorecardDialog)
    assert dialog is not None
    assert dialog.provider_id == 10
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    assert [c.id for c in dialog.loaded.card.certificates] == [1, 2, 3]


def test_search_by_pinyin_initials_and_n_claims_within_what_is_shown(
    desk: tuple[CertificationPage, FakeLink, Cache], qtbot: QtBot
) -> None:
    page, link, cache = desk
    put(cache, "provider", [{"id": 11, "name": "李秀英"}])
    put(cache, "certification", [cert(4, 1, provider_id=11, number="HC-4")])
    page.reload()
    qtbot.waitUntil(lambda: len(page.model.rows) == 4)
    qtbot.keyClicks(page.search, "lxy")
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [4], timeout=3_000)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)  # back to the queue: keys act again
    qtbot.keyClick(page.table, Qt.Key.Key_N)
    qtbot.waitUntil(lambda: bool(link.commands))
    assert link.commands[-1]["path"] == "/api/v1/certifications/4/claim"  # not the oldest (1)

    page.search.clear()
    page.kind.setCurrentIndex(page.kind.findData("nurse_license"))
    qtbot.waitUntil(lambda: [r.id for r in page.model.rows] == [3], timeout=3_000)
    page.kind.setCurrentIndex(0)
    page.red_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rows == [], timeout=3_000)


def test_the_expiry_tab_groups_exports_csv_and_shows_the_providers_history(
    qtbot: QtBot, desk: tuple[CertificationPage, FakeLink, Cache], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    page, link, cache = desk
    put(cache, "certification", [
        cert(4, 900, status="approved", expires_on="2026-12-20"),  # within 30 days
        cert(5, 900, status="approved", kind="electrician_license", expires_on="2031-01-01",
             review_due="2027-01-25"),  # review due within 60 days
        cert(6, 999, status="expired", expires_on="2026-11-01"),
        cert(9, 900, status="approved", expires_on="2027-06-01"),  # later: not watched
    ])  # fmt: skip
    link.changed.emit(ChangeSet({"certification": (4, 5, 6, 9)}))
    tab = page.expiry
    qtbot.waitUntil(lambda: tab.list.count() == 3)
    assert [tab.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(3)] == [6, 4, 5]
    tab.group.setCurrentIndex(tab.group.findData(30))
    assert [tab.list.item(i).data(Qt.ItemDataRole.UserRole).id for i in range(1)] == [4]
    assert tab.list.count() == 1

    tab.list.setCurrentRow(0)  # the provider's whole history, newest first
    assert page.current is not None
    assert page.current.id == 4
    qtbot.waitUntil(lambda: tab.history.count() == 7)
    assert "HC-3" in tab.history.item(0).text()  # submitted 2 h ago: the newest

    tab.group.setCurrentIndex(0)
    target = tmp_path / "watch.csv"
    monkeypatch.setattr(CsvFiles, "ask_path", classmethod(lambda cls, *a: target))
    qtbot.mouseClick(tab.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(target.exists)
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    assert len(lines) == 4  # the header and the three watched certificates
    assert lines[0].startswith("到期分组,")  # the desk's language (Chinese by default)
    assert lines[1].split(",")[:2] == ["已过期", "2026-11-01"]
    # An electrician licence's number is its holder's ID number: masked in the file.
    fifth = ["60 天内", "2027-01-25", "王芳", "电工特种作业操作证", "****"]
    assert lines[3].split(",")[:5] == fifth
    assert "Saved 3 certificates" in tab.note.text()
