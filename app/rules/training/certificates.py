"""Training certificates (培训合格证明): validity, recertification due, and what dispatch reads.

A passed, signed assessment is the certificate; it is valid from sign-off for the course's
validity (None: never lapses). ``course_reason`` is the one definition dispatch uses to
decide whether a provider's training covers an order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from app.rules.beijing import DAY, wall_clock
from app.rules.reasons import Reason
from app.rules.training.courses import CourseSpec
from app.rules.training.errors import problem

TRAINING_NOT_PASSED = "training_not_passed"  # the dispatch reason code (unchanged)
TRAINING_LAPSED = "training_lapsed"
DUE_WINDOWS = (timedelta(days=30), timedelta(days=60))


@dataclass(frozen=True, slots=True)
class TrainingCertificate:
    course_code: str
    passed_at: datetime
    valid_until: datetime | None = None

    def covers(self, at: datetime) -> bool:
        """Valid through ``valid_until`` itself, like a certificate through its last day."""
        return self.valid_until is None or at <= self.valid_until


class Due(StrEnum):
    """Where a certificate stands for recertification at a given moment."""

    DUE_60 = "due_60"
    DUE_30 = "due_30"
    LAPSED = "lapsed"


def valid_until(course: CourseSpec, passed_at: datetime) -> datetime | None:
    return None if course.validity is None else passed_at + course.validity


def latest(certs: Sequence[TrainingCertificate], course_code: str) -> TrainingCertificate | None:
    """The certificate of ``course_code`` that lasts longest (never-lapsing wins)."""
    mine = [c for c in certs if c.course_code == course_code]
    return max(
        mine, key=lambda c: (c.valid_until is None, c.valid_until or c.passed_at), default=None
    )


def recertification(cert: TrainingCertificate, now: datetime) -> Due | None:
    """None while more than 60 days remain (or it never lapses)."""
    if cert.valid_until is None:
        return None
    left = cert.valid_until - now
    if left <= timedelta(0):
        return Due.LAPSED
    if left <= DUE_WINDOWS[0]:
        return Due.DUE_30
    return Due.DUE_60 if left <= DUE_WINDOWS[1] else None


def course_reason(
    course_code: str,
    course_zh: str,
    course_en: str,
    certs: Sequence[TrainingCertificate],
    at: datetime,
) -> Reason | None:
    """None when some certificate of ``course_code`` covers ``at`` (e.g. an order's end)."""
    mine = [c for c in certs if c.course_code == course_code]
    if any(c.covers(at) for c in mine):
        return None
    lapsed = [c.valid_until for c in mine if c.valid_until is not None and c.valid_until < at]
    if lapsed:
        day = wall_clock(max(lapsed), DAY)
        return problem(
            TRAINING_LAPSED,
            f"{course_zh}培训合格证明于{day}到期，须复训后才能接单（{course_code}）",
            f"The {course_en} training certificate lapsed on {day}; recertify first "
            f"({course_code})",
        )
    return problem(
        TRAINING_NOT_PASSED,
        f"未通过{course_zh}培训（{course_code}）",
        f"Has not passed the {course_en} training ({course_code})",
    )
