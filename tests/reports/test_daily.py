"""The daily operations report (运营日报): every KPI with its formula and its period, cut-off
and timezone under it, read back as text; the same figures as the snapshot it is built from."""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from app.models.enums import CertificationKind, CertificationStatus, OrderStatus, Severity
from app.reports.daily import build_daily_report, figure_text
from app.rules.certification.facts import CertFact
from app.rules.kpi.definitions import COMPLETED, KpiValue, whole_day
from app.rules.kpi.facts import CertKpiFacts, ComplaintKpiFacts, OrderKpiFacts
from app.rules.kpi.snapshot import KpiInputs, daily

DAY = date(2026, 12, 3)
START = datetime(2026, 12, 2, 16, 0, tzinfo=UTC)  # 2026-12-03 00:00 in Beijing
PRINTED = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)
H = timedelta(hours=1)


def inputs() -> KpiInputs:
    orders = {
        i: OrderKpiFacts(
            i, OrderStatus.COMPLETED, "cleaning", "chaoyang" if i < 250 else "yanqing",
            START + 8 * H, START + 10 * H, START + 9 * H, assigned_at=START + 8 * H,
            started_at=START + 10 * H, completed_at=START + 13 * H,
        )
        for i in range(260)
    }  # fmt: skip
    orders[999] = OrderKpiFacts(
        999, OrderStatus.CANCELLED, "moving", "haidian", START + H, START + 5 * H, START + 4 * H,
        cancel_reason="客户改期", cancelled_at=START + 2 * H,
    )  # fmt: skip
    complaints = {
        1: ComplaintKpiFacts(1, Severity.HIGH, "quality", START + 2 * H, START + 2.5 * H,
                             order_id=1),
        2: ComplaintKpiFacts(2, Severity.CRITICAL, "safety", START + 3 * H, order_id=2),
    }  # fmt: skip
    cert = CertFact(CertificationKind.HEALTH_CERTIFICATE, CertificationStatus.APPROVED,
                    DAY + timedelta(days=40))  # fmt: skip
    return KpiInputs(orders, complaints, certs=[CertKpiFacts(1, cert, START - 50 * H)])


def pdf_text(pdf: bytes, tmp_path: Path) -> str:
    exe = shutil.which("pdftotext")
    if exe is None:
        pytest.skip("pdftotext (poppler-utils) is not installed: cannot read the PDF text back")
    path = tmp_path / "daily.pdf"
    path.write_bytes(pdf)
    out = subprocess.run([exe, "-raw", "-enc", "UTF-8", str(path), "-"], capture_output=True,
                         check=True)  # fmt: skip
    return "".join(out.stdout.decode().split())


def test_the_english_report_prints_each_kpi_with_formula_and_cut_off(tmp_path: Path) -> None:
    snap = daily(inputs(), DAY)
    pdf = build_daily_report(snap, translate=str, printed_at=PRINTED, printed_by="Wang",
                             lang="en")  # fmt: skip
    assert pdf.startswith(b"%PDF")
    text = pdf_text(pdf, tmp_path)
    assert "Dailyoperationsreport2026-12-03" in text
    assert "Completed:260" in text
    assert "".join(COMPLETED.formula.split()) in text
    assert "cut-off2026-12-0400:00(Asia/Shanghai)" in text
    assert "Dispatchedbeforedeadline:100.0%(260/260)" in text
    assert "客户改期" in text
    assert "Chaoyang" in text
    assert "Unassignedatrisk" not in text  # a live figure, not a day's
    assert "within30days:0·within60days:1" in text


def test_the_chinese_report_uses_the_translation_it_is_given(tmp_path: Path) -> None:
    words = {COMPLETED.title: "完成订单", COMPLETED.formula: "统计区间内完成的订单数"}
    pdf = build_daily_report(daily(inputs(), DAY), translate=lambda s: words.get(s, s),
                             printed_at=PRINTED, printed_by="王主管")  # fmt: skip
    text = pdf_text(pdf, tmp_path)
    assert "运营日报2026-12-03" in text
    assert "完成订单：260" in text
    assert "统计区间内完成的订单数" in text
    assert "截止2026-12-0400:00（Asia/Shanghai）" in text


def test_an_empty_day_prints_dashes_not_zero_rates(tmp_path: Path) -> None:
    pdf = build_daily_report(daily(KpiInputs(), DAY), translate=str, printed_at=PRINTED,
                             printed_by="Wang", lang="en")  # fmt: skip
    text = pdf_text(pdf, tmp_path)
    assert "Dispatchedbeforedeadline:—" in text
    assert "Oldestcertificatewaiting:—" in text


@pytest.mark.parametrize(
    ("value", "shown"),
    [(None, "—"), (0.8775, "87.8%"), (12.34, "12.3‰"), (30.0, "30.0 h"), (1234.0, "1,234")],
)
def test_figures_by_unit(value: float | None, shown: str) -> None:
    from app.rules.kpi.definitions import BY_KEY

    unit_kpi = {"87.8%": "dispatched_in_time", "12.3‰": "complaint_rate",
                "30.0 h": "cert_queue_age"}.get(shown, "completed")  # fmt: skip
    kpi = KpiValue(BY_KEY[unit_kpi], value, 0, None, whole_day(DAY))
    assert figure_text(kpi, "en") == shown


def test_the_weekly_report_names_this_week_and_last(tmp_path: Path) -> None:
    pdf = build_daily_report(daily(inputs(), DAY), translate=str, printed_at=PRINTED,
                             printed_by="Wang", lang="en", weekly=True)  # fmt: skip
    text = pdf_text(pdf, tmp_path)
    assert "Weeklyoperationsreport" in text
    assert "bars:thisweek'stotal;line:lastweek's" in text
    assert "Lastweek:" in text
    assert "Sameweekdaylastweek" not in text
    zh = pdf_text(build_daily_report(daily(inputs(), DAY), translate=str, printed_at=PRINTED,
                                     printed_by="王主管", weekly=True), tmp_path)  # fmt: skip
    assert "柱：本周合计；线：上周合计" in zh
    assert "上周同日" not in zh
