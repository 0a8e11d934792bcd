"""The review state machine (资质审核), with claims and four-eyes approval.

``submitted`` -> ``in_review`` (claimed by one reviewer; the claim lapses after 30 minutes
idle, and then anyone may take it) -> ``approved`` | ``rejected`` (reason code and text) |
``resubmission_requested`` (items to fix); ``approved`` -> ``revoked`` (reason) | ``expired``
(by the clock, when its expiry or review-due date has passed).

A four-eyes kind (nurse licence, electrician licence, background check) is approved only by a
second approval from a different reviewer: the first approval records the approver and puts
the item back in the queue (``submitted``), unclaimed. Nobody, admin included, gives the second
approval to their own first approval.

Every function is pure: the state and the time in, the new state or a refusal (``Reason``) out.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from app.models.enums import CertificationKind, CertificationStatus
from app.rules.certification.decisions import decision_reason
from app.rules.certification.facts import CertFact
from app.rules.certification.kinds import FOUR_EYES_KINDS
from app.rules.certification.validity import lapsed
from app.rules.reasons import Reason

S = CertificationStatus
CLAIM_IDLE = timedelta(minutes=30)
OPEN_STATES: frozenset[S] = frozenset({S.SUBMITTED, S.IN_REVIEW})
FINAL_STATES: frozenset[S] = frozenset({S.REJECTED, S.RESUBMISSION_REQUESTED, S.REVOKED, S.EXPIRED})


@dataclass(frozen=True, slots=True)
class CertReview:
    """The part of a certificate the review rules read and write. Reviewer ids are user ids."""

    kind: CertificationKind
    status: CertificationStatus
    expires_on: date | None = None
    review_due: date | None = None
    claimed_by: int | None = None
    claimed_at: datetime | None = None  # the claimant's last activity
    first_approver: int | None = None
    second_approver: int | None = None
    decision_code: str = ""
    decision_text: str = ""
    requested_items: tuple[str, ...] = ()

    @property
    def four_eyes(self) -> bool:
        return self.kind in FOUR_EYES_KINDS

    @property
    def awaiting_second_approval(self) -> bool:
        return self.four_eyes and self.first_approver is not None and self.status in OPEN_STATES

    def fact(self) -> CertFact:
        return CertFact(self.kind, self.status, self.expires_on, self.review_due)


def _refuse(code: str, zh: str, en: str) -> Reason:
    return Reason(f"certification.{code}", zh, en)


def claim_active(review: CertReview, now: datetime) -> bool:
    """The claim still holds (its holder was active within the last 30 minutes)."""
    return (
        review.status is S.IN_REVIEW
        and review.claimed_by is not None
        and review.claimed_at is not None
        and now - review.claimed_at < CLAIM_IDLE
    )


def claim(review: CertReview, reviewer: int, now: datetime) -> CertReview | Reason:
    if review.status not in OPEN_STATES:
        return _refuse("not_open", "该资质已审结", "This certificate has already been decided")
    if claim_active(review, now) and review.claimed_by != reviewer:
        return _refuse(
            "claimed_by_other", "其他审核员正在审核", "Another reviewer is working on this"
        )
    return replace(review, status=S.IN_REVIEW, claimed_by=reviewer, claimed_at=now)


def release(review: CertReview, reviewer: int) -> CertReview | Reason:
    problem = _holds(review, reviewer)
    if problem is not None:
        return problem
    return replace(review, status=S.SUBMITTED, claimed_by=None, claimed_at=None)


def _holds(review: CertReview, reviewer: int) -> Reason | None:
    """None when ``reviewer`` holds the claim. A lapsed claim is still its holder's until
    someone else claims the item (the lapse only frees it for others)."""
    if review.status is not S.IN_REVIEW or review.claimed_by != reviewer:
        return _refuse("not_claimed", "请先领取该资质再审核", "Claim the certificate first")
    return None


def approve(review: CertReview, reviewer: int) -> CertReview | Reason:
    problem = _holds(review, reviewer)
    if problem is not None:
        return problem
    unclaimed = replace(review, claimed_by=None, claimed_at=None)
    if not review.four_eyes:
        return replace(unclaimed, status=S.APPROVED, first_approver=reviewer)
    if review.first_approver is None:
        return replace(unclaimed, status=S.SUBMITTED, first_approver=reviewer)
    if review.first_approver == reviewer:
        return _refuse(
            "self_second_approval",
            "高风险资质须由另一位审核员复核，不能复核自己的初审",
            "A high-risk certificate needs a second approval by a different reviewer",
        )
    return replace(unclaimed, status=S.APPROVED, second_approver=reviewer)


def reject(review: CertReview, reviewer: int, code: str, text: str) -> CertReview | Reason:
    problem = _holds(review, reviewer)
    if problem is not None:
        return problem
    if decision_reason(code, text) is None:
        return _refuse("reason_required", "请选择驳回原因", "Choose a reason for the rejection")
    return replace(
        review,
        status=S.REJECTED,
        claimed_by=None,
        claimed_at=None,
        decision_code=code,
        decision_text=text.strip(),
    )


def request_resubmission(
    review: CertReview, reviewer: int, items: tuple[str, ...], text: str = ""
) -> CertReview | Reason:
    problem = _holds(review, reviewer)
    if problem is not None:
        return problem
    if not items or any(decision_reason(code, text) is None for code in items):
        return _refuse(
            "items_required",
            "请选择需要补正的项目",
            "Choose what the provider has to fix",
        )
    return replace(
        review,
        status=S.RESUBMISSION_REQUESTED,
        claimed_by=None,
        claimed_at=None,
        requested_items=tuple(dict.fromkeys(items)),
        decision_text=text.strip(),
    )


def revoke(review: CertReview, text: str) -> CertReview | Reason:
    if review.status is not S.APPROVED:
        return _refuse(
            "not_approved", "只能撤销已通过的资质", "Only an approved certificate can be revoked"
        )
    if not text.strip():
        return _refuse("reason_required", "撤销须填写原因", "A revocation needs a reason")
    return replace(review, status=S.REVOKED, decision_code="revoked", decision_text=text.strip())


def expire(review: CertReview, today: date) -> CertReview | Reason:
    """Approved -> expired once its last valid day (expiry or review due) is before ``today``."""
    if not lapsed(review.fact(), today):
        return _refuse("not_lapsed", "该资质尚未到期", "This certificate has not lapsed")
    return replace(review, status=S.EXPIRED)
