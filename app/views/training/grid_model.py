"""The scoring grid: trainees × (theory, rubric criteria), with a live result per row.

Each row keeps three sets of scores: what the trainer sees and types (the ``GridLine``),
what the server holds or will hold once the desk's queued drafts arrive (``base``: sent as
the draft's ``base``), and whether a saved draft is still on its way (``pending``). A feed
update that brings other scores for a row the trainer is editing is a conflict: the row says
what the server has and keeps the trainer's values; nothing typed is overwritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.client.training import Grid, GridLine, LineResult, line_result
from app.rules.reasons import Reason
from app.rules.training import CourseSpec, Criterion, Scale
from app.views.i18n import is_english
from app.views.training.labels import passed_text, reason_text

MINIMUM_FAILED = "training.criterion_minimum_failed"
THEORY_COLUMN = 1
FIRST_CRITERION = 2
NOT_SCORED = "—"  # a practical total before any criterion is scored
Index = QModelIndex | QPersistentModelIndex
PASS_TEXT = QColor("#067647")
FAIL_TEXT = QColor("#b42318")
DIRTY = QColor("#fffaeb")
CONFLICT = QColor("#fef3f2")
LOCKED_TEXT = QColor("#475467")


@dataclass(frozen=True, slots=True)
class Seen:
    """Scores as the server holds (or will hold) them: what a draft is based on."""

    theory: int | None
    practical: dict[str, int]
    absences: int

    @classmethod
    def of(cls, line: GridLine) -> Seen:
        return cls(line.theory, _observed(line.practical), line.absences)


def _observed(practical: dict[str, int | None]) -> dict[str, int]:
    return {k: v for k, v in practical.items() if v is not None}


def criterion_title(c: Criterion) -> str:
    name = c.en if is_english() else c.zh
    return f"{name} *" if c.minimum is not None else name


def criterion_hint(c: Criterion) -> str:
    scale = (
        QCoreApplication.translate("TrainingGrid", "0–5 points")
        if c.scale == Scale.POINTS
        else QCoreApplication.translate("TrainingGrid", "1 pass / 0 fail")
    )
    text = (
        QCoreApplication.translate("TrainingGrid", "%1; weight %2")
        .replace("%1", scale)
        .replace("%2", str(c.weight))
    )
    if c.minimum is not None:
        text += " · " + QCoreApplication.translate(
            "TrainingGrid", "minimum %1: below it fails the practical"
        ).replace("%1", str(c.minimum))
    return text


def score_text(c: Criterion, value: int | None) -> str:
    if value is None:
        return ""
    if c.scale == Scale.PASS_FAIL:
        return (
            QCoreApplication.translate("TrainingGrid", "Pass")
            if value
            else QCoreApplication.translate("TrainingGrid", "Fail")
        )
    return str(value)


class GridModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.session_id: int | None = None
        self.course: CourseSpec | None = None
        self.lines: list[GridLine] = []
        self.base: dict[int, Seen] = {}
        self.pending: set[int] = set()
        self.signing: set[int] = set()
        self.conflicts: dict[int, Seen] = {}
        self.results: list[LineResult] = []
        self.absent: dict[int, bool] = {}
        # Amending a signed row: who, and the scores before (Esc puts them back).
        self.amending: tuple[int, Seen] | None = None
        # Amendments queued: the version they were sent against, and the scores sent.
        self.amended: dict[int, tuple[int, Seen]] = {}

    # -- loading ----------------------------------------------------------------------------

    def set_grid(self, grid: Grid | None) -> None:
        """Show ``grid`` (from the cache), keeping the trainer's unsaved and unsent scores."""
        same = grid is not None and grid.session.id == self.session_id
        old = {x.provider_id: x for x in self.lines} if same else {}
        if not same:
            self.base, self.pending, self.signing, self.conflicts = {}, set(), set(), {}
            self.amending, self.amended = None, {}
        self.beginResetModel()
        self.session_id = grid.session.id if grid else None
        self.course = grid.course if grid else None
        self.lines = []
        for fresh in grid.lines if grid else []:
            self.lines.append(self._merge(fresh, old.get(fresh.provider_id)))
        self._apply_absences()
        self.results = [self._result(x) for x in self.lines]
        self.endResetModel()

    def _merge(self, fresh: GridLine, mine: GridLine | None) -> GridLine:
        pid, server = fresh.provider_id, Seen.of(fresh)
        if fresh.signed:
            self.signing.discard(pid)
            self.pending.discard(pid)
            self.conflicts.pop(pid, None)
            self.base[pid] = server
            sent = self.amended.get(pid)
            if mine is not None and self.amending is not None and self.amending[0] == pid:
                return mine  # being amended: the trainer's corrections stay
            if sent is not None and (fresh.version or 0) <= sent[0]:
                # The amendment has not come back yet: show what was sent, not the old scores.
                fresh.theory, fresh.practical = sent[1].theory, dict(sent[1].practical)
            else:
                self.amended.pop(pid, None)
            return fresh
        base = self.base.get(pid)
        if mine is None or base is None:
            self.base[pid] = server
            return fresh
        dirty = Seen.of(mine) != base
        if _same_scores(server, Seen.of(mine)):
            # The server holds what the trainer shows (a retried draft arrived): settled.
            self.base[pid] = Seen(server.theory, server.practical, mine.absences)
            self.pending.discard(pid)
            self.conflicts.pop(pid, None)
        elif _same_scores(server, base):
            self.pending.discard(pid)
            self.conflicts.pop(pid, None)
        elif pid in self.pending:
            pass  # the desk's draft has not reached the server yet
        elif not dirty:
            self.base[pid] = server  # changed elsewhere; nothing of the trainer's to keep
            return fresh
        else:
            self.conflicts[pid] = server
        mine.assessment_id, mine.version, mine.state = (
            fresh.assessment_id,
            fresh.version,
            fresh.state,
        )
        mine.attended = fresh.attended
        return mine

    def set_absent(self, present: dict[int, bool]) -> None:
        """The roster's marks, live: an absence counts against the unsigned rows at once."""
        self.absent = {pid: not ok for pid, ok in present.items()}
        if not self.lines:
            return
        self._apply_absences()
        self.results = [self._result(x) for x in self.lines]
        self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.last()))

    def _apply_absences(self) -> None:
        for line in self.lines:
            if not line.signed and line.provider_id in self.absent:
                line.absences = 1 if self.absent[line.provider_id] else 0

    def _result(self, line: GridLine) -> LineResult:
        assert self.course is not None
        return line_result(self.course, line)

    # -- what the page asks -----------------------------------------------------------------

    def criteria(self) -> tuple[Criterion, ...]:
        return self.course.criteria if self.course else ()

    def last(self) -> int:
        return self.columnCount() - 1

    def total_column(self) -> int:
        return FIRST_CRITERION + len(self.criteria())

    def result_column(self) -> int:
        return self.total_column() + 1

    def is_score_cell(self, row: int, col: int) -> bool:
        return 0 <= row < len(self.lines) and THEORY_COLUMN <= col < self.total_column()

    def is_locked(self, row: int) -> bool:
        pid = self.lines[row].provider_id
        if self.amending is not None and self.amending[0] == pid:
            return False
        return self.lines[row].signed or pid in self.signing

    # -- amendments of signed rows ------------------------------------------------------------

    def start_amend(self, row: int) -> bool:
        """Unlock a signed row for corrections (one at a time)."""
        if not 0 <= row < len(self.lines) or not self.lines[row].signed:
            return False
        if self.amending is not None or self.lines[row].provider_id in self.amended:
            return False
        line = self.lines[row]
        self.amending = (line.provider_id, Seen.of(line))
        self._changed_row(row)
        return True

    def amending_line(self) -> GridLine | None:
        if self.amending is None:
            return None
        row = self.line_of(self.amending[0])
        return self.lines[row] if row is not None else None

    def amend_changed(self) -> bool:
        line = self.amending_line()
        return (
            line is not None
            and self.amending is not None
            and not _same_scores(Seen.of(line), self.amending[1])
        )

    def cancel_amend(self) -> None:
        """Put the signed scores back."""
        if self.amending is None:
            return
        pid, before = self.amending
        self.amending = None
        row = self.line_of(pid)
        if row is not None:
            self.lines[row].theory, self.lines[row].practical = (
                before.theory,
                dict(before.practical),
            )
            self._changed_row(row)

    def mark_amended(self) -> None:
        """The amendment is queued: the row locks again and shows the corrected scores."""
        line = self.amending_line()
        self.amending = None
        if line is None:
            return
        self.amended[line.provider_id] = (line.version or 0, Seen.of(line))
        row = self.line_of(line.provider_id)
        if row is not None:
            self._changed_row(row)

    def dirty_lines(self) -> list[GridLine]:
        return [
            x
            for x in self.lines
            if not x.signed
            and x.provider_id not in self.signing
            and Seen.of(x) != self.base.get(x.provider_id)
        ]

    def unsigned_lines(self) -> list[GridLine]:
        return [x for x in self.lines if not x.signed and x.provider_id not in self.signing]

    def mark_saved(self, lines: list[GridLine]) -> None:
        for line in lines:
            self.base[line.provider_id] = Seen.of(line)
            self.pending.add(line.provider_id)
            self.conflicts.pop(line.provider_id, None)
        self._refresh_all()

    def mark_signing(self, lines: list[GridLine]) -> None:
        self.signing.update(x.provider_id for x in lines)
        self._refresh_all()

    def line_of(self, provider_id: int) -> int | None:
        return next((i for i, x in enumerate(self.lines) if x.provider_id == provider_id), None)

    def take_server(self, provider_id: int, server: Seen) -> None:
        """The trainer chose the server's scores for a conflicted row."""
        row = self.line_of(provider_id)
        if row is None:
            return
        line = self.lines[row]
        line.theory, line.practical = server.theory, dict(server.practical)
        self.base[provider_id] = server
        self.pending.discard(provider_id)
        self.conflicts.pop(provider_id, None)
        self._changed_row(row)

    def rebase(self, provider_id: int, server: Seen) -> None:
        """Keep the trainer's scores, based on the server's (the next draft is sent on them)."""
        self.base[provider_id] = server
        self.pending.discard(provider_id)
        self.conflicts.pop(provider_id, None)
        row = self.line_of(provider_id)
        if row is not None:
            self._changed_row(row)

    # -- editing ----------------------------------------------------------------------------

    def allowed(self, row: int, col: int, value: int | None) -> bool:
        if not self.is_score_cell(row, col) or self.is_locked(row):
            return False
        if col == THEORY_COLUMN:
            return value is None or 0 <= value <= 100
        return self.criteria()[col - FIRST_CRITERION].allows(value)

    def value(self, row: int, col: int) -> int | None:
        line = self.lines[row]
        if col == THEORY_COLUMN:
            return line.theory
        return line.practical.get(self.criteria()[col - FIRST_CRITERION].code)

    def set_score(self, row: int, col: int, value: int | None) -> bool:
        """Type a score (None clears it: not observed). False when the scale refuses it."""
        if not self.allowed(row, col, value):
            return False
        line = self.lines[row]
        if col == THEORY_COLUMN:
            line.theory = value
        else:
            line.practical[self.criteria()[col - FIRST_CRITERION].code] = value
        self._changed_row(row)
        return True

    def _changed_row(self, row: int) -> None:
        self.results[row] = self._result(self.lines[row])
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.last()))

    def _refresh_all(self) -> None:
        if self.lines:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.lines) - 1, self.last()))

    # -- the model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return (
            0
            if parent.isValid() or self.course is None
            else FIRST_CRITERION + len(self.course.criteria) + 2
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or self.course is None:
            return None
        crit = self._criterion(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if crit is not None:
                return criterion_title(crit)
            return {
                0: QCoreApplication.translate("TrainingGrid", "Trainee"),
                THEORY_COLUMN: QCoreApplication.translate(
                    "TrainingGrid", "Theory (pass %1)"
                ).replace("%1", str(self.course.theory_pass)),
                self.total_column(): QCoreApplication.translate(
                    "TrainingGrid", "Practical (pass %1)"
                ).replace("%1", str(self.course.practical_pass)),
                self.result_column(): QCoreApplication.translate("TrainingGrid", "Result"),
            }.get(section)
        if role == Qt.ItemDataRole.ToolTipRole:
            if crit is not None:
                return criterion_hint(crit)
            if section == THEORY_COLUMN:
                return QCoreApplication.translate("TrainingGrid", "0–100; type the digits")
        return None

    def _criterion(self, col: int) -> Criterion | None:
        crits = self.criteria()
        i = col - FIRST_CRITERION
        return crits[i] if 0 <= i < len(crits) else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = 0) -> Any:
        if not index.isValid():
            return None
        row, col = index.row(), index.column()
        line = self.lines[row]
        result = self.results[row]
        pid = line.provider_id
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col > 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.result_column():
                unscored = line.theory is None and not _observed(line.practical)
                return QBrush(
                    LOCKED_TEXT if unscored else PASS_TEXT if result.passed else FAIL_TEXT
                )
            if self.is_locked(row):
                return QBrush(LOCKED_TEXT)
        if role == Qt.ItemDataRole.BackgroundRole:
            if pid in self.conflicts:
                return QBrush(CONFLICT)
            if self.amending is not None and self.amending[0] == pid:
                return QBrush(DIRTY)
            if Seen.of(line) != self.base.get(pid) and not line.signed:
                return QBrush(DIRTY)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, col)
        return None

    def _text(self, row: int, col: int) -> str:
        line = self.lines[row]
        result = self.results[row]
        if col == 0:
            marks = []
            if self.amending is not None and self.amending[0] == line.provider_id:
                marks.append(QCoreApplication.translate("TrainingGrid", "amending"))
            elif line.provider_id in self.amended:
                marks.append(QCoreApplication.translate("TrainingGrid", "amendment sent"))
            elif line.signed:
                marks.append(QCoreApplication.translate("TrainingGrid", "signed"))
            elif line.provider_id in self.signing:
                marks.append(QCoreApplication.translate("TrainingGrid", "signing…"))
            if line.absences:
                marks.append(QCoreApplication.translate("TrainingGrid", "absent"))
            return line.provider_name + (f" ({', '.join(marks)})" if marks else "")
        if col == THEORY_COLUMN:
            return "" if line.theory is None else str(line.theory)
        crit = self._criterion(col)
        if crit is not None:
            return score_text(crit, line.practical.get(crit.code))
        if col == self.total_column():
            # No criterion scored: there is no practical total yet, not a total of 0.
            return f"{result.total:g}" if _observed(line.practical) else NOT_SCORED
        if result.passed:
            return passed_text(True)
        if line.theory is None and not _observed(line.practical):
            return QCoreApplication.translate("TrainingGrid", "Not scored yet")
        return f"{passed_text(False)}: {reason_text(first_reason(result))}"

    def _tooltip(self, row: int, col: int) -> str | None:
        line = self.lines[row]
        server = self.conflicts.get(line.provider_id)
        if server is not None:
            return (
                QCoreApplication.translate(
                    "TrainingGrid", "Changed elsewhere: the server has theory %1, practical %2."
                )
                .replace("%1", "—" if server.theory is None else str(server.theory))
                .replace("%2", ", ".join(f"{k}={v}" for k, v in sorted(server.practical.items())))
            )
        if col == self.result_column():
            reasons = self.results[row].reasons
            return "\n".join(reason_text(r) for r in reasons) if reasons else None
        if col == self.total_column() and not _observed(line.practical):
            return QCoreApplication.translate("TrainingGrid", "Not scored yet")
        crit = self._criterion(col)
        return criterion_hint(crit) if crit is not None else None


def first_reason(result: LineResult) -> Reason:
    """The reason a row shows: a failed minimum first, since it fails whatever the total."""
    return min(result.reasons, key=lambda r: r.code != MINIMUM_FAILED)


def _same_scores(a: Seen, b: Seen) -> bool:
    return a.theory == b.theory and a.practical == b.practical
