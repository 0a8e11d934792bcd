"""What the complaint rules read: plain frozen facts about one complaint ticket (投诉工单).

The server builds these from its rows, the desktop from its cache; the rules never see a
database row. Every time is an explicit field or parameter: no rule reads the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import TypeAlias

from app.models.enums import CallbackOutcome, ComplaintStatus, Severity
from app.rules.reasons import Reason

# Whatever the server uses as a primary key; the rules only compare ids for equality.
Id: TypeAlias = int | str


@dataclass(frozen=True, slots=True)
class CallbackFacts:
    """One callback to the customer (回访): an attempt or an outcome.

    ``cycle`` is the ticket's ``reopen_count`` when the callback was logged. Only callbacks
    of the current cycle count towards closing: a reopened ticket needs a fresh callback
    after its new resolution, and counting by cycle (not by timestamp) stays exact even
    when two events share a timestamp.
    """

    at: datetime
    outcome: CallbackOutcome
    note: str = ""
    cycle: int = 0


@dataclass(frozen=True, slots=True)
class ComplaintFacts:
    """One complaint ticket as the rules see it.

    ``substantiated`` is the finding (查实): True when the complaint holds against the
    provider, False when it does not, None while undetermined. ``sanction_decided`` says a
    sanction decision (possibly "no sanction", with its reason) was recorded for it.
    ``resolution``/``resolved_at``/``callback_done_at`` describe the current cycle and are
    cleared on reopening; ``reopened_at`` restarts the resolution clock.
    """

    id: Id
    customer_id: Id
    severity: Severity
    status: ComplaintStatus
    opened_at: datetime
    order_id: Id | None = None
    provider_id: Id | None = None
    acknowledged_at: datetime | None = None
    resolved_at: datetime | None = None
    resolution: str | None = None
    substantiated: bool | None = None
    sanction_decided: bool = False
    callbacks: tuple[CallbackFacts, ...] = ()
    callback_done_at: datetime | None = None
    escalated_at: datetime | None = None
    reopened_at: datetime | None = None
    reopen_count: int = 0
    closed_at: datetime | None = None

    @property
    def escalated(self) -> bool:
        return self.escalated_at is not None

    @property
    def against_provider(self) -> bool:
        """Substantiated against a named provider: the case that needs a sanction decision."""
        return self.substantiated is True and self.provider_id is not None

    @property
    def cycle_callbacks(self) -> tuple[CallbackFacts, ...]:
        """The callbacks logged since the current resolution (this reopen cycle)."""
        return tuple(c for c in self.callbacks if c.cycle == self.reopen_count)


class ComplaintActionKind(StrEnum):
    ACKNOWLEDGE = "acknowledge"
    START_INVESTIGATION = "start_investigation"
    ADD_NOTE = "add_note"
    RESOLVE = "resolve"
    LOG_CALLBACK = "log_callback"
    RECORD_SANCTION_DECISION = "record_sanction_decision"
    ESCALATE = "escalate"
    CLOSE = "close"
    REOPEN = "reopen"


@dataclass(frozen=True, slots=True)
class ComplaintAction:
    """An action an agent takes on a ticket, with the payload that kind needs.

    Build one with the class methods (``ComplaintAction.resolve("…", substantiated=True)``)
    so each kind carries exactly its own fields.
    """

    kind: ComplaintActionKind
    note: str = ""
    resolution: str | None = None
    substantiated: bool | None = None
    callback_outcome: CallbackOutcome | None = None

    @classmethod
    def acknowledge(cls) -> ComplaintAction:
        return cls(ComplaintActionKind.ACKNOWLEDGE)

    @classmethod
    def start_investigation(cls) -> ComplaintAction:
        return cls(ComplaintActionKind.START_INVESTIGATION)

    @classmethod
    def add_note(cls, note: str) -> ComplaintAction:
        return cls(ComplaintActionKind.ADD_NOTE, note=note)

    @classmethod
    def resolve(cls, resolution: str, substantiated: bool | None) -> ComplaintAction:
        return cls(ComplaintActionKind.RESOLVE, resolution=resolution, substantiated=substantiated)

    @classmethod
    def log_callback(cls, outcome: CallbackOutcome, note: str = "") -> ComplaintAction:
        return cls(ComplaintActionKind.LOG_CALLBACK, note=note, callback_outcome=outcome)

    @classmethod
    def record_sanction_decision(cls, note: str = "") -> ComplaintAction:
        return cls(ComplaintActionKind.RECORD_SANCTION_DECISION, note=note)

    @classmethod
    def escalate(cls, note: str = "") -> ComplaintAction:
        return cls(ComplaintActionKind.ESCALATE, note=note)

    @classmethod
    def close(cls) -> ComplaintAction:
        return cls(ComplaintActionKind.CLOSE)

    @classmethod
    def reopen(cls, note: str = "") -> ComplaintAction:
        return cls(ComplaintActionKind.REOPEN, note=note)


class ComplaintRuleError(ValueError):
    """An action the complaint rules do not allow; ``reason`` says why in both languages."""

    def __init__(self, reason: Reason) -> None:
        super().__init__(f"{reason.code}: {reason.en}")
        self.reason = reason


STATUS_NAMES: dict[ComplaintStatus, tuple[str, str]] = {
    ComplaintStatus.OPEN: ("待受理", "open"),
    ComplaintStatus.ACKNOWLEDGED: ("已受理", "acknowledged"),
    ComplaintStatus.INVESTIGATING: ("调查中", "under investigation"),
    ComplaintStatus.RESOLVED: ("已处理", "resolved"),
    ComplaintStatus.CALLBACK_DONE: ("已回访", "callback done"),
    ComplaintStatus.CLOSED: ("已关闭", "closed"),
    ComplaintStatus.REOPENED: ("已重新打开", "reopened"),
}

ACTION_NAMES: dict[ComplaintActionKind, tuple[str, str]] = {
    ComplaintActionKind.ACKNOWLEDGE: ("受理", "acknowledge"),
    ComplaintActionKind.START_INVESTIGATION: ("开始调查", "start the investigation"),
    ComplaintActionKind.ADD_NOTE: ("添加备注", "add a note"),
    ComplaintActionKind.RESOLVE: ("登记处理结果", "record the resolution"),
    ComplaintActionKind.LOG_CALLBACK: ("登记回访", "log a callback"),
    ComplaintActionKind.RECORD_SANCTION_DECISION: ("登记处罚决定", "record the sanction decision"),
    ComplaintActionKind.ESCALATE: ("上报主管", "escalate to a supervisor"),
    ComplaintActionKind.CLOSE: ("关闭工单", "close the ticket"),
    ComplaintActionKind.REOPEN: ("重新打开", "reopen the ticket"),
}

SEVERITY_NAMES: dict[Severity, tuple[str, str]] = {
    Severity.CRITICAL: ("紧急", "critical"),
    Severity.HIGH: ("高", "high"),
    Severity.MEDIUM: ("中", "medium"),
    Severity.LOW: ("低", "low"),
}
