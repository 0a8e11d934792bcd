"""Desk > Settings…: the user's own preferences (language, text size, overdue alerts).

They are stored in the user's settings file (``app.views.settings``), so colleagues sharing a
workstation keep theirs. Text size applies at once; the language at the next login (pages are
built in one language); alerts at the next one that rings.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.views import settings as ui
from app.views.i18n import current_language

FONT_SIZES = (9, 16)  # points; below 9 CJK text is hard to read, above 16 pages overflow


def apply_font_size(points: int) -> None:
    """The application's text size, keeping its family (the bundled CJK font)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    font = QFont(app.font())
    font.setPointSize(max(FONT_SIZES[0], min(FONT_SIZES[1], points)))
    app.setFont(font)


class SettingsDialog(QDialog):
    """The form; ``save()`` writes what was chosen and applies the text size."""

    def __init__(self, settings: QSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Settings"))
        self.language = QComboBox()
        self.language.addItem("中文", "zh_CN")
        self.language.addItem("English", "en")
        chosen = ui.read(settings, ui.UI_LANGUAGE) or current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self.language_note = QLabel(self.tr("A new language shows from your next login."))
        self.language_note.setObjectName("noteLabel")
        self.font_size = QSpinBox()
        self.font_size.setRange(*FONT_SIZES)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setValue(ui.read(settings, ui.FONT_SIZE))
        self.sound = QCheckBox(self.tr("Sound when one of my tickets goes overdue"))
        self.sound.setChecked(ui.read(settings, ui.ALERT_SOUND))
        self.popup = QCheckBox(self.tr("Desktop notification when one of my tickets goes overdue"))
        self.popup.setChecked(ui.read(settings, ui.ALERT_POPUP))

        form = QFormLayout()
        form.addRow(self.tr("Language"), self.language)
        form.addRow("", self.language_note)
        form.addRow(self.tr("Text size"), self.font_size)
        form.addRow(self.tr("Overdue alerts"), self.sound)
        form.addRow("", self.popup)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> None:
        ui.write(self._settings, ui.UI_LANGUAGE, str(self.language.currentData()))
        ui.write(self._settings, ui.FONT_SIZE, self.font_size.value())
        ui.write(self._settings, ui.ALERT_SOUND, self.sound.isChecked())
        ui.write(self._settings, ui.ALERT_POPUP, self.popup.isChecked())
        self._settings.sync()
        apply_font_size(self.font_size.value())

    @classmethod
    def edit(cls, settings: QSettings, parent: QWidget | None = None) -> bool:
        """Show the dialog; True when the user saved (tests replace this)."""
        dialog = cls(settings, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        dialog.save()
        return True
