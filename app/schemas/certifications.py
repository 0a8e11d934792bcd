"""Certification (资质审核) on the wire: the queue page, a certificate's detail, decisions.

Pure pydantic, shared by the server's routes and the desktop's typed client.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated

from pydantic import BaseModel, Field

from app.models.enums import CertificationKind
from app.schemas.common import Body, DbId, Record, Text

TEXT = 500
ReasonCode = Annotated[str, Field(min_length=1, max_length=32)]


class CertificationRow(Record):
    """A certificate as the queue lists it: its columns plus provider name, code, home
    district, ``age_hours``, ``awaiting_second_approval`` and ``claim_active``."""

    id: int
    version: int
    provider_id: int
    kind: str
    status: str


class CertificationQueue(BaseModel):
    items: list[CertificationRow]
    total: int
    counts: dict[str, int] = Field(description="per state, under every filter but the state")
    limit: int
    offset: int


class CertificationDetail(CertificationRow):
    """Reviewers, supervisors and admins also get ``findings``, ``history`` and ``documents``
    (metadata; the bytes come from the document route)."""


class ExpiryWatch(BaseModel):
    """Certificates expiring within 90/60/30 days and those already expired or lapsed."""

    expired: list[CertificationRow]
    within_30: list[CertificationRow]
    within_60: list[CertificationRow]
    within_90: list[CertificationRow]


class CertificationCreate(Body):
    """Intake or renewal (``renews_id``); scans follow through the documents route."""

    provider_id: DbId
    kind: CertificationKind
    number: Text = Field(min_length=1, max_length=64)
    issuer: Text = Field(min_length=1, max_length=128)
    issued_on: date
    holder_name: Text = Field(default="", max_length=64)
    expires_on: date | None = None
    review_due: date | None = None
    renews_id: DbId | None = None


class RejectBody(Body):
    code: ReasonCode
    text: Text = Field(default="", max_length=TEXT)


class ResubmissionBody(Body):
    items: list[ReasonCode] = Field(min_length=1, max_length=10)
    text: Text = Field(default="", max_length=TEXT)


class RevokeBody(Body):
    reason: Text = Field(min_length=1, max_length=TEXT)
