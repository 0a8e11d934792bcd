"""派单 — assign one order from the server's ranked candidates, by keyboard.

When the server cannot be reached, the candidates are ranked from this computer's cache by the
same rules (``dispatch_offline``) under a banner saying so: the assignment is queued and the
server checks it again when it arrives (a refusal comes back as a failed command with its reasons).

Enter assigns the highlighted candidate (the best one when the dialog opens); 1-9 assign the
candidate with that number at once. Ineligible candidates are listed greyed with the reasons; a
dispatcher cannot pick one, a supervisor can, after giving an override reason. The dialog only
chooses: the caller sends the command through the Outbox (``AssignChoice.body()``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.client.dispatch import CandidateList, fetch_candidates
from app.client.dispatch_offline import rank_offline
from app.client.errors import Unreachable
from app.client.training_status import TrainingStatus, training_statuses
from app.views.dispatch.candidate_delegate import ROW_HEIGHT, CandidateDelegate
from app.views.dispatch.candidates_model import CandidatesModel
from app.views.dispatch.map_widget import DispatchMap
from app.views.dispatch.override_dialog import OverrideDialog
from app.views.dispatch.text import OVERRIDE_ROLES, clause_sep, said
from app.views.error_text import describe_error
from app.views.i18n import category_name, district_name
from app.views.scorecard.dialog import open_scorecard
from app.views.timefmt import SHORT, utc_now, wall_clock
from app.views.training.status import TRAINING_REASONS, blocking_lines

if TYPE_CHECKING:
    from app.client.board import BoardRow
    from app.views.background import Backend

DIGIT_KEYS: dict[int, int] = {int(getattr(Qt.Key, f"Key_{n}")): n for n in range(1, 10)}
ENTER_KEYS = frozenset({int(Qt.Key.Key_Return), int(Qt.Key.Key_Enter)})
OFFLINE_BANNER_STYLE = (
    "QLabel#offlineBanner { background: #fffaeb; border: 1px solid #fedf89;"
    " border-radius: 6px; padding: 6px 8px; color: #93370d; }"
)


@dataclass(frozen=True, slots=True)
class OrderRef:
    """What the dialog shows of the order it assigns."""

    id: int
    code: str
    version: int
    category: str = ""
    district: str = ""
    scheduled_start: datetime | None = None

    @classmethod
    def from_row(cls, row: BoardRow) -> OrderRef:
        return cls(row.id, row.code, row.version, row.category, row.district, row.scheduled_start)


@dataclass(frozen=True, slots=True)
class AssignChoice:
    """The dialog's answer: who, and (for an ineligible provider) the supervisor's reason."""

    provider_id: int
    provider_name: str
    order_version: int  # the version the server ranked the candidates for
    override_reason: str | None = None

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {"provider_id": self.provider_id}
        if self.override_reason:
            body["override_reason"] = self.override_reason
        return body


class AssignDialog(QDialog):
    def __init__(
        self,
        order: OrderRef,
        data: Backend,
        *,
        role: str,
        parent: QWidget | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("assignDialog")
        self.order = order
        self._data = data
        self._role = role
        self._clock = clock or (lambda: datetime.now(UTC))
        self._may_override = role in OVERRIDE_ROLES
        self._found: CandidateList | None = None
        self._choice: AssignChoice | None = None
        self.setWindowTitle(self.tr("Assign order %1").replace("%1", order.code))

        title = QLabel(self._heading())
        title.setObjectName("sectionTitle")
        title.setWordWrap(True)
        keys = QLabel(
            self.tr("Enter assigns the highlighted provider · 1–9 assign by number · Esc closes")
        )
        keys.setObjectName("noteLabel")
        keys.setWordWrap(True)
        if self._may_override:
            note = self.tr("Providers who are not eligible need an override reason.")
            keys.setText(f"{keys.text()}\n{note}")
        self.offline_banner = QLabel()
        self.offline_banner.setObjectName("offlineBanner")
        self.offline_banner.setWordWrap(True)
        self.offline_banner.setStyleSheet(OFFLINE_BANNER_STYLE)
        self.offline_banner.hide()
        self.status = QLabel(self.tr("Ranking providers for this order…"))
        self.status.setObjectName("dispatchStatus")
        self.status.setWordWrap(True)

        self.model = CandidatesModel(self)
        self.model.set_allow_override(self._may_override)
        self.list = QListView()
        self.list.setObjectName("candidateList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(CandidateDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.setMouseTracking(True)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setMinimumSize(560, ROW_HEIGHT * 5)
        self.list.installEventFilter(self)
        self.list.doubleClicked.connect(lambda index: self.pick(index.row()))
        self.list.selectionModel().currentRowChanged.connect(self._current_changed)

        # Why training keeps the highlighted candidate off, and the next session (cache).
        self.training_note = QLabel()
        self.training_note.setObjectName("trainingStatus")
        self.training_note.setWordWrap(True)
        self.training_note.hide()
        self._training: dict[int, TrainingStatus] = {}
        self._noted: int | None = None

        self.map = DispatchMap()
        legend = QLabel(self.tr("★ the order · blue: eligible · grey, dashed: not eligible"))
        legend.setObjectName("noteLabel")
        legend.setWordWrap(True)
        legend.setMaximumWidth(self.map.width())

        self.buttons = QDialogButtonBox()
        self.assign_button = self.buttons.addButton(
            self.tr("Assign"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.assign_button.setDefault(True)
        self.retry_button = QPushButton(self.tr("Try again"))
        self.buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.retry_button.hide()
        self.scorecard_button = QPushButton(self.tr("Scorecard…"))
        self.scorecard_button.setToolTip(self.tr("The highlighted provider's scorecard"))
        self.buttons.addButton(self.scorecard_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.scorecard_button.clicked.connect(self.open_scorecard)
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.assign_button.clicked.connect(self.pick_current)
        self.retry_button.clicked.connect(self.load)
        self.buttons.rejected.connect(self.reject)

        left = QVBoxLayout()
        left.addWidget(title)
        left.addWidget(keys)
        left.addWidget(self.offline_banner)
        left.addWidget(self.list, 1)
        left.addWidget(self.training_note)
        left.addWidget(self.status)
        right = QVBoxLayout()
        right.addWidget(self.map)
        right.addWidget(legend)
        right.addStretch(1)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addLayout(right)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.buttons)
        self._update_buttons()
        self.load()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        order: OrderRef,
        data: Backend,
        *,
        role: str,
        clock: Callable[[], datetime] | None = None,
    ) -> AssignChoice | None:
        """The chosen provider (with an override reason when one was needed), or None."""
        dialog = cls(order, data, role=role, parent=parent, clock=clock)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            return dialog.choice()
        finally:
            dialog.deleteLater()

    def choice(self) -> AssignChoice | None:
        return self._choice

    def candidates(self) -> CandidateList | None:
        return self._found

    # ---- loading ------------------------------------------------------------------------

    @Slot()
    def load(self) -> None:
        """Ask the server for the ranked candidates (answered on the UI thread)."""
        self.retry_button.hide()
        self.status.setText(self.tr("Ranking providers for this order…"))
        order_id = self.order.id
        self._data.server(
            lambda api: fetch_candidates(api, order_id),
            self._on_answered,
            self._on_failed,
            owner=self,
            key="candidates",
        )

    def _on_answered(self, result: CandidateList) -> None:
        self._found = result
        self._show_provisional(result)
        self.model.set_candidates(result)
        first = self.model.first_pickable()
        self.map.show_candidates(result, self._provider_at(first))
        if first is not None:
            self.list.selectionModel().setCurrentIndex(
                self.model.index(first),
                QItemSelectionModel.SelectionFlag.ClearAndSelect,
            )
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._read_training(result)
        eligible = result.eligible_count
        if eligible:
            self.status.setText(
                self.tr("%1 eligible providers, best first; %2 nearby cannot be sent.")
                .replace("%1", str(eligible))
                .replace("%2", str(len(result.candidates) - eligible))
            )
        else:
            self.status.setText(self._nobody_text())
        self._update_buttons()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, Unreachable) and self._data.has_cache:
            self._rank_offline()
            return
        self._show_failure(error)

    def _rank_offline(self) -> None:
        """The server is out of reach: rank from the cache (off the UI thread), provisionally."""
        self.status.setText(
            self.tr("The server cannot be reached: ranking from this computer's data…")
        )
        order_id, role, now = self.order.id, self._role, self._clock()
        self._data.local(
            lambda reader: rank_offline(reader, order_id, role, now),
            self._on_answered,
            self._show_failure,
            owner=self,
            key="candidates",
        )

    def _show_provisional(self, result: CandidateList) -> None:
        if not result.provisional:
            self.offline_banner.hide()
            return
        lines = [
            self.tr(
                "Offline: ranked from this computer's data; the server checks again when it "
                "receives the assignment."
            ),
            *(f"· {said(w)}" for w in result.unchecked),
        ]
        self.offline_banner.setText("\n".join(lines))
        self.offline_banner.show()
        self.retry_button.show()  # the server may be back

    def _show_failure(self, error: Exception) -> None:
        text = describe_error(error)
        self.status.setText(self.tr("Could not rank providers: %1").replace("%1", text))
        self.retry_button.show()
        self._update_buttons()

    # ---- choosing -----------------------------------------------------------------------

    @Slot()
    def pick_current(self) -> bool:
        index = self.list.currentIndex()
        row = index.row() if index.isValid() else self.model.first_pickable()
        if row is None:
            return False
        return self.pick(row)

    def pick(self, row: int) -> bool:
        """Assign the candidate on ``row`` (0-based) if this user may; True when chosen."""
        found, candidate = self._found, self.model.candidate(row)
        if found is None or candidate is None:
            if found is not None:
                missing = self.tr("There is no candidate %1.").replace("%1", str(row + 1))
                self.status.setText(missing)
            return False
        override: str | None = None
        if not candidate.eligible:
            reasons = clause_sep().join(said(r) for r in candidate.reasons)
            if not self._may_override:
                self._show_training(candidate.provider.id)
                self.status.setText(
                    self.tr("%1 cannot be sent: %2. Only a supervisor may override this.")
                    .replace("%1", candidate.provider.name)
                    .replace("%2", reasons)
                )
                return False
            override = OverrideDialog.ask(self, candidate)
            if not override:
                return False
        self._choice = AssignChoice(
            candidate.provider.id, candidate.provider.name, found.order_version, override
        )
        self.accept()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.list and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if self._handle_key(event):
                return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handle_key(event):
            super().keyPressEvent(event)

    def _handle_key(self, event: QKeyEvent) -> bool:
        plain = event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        )
        key = int(event.key())
        if plain and key in DIGIT_KEYS:
            self.pick(DIGIT_KEYS[key] - 1)
            return True
        if plain and key in ENTER_KEYS:
            self.pick_current()
            return True
        return False

    # ---- internals ----------------------------------------------------------------------

    def _heading(self) -> str:
        o = self.order
        parts = [o.code]
        if o.category:
            parts.append(category_name(o.category))
        if o.district:
            parts.append(district_name(o.district))
        if o.scheduled_start is not None:
            parts.append(wall_clock(o.scheduled_start, SHORT))
        return "  ·  ".join(parts)

    def _nobody_text(self) -> str:
        if self._may_override and self.model.rowCount():
            return self.tr(
                "No provider is eligible. You may still send one of those below with a reason."
            )
        return self.tr("No provider is eligible for this order now.")

    def _provider_at(self, row: int | None) -> int | None:
        candidate = self.model.candidate(row) if row is not None else None
        return candidate.provider.id if candidate is not None else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        provider = self._provider_at(current.row() if current.isValid() else None)
        self.map.select(provider)
        self._show_training(provider)
        self._update_buttons()

    def open_scorecard(self) -> None:
        """The highlighted candidate's scorecard, over this dialog (usable while it is open)."""
        current = self.list.currentIndex()
        pid = self._provider_at(current.row() if current.isValid() else None)
        open_scorecard(self, self._data, None, pid, utc_now)

    def _read_training(self, found: CandidateList) -> None:
        ids = [c.provider.id for c in found.candidates
               if {r.code for r in c.reasons} & TRAINING_REASONS]  # fmt: skip
        category, now = self.order.category, utc_now()
        if ids:
            self._data.local(
                lambda reader: training_statuses(reader, ids, category, now),
                self._on_training,
                owner=self,
                key="training",
            )

    def _on_training(self, statuses: dict[int, TrainingStatus]) -> None:
        self._training = statuses
        self._show_training(self._noted)

    def _show_training(self, provider_id: int | None) -> None:
        """What training keeps the candidate (highlighted, or refused) off, if anything."""
        self._noted = provider_id
        status = self._training.get(provider_id) if provider_id is not None else None
        lines = blocking_lines(status) if status is not None else []
        self.training_note.setText("\n".join(lines))
        self.training_note.setVisible(bool(lines))

    def _update_buttons(self) -> None:
        index = self.list.currentIndex()
        self.scorecard_button.setEnabled(index.isValid() and self._data.has_cache)
        self.assign_button.setEnabled(self._found is not None and index.isValid())
