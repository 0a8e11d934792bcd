"""The server paths the complaints workbench uses, in one place (the views spell no other URL).

Reads come from the local cache; these are the commands and the hotline lookup.

They follow ``app/server/routes/complaints.py``; ``app.client.endpoints`` keeps the app-wide ones.
"""

from __future__ import annotations

from app.client.endpoints import API

COMPLAINTS = f"{API}/complaints"

# Commands on one ticket: the action's name on the wire -> the path segment after the id.
TICKET_COMMANDS: dict[str, str] = {
    "acknowledge": "acknowledge",
    "start_investigation": "start-investigation",
    "add_note": "notes",
    "assign": "assign",
    "escalate": "escalate",
    "resolve": "resolve",
    "log_callback": "callbacks",
    "record_sanction_decision": "sanction-decision",
    "block_provider": "block-provider",
    "close": "close",
    "reopen": "reopen",
}


def ticket_command(complaint_id: int, action: str) -> str:
    """POST one handling step (needs If-Match and an Idempotency-Key)."""
    if action not in TICKET_COMMANDS:
        raise ValueError(f"unknown complaint action {action!r}")
    return f"{COMPLAINTS}/{int(complaint_id)}/{TICKET_COMMANDS[action]}"
