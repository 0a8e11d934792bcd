"""Words the training page shows: session states as a label (a heading, a column) and as a
word inside a sentence, enrolment states and the result column, all translated."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.rules.reasons import Reason
from app.rules.training.sessions import STATE_NAMES, SessionState
from app.views.i18n import QT_TRANSLATE_NOOP, is_english, pick

STATE_SOURCE: dict[SessionState, str] = {
    SessionState.SCHEDULED: QT_TRANSLATE_NOOP("TrainingLabels", "Scheduled"),
    SessionState.IN_PROGRESS: QT_TRANSLATE_NOOP("TrainingLabels", "In progress"),
    SessionState.COMPLETED: QT_TRANSLATE_NOOP("TrainingLabels", "Completed"),
    SessionState.CANCELLED: QT_TRANSLATE_NOOP("TrainingLabels", "Cancelled"),
}

STATUS_SOURCE: dict[str, str] = {
    "enrolled": QT_TRANSLATE_NOOP("TrainingLabels", "Seated"),
    "waiting": QT_TRANSLATE_NOOP("TrainingLabels", "Waiting list"),
    "withdrawn": QT_TRANSLATE_NOOP("TrainingLabels", "Withdrawn"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("TrainingLabels", text)


def session_state_name(code: str) -> str:
    """A session state as a label (the page's heading, the sessions' column): "Scheduled"."""
    try:
        return _tr(STATE_SOURCE[SessionState(code)])
    except ValueError:
        return code


def session_state_word(code: str) -> str:
    """A session state inside a sentence, as the rules word it: "… that is scheduled"."""
    try:
        zh, en = STATE_NAMES[SessionState(code)]
    except ValueError:
        return code
    return pick(zh, en)


def enrolment_name(code: str) -> str:
    source = STATUS_SOURCE.get(code)
    return _tr(source) if source else code


def reason_text(reason: Reason) -> str:
    return reason.en if is_english() else reason.zh


def passed_text(passed: bool) -> str:
    return (
        QCoreApplication.translate("TrainingLabels", "Pass")
        if passed
        else QCoreApplication.translate("TrainingLabels", "Fail")
    )


def attended_text(attended: bool | None) -> str:
    if attended is None:
        return "—"
    return (
        QCoreApplication.translate("TrainingLabels", "Present")
        if attended
        else QCoreApplication.translate("TrainingLabels", "Absent")
    )
