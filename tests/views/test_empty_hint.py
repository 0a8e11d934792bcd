"""An empty table says why it is empty."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView

from app.views.empty_hint import EmptyHint

pytestmark = pytest.mark.gui


def test_the_hint_shows_while_the_model_is_empty_and_follows_it(qtbot: Any) -> None:
    model = QStandardItemModel(0, 2)
    view = QTableView()
    view.setModel(model)
    qtbot.addWidget(view)
    view.resize(400, 300)
    view.show()
    reason = ["Nothing matches these filters."]
    hint = EmptyHint(view, lambda: reason[0])

    assert hint.label.isVisible()
    assert hint.label.text() == "Nothing matches these filters."
    qtbot.waitUntil(lambda: hint.label.width() == view.viewport().width())
    model.appendRow([QStandardItem("SM1"), QStandardItem("x")])
    assert not hint.label.isVisible()
    reason[0] = "No orders yet."
    model.removeRow(0)
    assert hint.label.isVisible()
    assert hint.label.text() == "No orders yet."
    view.resize(600, 300)
    qtbot.waitUntil(lambda: hint.label.width() == view.viewport().width())
