"""Shared by the certification commands and the expiry job: the locked load and history."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from app.models import tables as t
from app.server.errors import ApiError, not_found
from app.server.projections import project
from app.server.services.context import Actor


def load_for_update(session: Session, cert_id: int, expected_version: int) -> t.Certification:
    """The certificate, locked for this transaction, if it is still at ``expected_version``."""
    cert = session.get(t.Certification, cert_id, with_for_update=True)
    if cert is None:
        raise not_found("certification", cert_id)
    if cert.version != expected_version:
        raise ApiError(
            412,
            "stale_version",
            "该资质已被他人处理，请查看最新状态后重试。",
            "The certificate was changed by someone else; review its current state and retry.",
            details={"current": project("certification", cert)},
        )
    return cert


def history(
    session: Session,
    cert: t.Certification,
    actor: Actor,
    now: datetime,
    action: str,
    before: str,
    *,
    code: str = "",
    note: str = "",
    items: Sequence[str] = (),
) -> None:
    session.add(
        t.CertificationReview(
            certification_id=cert.id,
            at=now,
            actor_id=actor.user_id,
            action=action,
            from_status=before,
            to_status=cert.status,
            code=code,
            note=note[:500],
            items=list(items),
        )
    )
