"""The dashboard's exports. Export daily report…: the 日报 of yesterday (Beijing) from the KPI
facts the dashboard already holds, built and written off the UI thread (the house way:
``save_pdf``). Export figures (CSV)…: every figure on the page as a table (``kpi_table``),
in the reader's language, written off the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QLabel, QWidget

from app.models.enums import SanctionLevel, Severity
from app.reports.daily import build_daily_report
from app.reports.kpi_csv import kpi_csv
from app.rules.beijing import local_day, wall_clock
from app.rules.kpi.definitions import DEFINITIONS
from app.rules.kpi.snapshot import KpiInputs, KpiSnapshot, daily
from app.rules.kpi.table import kpi_table
from app.views.background import call
from app.views.complaints.pdf import save_pdf
from app.views.context import PageContext
from app.views.csv_files import CsvFiles
from app.views.error_text import describe_error
from app.views.i18n import QT_TRANSLATE_NOOP, category_name, current_language, district_name
from app.views.insight.labels import kpi_text, level_name, severity_name

# The CSV's column headings and units (app/reports/kpi_csv.py), listed here for lupdate.
CSV_WORDS: dict[str, str] = {
    s: s
    for s in (
        QT_TRANSLATE_NOOP("KpiCsv", "KPI"),
        QT_TRANSLATE_NOOP("KpiCsv", "Of"),
        QT_TRANSLATE_NOOP("KpiCsv", "Value"),
        QT_TRANSLATE_NOOP("KpiCsv", "Unit"),
        QT_TRANSLATE_NOOP("KpiCsv", "Numerator"),
        QT_TRANSLATE_NOOP("KpiCsv", "Denominator"),
        QT_TRANSLATE_NOOP("KpiCsv", "From (Beijing)"),
        QT_TRANSLATE_NOOP("KpiCsv", "Cut-off (Beijing)"),
        QT_TRANSLATE_NOOP("KpiCsv", "Timezone"),
        QT_TRANSLATE_NOOP("KpiCsv", "Formula"),
        QT_TRANSLATE_NOOP("KpiCsv", "%"),
        QT_TRANSLATE_NOOP("KpiCsv", "count"),
        QT_TRANSLATE_NOOP("KpiCsv", "per 1,000 orders"),
        QT_TRANSLATE_NOOP("KpiCsv", "hours"),
        QT_TRANSLATE_NOOP("KpiCsv", "ratio"),
    )
}


class DashboardPage(Protocol):
    """What the export uses of the dashboard (a Protocol: no import of the page, no cycle)."""

    ctx: PageContext
    inputs: KpiInputs | None
    snapshot: KpiSnapshot | None
    status: QLabel


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


def _still_loading(page: DashboardPage) -> None:
    page.status.setText(
        QCoreApplication.translate(
            "Insight", "The figures are still loading; try again in a moment."
        )
    )


def ask_and_export(page: DashboardPage) -> QObject | None:
    inputs = page.inputs
    if inputs is None:
        _still_loading(page)
        return None
    day = report_day(page)
    name = QCoreApplication.translate("Insight", "Daily report")

    def done(path: Path | None, message: str) -> None:
        page.status.setText(message)

    assert isinstance(page, QWidget)  # the dashboard is a page widget
    return save_pdf(
        page,
        title=QCoreApplication.translate("Insight", "Export daily report"),
        suggested=f"{name}-{day.isoformat().replace('-', '')}.pdf",
        build=build_for(page, inputs, day),
        done=done,
    )


def csv_word(source: str) -> str:
    """A CSV word in the reader's language: a heading or unit, or a KPI title or formula."""
    if source in CSV_WORDS:
        return QCoreApplication.translate("KpiCsv", source)
    return kpi_text(source)


def group_name(kind: str, code: str) -> str:
    """What a row of the CSV is of, by name (``app.rules.kpi.table``'s kinds)."""
    if kind == "district":
        return district_name(code)
    if kind == "category":
        return category_name(code)
    if kind == "severity":
        return severity_name(Severity(code))
    if kind == "level":
        return level_name(SanctionLevel(code))
    if kind == "hour":
        return QCoreApplication.translate("KpiCsv", "%1:00–%1:59").replace("%1", f"{int(code):02d}")
    if kind == "days":
        return QCoreApplication.translate("KpiCsv", "within %1 days").replace("%1", code)
    if kind == "trainer":
        if not code:
            return QCoreApplication.translate("KpiCsv", "(no trainer)")
        return QCoreApplication.translate("KpiCsv", "trainer %1").replace("%1", code)
    if kind in ("course", "before", "after"):
        course = code or QCoreApplication.translate("KpiCsv", "all courses")
        if kind == "course":
            return course
        if kind == "before":
            return QCoreApplication.translate("KpiCsv", "%1, before retraining").replace(
                "%1", course
            )
        return QCoreApplication.translate("KpiCsv", "%1, after retraining").replace("%1", course)
    return code or QCoreApplication.translate("KpiCsv", "(no reason given)")


def export_figures(page: DashboardPage) -> QObject | None:
    """Ask where, then write every figure of the page's snapshot as CSV off the UI thread."""
    snap = page.snapshot
    if snap is None:
        _still_loading(page)
        return None
    assert isinstance(page, QWidget)  # the dashboard is a page widget
    stamp = wall_clock(snap.day.cut_off, "%Y%m%d-%H%M")
    name = QCoreApplication.translate("Insight", "Dashboard figures")
    path = CsvFiles.ask_path(
        page, f"{name}-{stamp}.csv", QCoreApplication.translate("Insight", "Export figures")
    )
    if path is None:
        return None
    data = kpi_csv(kpi_table(snap), csv_word, group_name)  # ~150 rows: well under 1 ms

    def saved(written: Path) -> None:
        page.status.setText(
            QCoreApplication.translate("PdfFiles", "Saved %1").replace("%1", str(written))
        )

    def failed(exc: Exception) -> None:
        page.status.setText(describe_error(exc))

    def write() -> Path:
        path.write_bytes(data)
        return path

    return call(write, saved, failed, owner=page)
