"""The facts a training certificate prints: only for a signed pass, with the signer's name."""

from __future__ import annotations

from datetime import UTC, datetime

from app.client.training import Certificate
from app.client.training_certificate import certificate_facts
from tests.client.test_training_status import MAT, T0, at, filled, passed, put


def test_a_signed_pass_is_a_certificate_with_the_signer_and_a_stable_number() -> None:
    cache = filled()
    put(cache, "user", [{"id": 7, "username": "zhou", "display_name": "周培训"},
                        {"id": 8, "username": "li"}])  # fmt: skip
    put(cache, "assessment", [passed(9, 1, 1, -30, valid_until=at(335), signed_by=7)])
    facts = certificate_facts(cache, 9)
    assert facts is not None
    assert (facts.number, facts.provider_name, facts.provider_code) == (
        "TR-MATERNITY-000009",
        "阿姨1",
        "P1",
    )
    assert (facts.course_name, facts.trainer, facts.is_retraining) == (MAT.zh, "周培训", False)
    assert facts.passed_at.isoformat() == at(-30)
    assert facts.valid_until is not None
    put(cache, "assessment", [passed(10, 3, 2, -1, signed_by=8)])
    other = certificate_facts(cache, 10)
    assert other is not None
    assert (other.trainer, other.valid_until, other.is_retraining) == ("li", None, True)


def test_without_a_signer_the_sessions_trainer_signs() -> None:
    cache = filled()
    put(cache, "user", [{"id": 7, "username": "zhou", "display_name": "周培训"}])
    put(cache, "assessment", [passed(11, 2, 1, -3, session_id=20)])
    facts = certificate_facts(cache, 11)
    assert facts is not None
    assert facts.trainer == "周培训"
    put(cache, "assessment", [passed(12, 2, 1, -3, course_id=99, signed_at=None)])
    unknown = certificate_facts(cache, 12)
    assert unknown is not None
    assert (unknown.number, unknown.trainer, unknown.course_name) == ("TR-000012", "", "")
    assert unknown.passed_at == T0.replace(day=30, month=11)


def test_a_draft_or_a_fail_is_no_certificate() -> None:
    cache = filled()
    assert certificate_facts(cache, 3) is None  # failed
    assert certificate_facts(cache, 6) is None  # draft
    assert certificate_facts(cache, 404) is None


def test_the_transcript_is_the_record_in_plain_values() -> None:
    from app.client.training import ProviderRecord
    from app.client.training_certificate import transcript_input
    from app.rules.training import Due

    passed_at = datetime(2026, 1, 20, tzinfo=UTC)
    record = ProviderRecord(1, "P1", "学员1", [], [
        Certificate("TR-A", "甲", passed_at, None, Due.DUE_60),
        Certificate("TR-B", "乙", passed_at, None, None),
    ])  # fmt: skip

    plain = transcript_input(record)

    assert [c["due"] for c in plain["certificates"]] == ["due_60", None]
    assert (plain["provider_code"], plain["entries"]) == ("P1", [])
