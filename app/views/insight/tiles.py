"""A KPI tile: the title, the figure, what it was computed from or compared with, and the
tooltip with the formula, the period, the cut-off and the timezone."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from app.rules.kpi.definitions import KpiValue
from app.views.insight.labels import fraction_text, title, tooltip, value_text


class KpiTile(QFrame):
    """Signals:
    clicked(str): the tile's key, when it was clicked and opens what is behind it.
    """

    clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None, *, opens: str = "") -> None:
        """``opens``: what a click shows (a tooltip line); empty: the tile is not clickable."""
        super().__init__(parent)
        self.key = key
        self.opens = opens
        if opens:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setObjectName(f"kpi-{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "KpiTile { background: #ffffff; border: 1px solid #e4e7ec; border-radius: 6px; }"
        )
        self._shown: tuple[str, str, bool, str, str] | None = None  # what the tile shows
        self.title = QLabel()
        self.title.setStyleSheet("color: #475467; font-size: 12px;")
        self.title.setWordWrap(True)
        self.figure = QLabel("—")
        self.figure.setStyleSheet("color: #101828; font-size: 22px; font-weight: bold;")
        self.detail = QLabel()
        self.detail.setStyleSheet("color: #667085; font-size: 11px;")
        self.detail.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(2)
        for label in (self.title, self.figure, self.detail):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            layout.addWidget(label)

    def show_value(
        self, value: KpiValue, detail: str | None = None, *, alert: bool = False
    ) -> None:
        """``detail``: the line under the figure (default: what a rate was computed from).

        Only what changed is written: a style sheet set again restyles the label, and a page
        of twenty tiles doing that on every feed change spent its UI-thread budget on it."""
        shown = (
            title(value.definition),
            value_text(value),
            alert,
            fraction_text(value) if detail is None else detail,
            tooltip(value) + (f"<hr>{self.opens}" if self.opens else ""),
        )
        if shown == self._shown:
            return
        old = self._shown
        self._shown = shown
        self.title.setText(shown[0])
        self.figure.setText(shown[1])
        if old is None or old[2] != alert:
            colour = "#b42318" if alert else "#101828"
            self.figure.setStyleSheet(f"color: {colour}; font-size: 22px; font-weight: bold;")
        self.detail.setText(shown[3])
        self.setToolTip(shown[4])

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.opens and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)
