"""Names the certification page shows: kinds and reasons come from the rules in both
languages; states and why an action is disabled are the page's own (translated) words."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.client.certifications import CertRow
from app.models.enums import CertificationKind
from app.rules.certification.decisions import DECISION_REASONS
from app.rules.certification.kinds import POLICIES
from app.views.i18n import QT_TRANSLATE_NOOP, pick

STATE_SOURCE: dict[str, str] = {
    "submitted": QT_TRANSLATE_NOOP("CertLabels", "Waiting"),
    "in_review": QT_TRANSLATE_NOOP("CertLabels", "In review"),
    "approved": QT_TRANSLATE_NOOP("CertLabels", "Approved"),
    "rejected": QT_TRANSLATE_NOOP("CertLabels", "Rejected"),
    "resubmission_requested": QT_TRANSLATE_NOOP("CertLabels", "Resubmission asked"),
    "revoked": QT_TRANSLATE_NOOP("CertLabels", "Revoked"),
    "expired": QT_TRANSLATE_NOOP("CertLabels", "Expired"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CertLabels", text)


def state_name(code: str) -> str:
    source = STATE_SOURCE.get(code)
    return _tr(source) if source else code


def kind_name(code: str) -> str:
    try:
        policy = POLICIES[CertificationKind(code)]
    except ValueError:
        return code
    return pick(policy.name_zh, policy.name_en)


def reason_name(code: str) -> str:
    reason = DECISION_REASONS.get(code)
    return pick(reason.zh, reason.en) if reason else code


def why_not(action: str, row: CertRow | None, me: int, now: datetime) -> str | None:
    """Why ``action`` cannot be taken on ``row`` now; None when it can."""
    if row is None:
        return QCoreApplication.translate("CertLabels", "Select a certificate in the queue first.")
    mine = row.claimed_by == me and row.claim_active(now)
    if action == "claim":
        if row.first_approver_id == me and row.status in ("submitted", "in_review"):
            return QCoreApplication.translate(
                "CertLabels", "Needs a second reviewer; you gave the first approval."
            )
        if row.claimable_by(me, now):
            return (
                None
                if not mine
                else QCoreApplication.translate("CertLabels", "You already hold this claim.")
            )
        if row.status == "in_review":
            return QCoreApplication.translate("CertLabels", "Another reviewer is working on it.")
        return QCoreApplication.translate("CertLabels", "Already decided: %1.").replace(
            "%1", state_name(row.status)
        )
    if action == "release":
        return (
            None
            if mine
            else QCoreApplication.translate("CertLabels", "Only your own claim can be released.")
        )
    if action == "revoke":
        return (
            None
            if row.status == "approved"
            else QCoreApplication.translate(
                "CertLabels", "Only an approved certificate can be revoked."
            )
        )
    if not mine:
        return QCoreApplication.translate("CertLabels", "Claim it first (N).")
    if action == "approve" and row.first_approver_id == me:
        return QCoreApplication.translate(
            "CertLabels", "Needs a second reviewer; you gave the first approval."
        )
    return None
