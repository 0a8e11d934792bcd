"""培训考核: the trainer's page. Sessions (mine first, today first), the roster's attendance
(everyone present, tick off the exceptions, one save) and the scoring grid (keyboard only,
a live result per trainee, save as draft, sign off the session in one step).

The page lays out, reads and says what may be done and why not; what it writes (the
Outbox commands) is ``commands.py``, amendments ``amend.py``, documents ``documents.py``.

Reads come from the local cache (``app.client.training``) off the UI thread, again whenever
the feed changes a training entity. Every write is an Outbox command, so a classroom with a
patchy network loses nothing; a command the server refuses because the scores changed
elsewhere is shown on the row and in a banner, with the trainer's values kept until they
choose (see ``conflicts.py``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.client import training as tc
from app.client.cache import CacheReader
from app.client.training_session import SessionDetail, session_detail
from app.rules.training.sessions import TRANSITIONS, SessionState
from app.views.context import PageContext
from app.views.timefmt import SHORT, beijing_day_start, wall_clock
from app.views.training.amend import Amendments
from app.views.training.commands import SessionCommands
from app.views.training.conflicts import ConflictBanner
from app.views.training.documents import TrainingDocuments
from app.views.training.grid_model import GridModel
from app.views.training.grid_view import ScoringView
from app.views.training.labels import session_state_name, session_state_word
from app.views.training.queues import TrainingQueues
from app.views.training.roster_model import RosterModel
from app.views.training.sessions_model import SessionModel, mine_first

ENTITIES = ("training_session", "training_enrolment", "assessment", "training_course", "provider")
PAST, AHEAD = timedelta(days=30), timedelta(days=60)
STEPS = {"start": SessionState.IN_PROGRESS, "complete": SessionState.COMPLETED}
ATTENDANCE_STATES = (SessionState.IN_PROGRESS.value, SessionState.COMPLETED.value)


def read_sessions(reader: CacheReader, me: int, day_start: Any) -> list[tc.SessionRow]:
    rows = tc.sessions_between(reader, day_start - PAST, day_start + AHEAD)
    return mine_first(rows, me, day_start)


class TrainingPage(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.me = int(ctx.user.id)
        self.current: tc.SessionRow | None = None
        self.commands = SessionCommands(self, self)

        self.sessions = SessionModel(self.me)
        self.table = QTableView()
        self.table.setModel(self.sessions)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(self._on_session_row)
        self.sessions.modelReset.connect(self._size_session_columns)
        self.counts = QLabel()

        self.title = QLabel(self.tr("Select a session"))
        self.title.setObjectName("trainingTitle")
        self.title.setStyleSheet("font-size: 15px; font-weight: bold;")
        self.step_buttons: dict[str, QPushButton] = {
            "start": QPushButton(self.tr("Start session")),
            "complete": QPushButton(self.tr("Complete session")),
        }
        for step, button in self.step_buttons.items():
            button.clicked.connect(lambda _=False, s=step: self.commands.session_step(s))
        self.notice = QLabel()  # what was queued, or why a key or a button did nothing
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #344054;")
        self.banner = ConflictBanner(self)

        # -- attendance
        self.roster = RosterModel()
        self.roster_view = QTableView()
        self.roster_view.setModel(self.roster)
        self.roster_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.roster_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.roster_view.verticalHeader().hide()
        self.roster_view.verticalHeader().setDefaultSectionSize(26)
        self.roster_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        toggle = QShortcut(QKeySequence(Qt.Key.Key_Space), self.roster_view, self._toggle_current)
        toggle.setContext(Qt.ShortcutContext.WidgetShortcut)  # the roster's Space only
        self.roster.marks_changed.connect(self._on_marks)
        self.roster.dataChanged.connect(lambda *_: self._update_actions())
        self.attendance_hint = QLabel(
            self.tr("Everyone is present unless you tick them off (Space toggles).")
        )
        self.save_attendance = QPushButton(self.tr("Save attendance"))
        self.save_attendance.clicked.connect(self.commands.save_roster)
        self.sheet_pdf = QPushButton(self.tr("Sign-in sheet PDF…"))
        self.documents = TrainingDocuments(self)
        self.sheet_pdf.clicked.connect(self.documents.print_sign_in_sheet)
        self.record_buttons = [QPushButton(self.tr("Training record… (Ctrl+R)")) for _ in range(2)]
        for button in self.record_buttons:
            button.clicked.connect(self.documents.open_record)
        QShortcut(QKeySequence("Ctrl+R"), self, self.documents.open_record)
        attendance = QWidget()
        av = QVBoxLayout(attendance)
        av.addWidget(self.attendance_hint)
        av.addWidget(self.roster_view, 1)
        ab = QHBoxLayout()
        self.attendance_counts = QLabel()
        ab.addWidget(self.attendance_counts, 1)
        ab.addWidget(self.record_buttons[0])
        ab.addWidget(self.sheet_pdf)
        ab.addWidget(self.save_attendance)
        av.addLayout(ab)

        # -- scoring
        self.grid = GridModel()
        self.grid_view = ScoringView(self.grid)
        self.grid_view.refused.connect(self._on_refused_key)
        self.grid.dataChanged.connect(lambda *_: self._update_actions())
        self.grid.modelReset.connect(self._update_actions)
        self.grid_hint = QLabel(
            self.tr(
                "Type digits to score; Enter or Tab: next score; Backspace: clear. "
                "* marks a criterion whose minimum fails the practical."
            )
        )
        self.grid_hint.setWordWrap(True)
        self.save_draft = QPushButton(self.tr("Save draft (Ctrl+S)"))
        self.save_draft.clicked.connect(self.commands.save_scores)
        QShortcut(QKeySequence("Ctrl+S"), self, self.commands.save_scores)
        self.amend_button = QPushButton(self.tr("Amend… (F2)"))
        self.amendments = Amendments(self)
        self.amend_button.clicked.connect(self.amendments.amend)
        QShortcut(QKeySequence(Qt.Key.Key_F2), self, self.amendments.amend)
        cancel = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.grid_view, self.amendments.cancel)
        cancel.setContext(Qt.ShortcutContext.WidgetShortcut)
        self.grid_view.selectionModel().currentChanged.connect(lambda *_: self._update_actions())
        self.sign = QPushButton(self.tr("Sign off session…"))
        self.sign.clicked.connect(lambda: self.commands.sign_off())
        self.grid_counts = QLabel()
        # Counts change as the trainer types: their width must not move the buttons beside.
        self.grid_counts.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        scoring = QWidget()
        sv = QVBoxLayout(scoring)
        sv.addWidget(self.grid_hint)
        sv.addWidget(self.grid_view, 1)
        sb = QHBoxLayout()
        sb.addWidget(self.grid_counts, 1)
        sb.addWidget(self.record_buttons[1])
        sb.addWidget(self.save_draft)
        sb.addWidget(self.amend_button)
        sb.addWidget(self.sign)
        sv.addLayout(sb)

        self.tabs = QTabWidget()
        self.tabs.addTab(scoring, self.tr("Scoring"))
        self.tabs.addTab(attendance, self.tr("Attendance"))

        sessions = QWidget()
        lv = QVBoxLayout(sessions)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.counts)
        lv.addWidget(self.table, 1)
        self.queues = TrainingQueues(ctx)
        left = QTabWidget()
        left.addTab(sessions, self.tr("Sessions"))
        left.addTab(self.queues.retraining, self.tr("Retraining queue"))
        left.addTab(self.queues.recertification, self.tr("Recertification"))
        self.left_tabs = left
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        for button in self.step_buttons.values():
            head.addWidget(button)
        rv.addLayout(head)
        rv.addWidget(self.notice)
        rv.addWidget(self.tabs, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([470, 970])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(split, 1)

        ctx.link.changed.connect(self._on_changed)
        ctx.link.conflict.connect(self.banner.on_refused)
        ctx.link.command_failed.connect(self.banner.on_refused)
        ctx.link.command_resolved.connect(self.banner.on_resolved)
        self._update_actions()
        self.reload()

    # -- reads -------------------------------------------------------------------------------

    def reload(self) -> None:
        if self.ctx.data is None:
            return
        me, day = self.me, beijing_day_start(self.ctx.clock())
        self.ctx.data.local(
            lambda r: read_sessions(r, me, day), self._show_sessions, owner=self,
            key="training-sessions",
        )  # fmt: skip
        if self.current is not None:
            self._read_session(self.current.id)

    def _on_changed(self, changes: Any) -> None:
        if changes.touches(*ENTITIES, "user"):
            self.reload()

    def _size_session_columns(self) -> None:
        # A few dozen sessions: measuring them once per reset is cheap.
        self.table.resizeColumnsToContents()

    def _show_sessions(self, rows: list[tc.SessionRow]) -> None:
        keep = self.current.id if self.current else None
        self.sessions.set_rows(rows)
        mine = sum(1 for r in rows if r.trainer_id == self.me)
        self.counts.setText(
            self.tr("%1 of my sessions · %2 in all (30 days back, 60 ahead)")
            .replace("%1", str(mine))
            .replace("%2", str(len(rows)))
        )
        at = self.sessions.row_of(keep) if keep is not None else None
        if at is None and rows and rows[0].trainer_id == self.me:
            at = 0  # today's first session of mine
        if at is not None:
            self.table.selectRow(at)
            self.current = rows[at]
        self._show_title()

    def _on_session_row(self, index: Any, _prev: Any = None) -> None:
        if not index.isValid() or index.row() >= len(self.sessions.rows):
            return
        row = self.sessions.rows[index.row()]
        changed = self.current is None or self.current.id != row.id
        if changed:
            self.save_unsaved()  # typed scores and attendance go with the trainer, not lost
        self.current = row
        self._show_title()
        if changed:
            self.notice.setText("")
            self._read_session(row.id)

    def select_session(self, session_id: int) -> None:
        at = self.sessions.row_of(session_id)
        if at is not None:
            self.table.selectRow(at)

    def drill(self, filters: Mapping[str, str]) -> None:
        """``open``: that session chosen (an audit record's; the main window's show_page)."""
        wanted = filters.get("open", "")
        if wanted.isdigit():
            self.select_session(int(wanted))

    def _read_session(self, session_id: int) -> None:
        if self.ctx.data is None:
            return
        self.ctx.data.local(
            lambda r: session_detail(r, session_id), self._show_session, owner=self,
            key="training-session",
        )  # fmt: skip

    def _show_session(self, got: SessionDetail) -> None:
        if self.current is None or got.id != self.current.id:
            return
        if got.session is not None:
            self.current = got.session
        self.roster.set_roster(got.id, got.roster)
        self.grid.set_grid(got.grid)
        self.grid.set_absent(self.roster.present)
        self._show_title()
        self._update_actions()

    def _show_title(self) -> None:
        row = self.current
        if row is None:
            self.title.setText(self.tr("Select a session"))
            self._update_actions()
            return
        self.title.setText(
            f"{row.course_name or row.course_code} · {wall_clock(row.starts_at, SHORT)} · "
            f"{row.location} · {session_state_name(row.state)}"
        )
        self._update_actions()

    # -- what may be done, and why not --------------------------------------------------------

    def why_not_step(self, step: str) -> str | None:
        row = self.current
        if row is None:
            return self.tr("Select a session first.")
        try:
            state = SessionState(row.state)
        except ValueError:
            return self.tr("Unknown session state.")
        if STEPS[step] not in TRANSITIONS[state]:
            return self.tr("Not possible for a session that is %1.").replace(
                "%1", session_state_word(row.state)
            )
        return None

    def why_not_attendance(self) -> str | None:
        if self.current is None:
            return self.tr("Select a session first.")
        if self.current.state not in ATTENDANCE_STATES:
            return self.tr("Attendance is taken once the session has started.")
        if not self.roster.seated():
            return self.tr("Nobody is seated on this session.")
        return None

    def why_not_sign(self) -> str | None:
        if self.current is None or self.grid.course is None:
            return self.tr("Select a session first.")
        if self.current.state not in ATTENDANCE_STATES:
            return self.tr("Scores are signed once the session has started.")
        lines = self.grid.unsigned_lines()
        if not lines:
            return self.tr("Every assessment of this session is signed.")
        missing = [x.provider_name for x in lines if x.theory is None]
        if missing:
            return self.tr("Enter the theory score of %1 first.").replace(
                "%1", "、".join(missing[:5]) + ("…" if len(missing) > 5 else "")
            )
        if self.grid.conflicts:
            return self.tr("Settle the scores changed elsewhere first.")
        return None

    def _update_actions(self) -> None:
        for step, button in self.step_buttons.items():
            reason = self.why_not_step(step)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        reason = self.why_not_attendance()
        self.save_attendance.setEnabled(reason is None and self.roster.is_dirty())
        self.save_attendance.setToolTip(reason or "")
        dirty = self.grid.dirty_lines()
        self.save_draft.setEnabled(bool(dirty))
        self.save_draft.setToolTip("" if dirty else self.tr("Nothing changed since the last save."))
        reason = self.why_not_sign()
        self.sign.setEnabled(reason is None)
        self.sign.setToolTip(reason or "")
        reason = self.amendments.why_not()
        self.amend_button.setEnabled(reason is None)
        self.amend_button.setToolTip(reason or "")
        amending = self.grid.amending is not None
        _set_text(self.amend_button,
                  self.tr("Save amendment…") if amending else self.tr("Amend… (F2)"))  # fmt: skip
        seated = len(self.roster.seated())
        _set_text(self.attendance_counts,
            self.tr("%1 seated · %2 absent").replace("%1", str(seated))
            .replace("%2", str(self.roster.absent_count()))
        )  # fmt: skip
        passed = sum(1 for r in self.grid.results if r.passed)
        unscored = sum(1 for x in self.grid.lines if x.theory is None and not any(
            v is not None for v in x.practical.values()))  # fmt: skip
        _set_text(
            self.grid_counts,
            self.tr("%1 pass · %2 fail · %3 not scored · %4 unsaved")
            .replace("%1", str(passed))
            .replace("%2", str(len(self.grid.results) - passed - unscored))
            .replace("%3", str(unscored))
            .replace("%4", str(len(dirty))),
        )

    def _toggle_current(self) -> None:
        self.roster.toggle(self.roster_view.currentIndex().row())

    def _on_marks(self, present: dict[int, bool]) -> None:
        self.grid.set_absent(present)
        self._update_actions()

    def _on_refused_key(self, text: str) -> None:
        self.notice.setText(text)

    # -- writes: the Outbox commands (``commands.py``) --------------------------------------

    def save_unsaved(self) -> int:
        """Queue what was typed and not saved yet; the main window calls it before logout or
        quit (``SessionCommands.save_unsaved``)."""
        return self.commands.save_unsaved()

    def save_state(self) -> None:
        pass

    def restore_state(self) -> None:
        pass


def _set_text(label: QLabel | QPushButton, text: str) -> None:
    # Runs on every keystroke: an unchanged label must not ask for a relayout.
    if label.text() != text:
        label.setText(text)


def build_page(ctx: PageContext) -> QWidget:
    return TrainingPage(ctx)
