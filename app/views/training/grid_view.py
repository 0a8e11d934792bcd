"""The scoring grid's keyboard: digits type the score of the current cell, Enter and Tab go
to the next score (row by row), Shift+Tab back, arrows anywhere, Backspace/Delete clears
(not observed). A value off the criterion's scale is refused with the reason, not stored.

Signals:
    refused(str): a keystroke the grid did not take, and why.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from app.views.training.grid_model import THEORY_COLUMN, GridModel

ROW_HEIGHT = 26


class ScoringView(QTableView):
    refused = Signal(str)

    def __init__(self, model: GridModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._typed = ""  # the digits typed into the current cell so far
        self._typed_at: tuple[int, int] | None = None
        self.grid = model
        self.setModel(model)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(True)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.horizontalHeader().setStretchLastSection(True)
        model.modelReset.connect(self._after_reset)

    def _after_reset(self) -> None:
        self._typed, self._typed_at = "", None
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if self.grid.columnCount():
            header.resizeSection(0, 120)
            metrics = header.fontMetrics()
            for col in range(THEORY_COLUMN, self.grid.total_column() + 1):
                title = str(self.grid.headerData(col, Qt.Orientation.Horizontal) or "")
                header.resizeSection(col, max(64, metrics.horizontalAdvance(title) + 20))

    def focus_first(self) -> None:
        """Put the cursor on the first score to type (the first unsigned trainee's theory)."""
        for row in range(self.grid.rowCount()):
            if not self.grid.is_locked(row):
                self.setCurrentIndex(self.grid.index(row, THEORY_COLUMN))
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        text = event.text()
        if text.isdigit() and len(text) == 1 and mods == Qt.KeyboardModifier.NoModifier:
            self.type_digit(int(text))
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.step(-1 if mods & Qt.KeyboardModifier.ShiftModifier else 1)
            return
        if key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            self._set(None)
            return
        self._typed, self._typed_at = "", None
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        # Tab and Shift+Tab walk the score cells instead of every column.
        if self.tabKeyNavigation() and self.grid.rowCount():
            self.step(1 if next else -1)
            return True
        return super().focusNextPrevChild(next)

    def type_digit(self, digit: int) -> None:
        index = self.currentIndex()
        if not index.isValid():
            return
        at = (index.row(), index.column())
        typed = self._typed + str(digit) if self._typed_at == at else str(digit)
        if index.column() == THEORY_COLUMN and int(typed) > 100:
            typed = str(digit)  # start over: 9, 5, 1 types 95 then 1, not 951
        if index.column() != THEORY_COLUMN:
            typed = str(digit)
        if self._set(int(typed)):
            self._typed, self._typed_at = typed, at

    def _set(self, value: int | None) -> bool:
        index = self.currentIndex()
        if not index.isValid():
            return False
        row, col = index.row(), index.column()
        self._typed, self._typed_at = "", None
        if not self.grid.is_score_cell(row, col):
            self.refused.emit(
                QCoreApplication.translate(
                    "TrainingGrid", "Move to a score cell first (Tab or the arrows)."
                )
            )
            return False
        if self.grid.is_locked(row):
            self.refused.emit(
                QCoreApplication.translate(
                    "TrainingGrid", "This assessment is signed: F2 amends it, with a reason."
                )
            )
            return False
        if not self.grid.set_score(row, col, value):
            self.refused.emit(
                QCoreApplication.translate(
                    "TrainingGrid", "%1 is off this column's scale."
                ).replace("%1", str(value))
            )
            return False
        self.refused.emit("")
        return True

    def step(self, direction: int) -> None:
        """To the next (or previous) score cell, row by row, skipping signed rows."""
        cells = [
            (r, c)
            for r in range(self.grid.rowCount())
            if not self.grid.is_locked(r)
            for c in range(THEORY_COLUMN, self.grid.total_column())
        ]
        if not cells:
            return
        here = self.currentIndex()
        at = (here.row(), here.column()) if here.isValid() else None
        if at in cells:
            i = (cells.index(at) + direction) % len(cells)
        else:
            i = 0 if direction > 0 else len(cells) - 1
        row, col = cells[i]
        self._typed, self._typed_at = "", None
        self.setCurrentIndex(self.grid.index(row, col))

    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:  # type: ignore[override]
        if self._typed_at != (current.row(), current.column()):
            self._typed, self._typed_at = "", None
        super().currentChanged(current, previous)
