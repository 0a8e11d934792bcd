"""The review state machine under arbitrary sequences of reviewer actions and the clock."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus as CS
from app.rules.beijing import BEIJING
from app.rules.certification import review as R
from app.rules.certification.kinds import FOUR_EYES_KINDS
from app.rules.certification.validity import counts_for
from app.rules.reasons import Reason

START = datetime(2026, 3, 2, 9, tzinfo=BEIJING)
REVIEWERS = st.integers(1, 3)
ADMIN = 3  # the admin is a reviewer like the others: no exemption from four-eyes


class Review(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.now = START
        self.review: R.CertReview | None = None
        self.approvals: list[int] = []  # every approval the machine accepted, in order

    @rule(
        kind=st.sampled_from(list(C)),
        expires=st.one_of(st.none(), st.integers(0, 60)),
        due=st.one_of(st.none(), st.integers(0, 60)),
    )
    @precondition(lambda self: self.review is None)
    def submit(self, kind: C, expires: int | None, due: int | None) -> None:
        day = self.now.date()
        self.review = R.CertReview(
            kind,
            CS.SUBMITTED,
            None if expires is None else day + timedelta(days=expires),
            None if due is None else day + timedelta(days=due),
        )

    def _apply(self, result: R.CertReview | Reason) -> R.CertReview | None:
        if isinstance(result, Reason):
            assert result.code.startswith("certification.")
            assert result.zh
            assert result.en
            return None
        self.review = result
        return result

    @rule(who=REVIEWERS)
    @precondition(lambda self: self.review is not None)
    def claim(self, who: int) -> None:
        assert self.review is not None
        before = self.review
        after = self._apply(R.claim(before, who, self.now))
        if after is None:
            return
        assert after.claimed_by == who
        if R.claim_active(before, self.now) and before.claimed_by != who:
            raise AssertionError("took an active claim from another reviewer")

    @rule(who=REVIEWERS)
    @precondition(lambda self: self.review is not None)
    def release(self, who: int) -> None:
        assert self.review is not None
        self._apply(R.release(self.review, who))

    @rule(who=REVIEWERS)
    @precondition(lambda self: self.review is not None)
    def approve(self, who: int) -> None:
        assert self.review is not None
        before = self.review
        if self._apply(R.approve(before, who)) is not None:
            assert before.claimed_by == who
            if self.approvals and before.first_approver is not None:
                assert self.approvals[-1] != who, "approved their own first approval"
            self.approvals.append(who)

    @rule(who=REVIEWERS, code=st.sampled_from(["blurred_scan", "other", "bogus"]))
    @precondition(lambda self: self.review is not None)
    def reject(self, who: int, code: str) -> None:
        assert self.review is not None
        self._apply(R.reject(self.review, who, code, ""))

    @rule(who=REVIEWERS, items=st.lists(st.sampled_from(["corner_cut", "expired"]), max_size=2))
    @precondition(lambda self: self.review is not None)
    def request(self, who: int, items: list[str]) -> None:
        assert self.review is not None
        self._apply(R.request_resubmission(self.review, who, tuple(items)))

    @rule(text=st.sampled_from(["", "伪造证件"]))
    @precondition(lambda self: self.review is not None)
    def revoke(self, text: str) -> None:
        assert self.review is not None
        self._apply(R.revoke(self.review, text))

    @rule()
    @precondition(lambda self: self.review is not None)
    def expire(self) -> None:
        assert self.review is not None
        self._apply(R.expire(self.review, self.now.date()))

    @rule(minutes=st.sampled_from([5, 29, 31, 60 * 24 * 7]))
    def wait(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)

    @invariant()
    def four_eyes_holds(self) -> None:
        review = self.review
        if review is None:
            return
        counts = counts_for(review.fact(), self.now)
        if counts:
            assert review.status is CS.APPROVED
        if review.status is CS.APPROVED and review.kind in FOUR_EYES_KINDS:
            assert review.first_approver is not None
            assert review.second_approver is not None
            assert review.first_approver != review.second_approver
            assert len(set(self.approvals)) >= 2
        if review.status is CS.APPROVED:
            assert self.approvals, "approved without an approval"

    @invariant()
    def final_states_never_count(self) -> None:
        review = self.review
        if review is not None and review.status in (CS.EXPIRED, CS.REVOKED, CS.REJECTED):
            assert not counts_for(review.fact(), self.now)
            assert not counts_for(review.fact(), self.now - timedelta(days=3650))

    @invariant()
    def a_claim_belongs_to_in_review(self) -> None:
        review = self.review
        if review is not None:
            assert (review.claimed_by is not None) == (review.status is CS.IN_REVIEW)


Review.TestCase.settings = settings(max_examples=300, stateful_step_count=40, deadline=None)
TestReview = Review.TestCase


def test_four_eyes_walkthrough() -> None:
    r = R.CertReview(C.NURSE_LICENSE, CS.SUBMITTED, date(2030, 1, 1))
    r1 = R.claim(r, ADMIN, START)
    assert isinstance(r1, R.CertReview)
    first = R.approve(r1, ADMIN)
    assert isinstance(first, R.CertReview)
    assert first.status is CS.SUBMITTED
    assert first.awaiting_second_approval
    again = R.claim(first, ADMIN, START)
    assert isinstance(again, R.CertReview)
    refused = R.approve(again, ADMIN)
    assert isinstance(refused, Reason)
    assert refused.code == "certification.self_second_approval"
    released = R.release(again, ADMIN)
    assert isinstance(released, R.CertReview)
    other = R.claim(released, 1, START)
    assert isinstance(other, R.CertReview)
    done = R.approve(other, 1)
    assert isinstance(done, R.CertReview)
    assert done.status is CS.APPROVED


def test_a_claim_lapses_for_others_after_thirty_idle_minutes_only() -> None:
    r = R.claim(R.CertReview(C.HEALTH_CERTIFICATE, CS.SUBMITTED), 1, START)
    assert isinstance(r, R.CertReview)
    assert isinstance(R.claim(r, 2, START + timedelta(minutes=29)), Reason)
    taken = R.claim(r, 2, START + timedelta(minutes=30))
    assert isinstance(taken, R.CertReview)
    assert taken.claimed_by == 2
    # the lapsed holder may still decide while nobody else has taken it
    assert isinstance(R.approve(r, 1), R.CertReview)


def test_a_rejection_records_its_reason_and_frees_the_claim() -> None:
    r = R.claim(R.CertReview(C.HEALTH_CERTIFICATE, CS.SUBMITTED), 1, START)
    assert isinstance(r, R.CertReview)
    other = R.reject(r, 1, "other", "")
    assert isinstance(other, Reason)  # "other" needs words
    assert other.code == "certification.reason_required"

    not_mine = R.reject(r, 2, "blurred_scan", "")
    assert isinstance(not_mine, Reason)
    assert not_mine.code == "certification.not_claimed"
    unclaimed = R.approve(R.CertReview(C.HEALTH_CERTIFICATE, CS.SUBMITTED), 1)
    assert isinstance(unclaimed, Reason)
    assert unclaimed.code == "certification.not_claimed"

    rejected = R.reject(r, 1, "other", "  照片是翻拍的 ")

    assert isinstance(rejected, R.CertReview)
    assert rejected.status is CS.REJECTED
    assert (rejected.decision_code, rejected.decision_text) == ("other", "照片是翻拍的")
    assert rejected.claimed_by is None
    assert rejected.claimed_at is None


def test_an_approved_certificate_expires_only_after_its_last_valid_day() -> None:
    last = date(2026, 3, 31)
    approved = R.CertReview(
        C.HEALTH_CERTIFICATE, CS.APPROVED, expires_on=date(2026, 6, 30), review_due=last
    )
    on_last_day = R.expire(approved, last)
    assert isinstance(on_last_day, Reason)
    assert on_last_day.code == "certification.not_lapsed"

    expired = R.expire(approved, last + timedelta(days=1))

    assert isinstance(expired, R.CertReview)
    assert expired.status is CS.EXPIRED
    never = R.CertReview(C.HEALTH_CERTIFICATE, CS.APPROVED)  # no expiry, no review date
    assert isinstance(R.expire(never, date(2099, 1, 1)), Reason)
    pending = R.CertReview(C.HEALTH_CERTIFICATE, CS.SUBMITTED, expires_on=last)
    assert isinstance(R.expire(pending, last + timedelta(days=1)), Reason)


def test_a_resubmission_request_names_known_items_and_frees_the_claim() -> None:
    r = R.claim(R.CertReview(C.HEALTH_CERTIFICATE, CS.SUBMITTED), 1, START)
    assert isinstance(r, R.CertReview)
    for items in ((), ("bogus",), ("other",)):  # nothing, unknown, "other" without words
        refused = R.request_resubmission(r, 1, items)
        assert isinstance(refused, Reason)
        assert refused.code == "certification.items_required"
    not_mine = R.request_resubmission(r, 2, ("corner_cut",))
    assert isinstance(not_mine, Reason)
    assert not_mine.code == "certification.not_claimed"

    asked = R.request_resubmission(r, 1, ("corner_cut", "expired", "corner_cut"), " 请重拍 ")

    assert isinstance(asked, R.CertReview)
    assert asked.status is CS.RESUBMISSION_REQUESTED
    assert asked.requested_items == ("corner_cut", "expired")
    assert asked.decision_text == "请重拍"
    assert asked.claimed_by is None
    decided = R.claim(asked, 1, START)
    assert isinstance(decided, Reason)
    assert decided.code == "certification.not_open"


def test_only_an_approved_certificate_is_revoked_and_only_with_a_reason() -> None:
    submitted = R.CertReview(C.HEALTH_CERTIFICATE, CS.SUBMITTED)
    refused = R.revoke(submitted, "伪造证件")
    assert isinstance(refused, Reason)
    assert refused.code == "certification.not_approved"
    approved = R.CertReview(C.HEALTH_CERTIFICATE, CS.APPROVED)
    silent = R.revoke(approved, "  ")
    assert isinstance(silent, Reason)
    assert silent.code == "certification.reason_required"

    revoked = R.revoke(approved, " 伪造证件 ")

    assert isinstance(revoked, R.CertReview)
    assert revoked.status is CS.REVOKED
    assert (revoked.decision_code, revoked.decision_text) == ("revoked", "伪造证件")


def test_a_claim_is_released_only_by_its_holder() -> None:
    r = R.claim(R.CertReview(C.HEALTH_CERTIFICATE, CS.SUBMITTED), 1, START)
    assert isinstance(r, R.CertReview)
    taken = R.claim(r, 2, START + timedelta(minutes=5))
    assert isinstance(taken, Reason)
    assert taken.code == "certification.claimed_by_other"
    others = R.release(r, 2)
    assert isinstance(others, Reason)
    assert others.code == "certification.not_claimed"

    released = R.release(r, 1)

    assert isinstance(released, R.CertReview)
    assert released.status is CS.SUBMITTED
    assert (released.claimed_by, released.claimed_at) == (None, None)
    single = R.approve(R.claim(released, 2, START), 2)  # type: ignore[arg-type]
    assert isinstance(single, R.CertReview)
    assert single.status is CS.APPROVED  # not a four-eyes kind: one approval
    assert single.first_approver == 2
