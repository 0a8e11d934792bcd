"""Certification commands (资质审核): intake and renewal, claim, release, approve (four-eyes),
reject, request resubmission, revoke.

Each is one transaction in the caller's session: the rules in ``app.rules.certification``
decide, this module writes the row, a history step, the change log and the audit log. Commands
on an existing certificate take the version the user decided on (If-Match): a stale one is 412.
The read side is ``certification_read``; the leader's expiry job is ``certification_expiry``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import CertificationKind, CertificationStatus
from app.rules.access import CERTIFICATION_DECIDERS, CERTIFICATION_INTAKE
from app.rules.beijing import local_day
from app.rules.certification import findings as F
from app.rules.certification import review as R
from app.rules.certification.kinds import default_expiry, review_due
from app.rules.reasons import Reason
from app.server.changes import record_change
from app.server.errors import ApiError, forbidden, not_found
from app.server.services import certification_documents as docs
from app.server.services.certification_expiry import flag_broken_orders
from app.server.services.certification_store import history, load_for_update
from app.server.services.context import Actor, audit

S = CertificationStatus


@dataclass(frozen=True, slots=True)
class NewCertification:
    """A certificate entered for a provider (intake), or a renewal / resubmission of
    ``renews_id``. Missing ``expires_on`` / ``review_due`` take the kind's periods."""

    provider_id: int
    kind: CertificationKind
    number: str
    issuer: str
    issued_on: date
    holder_name: str = ""
    expires_on: date | None = None
    review_due: date | None = None
    renews_id: int | None = None
    documents: Sequence[docs.Upload] = field(default_factory=tuple)


def _require(actor: Actor, roles: frozenset[object]) -> None:
    if actor.role not in roles:
        raise forbidden()


def review_of(cert: t.Certification) -> R.CertReview:
    return R.CertReview(
        kind=CertificationKind(cert.kind),
        status=S(cert.status),
        expires_on=cert.expires_on,
        review_due=cert.review_due,
        claimed_by=cert.claimed_by,
        claimed_at=cert.claimed_at,
        first_approver=cert.first_approver_id,
        second_approver=cert.second_approver_id,
        decision_code=cert.decision_code,
        decision_text=cert.decision_reason,
        requested_items=tuple(cert.requested_items),
    )


def _checked(result: R.CertReview | Reason) -> R.CertReview:
    if isinstance(result, Reason):
        raise ApiError.from_reason(409, result)
    return result


def _write(
    session: Session,
    actor: Actor,
    now: datetime,
    cert: t.Certification,
    after: R.CertReview,
    action: str,
    *,
    code: str = "",
    note: str = "",
    items: Sequence[str] = (),
) -> t.Certification:
    """Store ``after`` on the row, with its history step, change-log entry and audit record."""
    before = cert.status
    cert.status = after.status.value
    cert.claimed_by = after.claimed_by
    cert.claimed_at = after.claimed_at
    if after.first_approver != cert.first_approver_id:
        cert.first_approver_id, cert.first_approved_at = after.first_approver, now
    if after.second_approver != cert.second_approver_id:
        cert.second_approver_id, cert.second_approved_at = after.second_approver, now
    cert.decision_code = after.decision_code
    cert.decision_reason = after.decision_text[:255]
    cert.requested_items = list(after.requested_items)
    if action not in ("claim", "release"):
        cert.reviewer_id, cert.reviewed_at = actor.user_id, now
    cert.updated_at = now
    session.flush()
    history(session, cert, actor, now, action, before, code=code, note=note, items=items)
    record_change(session, cert, now)
    audit(
        session,
        actor,
        now,
        f"certification.{action}",
        "certification",
        cert.id,
        {
            "from": before,
            "to": cert.status,
            **({"code": code} if code else {}),
            **({"items": list(items)} if items else {}),
            **({"note": note} if note else {}),
        },
    )
    return cert


def same_number_providers(session: Session, kind: str, number: str, provider_id: int) -> list[int]:
    """Other providers holding a certificate of this kind and number (possible fraud)."""
    c = t.Certification
    rows = session.scalars(
        select(c.provider_id)
        .where(c.kind == kind, c.number == number, c.provider_id != provider_id)
        .distinct()
    )
    return sorted(rows)


def submission_of(cert: t.Certification, documents: int) -> F.Submission:
    return F.Submission(
        CertificationKind(cert.kind),
        cert.number,
        cert.holder_name,
        cert.issued_on,
        cert.expires_on,
        cert.review_due,
        documents,
    )


def create_certification(
    session: Session, actor: Actor, now: datetime, new: NewCertification
) -> t.Certification:
    """Enter a certificate (intake or renewal) with its scans; it joins the review queue."""
    _require(actor, CERTIFICATION_INTAKE)
    provider = session.get(t.Provider, new.provider_id)
    if provider is None:
        raise not_found("provider", new.provider_id)
    number, issuer = new.number.strip(), new.issuer.strip()
    if not number or not issuer:
        raise ApiError(
            422,
            "certification.fields_required",
            "证件编号和发证机关必须填写。",
            "The certificate number and the issuer are required.",
        )
    if new.expires_on is not None and new.expires_on < new.issued_on:
        raise ApiError(
            422,
            "certification.expiry_before_issue",
            "有效期不能早于发证日期。",
            "The expiry date cannot be before the issue date.",
        )
    for upload in new.documents:
        docs.check_upload(upload)  # refuse before writing anything
    if new.renews_id is not None:
        old = session.get(t.Certification, new.renews_id)
        if old is None:
            raise not_found("certification", new.renews_id)
        if old.provider_id != provider.id or old.kind != new.kind.value:
            raise ApiError(
                422,
                "certification.renewal_mismatch",
                "续期的资质必须是同一服务人员的同类证件。",
                "A renewal must be for the same provider and kind of certificate.",
            )
    cert = t.Certification(
        provider_id=provider.id,
        kind=new.kind.value,
        number=number[:64],
        holder_name=(new.holder_name.strip() or provider.name)[:64],
        issuer=issuer[:128],
        issued_on=new.issued_on,
        expires_on=new.expires_on or default_expiry(new.kind, new.issued_on),
        review_due=new.review_due or review_due(new.kind, new.issued_on),
        status=S.SUBMITTED.value,
        submitted_at=now,
        submitted_by=actor.user_id,
        renews_id=new.renews_id,
        decision_reason="",
        updated_at=now,
    )
    session.add(cert)
    session.flush()
    stored = [docs.store(session, actor, now, cert, upload) for upload in new.documents]
    cert.documents = len({d.id for d in stored})
    others = same_number_providers(session, cert.kind, cert.number, provider.id)
    found = F.findings(submission_of(cert, cert.documents), provider.name, others, local_day(now))
    cert.finding_codes = [f.reason.code for f in found]
    cert.flagged = any(f.red for f in found)
    session.flush()
    history(session, cert, actor, now, "submit", "", note="renewal" if new.renews_id else "")
    record_change(session, cert, now)
    if others:
        _flag_duplicates(session, now, cert)
    audit(
        session,
        actor,
        now,
        "certification.create",
        "certification",
        cert.id,
        {
            "provider_id": provider.id,
            "kind": cert.kind,
            "renews_id": new.renews_id,
            "documents": [d.sha256 for d in stored],
            "findings": cert.finding_codes,
        },
    )
    return cert


def _flag_duplicates(session: Session, now: datetime, cert: t.Certification) -> None:
    """The other providers' certificates with the same number get the red flag as well."""
    c = t.Certification
    for other in session.scalars(
        select(c).where(
            c.kind == cert.kind, c.number == cert.number, c.provider_id != cert.provider_id
        )
    ):
        if F.DUPLICATE_NUMBER in other.finding_codes and other.flagged:
            continue
        other.finding_codes = sorted({*other.finding_codes, F.DUPLICATE_NUMBER})
        other.flagged = True
        other.updated_at = now
        session.flush()
        record_change(session, other, now)


def attach_documents(
    session: Session,
    actor: Actor,
    now: datetime,
    cert_id: int,
    expected_version: int,
    uploads: Sequence[docs.Upload],
) -> t.Certification:
    """Add scans to a certificate still in the queue (e.g. the missing back side)."""
    _require(actor, CERTIFICATION_INTAKE)
    cert = load_for_update(session, cert_id, expected_version)
    if S(cert.status) not in R.OPEN_STATES:
        raise ApiError(
            409,
            "certification.not_open",
            "该资质已审结，不能再添加扫描件。",
            "This certificate has been decided; no more scans can be added.",
        )
    for upload in uploads:
        docs.check_upload(upload)
    stored = [docs.store(session, actor, now, cert, upload) for upload in uploads]
    cert.documents = docs.count_documents(session, cert.id)
    if cert.documents:
        cert.finding_codes = [c for c in cert.finding_codes if c != F.DOCUMENT_MISSING]
    cert.updated_at = now
    session.flush()
    history(session, cert, actor, now, "attach", cert.status)
    record_change(session, cert, now)
    audit(
        session,
        actor,
        now,
        "certification.attach",
        "certification",
        cert.id,
        {"documents": [d.sha256 for d in stored]},
    )
    return cert


def _decider(session: Session, actor: Actor, cert_id: int, version: int) -> t.Certification:
    _require(actor, CERTIFICATION_DECIDERS)
    if actor.user_id is None:
        raise forbidden()
    return load_for_update(session, cert_id, version)


def claim(
    session: Session, actor: Actor, now: datetime, cert_id: int, expected_version: int
) -> t.Certification:
    """Take a certificate for review (or renew one's own claim: any action keeps it alive)."""
    cert = _decider(session, actor, cert_id, expected_version)
    assert actor.user_id is not None
    after = _checked(R.claim(review_of(cert), actor.user_id, now))
    return _write(session, actor, now, cert, after, "claim")


def release(
    session: Session, actor: Actor, now: datetime, cert_id: int, expected_version: int
) -> t.Certification:
    cert = _decider(session, actor, cert_id, expected_version)
    assert actor.user_id is not None
    after = _checked(R.release(review_of(cert), actor.user_id))
    return _write(session, actor, now, cert, after, "release")


def approve(
    session: Session, actor: Actor, now: datetime, cert_id: int, expected_version: int
) -> t.Certification:
    """Approve; for a four-eyes kind the first approval puts it back in the queue for a
    second reviewer, and only the second (by someone else) approves it."""
    cert = _decider(session, actor, cert_id, expected_version)
    assert actor.user_id is not None
    after = _checked(R.approve(review_of(cert), actor.user_id))
    action = "approve" if after.status is S.APPROVED else "first_approval"
    return _write(session, actor, now, cert, after, action)


def reject(
    session: Session,
    actor: Actor,
    now: datetime,
    cert_id: int,
    expected_version: int,
    *,
    code: str,
    text: str = "",
) -> t.Certification:
    cert = _decider(session, actor, cert_id, expected_version)
    assert actor.user_id is not None
    after = _checked(R.reject(review_of(cert), actor.user_id, code, text))
    return _write(session, actor, now, cert, after, "reject", code=code, note=text)


def request_resubmission(
    session: Session,
    actor: Actor,
    now: datetime,
    cert_id: int,
    expected_version: int,
    *,
    items: Sequence[str],
    text: str = "",
) -> t.Certification:
    cert = _decider(session, actor, cert_id, expected_version)
    assert actor.user_id is not None
    after = _checked(R.request_resubmission(review_of(cert), actor.user_id, tuple(items), text))
    return _write(
        session,
        actor,
        now,
        cert,
        after,
        "request_resubmission",
        note=text,
        items=after.requested_items,
    )


def revoke(
    session: Session,
    actor: Actor,
    now: datetime,
    cert_id: int,
    expected_version: int,
    *,
    reason: str,
) -> t.Certification:
    """Revoke an approved certificate; the provider's future assigned orders it now breaks
    are flagged for dispatchers in the same transaction."""
    cert = _decider(session, actor, cert_id, expected_version)
    after = _checked(R.revoke(review_of(cert), reason))
    _write(session, actor, now, cert, after, "revoke", code="revoked", note=reason)
    flag_broken_orders(session, actor, now, [cert.provider_id])
    return cert
