"""The bundled Noto Sans SC loads into Qt and can draw the board's Chinese labels."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QFontMetrics, QRawFont
from PySide6.QtWidgets import QApplication

from app.views.fonts import load_bundled_fonts

pytestmark = pytest.mark.gui

LABEL = "调度看板"


def test_bundled_family_loads_with_both_weights(qapp: QApplication) -> None:
    family = load_bundled_fonts()

    assert family == "Noto Sans SC"
    assert {"Regular", "Bold"} <= set(QFontDatabase.styles(family))
    # Beyond the subset, a system CJK font draws the character rather than a box.
    assert "noto sans cjk sc" in [name.lower() for name in QFont.substitutes(family)]


def test_rare_name_characters_are_in_the_bundled_font(qapp: QApplication) -> None:
    family = load_bundled_fonts()
    assert family is not None
    raw = QRawFont.fromFont(QFont(family))

    assert all(raw.supportsCharacter(ord(ch)) for ch in "王堃李喆张赟")


def test_loading_twice_returns_the_same_family(qapp: QApplication) -> None:
    assert load_bundled_fonts() == load_bundled_fonts() == "Noto Sans SC"


@pytest.mark.parametrize(("bold", "style"), [(False, "Regular"), (True, "Bold")])
def test_font_measures_and_covers_the_board_title(
    qapp: QApplication, bold: bool, style: str
) -> None:
    family = load_bundled_fonts()
    assert family is not None
    font = QFont(family, 12)
    font.setBold(bold)
    # QRawFont is the one face the font resolved to, without Qt's fallback fonts; a non-zero
    # width alone would also hold for boxes or for glyphs borrowed from another font.
    face = QRawFont.fromFont(font)

    assert QFontInfo(font).family() == family
    assert (face.familyName(), face.styleName()) == (family, style)
    assert QFontMetrics(font).horizontalAdvance(LABEL) > 0
    assert all(face.supportsCharacter(ord(ch)) for ch in LABEL)
