"""The kept reports' calls (app/client/reports): what is sent, what comes back."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from app.client import reports
from app.client.api import ApiClient
from app.client.errors import ClientError
from app.rules.kpi.schedule import ReportKind
from tests.client.stubs import StubSession, error, response


def entry(id: int = 7, kind: str = "daily", start: str = "2026-12-03") -> dict[str, Any]:
    return {"id": id, "kind": kind, "period_start": start,
            "generated_at": "2026-12-03T22:00:00Z", "generated_by": "system",
            "size": 1234, "sha256": "ab" * 32}  # fmt: skip


def api_with(*script: Any) -> tuple[ApiClient, StubSession]:
    s = StubSession(*script)
    return ApiClient("http://desk.test", session=s, token="t"), s


def test_list_asks_for_a_page_newest_first() -> None:
    api, s = api_with(response(200, {"data": [entry(8, "weekly"), entry()], "count": 2}))
    page = reports.list_reports(api, page=1)
    assert [e.kind for e in page.data] == [ReportKind.WEEKLY, ReportKind.DAILY]
    assert page.count == 2
    assert page.data[1].period_start == date(2026, 12, 3)
    call = s.calls[0]
    assert call.method == "GET"
    assert call.url == "http://desk.test/api/v1/reports"
    assert call.kwargs["params"] == {"limit": reports.PAGE_SIZE, "offset": reports.PAGE_SIZE}


def test_download_returns_the_bytes() -> None:
    api, s = api_with(response(200, raw=b"%PDF-1.4 ..."))
    assert reports.download(api, 7) == b"%PDF-1.4 ..."
    assert s.calls[0].url == "http://desk.test/api/v1/reports/7/pdf"


def test_generate_posts_the_kind_and_day() -> None:
    api, s = api_with(response(201, entry(9, "weekly", "2026-11-30")))
    made = reports.generate(api, ReportKind.WEEKLY, date(2026, 12, 2))
    assert made.id == 9
    assert made.period_start == date(2026, 11, 30)
    call = s.calls[0]
    assert call.method == "POST"
    assert call.url == "http://desk.test/api/v1/reports"
    assert call.kwargs["json"] == {"kind": "weekly", "day": "2026-12-02"}


def test_a_refused_period_raises_the_servers_reason() -> None:
    api, _ = api_with(error(422, "report.not_over"))
    with pytest.raises(ClientError) as caught:
        reports.generate(api, ReportKind.DAILY, date(2026, 12, 4))
    assert caught.value.code == "report.not_over"
