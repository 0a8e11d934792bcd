"""Dispatch facts from plain rows: server column values and cached feed rows read alike."""

from __future__ import annotations

from datetime import UTC, date, datetime

from app.models.enums import CertificationKind
from app.rules.dispatch import rows


def test_a_certification_reads_dates_datetimes_and_iso_text_alike() -> None:
    base = {"kind": CertificationKind.HEALTH_CERTIFICATE.value, "status": "approved"}
    as_dates = rows.cert_fact({**base, "expires_on": date(2030, 1, 1), "review_due": None})
    as_text = rows.cert_fact({**base, "expires_on": "2030-01-01", "review_due": ""})
    as_moment = rows.cert_fact({**base, "expires_on": datetime(2030, 1, 1, tzinfo=UTC)})
    assert as_dates == as_text == as_moment
    assert as_dates.expires_on == date(2030, 1, 1)
    assert as_dates.review_due is None


def test_only_a_passed_assessment_is_a_training_certificate() -> None:
    at = "2026-11-01T08:00:00+00:00"
    failed = rows.training_certificate("CLEAN-101", {"passed": False, "assessed_at": at})
    passed = rows.training_certificate("CLEAN-101", {"passed": True, "assessed_at": at})
    assert failed is None
    assert passed is not None
    assert passed.valid_until is None


def test_the_home_district_is_always_served() -> None:
    row = {"home_district": "chaoyang", "districts_served": ["dongcheng"]}
    assert rows.served_districts(row) == {"chaoyang", "dongcheng"}
    assert rows.served_districts({"home_district": "haidian"}) == {"haidian"}
