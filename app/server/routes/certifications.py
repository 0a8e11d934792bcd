"""Certification (资质审核): the review queue, a certificate's detail, the expiry watch, the
decisions (claim, release, approve with four-eyes, reject, request resubmission, revoke),
intake, and the scans (multipart upload; streamed, audited download).

Commands follow the orders' conventions (``routes.commands``): If-Match on an existing
certificate (428 without, 412 stale), Idempotency-Key, one transaction; each answers with the
certificate's detail. Scans are personal information: only ``access.DOCUMENT_READERS`` fetch
them, every fetch is audited before a byte leaves, and they are never cached by a proxy.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from datetime import datetime
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Query, UploadFile
from fastapi.responses import JSONResponse, StreamingResponse
from sqlalchemy.orm import Session

from app.models import tables as t
from app.models.enums import CertificationKind, CertificationStatus, ServiceCategory
from app.rules.access import (
    CERTIFICATION_DECIDERS,
    CERTIFICATION_INTAKE,
    CERTIFICATION_READERS,
    DOCUMENT_READERS,
)
from app.rules.certification.watch import EXPIRED_BUCKET
from app.schemas.certifications import (
    CertificationCreate,
    CertificationDetail,
    CertificationQueue,
    ExpiryWatch,
    RejectBody,
    ResubmissionBody,
    RevokeBody,
)
from app.schemas.common import NoControlChars
from app.server import clock
from app.server.body_limit import body_limit
from app.server.deps import CurrentSession, DbDep
from app.server.errors import ApiError
from app.server.guards import RoleCheck
from app.server.routes.commands import Command, command
from app.server.routes.params import Offset, PathId, QueryId
from app.server.services import certification as svc
from app.server.services import certification_documents as docs
from app.server.services import certification_read as read

router = APIRouter(tags=["certifications"])

Reader = Annotated[CurrentSession, Depends(RoleCheck(CERTIFICATION_READERS))]
DocReader = Annotated[CurrentSession, Depends(RoleCheck(DOCUMENT_READERS))]
Decide = Annotated[Command, Depends(command(CERTIFICATION_DECIDERS))]
Intake = Annotated[Command, Depends(command(CERTIFICATION_INTAKE))]
Step = Callable[[Session, datetime, int], t.Certification]

# The scans' own body limit: a 10 MB file plus the multipart framing (the JSON default is
# 1 MB). The service refuses a file over 10 MB itself with a clear 413 naming the file.
UPLOAD_BODY_LIMIT = docs.MAX_BYTES + 512 * 1024
MAX_FILES = 5


def _run(cmd: Command, body: Any, step: Step) -> JSONResponse:
    def act(s: Session, now: datetime, expected: int) -> dict[str, Any]:
        cert = step(s, now, expected)
        return read.certification_detail(s, cmd.actor, now, cert.id)

    return cmd.run_versioned(body, act)


@router.get("/certifications", response_model=CertificationQueue)
def certification_queue(
    current: Reader,
    db: DbDep,
    state: Annotated[list[CertificationStatus] | None, Query()] = None,
    kind: Annotated[list[CertificationKind] | None, Query()] = None,
    category: Annotated[ServiceCategory | None, Query()] = None,
    district: Annotated[str | None, Query(max_length=32), NoControlChars] = None,
    min_age_hours: Annotated[float | None, Query(ge=0, le=24 * 3650)] = None,
    expiring_within_days: Annotated[int | None, Query(ge=0, le=3650)] = None,
    flagged: Annotated[bool | None, Query()] = None,
    awaiting_second_approval: Annotated[bool | None, Query()] = None,
    claimed_by: QueryId = None,
    provider_id: QueryId = None,
    limit: Annotated[int, Query(ge=1, le=read.MAX_PAGE)] = 100,
    offset: Offset = 0,
) -> dict[str, Any]:
    """The review queue, oldest submission first, with the total and the counts per state
    (under every filter but the state one). ``claimed_by`` = your id: "my claims"."""
    flt = read.QueueFilter(
        states=tuple(state or ()),
        kinds=tuple(kind or ()),
        category=category,
        district=district,
        min_age_hours=min_age_hours,
        expiring_within_days=expiring_within_days,
        flagged=flagged,
        awaiting_second_approval=awaiting_second_approval,
        claimed_by=claimed_by,
        provider_id=provider_id,
    )
    with db.read() as s:
        page = read.list_certifications(
            s, current.actor, clock.now(), flt, limit=limit, offset=offset
        )
    return {
        "items": page.items,
        "total": page.total,
        "counts": page.counts,
        "limit": limit,
        "offset": offset,
    }


@router.get("/certifications/watch", response_model=ExpiryWatch)
def expiry_watch(current: Reader, db: DbDep) -> dict[str, Any]:
    """Approved certificates whose expiry or review date falls within 30/60/90 days, and
    those already expired; soonest first."""
    with db.read() as s:
        buckets = read.expiry_watch(s, current.actor, clock.now())
    return {
        "expired": buckets[EXPIRED_BUCKET],
        "within_30": buckets[30],
        "within_60": buckets[60],
        "within_90": buckets[90],
    }


@router.get("/certifications/{cert_id}", response_model=CertificationDetail)
def get_certification(cert_id: PathId, current: Reader, db: DbDep) -> JSONResponse:
    """The certificate; reviewers also get its findings as of today, history and scans."""
    with db.read() as s:
        body = read.certification_detail(s, current.actor, clock.now(), cert_id)
    return JSONResponse(body, headers={"ETag": f'"{body["version"]}"'})


@router.post("/certifications", status_code=201, response_model=CertificationDetail)
def create_certification(body: CertificationCreate, cmd: Intake) -> JSONResponse:
    """Intake or renewal; it joins the queue with its findings. Scans: the documents route."""
    new = svc.NewCertification(**body.model_dump())

    def act(s: Session, now: datetime) -> dict[str, Any]:
        cert = svc.create_certification(s, cmd.actor, now, new)
        return read.certification_detail(s, cmd.actor, now, cert.id)

    return cmd.run(body, act, status=201)


@router.post("/certifications/{cert_id}/claim", response_model=CertificationDetail)
def claim(cert_id: PathId, cmd: Decide) -> JSONResponse:
    """Take it for review (30 minutes idle and the claim lapses); claiming again renews it."""
    return _run(cmd, None, lambda s, now, v: svc.claim(s, cmd.actor, now, cert_id, v))


@router.post("/certifications/{cert_id}/release", response_model=CertificationDetail)
def release(cert_id: PathId, cmd: Decide) -> JSONResponse:
    return _run(cmd, None, lambda s, now, v: svc.release(s, cmd.actor, now, cert_id, v))


@router.post("/certifications/{cert_id}/approve", response_model=CertificationDetail)
def approve(cert_id: PathId, cmd: Decide) -> JSONResponse:
    """Approve. A four-eyes kind goes back to the queue after the first approval and is
    approved by a second, different reviewer."""
    return _run(cmd, None, lambda s, now, v: svc.approve(s, cmd.actor, now, cert_id, v))


@router.post("/certifications/{cert_id}/reject", response_model=CertificationDetail)
def reject(cert_id: PathId, body: RejectBody, cmd: Decide) -> JSONResponse:
    return _run(
        cmd,
        body,
        lambda s, now, v: svc.reject(s, cmd.actor, now, cert_id, v, code=body.code, text=body.text),
    )


@router.post("/certifications/{cert_id}/request-resubmission", response_model=CertificationDetail)
def request_resubmission(cert_id: PathId, body: ResubmissionBody, cmd: Decide) -> JSONResponse:
    return _run(
        cmd,
        body,
        lambda s, now, v: svc.request_resubmission(
            s, cmd.actor, now, cert_id, v, items=body.items, text=body.text
        ),
    )


@router.post("/certifications/{cert_id}/revoke", response_model=CertificationDetail)
def revoke(cert_id: PathId, body: RevokeBody, cmd: Decide) -> JSONResponse:
    """Revoke an approved certificate; the future orders it now breaks are flagged."""
    return _run(
        cmd, body, lambda s, now, v: svc.revoke(s, cmd.actor, now, cert_id, v, reason=body.reason)
    )


def _read_upload(upload: UploadFile) -> docs.Upload:
    """At most one byte over the limit is read: enough for the service to refuse it."""
    return docs.Upload(upload.filename or "scan", upload.file.read(docs.MAX_BYTES + 1))


@router.post("/certifications/{cert_id}/documents", response_model=CertificationDetail)
@body_limit(UPLOAD_BODY_LIMIT)
def upload_documents(
    cert_id: PathId, cmd: Intake, files: Annotated[list[UploadFile], File()]
) -> JSONResponse:
    """Attach scans (multipart ``files``; JPEG, PNG or PDF by content, 10 MB each: 413/415
    otherwise) to a certificate still in the queue. Needs If-Match."""
    uploads = [_read_upload(f) for f in files[: MAX_FILES + 1]]
    if len(uploads) > MAX_FILES:
        raise ApiError(
            422,
            "too_many_files",
            f"一次最多上传 {MAX_FILES} 个文件。",
            f"At most {MAX_FILES} files per upload.",
        )
    # The idempotency hash covers what was sent (names and contents), not the bytes themselves.
    wire = {"files": [[u.filename, hashlib.sha256(u.content).hexdigest()] for u in uploads]}
    return _run(
        cmd,
        wire,
        lambda s, now, v: svc.attach_documents(s, cmd.actor, now, cert_id, v, uploads),
    )


@router.get("/certifications/{cert_id}/documents/{doc_id}", response_class=StreamingResponse)
def download_document(
    cert_id: PathId, doc_id: PathId, current: DocReader, db: DbDep
) -> StreamingResponse:
    """The scan's bytes, streamed. The fetch is audited (committed before the first byte);
    ``Cache-Control: no-store`` keeps it out of every cache on the way."""
    now = clock.now()
    with db.write() as s:
        doc = docs.open_document(s, current.actor, now, cert_id, doc_id)
    return StreamingResponse(
        docs.iter_chunks(db, doc.sha256, doc.size),
        media_type=doc.media_type,
        headers={
            "Content-Length": str(doc.size),
            "Cache-Control": "no-store",
            "Content-Disposition": f'inline; filename="document-{doc.id}"',
            "X-Content-SHA256": doc.sha256,
        },
    )
