"""Register the bundled Noto Sans SC with reportlab so PDFs can carry Chinese text.

reportlab's built-in fonts have no CJK glyphs and its ``TTFont`` only embeds TrueType (``glyf``)
outlines, hence the bundled subset in resources/fonts/ (see its README.md). Registered fonts are
embedded (subset) into every PDF that uses them, so readers need no font installed.
"""

from __future__ import annotations

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from app.resources_path import resource_path

CJK_REGULAR = "NotoSansSC-Regular"
CJK_BOLD = "NotoSansSC-Bold"

_FONT_FILES: dict[str, str] = {
    CJK_REGULAR: "NotoSansSC-Regular.ttf",
    CJK_BOLD: "NotoSansSC-Bold.ttf",
}


def register_cjk_fonts() -> tuple[str, str]:
    """Register both weights with reportlab (once) and return ``(regular_name, bold_name)``.

    Safe to call any number of times. Also declares the family, so ``<b>`` inside a Paragraph
    whose ``fontName`` is the regular face switches to the bold face.

    Raises:
        FileNotFoundError: the bundled font files are missing.
    """
    registered = set(pdfmetrics.getRegisteredFontNames())
    for name, file_name in _FONT_FILES.items():
        if name in registered:
            continue
        path = resource_path("fonts", file_name)
        if not path.is_file():
            raise FileNotFoundError(f"bundled font missing: {path}")
        pdfmetrics.registerFont(TTFont(name, str(path)))
    # There is no italic face: <i> keeps the upright faces rather than failing.
    pdfmetrics.registerFontFamily(
        CJK_REGULAR, normal=CJK_REGULAR, bold=CJK_BOLD, italic=CJK_REGULAR, boldItalic=CJK_BOLD
    )
    return CJK_REGULAR, CJK_BOLD
