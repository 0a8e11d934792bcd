"""Render resources/icons/app.svg into the hicolor sizes a Linux desktop looks for.

python installer/linux/icons.py <root>   ->  <root>/<n>x<n>/apps/shangmen-desk.png
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SIZES = (16, 24, 32, 48, 64, 128, 256)
SOURCE = Path(__file__).resolve().parents[2] / "resources" / "icons" / "app.svg"


def main(root: Path) -> int:
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        target = root / f"{size}x{size}" / "apps" / "shangmen-desk.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        image.save(str(target))
    scalable = root / "scalable" / "apps" / "shangmen-desk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    scalable.write_bytes(SOURCE.read_bytes())
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main(Path(sys.argv[1])))
