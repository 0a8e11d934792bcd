"""The board's small dialogs say what each button does."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QDialogButtonBox

from app.views.board.dialogs import ConfirmDialog

pytestmark = pytest.mark.gui


def test_the_unassign_question_says_what_each_button_does(qtbot: Any) -> None:
    box = ConfirmDialog("Unassign order", "Take order SM1 away?", "Take the provider off",
                        no="Keep the provider")  # fmt: skip
    qtbot.addWidget(box)
    buttons = box.findChild(QDialogButtonBox)
    assert buttons is not None
    texts = {b.text() for b in buttons.buttons()}
    assert texts == {"Take the provider off", "Keep the provider"}
