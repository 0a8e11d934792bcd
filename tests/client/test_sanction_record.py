"""A provider's sanction record, typed for the desktop (no view reads a key of it)."""

from __future__ import annotations

from datetime import UTC, datetime

from app.client.sanction_record import SanctionEntry, SanctionRecord
from app.rules.reasons import Reason

DECIDED = datetime(2026, 11, 5, 6, 50, 42, tzinfo=UTC)
ENDS = datetime(2026, 12, 5, 6, 50, 42, tzinfo=UTC)


def test_a_record_with_a_hold_its_reasons_and_the_history() -> None:
    view = {
        "provider_id": 512,
        "dispatch_hold": "suspension",
        "hold_reasons": [
            {"code": "sanction.hold_suspended", "message": "暂停接单", "message_en": "Suspended"},
            "not a reason",
        ],
        "sanctions": [
            {"id": 3, "level": "suspension", "status": "active", "effective_status": "expired",
             "reason": "查实", "decided_by": 5, "decided_at": DECIDED.isoformat(),
             "ends_at": ENDS.isoformat(), "blocking": True,
             "appeal": {"id": 1, "status": "pending"}},
            {"id": 4, "level": None, "status": "active", "decided_by": "5", "appeal": None},
            {"id": 5, "level": "warning", "appeal": {"id": 2}},
        ],
    }  # fmt: skip

    record = SanctionRecord.from_view(view)

    assert record.provider_id == 512
    assert record.dispatch_hold == "suspension"
    assert record.hold_reasons == (Reason("sanction.hold_suspended", "暂停接单", "Suspended"),)
    assert record.sanctions == (
        SanctionEntry(3, "suspension", "expired", "查实", DECIDED, 5, ENDS, True, "pending"),
        SanctionEntry(4, None, "active", "", None, None, None, False, None),
        SanctionEntry(5, "warning", None, "", None, None, None, False, ""),
    )


def test_no_hold_and_no_sanctions() -> None:
    record = SanctionRecord.from_view(
        {"provider_id": 7, "dispatch_hold": None, "hold_reasons": None}
    )

    assert record == SanctionRecord(7, None, (), ())
