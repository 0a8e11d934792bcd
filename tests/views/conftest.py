"""Qt tests run without a display."""

from __future__ import annotations

import os

# Must happen before any QApplication exists, i.e. before pytest-qt's qapp fixture runs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
