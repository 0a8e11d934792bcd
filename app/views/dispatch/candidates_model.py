"""The assign dialog's list: eligible providers best first, then the nearest ineligible ones.

Rows are numbered 1, 2, … in display order (the digits pick them). An ineligible row is enabled
only when the user may override eligibility (a supervisor); for a dispatcher it is shown, greyed,
with the reasons, and cannot be selected.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.client.dispatch import Candidate, CandidateList
from app.views.dispatch.text import said
from app.views.labels import level_name

CANDIDATE_ROLE = int(Qt.ItemDataRole.UserRole) + 1  # the Candidate
RANK_ROLE = int(Qt.ItemDataRole.UserRole) + 2  # 1-based number shown and typed
ELIGIBLE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
PROVIDER_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 4
SCORE_SCALE_ROLE = int(Qt.ItemDataRole.UserRole) + 5  # the widest bar of the list, for scaling

Index = QModelIndex | QPersistentModelIndex


class CandidatesModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Candidate, ...] = ()
        self._allow_override = False
        self._scale = 1.0

    # ---- what the dialog sets ----------------------------------------------------------

    def set_candidates(self, found: CandidateList | None) -> None:
        self.beginResetModel()
        self._rows = found.candidates if found is not None else ()
        # Bars are scaled to the largest positive sum of terms, so every bar fits and the
        # negative terms (travel, workload) show as what they take away from it.
        widest = max(
            (sum(t.contribution for t in c.terms if t.contribution > 0) for c in self._rows),
            default=0.0,
        )
        self._scale = widest if widest > 0 else 1.0
        self.endResetModel()

    def set_allow_override(self, allow: bool) -> None:
        if allow == self._allow_override:
            return
        self._allow_override = allow
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def allow_override(self) -> bool:
        return self._allow_override

    def candidate(self, row: int) -> Candidate | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def first_pickable(self) -> int | None:
        """The row Enter takes when nothing else is chosen: the best eligible one."""
        return next((i for i, c in enumerate(self._rows) if c.eligible), None)

    # ---- QAbstractListModel ------------------------------------------------------------

    def _valid(self, index: Index) -> bool:
        # Not checkIndex(): that warns on an invalid index, which views legitimately pass.
        return index.isValid() and index.model() is self and 0 <= index.row() < len(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not self._valid(index):
            return Qt.ItemFlag.NoItemFlags
        candidate = self._rows[index.row()]
        flags = Qt.ItemFlag.ItemNeverHasChildren
        if candidate.eligible or self._allow_override:
            flags |= Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not self._valid(index):
            return None
        row = index.row()
        c = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row + 1}. {c.provider.name}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(c)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row + 1}. {c.provider.name}. {self._tooltip(c)}"
        if role == CANDIDATE_ROLE:
            return c
        if role == RANK_ROLE:
            return row + 1
        if role == ELIGIBLE_ROLE:
            return c.eligible
        if role == PROVIDER_ID_ROLE:
            return c.provider.id
        if role == SCORE_SCALE_ROLE:
            return self._scale
        return None

    def _tooltip(self, c: Candidate) -> str:
        head = f"{c.provider.name} · {level_name(c.provider.level)} · ★{c.provider.rating:.2f}"
        if c.eligible:
            lines = [
                self.tr("Score %1").replace("%1", f"{c.score:.1f}"),
                *(f"{said(t.words)}: {t.contribution:+.1f}" for t in c.terms),
            ]
        else:
            lines = [
                self.tr("Not eligible (%1 km away):").replace("%1", f"{c.distance_km:.1f}"),
                *(f"• {said(r)}" for r in c.reasons),
            ]
        return "\n".join([head, *lines])
