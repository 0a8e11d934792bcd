"""The bundled CJK font registers with reportlab and ends up embedded in generated PDFs."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Paragraph, SimpleDocTemplate

from app.reports.fonts import register_cjk_fonts
from app.resources_path import resource_path

SAMPLE = "投诉案卷 Complaint case file 朝阳区 138****5678，¥120.00（已处理）"
# Names outside GB 2312 that the 通用规范汉字表 has (they once rendered as boxes): 王堃, 李喆,
# 张赟, 刘昇, 陈玥, 赵珺, 周淏, and 䶮 (U+4DAE, CJK Extension A).
RARE_NAMES = "堃喆赟昇玥珺淏䶮"


def _one_page_pdf(text: str) -> bytes:
    regular, _bold = register_cjk_fonts()
    style = ParagraphStyle("body", fontName=regular, fontSize=12, leading=16)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=True, title="font test")
    doc.build([Paragraph(text, style), Paragraph(f"<b>{text}</b>", style)])
    return buffer.getvalue()


def test_register_returns_regular_and_bold_names() -> None:
    regular, bold = register_cjk_fonts()

    assert (regular, bold) == ("NotoSansSC-Regular", "NotoSansSC-Bold")
    assert {regular, bold} <= set(pdfmetrics.getRegisteredFontNames())


def test_register_is_idempotent() -> None:
    first = register_cjk_fonts()
    font_before = pdfmetrics.getFont(first[0])

    assert register_cjk_fonts() == first
    assert pdfmetrics.getFont(first[0]) is font_before


@pytest.mark.parametrize("weight", [0, 1], ids=["regular", "bold"])
def test_font_has_a_glyph_for_every_sample_character(weight: int) -> None:
    name = register_cjk_fonts()[weight]
    char_to_glyph = pdfmetrics.getFont(name).face.charToGlyph

    missing = [ch for ch in SAMPLE + RARE_NAMES if ord(ch) not in char_to_glyph]

    assert missing == []


def test_one_page_pdf_with_chinese_embeds_both_weights() -> None:
    pdf = _one_page_pdf(SAMPLE)

    assert pdf.startswith(b"%PDF-")
    assert len(re.findall(rb"/Type /Page\b", pdf)) == 1
    # reportlab embeds a TrueType subset (FontFile2) under a tagged name like ABCDEF+Name.
    assert b"/FontFile2" in pdf
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSansSC-Regular", pdf)
    assert re.search(rb"/BaseFont /[A-Z]{6}\+NotoSansSC-Bold", pdf)


def test_resource_path_points_at_the_bundled_fonts() -> None:
    assert resource_path("fonts", "NotoSansSC-Regular.ttf").is_file()
    assert resource_path("fonts", "LICENSE_FONT").is_file()


def test_resource_path_uses_the_pyinstaller_bundle_when_frozen(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)

    assert resource_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
