"""The board's problems panel: future orders a lapsed certificate broke, listed with the
server's reason as they arrive through the feed, and R reassigning the highlighted one
(unassign at the version seen, then assign the provider chosen in the ranked dialog)."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt

from app.client.sync import ChangeSet
from app.views.board import broken_orders as problems_module
from app.views.board.page import BoardPage
from app.views.dispatch.assign_dialog import AssignChoice, OrderRef
from tests.views.fakes import NOW, FakeLink, SyncBackend, board_cache, make_row, put, put_rows

pytestmark = pytest.mark.gui
REASON_ZH = "服务人员已不符合派单条件：健康证已过期"


def flagged(row_id: int, version: int, *, hours_ahead: float = 30) -> dict[str, Any]:
    row = make_row(row_id, status="assigned", version=version, provider_id=3,
                   provider_name="刘阿姨")  # fmt: skip
    start = NOW + timedelta(hours=hours_ahead)
    row = replace(row, scheduled_start=start, scheduled_end=start + timedelta(hours=2))
    return {
        "id": row.id, "version": row.version, "code": row.code, "status": row.status,
        "category": "cleaning", "district": "chaoyang", "address": row.address,
        "customer_id": row.customer_id, "provider_id": 3,
        "scheduled_start": row.scheduled_start.isoformat(),
        "scheduled_end": row.scheduled_end.isoformat(), "dispatch_by": row.dispatch_by.isoformat(),
        "price_cents": row.price_cents, "premium": False, "flag_code": "certificate",
        "flag_zh": REASON_ZH, "flag_en": "The provider no longer qualifies: health certificate",
    }  # fmt: skip


def test_flagged_orders_show_with_their_reason_and_r_reassigns(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    link = FakeLink()
    cache = board_cache()
    data = SyncBackend(reader=cache, api=object())
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = BoardPage(link, role="dispatcher", settings=settings, clock=lambda: NOW, data=data)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    put_rows(cache, [make_row(1), make_row(2, provider_id=3, provider_name="刘阿姨")])
    link.changed.emit(ChangeSet.everything())
    assert not page.problems.isVisible()  # nothing to fix: no panel

    # The server flags order 2 (the feed brings the order with its flag).
    put(cache, "order", [flagged(2, 5)])
    link.changed.emit(ChangeSet({"order": (2,)}))
    qtbot.waitUntil(lambda: page.problems.isVisible(), timeout=5_000)
    assert page.problems.list.count() == 1
    text = page.problems.list.item(0).text()
    assert "刘阿姨" in text
    assert REASON_ZH in text
    assert "1" in page.problems.title.text()

    asked: list[OrderRef] = []

    def ask(cls: Any, parent: Any, ref: OrderRef, data: Any, **kw: Any) -> AssignChoice:
        asked.append(ref)
        return AssignChoice(8, "杨阿姨", ref.version)

    monkeypatch.setattr(problems_module.AssignDialog, "ask", classmethod(ask))
    page.problems.list.setFocus()
    qtbot.keyClick(page.problems.list, Qt.Key.Key_R)
    assert [(r.id, r.version, r.category) for r in asked] == [(2, 5, "cleaning")]
    assert [(c["path"], c["if_match"], c["body"]) for c in link.commands] == [
        ("/api/v1/orders/2/unassign", 5, None),
        ("/api/v1/orders/2/assign", 6, {"provider_id": 8}),
    ]

    # Once unassigned the flag is gone (the server clears it): the panel hides again.
    put(cache, "order", [{**flagged(2, 6), "status": "pending", "provider_id": None,
                          "flag_code": "", "flag_zh": "", "flag_en": ""}])  # fmt: skip
    link.changed.emit(ChangeSet({"order": (2,)}))
    qtbot.waitUntil(lambda: not page.problems.isVisible(), timeout=5_000)


def test_reassigning_offline_says_it_needs_the_server(qtbot: Any, tmp_path: Path) -> None:
    link = FakeLink()
    cache = board_cache()
    put(cache, "order", [flagged(2, 5)])
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = BoardPage(link, role="dispatcher", settings=settings, clock=lambda: NOW,
                     data=SyncBackend(reader=cache))  # type: ignore[arg-type]  # fmt: skip
    qtbot.addWidget(page)
    said: list[str] = []
    page.message.connect(said.append)
    qtbot.waitUntil(lambda: page.problems.list.count() == 1, timeout=5_000)
    page.problems.reassign_action.trigger()
    assert link.commands == []
    assert said
    assert "server" in said[-1]


def test_the_order_detail_says_whether_the_providers_certificates_cover_it(
    qtbot: Any, tmp_path: Path
) -> None:
    link = FakeLink()
    cache = board_cache()
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = BoardPage(link, role="dispatcher", settings=settings, clock=lambda: NOW,
                     data=SyncBackend(reader=cache))  # type: ignore[arg-type]  # fmt: skip
    qtbot.addWidget(page)
    put(cache, "order", [flagged(2, 5)])
    base = {"provider_id": 3, "status": "approved", "issued_on": "2026-01-01",
            "submitted_at": "2026-01-01T00:00:00+00:00"}  # fmt: skip
    put(cache, "certification", [
        {**base, "id": 1, "kind": "id_verification"},
        {**base, "id": 2, "kind": "background_check", "expires_on": "2026-11-27"},
        {**base, "id": 3, "kind": "housekeeping_certificate"},
        {**base, "id": 4, "kind": "health_certificate", "expires_on": "2027-01-05"},
    ])  # fmt: skip
    link.changed.emit(ChangeSet.everything())
    qtbot.waitUntil(lambda: page.select_order(2), timeout=5_000)
    label = page.detail.certificates
    qtbot.waitUntil(lambda: "⚠" in label.text(), timeout=5_000)
    assert "2026-11-27" in label.text()  # the background check lapses before the order ends
    assert label.text().count("⚠") == 1

    # A renewed background check arrives through the feed: the line follows.
    put(cache, "certification", [{**base, "id": 5, "kind": "background_check",
                                  "expires_on": "2027-11-27"}])  # fmt: skip
    link.changed.emit(ChangeSet({"certification": (5,)}))
    qtbot.waitUntil(lambda: "⚠" not in label.text() and label.text() != "", timeout=5_000)
