"""The operations reports the server keeps (日报 and weekly): list, download, make one.

Making a report is safe to repeat: the server keeps one per period and answers the kept
one when asked again, so no outbox is needed (a report is made while the person waits).
"""

from __future__ import annotations

import uuid
from datetime import date

from app.client import endpoints
from app.client.api import ApiClient
from app.rules.kpi.schedule import ReportKind
from app.schemas.reports import ReportEntry, ReportPage, ReportRequest

PAGE_SIZE = 100


def list_reports(api: ApiClient, page: int = 0) -> ReportPage:
    """Page ``page`` (from 0) of the kept reports, newest period first."""
    params = {"limit": PAGE_SIZE, "offset": max(0, page) * PAGE_SIZE}
    return ReportPage.model_validate(api.get(endpoints.REPORTS, params))


def download(api: ApiClient, report_id: int) -> bytes:
    """The report's PDF (the server audits the fetch)."""
    return api.get_bytes(endpoints.report_pdf(report_id))


def generate(api: ApiClient, kind: ReportKind, day: date) -> ReportEntry:
    """The report of ``kind`` covering ``day``: made now, or the one kept already."""
    body = ReportRequest(kind=kind, day=day).model_dump(mode="json")
    answer = api.command(endpoints.REPORTS, body, if_match=None, idempotency_key=str(uuid.uuid4()))
    return ReportEntry.model_validate(answer)
