"""The dashboard's figures as CSV: one row per figure, words in the reader's language."""

from __future__ import annotations

import csv
import io

from app.models.enums import OrderStatus as S
from app.reports.kpi_csv import HEADINGS, kpi_csv, plain_value
from app.rules.kpi.definitions import COMPLAINT_RATE, COMPLETED, DISPATCHED_IN_TIME, KpiValue
from app.rules.kpi.snapshot import KpiInputs, live
from app.rules.kpi.table import TableRow, kpi_table
from tests.rules.test_kpi import MIDNIGHT, NOW, TODAY, H, order


def test_values_are_plain_numbers_and_none_is_empty() -> None:
    assert plain_value(KpiValue(DISPATCHED_IN_TIME, 0.9234, 12, 13, TODAY)) == "92.3"
    assert plain_value(KpiValue(COMPLETED, 1234.0, 1234, None, TODAY)) == "1234"
    assert plain_value(KpiValue(COMPLAINT_RATE, 2.345, 5, 2132, TODAY)) == "2.3"
    assert plain_value(KpiValue(COMPLAINT_RATE, None, 1, 12, TODAY)) == ""


def test_the_csv_has_a_bom_headings_and_a_row_per_figure() -> None:
    snap = live(KpiInputs(orders={1: order(1, S.COMPLETED, completed_at=NOW - H,
                                            assigned_at=MIDNIGHT)}), NOW)  # fmt: skip
    rows = kpi_table(snap)
    words = {"Completed": "已完成", "KPI": "指标"}
    data = kpi_csv(rows, lambda s: words.get(s, s), lambda kind, code: f"<{kind}:{code}>")
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert table[0] == ["指标", *HEADINGS[1:]]
    assert len(table) == len(rows) + 1
    done = [r for r in table if r[0] == "已完成"]
    assert done[0][1:6] == ["", "1", "count", "1", ""]  # the total: no group, no denominator
    assert done[1][:3] == ["已完成", "<district:chaoyang>", "1"]
    assert done[0][6:9] == ["2026-12-04 00:00", "2026-12-04 10:00", "Asia/Shanghai"]
    assert done[0][9] == COMPLETED.formula


def test_a_rate_row_says_what_it_was_computed_from() -> None:
    row = TableRow("district", "haidian", KpiValue(DISPATCHED_IN_TIME, 0.5, 1, 2, TODAY))
    table = list(
        csv.reader(io.StringIO(kpi_csv([row], str, lambda kind, code: code).decode("utf-8-sig")))
    )
    assert table[1][:6] == ["Dispatched before deadline", "haidian", "50.0", "%", "1", "2"]
