"""Qt tests run without a display."""

from __future__ import annotations

import os

import pytest

# Must happen before any QApplication exists, i.e. before pytest-qt's qapp fixture runs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The offscreen platform says so whenever a top-level window is shown; not a problem of ours.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/views/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
