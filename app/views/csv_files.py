"""Where an exported file goes: the save dialog every export uses (PDFs, CSV files), in the
user's documents folder, with the file type's ending added when the user left it out.
Tests replace ``CsvFiles.ask_path`` / ``PdfFiles.ask_path``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


def ask_save_path(
    parent: QWidget | None, title: str, suggested: str, kinds: str, suffix: str
) -> Path | None:
    """Where to save (None: the user cancelled); ``kinds``: the dialog's filter line."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    start = str(Path(folder) / suggested) if folder else suggested
    chosen, _filter = QFileDialog.getSaveFileName(parent, title, start, kinds)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_suffix(suffix)


class CsvFiles:
    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: str, title: str) -> Path | None:
        kinds = QCoreApplication.translate("CsvFiles", "CSV files (*.csv)")
        return ask_save_path(parent, title, suggested, kinds, ".csv")
