"""A never-lapsing training certificate is never due for recertification (a separate file:
certificates.py is being changed)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.rules.training import COURSES, Due, TrainingCertificate, recertification, valid_until

NOW = datetime(2026, 12, 1, 2, tzinfo=UTC)


def test_a_certificate_without_an_end_is_never_due() -> None:
    passed = NOW - timedelta(days=3650)
    cert = TrainingCertificate("TR-CLEAN", passed, valid_until(COURSES["TR-CLEAN"], passed))
    assert cert.valid_until is None
    assert recertification(cert, NOW) is None
    assert recertification(cert, NOW + timedelta(days=36500)) is None


def test_recertification_is_due_within_60_then_30_days_then_lapsed() -> None:
    def due_in(days: int) -> object:
        cert = TrainingCertificate("TR-ELDERLY", NOW - timedelta(days=300), NOW + timedelta(days))
        return recertification(cert, NOW)

    assert [due_in(d) for d in (61, 60, 31, 30, 1, 0)] == [
        None, Due.DUE_60, Due.DUE_60, Due.DUE_30, Due.DUE_30, Due.LAPSED,
    ]  # fmt: skip
