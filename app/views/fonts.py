"""Make the bundled Noto Sans SC available to Qt.

Machines without a CJK font (a bare Linux desktop, a fresh Windows locale) would otherwise draw
Chinese as boxes; the bundled subset (resources/fonts/, see its README.md) guarantees one.
"""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase

from app.resources_path import resource_path

_FONT_FILES: tuple[str, ...] = ("NotoSansSC-Regular.ttf", "NotoSansSC-Bold.ttf")
# A character outside the bundled subset (GB 2312 + the 通用规范汉字表) is drawn from one of
# these, when the system has it, rather than as a box.
SYSTEM_CJK_FALLBACKS: tuple[str, ...] = (
    "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC",
    "WenQuanYi Micro Hei", "SimSun", "SimSun-ExtB",
)  # fmt: skip

# addApplicationFont registers a fresh copy on every call; remember the family so a second call
# (a test, a re-created main window) does not load the fonts again.
_loaded: dict[str, str] = {}


def load_bundled_fonts() -> str | None:
    """Add both weights to the application's font database; return the family name.

    Call after the QGuiApplication/QApplication exists. Returns ``"Noto Sans SC"`` when at least
    one weight loaded, None when neither did (missing or unreadable files); the caller then keeps
    Qt's default font rather than failing to start.
    """
    if "family" in _loaded:
        return _loaded["family"]
    family: str | None = None
    for file_name in _FONT_FILES:
        font_id = QFontDatabase.addApplicationFont(str(resource_path("fonts", file_name)))
        if font_id < 0:
            continue
        families = QFontDatabase.applicationFontFamilies(font_id)
        if families and family is None:
            family = families[0]
    if family is not None:
        _loaded["family"] = family
        QFont.insertSubstitutions(family, list(SYSTEM_CJK_FALLBACKS))
    return family
