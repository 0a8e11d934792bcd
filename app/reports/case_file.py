"""The complaint case file: one complaint as a PDF fit to hand to a regulator or to the customer.

The input is the ticket detail as GET /api/v1/complaints/{id} answers it, typed
(``app.schemas.complaints.ComplaintDetail``, as ``app.client.complaints`` returns it). The case
file shows the three things a complaint must have before it may close (a record, handling,
a callback) in that order, then the sanction decision and how the SLA clocks fared.

Personal data arrives masked from the server (phone, address); the customer's name is
reduced to the surname here. Staff are named through ``people`` (user id -> display name,
as the client's cache holds them) because the detail carries only their ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import KeepTogether, Paragraph

from app.reports.case_sections import (
    callback_section,
    decision_section,
    handling_section,
    record_section,
    sla_section,
    summary_box,
)
from app.reports.case_text import Case
from app.reports.common import PageFrame, esc, gap, opening, render_pdf, section, styles
from app.reports.labels import PLATFORM, colon, say
from app.schemas.complaints import ComplaintDetail


def build_case_file(
    ticket: ComplaintDetail,
    *,
    printed_at: datetime,
    printed_by: str,
    lang: str = "zh_CN",
    people: Mapping[int, str] | None = None,
) -> bytes:
    """The case file of ``ticket`` (the complaint detail the server answers) as PDF bytes.

    Args:
        ticket: GET /api/v1/complaints/{id}, parsed into its response type.
        printed_at: when it is printed (timezone-aware); shown in the footer, used as the
            PDF's date, and what running SLA clocks are measured against.
        printed_by: who prints it, as shown in the footer.
        lang: "zh_CN" (default) or "en" for the labels; recorded texts stay as written.
        people: staff display names by user id, for note authors and deciders.

    Raises:
        ValueError: ``printed_at`` is naive.
    """
    case = Case(ticket, lang, people or {}, printed_at)
    code = ticket.code
    frame = PageFrame(f"{case.t('title')}　{code}", printed_at, printed_by, lang)
    return render_pdf(lambda: _story(case), frame, f"{case.t('title')} {code}")


def _story(case: Case) -> list[Any]:
    st = styles()
    code = case.ticket.code
    end = ParagraphStyle("end", parent=st.muted, alignment=TA_CENTER, spaceBefore=8)
    return [
        Paragraph(esc(say(PLATFORM, case.lang)), st.brand),
        Paragraph(esc(case.t("title")), st.title),
        Paragraph(f"{esc(case.t('case_no'))}{colon(case.lang)}<b>{esc(code)}</b>", st.subtitle),
        gap(4),
        summary_box(case),
        *opening(case.t("s1")),
        *record_section(case),
        *opening(case.t("s2")),
        *handling_section(case),
        *opening(case.t("s3")),
        *callback_section(case),
        *decision_section(case),
        # The SLA table is short: never split it, and never leave the end mark alone.
        KeepTogether(
            [section(case.t("s5")), *sla_section(case), Paragraph(esc(case.t("end")), end)]
        ),
    ]
