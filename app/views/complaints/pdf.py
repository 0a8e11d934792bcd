"""Saving a report as PDF: ask where, build and write it off the UI thread, then open it.

reportlab takes a noticeable moment for a long case file, so the building and the writing
run on a pool thread (``app.views.background.call``); the widget only asks for
the file name and hears back. ``PdfFiles.ask_path`` and ``PdfFiles.open_file`` are the two
hooks tests replace (no file dialog, no PDF viewer).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QWidget

from app.views.background import call
from app.views.csv_files import ask_save_path


class PdfFiles:
    @classmethod
    def ask_path(cls, parent: QWidget | None, title: str, suggested: str) -> Path | None:
        """Where to save (None: the user cancelled)."""
        kinds = QCoreApplication.translate("PdfFiles", "PDF files (*.pdf)")
        return ask_save_path(parent, title, suggested, kinds, ".pdf")

    @classmethod
    def open_file(cls, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _write(build: Callable[[], bytes], path: Path) -> Path:
    data = build()
    path.write_bytes(data)
    return path


def save_pdf(
    parent: QWidget,
    *,
    title: str,
    suggested: str,
    build: Callable[[], bytes],
    done: Callable[[Path | None, str], None],
) -> QObject | None:
    """Ask for a file, then build and write the PDF off the UI thread and open it.

    ``build`` must not touch widgets (it runs on a pool thread). ``done(path, message)`` runs
    on the UI thread: the saved file, or None and what went wrong. Returns the background
    operation (its ``finished`` signal fires after ``done``), or None when cancelled.
    """
    path = PdfFiles.ask_path(parent, title, suggested)
    if path is None:
        return None

    def saved(result: Path) -> None:
        PdfFiles.open_file(result)
        done(result, QCoreApplication.translate("PdfFiles", "Saved %1").replace("%1", str(result)))

    def failed(exc: Exception) -> None:
        done(
            None,
            QCoreApplication.translate("PdfFiles", "Could not save the PDF: %1").replace(
                "%1", str(exc) or type(exc).__name__
            ),
        )

    return call(lambda: _write(build, path), saved, failed, owner=parent)
