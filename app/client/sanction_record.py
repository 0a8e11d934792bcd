"""A provider's sanction record as the desktop shows it: the dispatch hold and why, then every
sanction, newest first (``app.rules.sanction_rows.provider_sanctions_view`` assembles it from
the cache's rows; this types it, so that no view reads a key of it).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.rules.complaint_rows import as_time
from app.rules.reasons import Reason


def _reasons(items: object) -> tuple[Reason, ...]:
    """Reasons as the rules put them on the wire (``{"code", "message", "message_en"}``)."""
    if not isinstance(items, Sequence):
        return ()
    return tuple(
        Reason(
            str(r.get("code") or ""), str(r.get("message") or ""), str(r.get("message_en") or "")
        )
        for r in items
        if isinstance(r, Mapping)
    )


@dataclass(frozen=True, slots=True)
class SanctionEntry:
    """One sanction: when and by whom it was decided, what it does now, any appeal."""

    id: int | None
    level: str | None
    status: str | None  # the effective status (an expired suspension says so), else as stored
    reason: str
    decided_at: datetime | None
    decided_by: int | None
    ends_at: datetime | None
    blocking: bool
    appeal: str | None  # the latest appeal's status; None: never appealed

    @classmethod
    def from_row(cls, row: Mapping[str, Any]) -> SanctionEntry:
        appeal = row.get("appeal") or {}
        decider = row.get("decided_by")
        status = row.get("effective_status") or row.get("status")
        level = row.get("level")
        return cls(
            id=row.get("id"),
            level=None if level is None else str(level),
            status=None if status is None else str(status),
            reason=str(row.get("reason") or ""),
            decided_at=as_time(row.get("decided_at")),
            decided_by=decider if isinstance(decider, int) else None,
            ends_at=as_time(row.get("ends_at")),
            blocking=bool(row.get("blocking")),
            appeal=str(appeal.get("status") or "") if appeal else None,
        )


@dataclass(frozen=True, slots=True)
class SanctionRecord:
    """A provider's current dispatch hold (None: may be dispatched), why, and the history."""

    provider_id: int
    dispatch_hold: str | None
    hold_reasons: tuple[Reason, ...]
    sanctions: tuple[SanctionEntry, ...]

    @classmethod
    def from_view(cls, view: Mapping[str, Any]) -> SanctionRecord:
        hold = view.get("dispatch_hold")
        return cls(
            provider_id=int(view["provider_id"]),
            dispatch_hold=str(hold) if hold else None,
            hold_reasons=_reasons(view.get("hold_reasons")),
            sanctions=tuple(SanctionEntry.from_row(s) for s in view.get("sanctions") or ()),
        )
