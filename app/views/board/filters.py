"""The board's filter controls: state chips with counts, and the filter bar."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from app.rules.catalog import CATEGORIES
from app.rules.districts import DISTRICTS
from app.views.board.filter import BoardFilter, TimeWindow
from app.views.i18n import pick
from app.views.labels import STATUS_COLOR, STATUS_ORDER, status_name

SEARCH_DELAY_MS = 200  # typing pauses this long before the 100k-row filter runs


class StateChips(QWidget):
    """ "All" plus one checkable chip per order state, each with its count.

    Signals:
        state_chosen(str): a state code, or "" for every state.
    """

    state_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stateChips")
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        codes = ["", *(s.value for s in STATUS_ORDER)]
        for number, code in enumerate(codes):
            button = QPushButton()
            button.setObjectName("chip")
            button.setCheckable(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.setProperty("state", code or "all")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            shortcut = QKeySequence(f"Alt+{number}")
            button.setShortcut(shortcut)
            button.setToolTip(
                self.tr("Show only this state (%1)").replace(
                    "%1", shortcut.toString(QKeySequence.SequenceFormat.NativeText)
                )
            )
            if code:  # the state's colour, as in the table's status column
                color = STATUS_COLOR[code]
                button.setStyleSheet(
                    f"QPushButton#chip {{ color: {color}; }}"
                    f"QPushButton#chip:checked {{ border-color: {color}; }}"
                )
            button.clicked.connect(lambda _checked=False, c=code: self.state_chosen.emit(c))
            self._group.addButton(button)
            self._buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self._buttons[""].setChecked(True)
        self.set_counts({})

    def set_counts(self, counts: dict[str, int]) -> None:
        self._buttons[""].setText(self.tr("All %1").replace("%1", f"{sum(counts.values()):,}"))
        for code, button in self._buttons.items():
            if code:
                button.setText(f"{status_name(code)} {counts.get(code, 0):,}")

    def set_current(self, state: str) -> None:
        button = self._buttons.get(state) or self._buttons[""]
        button.setChecked(True)

    def button(self, state: str) -> QPushButton:
        return self._buttons[state]


class FilterBar(QWidget):
    """District, service, time window and the search box.

    Signals:
        changed(): the user changed one of them (search after a short pause).
    """

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.district = QComboBox()
        self.district.addItem(self.tr("All districts"), "")
        for d in DISTRICTS:
            self.district.addItem(pick(d.name_zh, d.name_en), d.code)
        self.category = QComboBox()
        self.category.addItem(self.tr("All services"), "")
        for info in CATEGORIES.values():
            self.category.addItem(pick(info.name_zh, info.name_en), info.code.value)
        self.time_window = QComboBox()
        for label, value in (
            (self.tr("Any time"), TimeWindow.ALL),
            (self.tr("Today"), TimeWindow.TODAY),
            (self.tr("Next 2 hours"), TimeWindow.NEXT_2H),
            (self.tr("Dispatch overdue"), TimeWindow.OVERDUE),
            (self.tr("Dispatch due within 30 min or overdue"), TimeWindow.AT_RISK),
        ):
            self.time_window.addItem(label, value.value)
        self.search = QLineEdit()
        self.search.setObjectName("searchBox")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(
            self.tr("Search order, customer, address, provider — pinyin initials work (Ctrl+F)")
        )
        self.search.setMinimumWidth(320)
        self.summary = QLabel()
        self.summary.setObjectName("summaryLabel")
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.changed)
        self.search.textChanged.connect(lambda _text: self._debounce.start())
        for combo in (self.district, self.category, self.time_window):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.search, 3)
        layout.addWidget(self.district)
        layout.addWidget(self.category)
        layout.addWidget(self.time_window)
        layout.addStretch(1)
        layout.addWidget(self.summary)

    def flush(self) -> None:
        """Apply a pending search now (tests, and Enter in the search box)."""
        if self._debounce.isActive():
            self._debounce.stop()
            self.changed.emit()

    def show_filter(self, district: str, category: str, window: str) -> None:
        """Set the controls at once (a dashboard figure's filters; "" = all) and clear the
        search; ``changed`` is emitted once, by the caller's own apply."""
        for combo, value in (
            (self.district, district),
            (self.category, category),
            (self.time_window, window or TimeWindow.ALL.value),
        ):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._debounce.stop()

    def board_filter(self, states: frozenset[str]) -> BoardFilter:
        return BoardFilter(
            states=states,
            district=str(self.district.currentData() or "") or None,
            category=str(self.category.currentData() or "") or None,
            window=TimeWindow(str(self.time_window.currentData())),
            text=self.search.text().strip(),
        )
