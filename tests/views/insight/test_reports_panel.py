"""The kept reports on the dashboard: listed newest first, downloaded to the chosen file off
the UI thread, made on demand for a past day or week; the period dialog offers only what the
server accepts."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.client.api import ApiClient
from app.rules.kpi.schedule import ReportKind
from app.views.complaints.pdf import PdfFiles
from app.views.context import PageContext
from app.views.insight.page import DashboardPage
from app.views.insight.report_dialog import ReportRequestDialog
from app.views.insight.reports_panel import ReportsPanel
from tests.client.stubs import StubSession, error, response
from tests.views.fakes import FakeLink, FakeUser, SyncBackend

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # Friday 10:00 in Beijing


def entry(id: int, kind: str, start: str, size: int = 150_000) -> dict[str, Any]:
    return {"id": id, "kind": kind, "period_start": start,
            "generated_at": "2026-12-03T22:00:00Z", "generated_by": "system",
            "size": size, "sha256": "ab" * 32}  # fmt: skip


LISTED = {"data": [entry(9, "weekly", "2026-11-23"), entry(8, "daily", "2026-11-22")], "count": 2}


def make_panel(qtbot: QtBot, tmp_path: Path, *script: Any) -> tuple[ReportsPanel, StubSession]:
    session = StubSession(*script)
    api = ApiClient("http://desk.test", session=session, token="t", retries=1)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    backend = SyncBackend(api=api, defer=True)
    ctx = PageContext(FakeLink(), FakeUser(id=1, role="supervisor", display_name="王主管"),
                      settings, lambda: NOW, backend)  # type: ignore[arg-type]  # fmt: skip
    panel = ReportsPanel(ctx)
    qtbot.addWidget(panel)
    return panel, session


def test_kept_reports_are_listed_newest_first(qtbot: QtBot, tmp_path: Path) -> None:
    panel, _ = make_panel(qtbot, tmp_path, response(200, LISTED))
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    first, second = panel.list.item(0).text(), panel.list.item(1).text()
    assert "2026-11-23" in first
    assert "2026-11-29" in first  # the week's Sunday
    assert "2026-11-22" in second
    assert "146 KB" in second
    assert not panel.download_button.isEnabled()  # nothing chosen yet


def test_download_writes_the_chosen_file_off_the_ui_thread(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "日报.pdf"
    asked: list[str] = []

    def ask_path(_parent: Any, _title: str, suggested: str) -> Path:
        asked.append(suggested)
        return target

    monkeypatch.setattr(PdfFiles, "ask_path", ask_path)
    panel, session = make_panel(
        qtbot, tmp_path, response(200, LISTED), response(200, raw=b"%PDF-1.4 report")
    )
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    panel.list.setCurrentRow(1)
    assert panel.download_button.isEnabled()
    panel.download_button.click()
    qtbot.waitUntil(lambda: target.exists())
    assert target.read_bytes() == b"%PDF-1.4 report"
    assert asked[0].endswith("-20261122.pdf")
    assert session.calls[-1].url == "http://desk.test/api/v1/reports/8/pdf"
    qtbot.waitUntil(lambda: str(target) in panel.status.text())


def test_make_report_for_a_day_asks_the_server_and_lists_it(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    made = entry(10, "daily", "2026-12-01")
    panel, session = make_panel(
        qtbot, tmp_path,
        response(200, LISTED),
        response(201, made),
        response(200, {"data": [made, *LISTED["data"]], "count": 3}),
    )  # fmt: skip
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    monkeypatch.setattr(panel, "ask_period", lambda: (ReportKind.DAILY, date(2026, 12, 1)))
    panel.make_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == 3)
    assert session.calls[1].kwargs["json"] == {"kind": "daily", "day": "2026-12-01"}
    assert "2026-12-01" in panel.list.item(0).text()
    assert "2026-12-01" in panel.status.text()


def test_a_refusal_is_shown_in_words(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    panel, _ = make_panel(qtbot, tmp_path, response(200, {"data": [], "count": 0}),
                          error(422, "report.not_over"))  # fmt: skip
    qtbot.waitUntil(lambda: panel.status.text() != "")
    monkeypatch.setattr(panel, "ask_period", lambda: (ReportKind.DAILY, date(2026, 12, 4)))
    panel.make_button.click()
    qtbot.waitUntil(lambda: "report.not_over" in panel.status.text()
                    or "中文" in panel.status.text())  # fmt: skip
    assert panel.list.count() == 0


def test_the_dialog_offers_only_ended_periods(qtbot: QtBot) -> None:
    dialog = ReportRequestDialog(NOW)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert dialog.chosen() == (ReportKind.DAILY, date(2026, 12, 3))  # yesterday by default
    assert ok.isEnabled()
    assert dialog.day.maximumDate() == QDate(2026, 12, 3)
    dialog.kind.setCurrentIndex(1)  # weekly: this week has not ended
    assert not ok.isEnabled()
    assert dialog.problem.text() != ""
    dialog.day.setDate(QDate(2026, 11, 29))
    assert ok.isEnabled()
    assert dialog.chosen() == (ReportKind.WEEKLY, date(2026, 11, 29))
    dialog.day.setDate(QDate(2000, 1, 1))  # its Monday is in 1999
    assert not ok.isEnabled()


def test_the_dashboard_shows_the_reports_when_the_server_is_there(
    qtbot: QtBot, tmp_path: Path
) -> None:
    api = ApiClient("http://desk.test", session=StubSession(response(200, LISTED)), token="t")
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    ctx = PageContext(FakeLink(), FakeUser(id=1, role="supervisor", display_name="王主管"),
                      settings, lambda: NOW, SyncBackend(api=api))  # type: ignore[arg-type]  # fmt: skip
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    assert page.reports is not None
    qtbot.waitUntil(lambda: page.reports is not None and page.reports.list.count() == 2)
    offline = DashboardPage(PageContext(FakeLink(), FakeUser(id=1, role="supervisor",
                                        display_name="王主管"), settings, lambda: NOW))  # fmt: skip
    qtbot.addWidget(offline)
    assert offline.reports is None


def test_a_long_list_pages_and_a_refresh_keeps_the_selection(qtbot: QtBot, tmp_path: Path) -> None:
    from app.client.reports import PAGE_SIZE

    first = {"data": [entry(300 - i, "daily", "2026-11-22") for i in range(PAGE_SIZE)],
             "count": PAGE_SIZE + 2}  # fmt: skip
    second = {"data": [entry(2, "daily", "2026-08-01"), entry(1, "daily", "2026-07-31")],
              "count": PAGE_SIZE + 2}  # fmt: skip
    reordered = {"data": second["data"][::-1], "count": PAGE_SIZE + 2}  # a report was made
    panel, session = make_panel(
        qtbot, tmp_path, response(200, first), response(200, second), response(200, reordered)
    )
    qtbot.waitUntil(lambda: panel.list.count() == PAGE_SIZE)
    assert not panel.range_label.isHidden()
    assert panel.range_label.text() == f"1–{PAGE_SIZE} of {PAGE_SIZE + 2}"
    assert not panel.newer_button.isEnabled()
    panel.older_button.click()
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert session.calls[-1].kwargs["params"]["offset"] == PAGE_SIZE
    assert panel.newer_button.isEnabled()
    assert not panel.older_button.isEnabled()
    panel.list.setCurrentRow(1)
    panel.timer.timeout.emit()  # the periodic refresh reads the same page again
    qtbot.waitUntil(lambda: panel.list.currentRow() == 0)  # the chosen report moved up
    chosen = panel.selected()
    assert chosen is not None
    assert chosen.id == 1
    assert session.calls[-1].kwargs["params"]["offset"] == PAGE_SIZE


def test_a_short_list_shows_no_paging(qtbot: QtBot, tmp_path: Path) -> None:
    panel, _ = make_panel(qtbot, tmp_path, response(200, LISTED))
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert panel.older_button.isHidden()
    assert panel.range_label.isHidden()
