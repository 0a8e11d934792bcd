"""Words and colours for complaint codes: categories, severities, states, outcomes, sanctions.

English sources are marked for lupdate in context "ComplaintLabels"; the Chinese comes from
the rules' own (zh, en) name pairs where the rules have them (tools/ts_zh/complaints.py), so
the workbench and the rules never disagree.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from app.models.enums import (
    AppealStatus,
    CallbackOutcome,
    ComplaintCategory,
    ComplaintStatus,
    SanctionLevel,
    SanctionStatus,
    Severity,
)
from app.rules.reasons import Reason
from app.rules.sla import SlaClock
from app.views.i18n import QT_TRANSLATE_NOOP, pick
from app.views.timefmt import duration_text

CONTEXT = "ComplaintLabels"

CATEGORY_SOURCE: dict[ComplaintCategory, str] = {
    ComplaintCategory.SAFETY: QT_TRANSLATE_NOOP("ComplaintLabels", "Safety hazard"),
    ComplaintCategory.THEFT: QT_TRANSLATE_NOOP("ComplaintLabels", "Theft or loss"),
    ComplaintCategory.INJURY: QT_TRANSLATE_NOOP("ComplaintLabels", "Injury"),
    ComplaintCategory.QUALITY: QT_TRANSLATE_NOOP("ComplaintLabels", "Service quality"),
    ComplaintCategory.ATTITUDE: QT_TRANSLATE_NOOP("ComplaintLabels", "Attitude"),
    ComplaintCategory.LATENESS: QT_TRANSLATE_NOOP("ComplaintLabels", "Lateness"),
    ComplaintCategory.NO_SHOW: QT_TRANSLATE_NOOP("ComplaintLabels", "No-show"),
    ComplaintCategory.PRICING: QT_TRANSLATE_NOOP("ComplaintLabels", "Pricing dispute"),
    ComplaintCategory.DAMAGE: QT_TRANSLATE_NOOP("ComplaintLabels", "Damage"),
    ComplaintCategory.OTHER: QT_TRANSLATE_NOOP("ComplaintLabels", "Other"),
}

SEVERITY_SOURCE: dict[Severity, str] = {
    Severity.CRITICAL: QT_TRANSLATE_NOOP("ComplaintLabels", "Critical"),
    Severity.HIGH: QT_TRANSLATE_NOOP("ComplaintLabels", "High"),
    Severity.MEDIUM: QT_TRANSLATE_NOOP("ComplaintLabels", "Medium"),
    Severity.LOW: QT_TRANSLATE_NOOP("ComplaintLabels", "Low"),
}

STATUS_SOURCE: dict[ComplaintStatus, str] = {
    ComplaintStatus.OPEN: QT_TRANSLATE_NOOP("ComplaintLabels", "Open"),
    ComplaintStatus.ACKNOWLEDGED: QT_TRANSLATE_NOOP("ComplaintLabels", "Acknowledged"),
    ComplaintStatus.INVESTIGATING: QT_TRANSLATE_NOOP("ComplaintLabels", "Investigating"),
    ComplaintStatus.RESOLVED: QT_TRANSLATE_NOOP("ComplaintLabels", "Resolved"),
    ComplaintStatus.CALLBACK_DONE: QT_TRANSLATE_NOOP("ComplaintLabels", "Called back"),
    ComplaintStatus.CLOSED: QT_TRANSLATE_NOOP("ComplaintLabels", "Closed"),
    ComplaintStatus.REOPENED: QT_TRANSLATE_NOOP("ComplaintLabels", "Reopened"),
}

OUTCOME_SOURCE: dict[CallbackOutcome, str] = {
    CallbackOutcome.REACHED_SATISFIED: QT_TRANSLATE_NOOP("ComplaintLabels", "Satisfied"),
    CallbackOutcome.REACHED_UNSATISFIED: QT_TRANSLATE_NOOP("ComplaintLabels", "Not satisfied"),
    CallbackOutcome.UNREACHABLE: QT_TRANSLATE_NOOP("ComplaintLabels", "No answer"),
}

LEVEL_SOURCE: dict[SanctionLevel, str] = {
    SanctionLevel.WARNING: QT_TRANSLATE_NOOP("ComplaintLabels", "Warning"),
    SanctionLevel.RETRAINING: QT_TRANSLATE_NOOP("ComplaintLabels", "Retraining"),
    SanctionLevel.SUSPENSION: QT_TRANSLATE_NOOP("ComplaintLabels", "Suspension"),
    SanctionLevel.DISQUALIFICATION: QT_TRANSLATE_NOOP("ComplaintLabels", "Disqualification"),
}

SANCTION_STATUS_SOURCE: dict[SanctionStatus, str] = {
    SanctionStatus.ACTIVE: QT_TRANSLATE_NOOP("ComplaintLabels", "In force"),
    SanctionStatus.LIFTED: QT_TRANSLATE_NOOP("ComplaintLabels", "Lifted"),
    SanctionStatus.OVERTURNED: QT_TRANSLATE_NOOP("ComplaintLabels", "Overturned"),
}

APPEAL_SOURCE: dict[AppealStatus, str] = {
    AppealStatus.PENDING: QT_TRANSLATE_NOOP("ComplaintLabels", "Appeal pending"),
    AppealStatus.UPHELD: QT_TRANSLATE_NOOP("ComplaintLabels", "Appeal rejected"),
    AppealStatus.OVERTURNED: QT_TRANSLATE_NOOP("ComplaintLabels", "Appeal granted"),
}

CLOCK_SOURCE: dict[SlaClock, str] = {
    SlaClock.FIRST_RESPONSE: QT_TRANSLATE_NOOP("ComplaintLabels", "First response"),
    SlaClock.RESOLUTION: QT_TRANSLATE_NOOP("ComplaintLabels", "Resolution"),
    SlaClock.CALLBACK: QT_TRANSLATE_NOOP("ComplaintLabels", "Callback"),
}

# complaint_notes.kind as the server writes it.
NOTE_SOURCE: dict[str, str] = {
    "record": QT_TRANSLATE_NOOP("ComplaintLabels", "Complaint recorded"),
    "handling": QT_TRANSLATE_NOOP("ComplaintLabels", "Handling"),
    "resolution": QT_TRANSLATE_NOOP("ComplaintLabels", "Resolution recorded"),
    "transfer": QT_TRANSLATE_NOOP("ComplaintLabels", "Transferred"),
    "escalation": QT_TRANSLATE_NOOP("ComplaintLabels", "Escalated"),
    "reopen": QT_TRANSLATE_NOOP("ComplaintLabels", "Ticket reopened"),
    "sanction": QT_TRANSLATE_NOOP("ComplaintLabels", "Sanction"),
    "system": QT_TRANSLATE_NOOP("ComplaintLabels", "Status change"),
}

SEVERITY_COLOR: dict[str, str] = {
    Severity.CRITICAL.value: "#b42318",
    Severity.HIGH.value: "#b54708",
    Severity.MEDIUM.value: "#175cd3",
    Severity.LOW.value: "#475467",
}
OVERDUE_BG = "#d92d20"
OVERDUE_FG = "#ffffff"
SOON_BG = "#fef0c7"  # under an hour left
SOON = timedelta(hours=1)

# The severity a category suggests at intake. Safety, theft and injury are critical by the
# design's definition; the rest is a starting point the agent adjusts. The server takes the
# severity the agent chose. TODO(lead): move into app.rules if the server should check it.
SUGGESTED_SEVERITY: dict[ComplaintCategory, Severity] = {
    ComplaintCategory.SAFETY: Severity.CRITICAL,
    ComplaintCategory.THEFT: Severity.CRITICAL,
    ComplaintCategory.INJURY: Severity.CRITICAL,
    ComplaintCategory.DAMAGE: Severity.HIGH,
    ComplaintCategory.NO_SHOW: Severity.HIGH,
    ComplaintCategory.QUALITY: Severity.MEDIUM,
    ComplaintCategory.ATTITUDE: Severity.MEDIUM,
    ComplaintCategory.PRICING: Severity.MEDIUM,
    ComplaintCategory.LATENESS: Severity.LOW,
    ComplaintCategory.OTHER: Severity.MEDIUM,
}


E = TypeVar("E", bound=StrEnum)


def _name(sources: Mapping[E, str], code: object, enum: type[E]) -> str:
    try:
        source = sources[enum(str(code))]
    except (ValueError, KeyError):
        return str(code or "")
    return QCoreApplication.translate(CONTEXT, source)


def category_label(code: object) -> str:
    return _name(CATEGORY_SOURCE, code, ComplaintCategory)


def severity_label(code: object) -> str:
    return _name(SEVERITY_SOURCE, code, Severity)


def status_label(code: object) -> str:
    return _name(STATUS_SOURCE, code, ComplaintStatus)


def outcome_label(code: object) -> str:
    return _name(OUTCOME_SOURCE, code, CallbackOutcome)


def level_label(code: object) -> str:
    if code is None:
        return QCoreApplication.translate("ComplaintLabels", "No sanction")
    return _name(LEVEL_SOURCE, code, SanctionLevel)


def sanction_status_label(code: object) -> str:
    return _name(SANCTION_STATUS_SOURCE, code, SanctionStatus)


def appeal_label(code: object) -> str:
    return _name(APPEAL_SOURCE, code, AppealStatus)


def clock_label(code: object) -> str:
    return _name(CLOCK_SOURCE, code, SlaClock)


def note_label(kind: str) -> str:
    source = NOTE_SOURCE.get(kind)
    return QCoreApplication.translate(CONTEXT, source) if source else kind


def reason_text(reason: Reason) -> str:
    """A server or rules reason in the interface language."""
    return pick(reason.zh, reason.en) or reason.code


def countdown_text(deadline: datetime, now: datetime) -> str:
    """ "12:05 left" under an hour (it visibly ticks), "3 h 5 min left" beyond; "… overdue"."""
    delta = deadline - now
    span = abs(delta)
    if span < SOON:
        seconds = int(span.total_seconds())
        amount = f"{seconds // 60:02d}:{seconds % 60:02d}"
    else:
        amount = duration_text(span)
    if delta >= timedelta(0):
        template = QCoreApplication.translate("ComplaintLabels", "%1 left")
    else:
        template = QCoreApplication.translate("ComplaintLabels", "%1 overdue")
    return template.replace("%1", amount)
