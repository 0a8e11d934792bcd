"""A line of text in the middle of an empty table, saying why it is empty.

A blank table after a filter reads as "broken" or "still loading"; a hint says "no order
matches these filters" (or "no tickets of yours are open") instead. The hint sits on the
table's viewport and follows the model: shown whenever it has no rows.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QLabel, QVBoxLayout


class EmptyHint(QObject):
    """Shows ``text()`` over ``view`` while its model is empty."""

    def __init__(self, view: QAbstractItemView, text: Callable[[], str]) -> None:
        super().__init__(view)
        self._view = view
        self._text = text
        self.label = QLabel(view.viewport())
        self.label.setObjectName("emptyHint")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setWordWrap(True)
        self.label.setStyleSheet("color: #667085; padding: 24px;")
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        # A layout keeps the label the viewport's size (an event filter on the viewport crashed
        # PySide while the table was being destroyed).
        fill = QVBoxLayout(view.viewport())
        fill.setContentsMargins(0, 0, 0, 0)
        fill.addWidget(self.label)
        model = view.model()
        for signal in (model.modelReset, model.rowsInserted, model.rowsRemoved,
                       model.layoutChanged):  # fmt: skip
            signal.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        empty = self._view.model().rowCount() == 0
        if empty:
            self.label.setText(self._text())
        self.label.setVisible(empty)
