"""The dashboard's figures as CSV, for a manager's spreadsheet: one row per figure, with the
group it is of, its unit, what it was computed from, its period in Beijing time and its
formula (the same words as the tooltips and the daily report).

Pure: the caller passes the words in the reader's language (``words`` translates an English
source: column headings, KPI titles and formulas) and ``group_name`` (a row's kind and code
→ a name). The file starts with a UTF-8 byte-order mark, so Excel on a Chinese Windows
reads it right. Numbers are plain (no thousands separators): a rate as a percentage, the
complaint rate per 1,000; a suppressed or unmeasurable figure is left empty.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable

from app.rules.beijing import wall_clock
from app.rules.kpi.definitions import KpiValue, Unit
from app.rules.kpi.table import TableRow

HEADINGS: tuple[str, ...] = (
    "KPI",
    "Of",
    "Value",
    "Unit",
    "Numerator",
    "Denominator",
    "From (Beijing)",
    "Cut-off (Beijing)",
    "Timezone",
    "Formula",
)
UNITS: dict[Unit, str] = {
    Unit.RATE: "%",
    Unit.COUNT: "count",
    Unit.PER_THOUSAND: "per 1,000 orders",
    Unit.HOURS: "hours",
    Unit.RATIO: "ratio",
}
STAMP = "%Y-%m-%d %H:%M"


def plain_value(value: KpiValue) -> str:
    """The figure as a spreadsheet reads it ("" when there is none)."""
    if value.value is None:
        return ""
    unit = value.definition.unit
    if unit is Unit.RATE:
        return f"{100 * value.value:.1f}"
    if unit is Unit.COUNT:
        return f"{value.value:.0f}"
    if unit is Unit.RATIO:
        return f"{value.value:.2f}"
    return f"{value.value:.1f}"


def kpi_csv(
    rows: Iterable[TableRow],
    words: Callable[[str], str],
    group_name: Callable[[str, str], str],
) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([words(h) for h in HEADINGS])
    for row in rows:
        v = row.value
        writer.writerow(
            (
                words(v.definition.title),
                group_name(row.kind, row.code) if row.kind else "",
                plain_value(v),
                words(UNITS[v.definition.unit]),
                f"{v.numerator:g}",
                "" if v.denominator is None else v.denominator,
                wall_clock(v.period.start, STAMP),
                wall_clock(v.cut_off, STAMP),
                v.timezone,
                words(v.definition.formula),
            )
        )
    return out.getvalue().encode("utf-8-sig")
