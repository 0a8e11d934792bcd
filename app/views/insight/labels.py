"""The words of the dashboard: KPI titles and formulas translated, values formatted, and the
tooltip every KPI carries (formula, period, cut-off, timezone).

The titles and formulas are defined in ``app.rules.kpi.definitions`` as English source text;
they are listed here once more as literals so lupdate finds them (context "Kpi"), and a test
checks the two lists match.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from PySide6.QtCore import QCoreApplication

from app.models.enums import SanctionLevel, Severity
from app.rules.beijing import MINUTE, wall_clock
from app.rules.complaint_facts import SEVERITY_NAMES
from app.rules.kpi.definitions import KpiDefinition, KpiValue, Unit
from app.rules.sanction_facts import LEVEL_NAMES
from app.views.i18n import QT_TRANSLATE_NOOP, pick

CONTEXT = "Kpi"

SOURCES: dict[str, tuple[str, str]] = {
    "orders_created": (
        QT_TRANSLATE_NOOP("Kpi", "Orders created"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Orders created in the period (from Beijing midnight), against the same "
            "hours of the same weekday a week earlier",
        ),
    ),
    "dispatched_in_time": (
        QT_TRANSLATE_NOOP("Kpi", "Dispatched before deadline"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Orders first assigned at or before their dispatch-by time ÷ orders "
            "whose dispatch-by time fell in the period (orders cancelled unassigned"
            " before it are left out)",
        ),
    ),
    "on_time_arrival": (
        QT_TRANSLATE_NOOP("Kpi", "On-time arrival"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Orders started by 15 minutes after their scheduled start ÷ orders "
            "whose start plus 15 minutes fell in the period (orders cancelled "
            "before it are left out)",
        ),
    ),
    "cancellations": (
        QT_TRANSLATE_NOOP("Kpi", "Cancellations"),
        QT_TRANSLATE_NOOP("Kpi", "Orders cancelled in the period, grouped by the reason given"),
    ),
    "completed": (
        QT_TRANSLATE_NOOP("Kpi", "Completed"),
        QT_TRANSLATE_NOOP("Kpi", "Orders completed in the period"),
    ),
    "unassigned_at_risk": (
        QT_TRANSLATE_NOOP("Kpi", "Unassigned at risk"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Pending orders whose dispatch-by time has passed or is within 30 "
            "minutes of the cut-off",
        ),
    ),
    "first_response_sla": (
        QT_TRANSLATE_NOOP("Kpi", "First response within SLA"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Complaints acknowledged by their first-response deadline ÷ complaints "
            "whose first-response deadline fell in the period, per severity",
        ),
    ),
    "resolution_sla": (
        QT_TRANSLATE_NOOP("Kpi", "Resolution within SLA"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Complaints resolved by their resolution deadline (counted from "
            "opening) ÷ complaints whose resolution deadline fell in the period, "
            "per severity",
        ),
    ),
    "complaint_rate": (
        QT_TRANSLATE_NOOP("Kpi", "Complaints per 1,000 orders"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Complaints opened in the period about orders of the group × 1,000 ÷ "
            "orders of the group completed in the period; not shown below 200 "
            "completed orders",
        ),
    ),
    "providers_on_hold": (
        QT_TRANSLATE_NOOP("Kpi", "Providers on hold"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Providers kept off dispatch at the cut-off by an active retraining, "
            "suspension or disqualification",
        ),
    ),
    "sanctions_by_level": (
        QT_TRANSLATE_NOOP("Kpi", "Sanctions"),
        QT_TRANSLATE_NOOP("Kpi", "Sanctions decided in the period, per level"),
    ),
    "cert_queue_age": (
        QT_TRANSLATE_NOOP("Kpi", "Oldest certificate waiting"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Hours since the oldest certificate still submitted or in review was "
            "submitted, at the cut-off",
        ),
    ),
    "cert_expiring": (
        QT_TRANSLATE_NOOP("Kpi", "Certificates expiring"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Approved certificates whose last valid day (expiry or review due, the "
            "earlier) is within 30, 60 or 90 days after the cut-off day",
        ),
    ),
    "callbacks_reached": (
        QT_TRANSLATE_NOOP("Kpi", "Callbacks reached"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Callback attempts logged in the period that reached the customer ÷ "
            "callback attempts logged in the period",
        ),
    ),
    "callbacks_satisfied": (
        QT_TRANSLATE_NOOP("Kpi", "Callbacks satisfied"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Callbacks logged in the period that reached a satisfied customer ÷ "
            "callbacks logged in the period that reached the customer",
        ),
    ),
    "reopen_rate": (
        QT_TRANSLATE_NOOP("Kpi", "Reopen rate"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Complaints opened in the period and reopened at least once (as "
            "recorded at the cut-off) ÷ complaints opened in the period",
        ),
    ),
    "repeat_complaints": (
        QT_TRANSLATE_NOOP("Kpi", "Repeat complaints"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Complaints opened in the period against the same provider or from the "
            "same customer as another complaint in the 30 days before (not a "
            "possible duplicate about the same order) ÷ complaints opened in the "
            "period",
        ),
    ),
    "active_providers": (
        QT_TRANSLATE_NOOP("Kpi", "Active providers"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Providers assigned at least one order scheduled to start in the period "
            "and not cancelled, and not on dispatch hold at the cut-off; per service "
            "category and district of those orders (a provider counts in each)",
        ),
    ),
    "utilisation": (
        QT_TRANSLATE_NOOP("Kpi", "Orders per provider-day"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Orders completed in the period ÷ provider-days worked (a provider with "
            "at least one completed order on a Beijing day is one provider-day)",
        ),
    ),
    "training_pass_rate": (
        QT_TRANSLATE_NOOP("Kpi", "Training pass rate"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "Assessments signed in the period that passed ÷ assessments signed in "
            "the period, per course and per trainer (the trainer of the assessment's"
            " session)",
        ),
    ),
    "retraining_outcome": (
        QT_TRANSLATE_NOOP("Kpi", "Complaints after retraining"),
        QT_TRANSLATE_NOOP(
            "Kpi",
            "For providers who passed a retraining assessment in the 60 days before "
            "the cut-off: complaints against them × 1,000 ÷ their orders completed, "
            "in the 30 days after the retraining (up to the cut-off) against the 30 "
            "days before, per retraining course; not shown below 50 orders",
        ),
    ),
}


def kpi_text(source: str) -> str:
    return QCoreApplication.translate(CONTEXT, source)


def title(definition: KpiDefinition) -> str:
    return kpi_text(definition.title)


def formula(definition: KpiDefinition) -> str:
    return kpi_text(definition.formula)


def value_text(value: KpiValue) -> str:
    """The figure as a tile shows it; "—" when there is nothing to measure (or suppressed)."""
    if value.value is None:
        return "—"
    unit = value.definition.unit
    if unit is Unit.RATE:
        return f"{100 * value.value:.1f}%"
    if unit is Unit.PER_THOUSAND:
        return f"{value.value:.1f}‰"
    if unit is Unit.HOURS:
        return QCoreApplication.translate("Insight", "%1 h").replace("%1", f"{value.value:.1f}")
    if unit is Unit.RATIO:
        return f"{value.value:.2f}"
    return f"{value.value:,.0f}"


def fraction_text(value: KpiValue) -> str:
    """ "12 / 40" under a rate: what it was computed from."""
    if value.denominator is None:
        return ""
    return f"{value.numerator:,.0f} / {value.denominator:,}"


def period_text(value: KpiValue) -> str:
    """ "Data 2026-12-04 00:00 – 10:00 (Asia/Shanghai)"."""
    return (
        QCoreApplication.translate("Insight", "Data %1 – %2, cut-off %2 (%3)")
        .replace("%1", wall_clock(value.period.start, MINUTE))
        .replace("%2", wall_clock(value.cut_off, MINUTE))
        .replace("%3", value.timezone)
    )


def tooltip(value: KpiValue) -> str:
    """Rich text: title, formula, what it was computed from, period, cut-off and timezone."""
    lines = [f"<b>{escape(title(value.definition))}</b>", escape(formula(value.definition))]
    fraction = fraction_text(value)
    if fraction:
        lines.append(escape(fraction))
    lines.append(escape(period_text(value)))
    return "<br>".join(lines)


def severity_name(severity: Severity) -> str:
    return pick(*SEVERITY_NAMES[severity])


def level_name(level: SanctionLevel) -> str:
    return pick(*LEVEL_NAMES[level])
