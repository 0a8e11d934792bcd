"""Qt tests run without a display."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.server.conftest import LiveServer, serving

# Must happen before any QApplication exists, i.e. before pytest-qt's qapp fixture runs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# The offscreen platform says so whenever a top-level window is shown; not a problem of ours.
OFFSCREEN_NOISE = "This plugin does not support propagateSizeHints"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/views/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))


@pytest.fixture
def live(tmp_path: Path) -> Iterator[LiveServer]:
    """A real server in this process with a user of every role (pages that ask it directly)."""
    with serving(tmp_path) as server:
        yield server
