"""The provider scorecard: opened from the board's order detail, its figures beside the
peers' medians, following the feed for that provider only, and its one-page PDF."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from app.client.cache import Cache
from app.client.sync import ChangeSet
from app.views.board.page import BoardPage
from app.views.scorecard.dialog import ScorecardDialog, open_scorecard
from tests.client.scorecard_rows import NOW, iso, provider, scorecard_cache
from tests.views.fakes import FakeLink, SyncBackend, make_row, put, put_rows

pytestmark = pytest.mark.gui


@pytest.fixture
def cache() -> Cache:
    c = scorecard_cache()
    put_rows(c, [make_row(700, status="assigned", provider_id=9, provider_name="服务员9",
                          scheduled_start=NOW + timedelta(hours=3))])  # fmt: skip
    put(c, "provider", [{**provider(9), "version": 2}])  # the board's row had the name only
    return c


def figure(dialog: ScorecardDialog, row: int) -> tuple[str, str, str]:
    item = dialog.figures.topLevelItem(row)
    assert item is not None
    return item.text(0), item.text(1), item.text(2)


Opened = tuple[ScorecardDialog, FakeLink, SyncBackend]


def open_from_board(qtbot: QtBot, cache: Cache, tmp_path: Path) -> Opened:
    link, data = FakeLink(), SyncBackend(reader=cache)
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = BoardPage(link, role="dispatcher", settings=settings, clock=lambda: NOW, data=data)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    link.changed.emit(ChangeSet.everything())
    qtbot.waitUntil(lambda: page.model.order(700) is not None)
    page.select_order(700)
    label = page.detail._fields["provider"]
    assert 'href="9"' in label.text()
    label.linkActivated.emit("9")  # what a click on the provider's name sends
    dialog = page.findChild(ScorecardDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.loaded is not None)
    return dialog, link, data


def test_opens_from_the_board_with_figures_and_medians(
    qtbot: QtBot, cache: Cache, tmp_path: Path
) -> None:
    dialog, _link, _data = open_from_board(qtbot, cache, tmp_path)
    assert not dialog.isModal()
    assert dialog.title.text() == "服务员9  P009"
    assert figure(dialog, 0) == ("Orders completed", "2", "2")
    assert figure(dialog, 3) == ("Mean rating", "4.00", "4.00")
    assert figure(dialog, 5) == ("Complaints", "2", "0")
    assert figure(dialog, 6) == ("Substantiated complaints", "1", "0")
    assert "5 peers" in dialog.subtitle.text()
    sanction = dialog.sanctions.topLevelItem(0)
    assert sanction is not None
    assert sanction.text(3) == "Appeal pending"
    assert dialog.certs.topLevelItemCount() == 2
    result = dialog.training.topLevelItem(0)
    assert result is not None
    assert result.text(2) == "88"
    assert dialog.chart.values()[-1] == 5.0  # this week's rating
    dialog.grab().save(str(tmp_path / "scorecard.png"))


def test_a_feed_change_of_the_provider_updates_and_others_do_not(
    qtbot: QtBot, cache: Cache, tmp_path: Path
) -> None:
    dialog, link, data = open_from_board(qtbot, cache, tmp_path)
    data.calls.clear()
    other = {"id": 8, "provider_id": 10, "status": "open", "severity": "low",
             "opened_at": iso(NOW - timedelta(hours=2))}  # fmt: skip
    put(cache, "complaint", [other])
    link.changed.emit(ChangeSet({"complaint": (8,)}))
    assert "scorecard" not in data.keys("local")  # another provider's complaint
    put(cache, "complaint", [{"id": 9, "provider_id": 9, "status": "resolved",
                              "severity": "high", "substantiated": True,
                              "opened_at": iso(NOW - timedelta(hours=2))}])  # fmt: skip
    link.changed.emit(ChangeSet({"complaint": (9,)}))
    qtbot.waitUntil(lambda: figure(dialog, 5)[1] == "3")
    assert figure(dialog, 6)[1] == "2"


def test_the_pdf_is_written(
    qtbot: QtBot, cache: Cache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.views.complaints.pdf import PdfFiles

    dialog, _link, _data = open_from_board(qtbot, cache, tmp_path)
    target = tmp_path / "scorecard.pdf"
    opened: list[Path] = []
    monkeypatch.setattr(PdfFiles, "ask_path", classmethod(lambda cls, *a: target))
    monkeypatch.setattr(PdfFiles, "open_file", classmethod(lambda cls, p: opened.append(p)))
    dialog.pdf.click()
    qtbot.waitUntil(lambda: opened == [target], timeout=15000)
    assert target.read_bytes().startswith(b"%PDF")


def test_one_dialog_per_parent(qtbot: QtBot, cache: Cache) -> None:
    from PySide6.QtWidgets import QWidget

    parent = QWidget()
    qtbot.addWidget(parent)
    data = SyncBackend(reader=cache)
    assert open_scorecard(parent, None, None, 9, lambda: NOW) is None
    assert open_scorecard(parent, data, None, None, lambda: NOW) is None  # type: ignore[arg-type]
    first = open_scorecard(parent, data, None, 9, lambda: NOW)  # type: ignore[arg-type]
    assert open_scorecard(parent, data, None, 9, lambda: NOW) is first  # type: ignore[arg-type]
    other = open_scorecard(parent, data, None, 10, lambda: NOW)  # type: ignore[arg-type]
    assert other is not first
    assert other is not None
    qtbot.waitUntil(lambda: other.loaded is not None)
    assert other.title.text() == "服务员10  P010"
    missing = open_scorecard(parent, data, None, 999, lambda: NOW)  # type: ignore[arg-type]
    assert missing is not None
    assert missing.title.text() == "This provider is not on this computer."
