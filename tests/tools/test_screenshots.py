"""tools/screenshots.py runs the real app path (embedded server, login, sync, main window), so
a refactor that breaks it fails here instead of rotting unnoticed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from tools import screenshots

pytestmark = [
    pytest.mark.gui,
    pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"),
    pytest.mark.timeout(240),  # a live server and a first sync, on a shared machine
]


def distinct_colours(image: QImage) -> int:
    colours: set[int] = set()
    for y in range(0, image.height(), 7):
        for x in range(0, image.width(), 7):
            colours.add(image.pixel(x, y))
    return len(colours)


def test_the_dispatchers_home_page_is_saved_at_1366x768(
    app_as_before: QApplication, tmp_path: Path
) -> None:
    code = screenshots.main(
        ["--out", str(tmp_path), "--roles", "dispatcher", "--langs", "en", "--pages", "home"]
    )

    assert code == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dispatcher-en.png"]
    image = QImage(str(tmp_path / "dispatcher-en.png"))
    assert (image.width(), image.height()) == screenshots.SIZE
    assert distinct_colours(image) > 20  # a page with text and colours, not a blank window
