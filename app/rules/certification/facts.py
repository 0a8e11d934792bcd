"""A certificate as the rules read it: a frozen snapshot, never an ORM row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from app.models.enums import CertificationKind, CertificationStatus


@dataclass(frozen=True, slots=True)
class CertFact:
    """One certificate as reviewed.

    ``expires_on`` None means it never expires (e.g. identity); ``review_due`` None means the
    kind has no periodic review (复审). The certificate is valid through the whole of both days,
    Beijing time. ``status`` is ``approved`` only once every approval the kind needs is in
    (four-eyes kinds: two different reviewers), which the review state machine guarantees.
    """

    kind: CertificationKind
    status: CertificationStatus
    expires_on: date | None = None
    review_due: date | None = None
