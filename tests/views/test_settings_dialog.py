"""Desk > Settings…: per-user language, text size and overdue alerts, kept and applied."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QWidget

from app.views import i18n
from app.views import settings as ui
from app.views.app import apply_user_preferences
from app.views.complaints.notify import Notifier
from app.views.settings import open_user_settings
from app.views.settings_dialog import SettingsDialog

pytestmark = pytest.mark.gui


def test_choices_are_kept_per_user_and_text_size_applies_at_once(
    app_as_before: QApplication, qtbot: Any, tmp_path: Path
) -> None:
    mine = open_user_settings(tmp_path, "wangfang")
    dialog = SettingsDialog(mine)
    qtbot.addWidget(dialog)
    assert dialog.font_size.value() == 10
    assert dialog.sound.isChecked()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.font_size.setValue(13)
    dialog.popup.setChecked(False)
    dialog.save()

    assert app_as_before.font().pointSize() == 13
    again = open_user_settings(tmp_path, "wangfang")
    assert ui.read(again, ui.UI_LANGUAGE) == "en"
    assert ui.read(again, ui.FONT_SIZE) == 13
    assert ui.read(again, ui.ALERT_POPUP) is False
    colleague = open_user_settings(tmp_path, "lisi")
    assert ui.read(colleague, ui.FONT_SIZE) == 10  # a colleague's own choices are untouched


def test_the_users_language_and_size_apply_at_their_login(
    app_as_before: QApplication, tmp_path: Path
) -> None:
    mine = open_user_settings(tmp_path, "wangfang")
    ui.write(mine, ui.UI_LANGUAGE, "en")
    ui.write(mine, ui.FONT_SIZE, 12)
    apply_user_preferences(app_as_before, mine, "zh_CN")
    assert i18n.current_language() == "en"
    assert app_as_before.font().pointSize() == 12


def test_a_colleague_without_a_choice_gets_the_machines_language_not_the_last_users(
    app_as_before: QApplication, tmp_path: Path
) -> None:
    mine = open_user_settings(tmp_path, "wangfang")
    ui.write(mine, ui.UI_LANGUAGE, "en")
    ui.write(mine, ui.FONT_SIZE, 14)
    apply_user_preferences(app_as_before, mine, "zh_CN")
    assert i18n.current_language() == "en"
    colleague = open_user_settings(tmp_path, "lisi")  # logs in next on the same computer
    apply_user_preferences(app_as_before, colleague, "zh_CN")
    assert i18n.current_language() == "zh_CN"
    assert app_as_before.font().pointSize() == 10


def test_alerts_follow_the_users_choice(qtbot: Any, tmp_path: Path) -> None:
    owner = QWidget()
    qtbot.addWidget(owner)
    mine = open_user_settings(tmp_path, "agent")
    ui.write(mine, ui.ALERT_POPUP, False)
    # No desktop notification: the caller says it in the status bar instead.
    assert Notifier(owner, mine).alert("超时", "CP-1") is False
