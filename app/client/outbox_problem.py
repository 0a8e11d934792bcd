"""What a stuck Outbox command says to the person who queued it: the server's refusal in both
languages, and, for a conflict, the state the server's copy was in (read from the stored
error here, so that no view reads a key of it)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.client.outbox import OutboxCommand


@dataclass(frozen=True, slots=True)
class ServerCopy:
    """The server's entity at the time of a conflict, as far as a person needs it."""

    status: str | None
    version: object  # as the server sent it; None: not said
    updated_at: datetime | str | None  # text the server sent that is not a time stays text


@dataclass(frozen=True, slots=True)
class Problem:
    message: str  # Chinese
    message_en: str
    current: ServerCopy | None  # a conflict's server copy; None: none was sent


def problem_of(command: OutboxCommand) -> Problem:
    error = command.error or {}
    current = command.current
    copy = None
    if current:
        status, updated = current.get("status"), current.get("updated_at")
        stamp: datetime | str | None = None
        if isinstance(updated, str):
            try:
                stamp = datetime.fromisoformat(updated)
            except ValueError:
                stamp = updated
        copy = ServerCopy(
            status if isinstance(status, str) else None, current.get("version"), stamp
        )
    return Problem(str(error.get("message") or ""), str(error.get("message_en") or ""), copy)
