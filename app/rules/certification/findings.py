"""Checks that run before a reviewer sees a certificate, each a finding with its reason."""

from __future__ import annotations

import unicodedata
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date, timedelta

from app.models.enums import CertificationKind
from app.rules.certification.kinds import POLICIES
from app.rules.reasons import Reason

EXPIRY_WARNING = timedelta(days=30)

EXPIRED = "finding.expired"
EXPIRES_SOON = "finding.expires_soon"
ISSUED_IN_FUTURE = "finding.issued_in_future"
NAME_MISMATCH = "finding.name_mismatch"
DUPLICATE_NUMBER = "finding.duplicate_number"
DOCUMENT_MISSING = "finding.document_missing"


@dataclass(frozen=True, slots=True)
class Submission:
    """What was entered for a certificate, as the findings read it."""

    kind: CertificationKind
    number: str
    holder_name: str
    issued_on: date
    expires_on: date | None
    review_due: date | None
    documents: int


@dataclass(frozen=True, slots=True)
class Finding:
    """``red`` marks a finding that suggests fraud (the queue flags it in red)."""

    reason: Reason
    red: bool = False


def normalise_name(name: str) -> str:
    """Compare names without width, spacing or the middle dot of minority and foreign names."""
    folded = unicodedata.normalize("NFKC", name).casefold()
    return "".join(ch for ch in folded if not ch.isspace() and ch not in "·•.-")


def findings(
    sub: Submission,
    provider_name: str,
    same_number_providers: Collection[int],
    today: date,
) -> list[Finding]:
    """Every pre-review finding for ``sub``; ``same_number_providers`` are the *other*
    providers holding a certificate of the same kind and number."""
    out: list[Finding] = []
    last = min((d for d in (sub.expires_on, sub.review_due) if d is not None), default=None)
    if last is not None and last < today:
        out.append(
            Finding(
                Reason(EXPIRED, f"证件已于{last.isoformat()}到期", f"Expired on {last.isoformat()}")
            )
        )
    elif last is not None and last <= today + EXPIRY_WARNING:
        out.append(
            Finding(
                Reason(
                    EXPIRES_SOON,
                    f"证件将于{last.isoformat()}到期（30天内）",
                    f"Expires on {last.isoformat()}, within 30 days",
                )
            )
        )
    if sub.issued_on > today:
        out.append(
            Finding(
                Reason(
                    ISSUED_IN_FUTURE,
                    f"发证日期{sub.issued_on.isoformat()}晚于今天",
                    f"The issue date {sub.issued_on.isoformat()} is in the future",
                )
            )
        )
    if sub.holder_name and normalise_name(sub.holder_name) != normalise_name(provider_name):
        out.append(
            Finding(
                Reason(
                    NAME_MISMATCH,
                    f"持证人“{sub.holder_name}”与服务人员“{provider_name}”不一致",
                    f"The holder '{sub.holder_name}' differs from the provider '{provider_name}'",
                )
            )
        )
    if same_number_providers:
        ids = "、".join(f"#{i}" for i in sorted(same_number_providers))
        out.append(
            Finding(
                Reason(
                    DUPLICATE_NUMBER,
                    f"证件编号与其他服务人员（{ids}）重复，疑似冒用",
                    f"The same number is on another provider ({ids.replace('、', ', ')}): "
                    "possible fraud",
                ),
                red=True,
            )
        )
    if sub.documents == 0 and POLICIES[sub.kind].needs_document:
        out.append(
            Finding(
                Reason(DOCUMENT_MISSING, "未上传证件扫描件", "No scan of the document attached")
            )
        )
    return out
