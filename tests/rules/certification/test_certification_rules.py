"""Periods per kind, when a certificate counts, findings, decision reasons and the watch."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus as CS
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.certification import findings as F
from app.rules.certification.decisions import DECISION_REASONS, OTHER, decision_reason
from app.rules.certification.facts import CertFact
from app.rules.certification.kinds import (
    FOUR_EYES_KINDS,
    POLICIES,
    default_expiry,
    masked_number,
    review_due,
)
from app.rules.certification.validity import counts_for, lapses_on
from app.rules.certification.watch import broken_orders, expiry_bucket
from app.rules.dispatch import DispatchSettings, check_eligibility
from app.rules.dispatch import eligibility as E
from tests.rules.dispatch.factories import (
    DAY,
    at,
    certs_for,
    make_order,
    make_provider,
    trained,
)


def test_a_number_that_is_an_id_number_leaves_masked() -> None:
    # ID verification and the electrician's 特种作业操作证 carry the holder's ID number.
    assert masked_number("id_verification", "11010519491231002X") == "110105********002X"
    assert masked_number(C.ELECTRICIAN_LICENSE, "110105194912310021") == "110105********0021"
    assert masked_number("id_verification", "T-123") == "*****"  # whatever was typed
    # Other kinds keep an ordinary number, but an ID number typed into one is masked too.
    assert masked_number("health_certificate", "JK-2026-0042") == "JK-2026-0042"
    assert masked_number("background_check", "11010519491231002X") == "110105********002X"


def test_periods_per_kind_follow_the_design() -> None:
    issued = date(2024, 3, 1)
    assert default_expiry(C.HEALTH_CERTIFICATE, issued) == date(2025, 2, 28)
    assert default_expiry(C.BACKGROUND_CHECK, issued) == date(2025, 2, 28)
    assert default_expiry(C.NURSE_LICENSE, issued) == date(2029, 2, 28)
    assert default_expiry(C.ELECTRICIAN_LICENSE, issued) == date(2030, 2, 28)
    assert review_due(C.ELECTRICIAN_LICENSE, issued) == date(2027, 3, 1)
    for kind in (C.ID_VERIFICATION, C.HOUSEKEEPING_CERTIFICATE, C.MATERNITY_CERTIFICATE):
        assert default_expiry(kind, issued) is None
        assert review_due(kind, issued) is None
    assert default_expiry(C.HEALTH_CERTIFICATE, date(2024, 2, 29)) == date(2025, 2, 27)
    assert {C.NURSE_LICENSE, C.ELECTRICIAN_LICENSE, C.BACKGROUND_CHECK} == FOUR_EYES_KINDS


def test_a_certificate_counts_through_its_last_day_and_not_after() -> None:
    cert = CertFact(C.HEALTH_CERTIFICATE, CS.APPROVED, DAY)
    assert counts_for(cert, at(23.99))
    assert not counts_for(cert, at(24.01))


def test_a_passed_review_date_stops_a_licence_counting_with_its_own_reason() -> None:
    licence = CertFact(C.ELECTRICIAN_LICENSE, CS.APPROVED, DAY + timedelta(days=900), DAY)
    assert lapses_on(licence) == DAY
    assert not counts_for(licence, at(25))
    certs = tuple(c for c in certs_for(S.PLUMBING_ELECTRICAL) if c.kind is not licence.kind)
    provider = make_provider(
        categories=frozenset({S.PLUMBING_ELECTRICAL}),
        certifications=(*certs, licence),
        training=trained("TR-PLUMB"),
    )
    order = make_order(category=S.PLUMBING_ELECTRICAL, start=at(34), end=at(36))
    codes = [r.code for r in check_eligibility(order, provider, None, DispatchSettings())]
    assert codes == [E.CERTIFICATE_REVIEW_DUE]


@given(
    status=st.sampled_from(list(CS)),
    kind=st.sampled_from(list(C)),
    expires=st.one_of(st.none(), st.integers(-400, 400)),
    due=st.one_of(st.none(), st.integers(-400, 400)),
    hours=st.floats(0, 24 * 30),
)
def test_only_an_approved_certificate_in_date_counts(
    status: CS, kind: C, expires: int | None, due: int | None, hours: float
) -> None:
    cert = CertFact(
        kind,
        status,
        None if expires is None else DAY + timedelta(days=expires),
        None if due is None else DAY + timedelta(days=due),
    )
    end = at(hours)
    ok = counts_for(cert, end)
    if status is not CS.APPROVED:
        assert not ok
    last = lapses_on(cert)
    if last is not None and end.date() > last:
        assert not ok
    if status is CS.APPROVED and (last is None or end <= at(24, last)):
        assert ok


@given(status=st.sampled_from([CS.EXPIRED, CS.REVOKED]), kind=st.sampled_from(list(C)))
def test_an_expired_or_revoked_certificate_never_passes_eligibility(status: CS, kind: C) -> None:
    category = next(c for c in S if kind in CATEGORIES[c].required_certifications)
    certs = tuple(replace(c, status=status) if c.kind is kind else c for c in certs_for(category))
    provider = make_provider(
        categories=frozenset({category}),
        certifications=certs,
        training=trained(CATEGORIES[category].training_course),
    )
    order = make_order(category=category)
    reasons = check_eligibility(order, provider, None, DispatchSettings())
    assert reasons, (status, kind)
    assert all(r.code.startswith(("certificate_", "background_check")) for r in reasons)


def test_findings_name_each_problem_and_flag_a_shared_number_red() -> None:
    sub = F.Submission(
        C.HEALTH_CERTIFICATE, "JK1", "王 秀英", DAY, DAY + timedelta(days=10), None, 0
    )
    found = F.findings(sub, "王秀英", [], DAY)
    assert [f.reason.code for f in found] == [F.EXPIRES_SOON, F.DOCUMENT_MISSING]
    late = replace(sub, issued_on=DAY + timedelta(days=1), expires_on=DAY - timedelta(days=1))
    found = F.findings(replace(late, documents=1), "李娜", [7, 3], DAY)
    assert [(f.reason.code, f.red) for f in found] == [
        (F.EXPIRED, False),
        (F.ISSUED_IN_FUTURE, False),
        (F.NAME_MISMATCH, False),
        (F.DUPLICATE_NUMBER, True),
    ]
    assert "#3、#7" in found[-1].reason.zh
    assert F.normalise_name("阿依古丽·买买提") == F.normalise_name("阿依古丽 买买提")
    clean = replace(sub, expires_on=DAY + timedelta(days=31), documents=2)
    assert F.findings(clean, "王秀英", [], DAY) == []


def test_decision_reasons_have_both_languages_and_other_needs_words() -> None:
    assert set(DECISION_REASONS) == {
        "blurred_scan", "corner_cut", "name_mismatch", "expired", "wrong_document_type",
        "issuer_unknown", "other",
    }  # fmt: skip
    for reason in DECISION_REASONS.values():
        assert reason.zh
        assert reason.en
    assert decision_reason(OTHER) is None
    assert decision_reason("nonsense") is None
    assert decision_reason("blurred_scan", "  ") is DECISION_REASONS["blurred_scan"]  # no words
    reason = decision_reason(OTHER, "照片是复印件")
    assert reason is not None
    assert reason.zh.endswith("照片是复印件")
    assert all(POLICIES[k].name_zh for k in C)


def test_expiry_buckets() -> None:
    def bucket(days: int | None, status: CS = CS.APPROVED) -> int | None:
        expires = None if days is None else DAY + timedelta(days=days)
        return expiry_bucket(CertFact(C.HEALTH_CERTIFICATE, status, expires), DAY)

    assert [bucket(d) for d in (-1, 0, 30, 31, 60, 61, 90, 91)] == [0, 30, 30, 60, 60, 90, 90, None]
    assert bucket(None) is None
    assert bucket(5, CS.SUBMITTED) is None
    assert bucket(5, CS.EXPIRED) == 0


def test_the_watch_flags_future_orders_the_lapse_breaks_and_skips_past_ones() -> None:
    lapsed = tuple(
        replace(c, expires_on=DAY) if c.kind is C.HEALTH_CERTIFICATE else c
        for c in certs_for(S.CLEANING)
    )
    provider = make_provider(certifications=lapsed)
    today = make_order(1, start=at(9), end=at(11))
    tomorrow = make_order(2, start=at(33), end=at(35))
    done = make_order(3, start=at(-20), end=at(-18))
    broken = broken_orders(provider, [today, tomorrow, done], at(8), DispatchSettings())
    assert [(oid, [r.code for r in rs]) for oid, rs in broken] == [(2, [E.CERTIFICATE_EXPIRED])]
