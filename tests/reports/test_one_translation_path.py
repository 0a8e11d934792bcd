"""The reports speak through the one catalogue: English source text marked for lupdate, the
Chinese only in the zh_CN .ts. No (Chinese, English) pair may creep back into their code."""

from __future__ import annotations

import ast
import re
from datetime import timedelta
from pathlib import Path

import pytest

from app.models.enums import ComplaintCategory
from app.reports import handover, scorecard, training, training_certificate
from app.reports.case_text import T_SANCTION
from app.reports.labels import CATEGORY_NAMES, category_label, duration_text, say
from app.rules.text import text

REPORTS = Path(__file__).resolve().parents[2] / "app" / "reports"
# Every report module: their words come from the catalogue.
CONVERTED = (
    "audit_csv.py",
    "case_file.py",
    "case_sections.py",
    "case_text.py",
    "certification_watch.py",
    "common.py",
    "daily.py",
    "handover.py",
    "labels.py",
    "scorecard.py",
    "training.py",
    "training_certificate.py",
)
CJK = re.compile("[\u4e00-\u9fff]")


def _docstrings(tree: ast.Module) -> set[int]:
    """The ids of the docstring nodes (module, classes, functions): prose may quote Chinese."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def cjk_literals(source: str) -> list[tuple[int, str]]:
    """Every string literal (f-string parts included) with a CJK character, docstrings and
    comments aside (comments are not in the syntax tree)."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in skip
        and CJK.search(node.value)
    ]


@pytest.mark.parametrize("name", CONVERTED)
def test_no_chinese_literal_in_a_converted_report(name: str) -> None:
    found = cjk_literals((REPORTS / name).read_text(encoding="utf-8"))
    assert found == [], f"{name}: Chinese belongs in tools/ts_zh/reports.py, not here: {found}"


def test_the_scan_sees_pairs_and_f_strings_but_not_docstrings_or_comments() -> None:
    source = (
        '"""运营日报."""\n'
        "def f(n):\n"
        '    """签到表."""\n'
        "    # 中文注释\n"
        '    return (f"{n} 件", "Daily"), "日报"\n'
    )
    assert [line for line, _ in cjk_literals(source)] == [5, 5]


def test_words_that_share_an_english_source_keep_their_own_chinese() -> None:
    # "Provider" heads the overview (服务人员) and the figures column (本人); "Status" is the
    # ticket's (工单状态) and the sanction's (执行状态): separate contexts keep both.
    assert say(text("Scorecard", "Provider"), "zh_CN") == "服务人员"
    assert say(text("ScorecardFigures", scorecard.OWN_COLUMN), "zh_CN") == "本人"
    assert say(text("CaseFile", "Status"), "zh_CN") == "工单状态"
    assert say(text("CaseFileSanction", T_SANCTION["sanction_status"]), "zh_CN") == "执行状态"
    assert say(text("CaseFileSanction", T_SANCTION["sanction_status"]), "en") == "Status"


def test_counts_and_templates_read_as_before_in_both_languages() -> None:
    assert training._t("headcount", "zh_CN", n=12) == "12 人"
    assert training._t("headcount", "en", n=12) == "12"
    assert handover._t("late_in_group", "zh_CN", n=2) == "，超时 2 件"
    assert handover._t("late_in_group", "en", n=2) == ", 2 overdue"
    assert duration_text(timedelta(hours=2, minutes=15), "zh") == "2小时15分"
    assert category_label(ComplaintCategory.SAFETY, "zh") == "安全隐患"
    assert (
        category_label(ComplaintCategory.SAFETY, "en")
        == CATEGORY_NAMES[ComplaintCategory.SAFETY].source
    )


def test_the_certificate_says_training_once_in_chinese() -> None:
    facts = {"provider_name": "董娟", "provider_code": "P1", "passed_at": "2026-01-02T03:00:00Z"}
    for course in ("家政岗前培训", "家政岗前"):
        assert "家政岗前培训，于" in training_certificate.statement(
            {**facts, "course_name": course}, "zh_CN"
        )
    english = training_certificate.statement({**facts, "course_name": "Cleaning"}, "en")
    assert "completed the Cleaning training and passed" in english
