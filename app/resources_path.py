"""Where the bundled resources (fonts, icons, translations) live."""

from __future__ import annotations

import sys
from pathlib import Path


def resources_root() -> Path:
    """The ``resources/`` directory: the PyInstaller bundle's if frozen, else the checkout's.

    A PyInstaller one-file or one-folder build unpacks data to ``sys._MEIPASS``; the spec file is
    expected to copy ``resources/`` there under the same name.
    """
    bundle_dir = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle_dir, str):
        return Path(bundle_dir) / "resources"
    # app/resources_path.py -> the repository root is one level above app/.
    return Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a file under ``resources/``, e.g. ``resource_path("fonts", "LICENSE_FONT")``."""
    return resources_root().joinpath(*parts)
