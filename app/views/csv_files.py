"""Where a CSV export goes: the save dialog every CSV export uses (the audit log, the
dashboard's figures). Tests replace ``CsvFiles.ask_path``."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QWidget


class CsvFiles:
    @classmethod
    def ask_path(cls, parent: QWidget | None, suggested: str, title: str) -> Path | None:
        """Where to save (None: the user cancelled); ".csv" is added when left out."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        start = str(Path(folder) / suggested) if folder else suggested
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            title,
            start,
            QCoreApplication.translate("CsvFiles", "CSV files (*.csv)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".csv" else path.with_suffix(".csv")
