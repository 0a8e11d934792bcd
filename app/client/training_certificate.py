"""What a training certificate (培训合格证明) PDF prints, from the local cache.

A passed, signed assessment is the certificate: the provider, the course, when it was
passed, how long it is valid, who signed it off, and its number (the assessment's id under
the course code, so a number printed once always names the same assessment).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime
from typing import Any

from app.client.cache import CacheReader
from app.client.training import ProviderRecord
from app.rules.complaint_rows import as_time


@dataclass(frozen=True, slots=True)
class CertificateFacts:
    number: str
    provider_name: str
    provider_code: str
    course_code: str
    course_name: str
    passed_at: datetime
    valid_until: datetime | None
    trainer: str
    is_retraining: bool


def certificate_number(course_code: str, assessment_id: int) -> str:
    return f"{course_code}-{assessment_id:06d}"


def certificate_facts(reader: CacheReader, assessment_id: int) -> CertificateFacts | None:
    """None unless the assessment is signed and passed (only those are certificates)."""
    a = reader.get("assessment", assessment_id)
    if a is None or a.get("state") != "signed" or not a.get("passed"):
        return None
    course = reader.get("training_course", a["course_id"]) or {}
    provider = reader.get("provider", a["provider_id"]) or {}
    signer = a.get("signed_by")
    if signer is None and a.get("session_id") is not None:
        signer = (reader.get("training_session", a["session_id"]) or {}).get("trainer_id")
    user = reader.get("user", signer) if signer is not None else None
    at = as_time(a.get("signed_at")) or as_time(a.get("assessed_at"))
    assert at is not None  # a signed assessment has a time
    code = str(course.get("code") or "")
    return CertificateFacts(
        certificate_number(code or "TR", assessment_id), str(provider.get("name") or ""),
        str(provider.get("code") or ""), code, str(course.get("name") or ""), at,
        as_time(a.get("valid_until")),
        str((user or {}).get("display_name") or (user or {}).get("username") or ""),
        bool(a.get("is_retraining")),
    )  # fmt: skip


__all__ = ["CertificateFacts", "certificate_facts", "certificate_number"]


def transcript_input(record: ProviderRecord) -> dict[str, Any]:
    """``record`` as ``app.reports.training.build_transcript`` reads it (plain values)."""
    plain = asdict(record)
    for cert in plain["certificates"]:
        cert["due"] = cert["due"].value if cert["due"] else None
    return plain
