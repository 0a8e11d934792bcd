"""The scorecard PDF: one A4 page even with long lists, in both languages."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest

from app.client import scorecard
from app.models.enums import CertificationKind, CertificationStatus, SanctionLevel
from app.reports.scorecard import build_scorecard
from app.rules.kpi.scorecard import CertLine, TrainingResult
from app.rules.sanction_facts import SanctionFacts
from tests.client.scorecard_rows import NOW, scorecard_cache
from tests.reports.test_handover import pdf_text


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_one_page_with_long_lists(lang: str, tmp_path: Path) -> None:
    loaded = scorecard.load(scorecard_cache(), 9, NOW)
    assert loaded is not None
    card = loaded.card
    many = replace(
        card,
        sanctions=tuple(
            SanctionFacts(i, 9, SanctionLevel.WARNING, "r", 1, NOW - timedelta(days=i))
            for i in range(12)
        ),
        certificates=tuple(
            CertLine(
                i,
                CertificationKind.HEALTH_CERTIFICATE,
                CertificationStatus.APPROVED,
                date(2026, 12, 1),
                None,
                date(2026, 12, 1),
                0,
            )
            for i in range(12)
        ),
        training=tuple(
            TrainingResult("C", "课程", NOW - timedelta(days=i), i % 2 == 0, i == 1, 80, 40)
            for i in range(12)
        ),
    )
    data = build_scorecard(many, printed_at=NOW, printed_by="主管", lang=lang)
    text = pdf_text(data, tmp_path)
    assert ("9morenotlisted" if lang == "en" else "另有9条未列出") in text
    assert ("Page1of1" if lang == "en" else "第1页/共1页") in text


def test_empty_lists_say_none(tmp_path: Path) -> None:
    loaded = scorecard.load(scorecard_cache(), 10, NOW)
    assert loaded is not None
    data = build_scorecard(loaded.card, printed_at=NOW, printed_by="x", lang="en")
    text = pdf_text(data, tmp_path)
    assert "Providerscorecard" in text
    assert "None" in text
