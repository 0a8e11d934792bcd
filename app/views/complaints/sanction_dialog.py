"""The supervisor's sanction decision on a substantiated complaint, beside the ladder's advice.

The recommendation comes from the server (``recommended_sanction`` over the provider's last
90 days); the dialog checks the decision with ``app.rules.sanctions.decision_problems`` as the
supervisor types and proposes the rules' default end date for a suspension.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import SanctionLevel
from app.rules.sanctions import LADDER, SanctionDecision, decision_problems, default_ends_at
from app.schemas.sanctions import SanctionRecommendation
from app.views.complaints.dialogs import TEXT_LIMIT
from app.views.complaints.labels import level_label, reason_text
from app.views.complaints.wire import reasons
from app.views.timefmt import BEIJING

NO_SANCTION = ""


@dataclass(frozen=True, slots=True)
class SanctionChoice:
    level: SanctionLevel | None
    reason: str
    ends_at: datetime | None
    block_provider: bool
    block_reason: str

    def body(self) -> dict[str, Any]:
        """The POST /complaints/{id}/sanction-decision body."""
        return {
            "level": self.level.value if self.level is not None else None,
            "reason": self.reason,
            "ends_at": self.ends_at.isoformat() if self.ends_at is not None else None,
            "block_provider": self.block_provider,
            "block_reason": self.block_reason,
        }


class SanctionDecisionDialog(QDialog):
    def __init__(
        self,
        code: str,
        provider: str,
        provider_id: int,
        recommendation: SanctionRecommendation | None,
        *,
        decided_by: str,
        now: datetime,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            self.tr("Sanction decision on %1: %2").replace("%1", code).replace("%2", provider)
            if provider
            else self.tr("Sanction decision on %1").replace("%1", code)
        )
        self.setMinimumWidth(520)
        self._provider_id = provider_id
        self._decided_by = decided_by
        self._now = now
        recommended = recommendation.level if recommendation is not None else None
        self.recommended: SanctionLevel | None = recommended if recommended in LADDER else None

        advice = QFrame()
        advice.setObjectName("adviceBox")
        advice_layout = QVBoxLayout(advice)
        title = QLabel(
            self.tr("The ladder recommends: %1").replace("%1", level_label(self.recommended))
        )
        title.setObjectName("sectionTitle")
        advice_layout.addWidget(title)
        why = reasons([recommendation.reason] if recommendation is not None else [])
        self.advice = QLabel(reason_text(why[0]) if why else "")
        self.advice.setWordWrap(True)
        advice_layout.addWidget(self.advice)

        self.level = QComboBox()
        self.level.addItem(level_label(None), NO_SANCTION)
        for level in LADDER:
            self.level.addItem(level_label(level), level.value)
        index = self.level.findData(self.recommended.value if self.recommended else NO_SANCTION)
        self.level.setCurrentIndex(max(0, index))
        self.ends_at = QDateTimeEdit()
        self.ends_at.setCalendarPopup(True)
        self.ends_at.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.ends_label = QLabel(self.tr("Suspended until"))
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(
            self.tr("Why this decision (required, also for no sanction)")
        )
        self.reason.setFixedHeight(90)
        self.departs = QLabel()
        self.departs.setObjectName("noteLabel")
        self.departs.setWordWrap(True)
        self.block = QCheckBox(self.tr("The customer never wants %1 again").replace("%1", provider))
        self.block_reason = QLineEdit()
        self.block_reason.setMaxLength(255)
        self.block_reason.setPlaceholderText(self.tr("Reason for the block"))
        self.problems = QLabel()
        self.problems.setObjectName("noteLabel")
        self.problems.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("Decision"), self.level)
        form.addRow(self.ends_label, self.ends_at)
        form.addRow(self.tr("Reason"), self.reason)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Record decision"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(advice)
        layout.addLayout(form)
        layout.addWidget(self.departs)
        layout.addWidget(self.block)
        layout.addWidget(self.block_reason)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.level.currentIndexChanged.connect(self._level_changed)
        self.reason.textChanged.connect(self._update)
        self.ends_at.dateTimeChanged.connect(self._update)
        self.block.toggled.connect(self._update)
        self._level_changed()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        code: str,
        provider: str,
        provider_id: int,
        recommendation: SanctionRecommendation | None,
        *,
        decided_by: str,
        now: datetime,
    ) -> SanctionChoice | None:
        dialog = cls(
            code, provider, provider_id, recommendation, decided_by=decided_by, now=now,
            parent=parent,
        )  # fmt: skip
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.value()

    def chosen_level(self) -> SanctionLevel | None:
        data = self.level.currentData()
        return SanctionLevel(data) if data else None

    def value(self) -> SanctionChoice:
        level = self.chosen_level()
        ends_at = None
        if level is SanctionLevel.SUSPENSION:
            shown = self.ends_at.dateTime()
            day, time = shown.date(), shown.time()
            ends_at = datetime(
                day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=BEIJING
            ).astimezone(UTC)
        return SanctionChoice(
            level,
            self.reason.toPlainText().strip()[:TEXT_LIMIT],
            ends_at,
            self.block.isChecked(),
            self.block_reason.text().strip() if self.block.isChecked() else "",
        )

    def _level_changed(self, *_: object) -> None:
        level = self.chosen_level()
        suspension = level is SanctionLevel.SUSPENSION
        self.ends_at.setVisible(suspension)
        self.ends_label.setVisible(suspension)
        proposed = default_ends_at(level, self._now) if level is not None else None
        if proposed is not None:
            # The editor shows Beijing wall time; it holds naive values, read back the same way.
            local = proposed.astimezone(BEIJING)
            self.ends_at.setDateTime(
                QDateTime(
                    QDate(local.year, local.month, local.day), QTime(local.hour, local.minute)
                )
            )
        self.departs.setText(
            self.tr("This departs from the recommendation: say why in the reason.")
            if level != self.recommended
            else ""
        )
        self.departs.setVisible(level != self.recommended)
        self._update()

    def _update(self, *_: object) -> None:
        choice = self.value()
        decision = SanctionDecision(
            provider_id=self._provider_id,
            level=choice.level,
            reason=choice.reason,
            decided_by=self._decided_by,
            decided_at=self._now,
            ends_at=choice.ends_at,
        )
        problems = decision_problems(decision)
        self.block_reason.setEnabled(self.block.isChecked())
        self.problems.setText("\n".join(reason_text(p) for p in problems))
        self.problems.setVisible(bool(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)
