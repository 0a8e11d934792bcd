"""Export daily report…: the 日报 of yesterday (Beijing) from the KPI facts the dashboard
already holds, built and written off the UI thread (the house way: ``save_pdf``)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from app.reports.daily import build_daily_report
from app.rules.beijing import local_day
from app.rules.kpi.definitions import DEFINITIONS
from app.rules.kpi.snapshot import KpiInputs, daily
from app.views.complaints.pdf import save_pdf
from app.views.i18n import current_language
from app.views.insight.labels import kpi_text

if TYPE_CHECKING:
    from app.views.insight.page import DashboardPage


def translations() -> Callable[[str], str]:
    """The KPI words translated now, on the UI thread, for the pool thread to look up."""
    table = {s: kpi_text(s) for d in DEFINITIONS for s in (d.title, d.formula)}
    return lambda source: table.get(source, source)


def report_day(page: DashboardPage) -> date:
    return local_day(page.ctx.clock()) - timedelta(days=1)


def build_for(page: DashboardPage, inputs: KpiInputs, day: date) -> Callable[[], bytes]:
    """What the pool thread runs: the KPIs of ``day`` and their PDF (no widget touched)."""
    translate = translations()
    printed_at = page.ctx.clock()
    printed_by = page.ctx.user.display_name
    lang = current_language()
    return lambda: build_daily_report(
        daily(inputs, day),
        translate=translate,
        printed_at=printed_at,
        printed_by=printed_by,
        lang=lang,
    )


def ask_and_export(page: DashboardPage) -> QObject | None:
    inputs = page.inputs
    if inputs is None:
        page.status.setText(
            QCoreApplication.translate(
                "Insight", "The figures are still loading; try again in a moment."
            )
        )
        return None
    day = report_day(page)
    name = QCoreApplication.translate("Insight", "Daily report")

    def done(path: Path | None, message: str) -> None:
        page.status.setText(message)

    return save_pdf(
        page,
        title=QCoreApplication.translate("Insight", "Export daily report"),
        suggested=f"{name}-{day.strftime('%Y%m%d')}.pdf",
        build=build_for(page, inputs, day),
        done=done,
    )
