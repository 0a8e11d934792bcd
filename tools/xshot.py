"""Save a screenshot of the whole X display (for looking at the app under Xvfb).

DISPLAY=:99 .venv/bin/python tools/xshot.py out.png
"""

from __future__ import annotations

import sys

from PySide6.QtGui import QGuiApplication


def main() -> int:
    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    ok = screen.grabWindow(0).save(sys.argv[1])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
