"""What the sync worker tells the window about the connection and the unsent commands."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from app.client.outbox import CONFLICT, FAILED, HELD, PENDING, Outbox

SHOWN_WAITING = 10  # labels of waiting commands the status bar lists in its tooltip


@dataclass(frozen=True, slots=True)
class OutboxFigures:
    """The status bar's figures about unsent commands, and the first waiting ones' labels."""

    pending: int = 0
    conflicts: int = 0
    failed: int = 0
    held: int = 0
    waiting: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """``online``: None until the first try; ``next_retry`` only while offline; ``lag``: the
    last feed lag measured, in seconds; ``outbox``: None when it could not be counted."""

    online: bool | None = None
    last_sync: datetime | None = None
    last_contact: datetime | None = None
    next_retry: datetime | None = None
    lag: float | None = None
    outbox: OutboxFigures | None = OutboxFigures()


def outbox_figures(outbox: Outbox | None) -> OutboxFigures:
    """The figures of ``outbox`` (none without one)."""
    if outbox is None:
        return OutboxFigures()
    counts = outbox.counts()
    return OutboxFigures(
        pending=counts[PENDING],
        conflicts=counts[CONFLICT],
        failed=counts[FAILED],
        held=counts[HELD],
        waiting=tuple(outbox.first_labels(SHOWN_WAITING)),
    )
