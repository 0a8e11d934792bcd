"""A never-lapsing training certificate is never due for recertification (a separate file:
certificates.py is being changed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.rules.training import COURSES, TrainingCertificate, recertification, valid_until

NOW = datetime(2026, 12, 1, 2, tzinfo=UTC)


def test_a_certificate_without_an_end_is_never_due() -> None:
    passed = NOW - timedelta(days=3650)
    cert = TrainingCertificate("TR-CLEAN", passed, valid_until(COURSES["TR-CLEAN"], passed))
    assert cert.valid_until is None
    assert recertification(cert, NOW) is None
    assert recertification(cert, NOW + timedelta(days=36500)) is None
