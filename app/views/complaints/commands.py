"""Complaint commands as the Outbox stores them, and what the rules say before one is sent.

Every handling step goes through ``SyncLink.enqueue_command`` (the persistent Outbox), so a
step taken while the network is down is sent later, in order, and a refusal is kept for the
user to look at. Before queuing, the step is checked with the same rules the server applies
(``app.rules.complaints.check_action``), so an obvious refusal is explained at once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication

from app.client import endpoints
from app.models.enums import CallbackOutcome
from app.rules.complaints import (
    ComplaintAction,
    ComplaintActionKind,
    ComplaintRuleError,
    apply_action,
    check_action,
    closing_blockers,
)
from app.rules.reasons import Reason
from app.schemas.complaints import ComplaintDetail
from app.views.complaints.labels import outcome_label
from app.views.complaints.wire import facts_from_detail
from app.views.i18n import QT_TRANSLATE_NOOP

Command = dict[str, Any]
CONTEXT = "ComplaintCommands"

# The Outbox needs an entity id; a new ticket has none until the server answers.
NEW_TICKET_ID = 0

_LABEL_SOURCE: dict[str, str] = {
    "acknowledge": QT_TRANSLATE_NOOP("ComplaintCommands", "Acknowledge %1"),
    "start_investigation": QT_TRANSLATE_NOOP("ComplaintCommands", "Start investigating %1"),
    "add_note": QT_TRANSLATE_NOOP("ComplaintCommands", "Note on %1"),
    "assign": QT_TRANSLATE_NOOP("ComplaintCommands", "Transfer %1"),
    "escalate": QT_TRANSLATE_NOOP("ComplaintCommands", "Escalate %1"),
    "resolve": QT_TRANSLATE_NOOP("ComplaintCommands", "Resolve %1"),
    "log_callback": QT_TRANSLATE_NOOP("ComplaintCommands", "Callback on %1: %2"),
    "record_sanction_decision": QT_TRANSLATE_NOOP("ComplaintCommands", "Sanction decision on %1"),
    "block_provider": QT_TRANSLATE_NOOP(
        "ComplaintCommands", "Block provider for the customer of %1"
    ),
    "close": QT_TRANSLATE_NOOP("ComplaintCommands", "Close %1"),
    "reopen": QT_TRANSLATE_NOOP("ComplaintCommands", "Reopen %1"),
}


def _label_source(action: str) -> str:
    source = _LABEL_SOURCE.get(action)
    return QCoreApplication.translate(CONTEXT, source) if source else action


@dataclass(frozen=True, slots=True)
class TicketRef:
    """The ticket a command is about, at the version the user saw."""

    id: int
    version: int
    code: str

    @classmethod
    def of(cls, detail: ComplaintDetail) -> TicketRef:
        return cls(detail.id, detail.version, detail.code)


def step(ticket: TicketRef, action: str, body: Mapping[str, Any] | None = None) -> Command:
    """A command on an existing ticket (If-Match: the version the user saw)."""
    label = _label_source(action).replace("%1", ticket.code)
    if action == "log_callback" and body is not None:
        label = label.replace("%2", outcome_label(body.get("outcome")))
    return {
        "path": endpoints.ticket_command(ticket.id, action),
        "body": dict(body) if body is not None else None,
        "if_match": ticket.version,
        "entity": "complaint",
        "entity_id": ticket.id,
        "label": label,
    }


def intake(body: Mapping[str, Any], who: str) -> Command:
    """A new ticket (no If-Match: there is no version yet)."""
    label = QCoreApplication.translate("ComplaintCommands", "New complaint from %1").replace(
        "%1", who
    )
    return {
        "path": endpoints.COMPLAINTS,
        "body": dict(body),
        "if_match": None,
        "entity": "complaint",
        "entity_id": NEW_TICKET_ID,
        "label": label,
    }


def callback_body(outcome: CallbackOutcome, note: str) -> dict[str, Any]:
    return {"outcome": outcome.value, "note": note.strip()}


# ---- what the rules say, before the server does ---------------------------------------------


def refusal(detail: ComplaintDetail, action: ComplaintAction, now: datetime) -> Reason | None:
    """Why the rules would refuse ``action`` on the ticket now; None when they would not."""
    return check_action(facts_from_detail(detail), action, now)


def predicted_blockers(
    detail: ComplaintDetail, action: ComplaintAction, now: datetime
) -> list[Reason] | None:
    """What will still stop the ticket from closing once ``action`` is done (None: unknown)."""
    try:
        after = apply_action(facts_from_detail(detail), action, now)
    except ComplaintRuleError:
        return None
    return closing_blockers(after)


# Wire action name -> the rules' action kind, for the steps the rules model.
RULE_KIND: dict[str, ComplaintActionKind] = {k.value: k for k in ComplaintActionKind}
