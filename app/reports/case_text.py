"""The case file's words, and ``Case``: one ticket and the language it is told in.

The section builders (``case_sections.py``) all speak through ``Case``: its labels (``t``),
staff names (``who``) and the finding, so each builder needs only the case in hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from app.reports.labels import FINDINGS, NONE, is_en, say
from app.rules.text import QT_TRANSLATE_NOOP, text
from app.schemas.complaints import ComplaintDetail

T: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("CaseFile", "Complaint case file"),
    "case_no": QT_TRANSLATE_NOOP("CaseFile", "Case number"),
    "category": QT_TRANSLATE_NOOP("CaseFile", "Category"),
    "severity": QT_TRANSLATE_NOOP("CaseFile", "Severity"),
    "status": QT_TRANSLATE_NOOP("CaseFile", "Status"),
    "finding": QT_TRANSLATE_NOOP("CaseFile", "Finding"),
    "opened": QT_TRANSLATE_NOOP("CaseFile", "Opened"),
    "closed": QT_TRANSLATE_NOOP("CaseFile", "Closed"),
    "not_closed": QT_TRANSLATE_NOOP("CaseFile", "not closed"),
    "customer": QT_TRANSLATE_NOOP("CaseFile", "Customer"),
    "address": QT_TRANSLATE_NOOP("CaseFile", "Address"),
    "order": QT_TRANSLATE_NOOP("CaseFile", "Order"),
    "provider": QT_TRANSLATE_NOOP("CaseFile", "Provider"),
    "assignee": QT_TRANSLATE_NOOP("CaseFile", "Handled by"),
    "reopened": QT_TRANSLATE_NOOP("CaseFile", "Reopened"),
    "escalated": QT_TRANSLATE_NOOP("CaseFile", "Escalated"),
    "yes": QT_TRANSLATE_NOOP("CaseFile", "yes"),
    "no": QT_TRANSLATE_NOOP("CaseFile", "no"),
    "s1": QT_TRANSLATE_NOOP("CaseFile", "1. Complaint record"),
    "s2": QT_TRANSLATE_NOOP("CaseFile", "2. Handling"),
    "s3": QT_TRANSLATE_NOOP("CaseFile", "3. Customer callback"),
    "s4": QT_TRANSLATE_NOOP("CaseFile", "4. Decision"),
    "s5": QT_TRANSLATE_NOOP("CaseFile", "5. SLA compliance"),
    "summary": QT_TRANSLATE_NOOP("CaseFile", "Summary"),
    "time": QT_TRANSLATE_NOOP("CaseFile", "Time"),
    "kind": QT_TRANSLATE_NOOP("CaseFile", "Step"),
    "by": QT_TRANSLATE_NOOP("CaseFile", "By"),
    "content": QT_TRANSLATE_NOOP("CaseFile", "Details"),
    "resolution": QT_TRANSLATE_NOOP("CaseFile", "Resolution"),
    "resolved_at": QT_TRANSLATE_NOOP("CaseFile", "Resolved"),
    "repeat": QT_TRANSLATE_NOOP("CaseFile", "Repeat complaint"),
    "no_steps": QT_TRANSLATE_NOOP("CaseFile", "Nothing has been done yet."),
    "round": QT_TRANSLATE_NOOP("CaseFile", "Round"),
    "outcome": QT_TRANSLATE_NOOP("CaseFile", "Outcome"),
    "note": QT_TRANSLATE_NOOP("CaseFile", "Note"),
    "no_callback": QT_TRANSLATE_NOOP("CaseFile", "The customer has not been called back yet."),
    "verdict": QT_TRANSLATE_NOOP("CaseFile", "Callback verdict"),
    "level": QT_TRANSLATE_NOOP("CaseFile", "Sanction"),
    "decided_by": QT_TRANSLATE_NOOP("CaseFile", "Decided by"),
    "decided_at": QT_TRANSLATE_NOOP("CaseFile", "Decided"),
    "reason": QT_TRANSLATE_NOOP("CaseFile", "Reason"),
    "ends_at": QT_TRANSLATE_NOOP("CaseFile", "Ends"),
    "lifted_at": QT_TRANSLATE_NOOP("CaseFile", "Lifted"),
    "appeal": QT_TRANSLATE_NOOP("CaseFile", "Appeal"),
    "appeal_filed": QT_TRANSLATE_NOOP("CaseFile", "Filed"),
    "appeal_reason": QT_TRANSLATE_NOOP("CaseFile", "Statement"),
    "appeal_result": QT_TRANSLATE_NOOP("CaseFile", "Review"),
    "appeal_note": QT_TRANSLATE_NOOP("CaseFile", "Review note"),
    "appeal_by": QT_TRANSLATE_NOOP("CaseFile", "Reviewed by"),
    "appeal_at": QT_TRANSLATE_NOOP("CaseFile", "Reviewed"),
    "no_appeal": QT_TRANSLATE_NOOP("CaseFile", "none filed"),
    "blocks": QT_TRANSLATE_NOOP("CaseFile", "Customer block"),
    "block_text": QT_TRANSLATE_NOOP("CaseFile", "the provider is never to be sent again"),
    "blockers": QT_TRANSLATE_NOOP("CaseFile", "Still needed to close"),
    "clock": QT_TRANSLATE_NOOP("CaseFile", "Clock"),
    "deadline": QT_TRANSLATE_NOOP("CaseFile", "Deadline"),
    "actual": QT_TRANSLATE_NOOP("CaseFile", "Met at"),
    "result": QT_TRANSLATE_NOOP("CaseFile", "Result"),
    "sla_note": QT_TRANSLATE_NOOP("CaseFile", "Beijing time (UTC+8); clocks run 24/7."),
    "sla_reopen": QT_TRANSLATE_NOOP(
        "CaseFile",
        "After a reopening the resolution clock restarts from the reopening.",
    ),
    "end": QT_TRANSLATE_NOOP("CaseFile", "— End of case file —"),
}

# Labels whose English another label of the case file shares, but not their Chinese (the
# sanction's status beside the ticket's): a context of their own.
T_SANCTION: dict[str, str] = {
    "sanction_status": QT_TRANSLATE_NOOP("CaseFileSanction", "Status"),
}

NO_SANCTION: dict[str, str] = {
    "not_substantiated": QT_TRANSLATE_NOOP("CaseFile", "Not substantiated: no sanction."),
    "no_finding": QT_TRANSLATE_NOOP("CaseFile", "No finding against the provider: no sanction."),
    "decided_none": QT_TRANSLATE_NOOP("CaseFile", "A supervisor decided on no sanction."),
    "pending": QT_TRANSLATE_NOOP("CaseFile", "No sanction decision is recorded yet."),
    "no_provider": QT_TRANSLATE_NOOP("CaseFile", "No provider involved: no decision needed."),
}


class Case:
    """One ticket and how to say things about it in one language."""

    def __init__(
        self, ticket: ComplaintDetail, lang: str, people: Mapping[int, str], now: datetime
    ) -> None:
        self.ticket = ticket
        self.lang = lang
        self.people = people
        self.now = now  # the printing time: running clocks are measured against it
        self.en = is_en(lang)

    def t(self, key: str) -> str:
        if key in T_SANCTION:
            return say(text("CaseFileSanction", T_SANCTION[key]), self.lang)
        return self.say("CaseFile", T[key])

    def say(self, context: str, source: str, **values: object) -> str:
        """English ``source`` in ``context``, in the case's language, from the one catalogue."""
        return say(text(context, source, **values), self.lang)

    def no_sanction(self, key: str) -> str:
        """Why the case file shows no sanction (a key of ``NO_SANCTION``)."""
        return self.say("CaseFile", NO_SANCTION[key])

    def who(self, user_id: object) -> str:
        if user_id is None:
            return NONE
        if isinstance(user_id, int) and user_id in self.people:
            return self.people[user_id]
        assignee = self.ticket.assignee
        if assignee is not None and assignee.id == user_id and assignee.display_name:
            return assignee.display_name
        return self.say("CaseFile", QT_TRANSLATE_NOOP("CaseFile", "user #{id}"), id=user_id)

    def f(self, key: str, value: Any) -> tuple[str, Any]:
        """A labelled field for ``field_table``."""
        return (self.t(key), value)

    def finding(self) -> str:
        return say(FINDINGS[self.ticket.substantiated], self.lang)
