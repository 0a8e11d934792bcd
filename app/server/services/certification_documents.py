"""Certificate scans: sniffed, size-checked, stored once per SHA-256, fetched with an audit.

Scans are personal information. They never enter the change feed; only
``access.DOCUMENT_READERS`` may fetch them, and every fetch writes an audit record. The bytes
live in the database so that every server process can serve them, and are read back in chunks
(``iter_chunks``) so a route can stream a 10 MB scan without holding it whole.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models import tables as t
from app.rules.access import DOCUMENT_READERS
from app.server.db import Database
from app.server.errors import ApiError, forbidden, not_found
from app.server.services.context import Actor, audit

MAX_BYTES = 10 * 1024 * 1024
CHUNK = 256 * 1024
JPEG, PNG, PDF = "image/jpeg", "image/png", "application/pdf"


@dataclass(frozen=True, slots=True)
class Upload:
    """One file as received. ``filename`` is kept for people; the type comes from the bytes."""

    filename: str
    content: bytes


@dataclass(frozen=True, slots=True)
class DocumentInfo:
    id: int
    certification_id: int
    sha256: str
    filename: str
    media_type: str
    size: int
    uploaded_at: datetime


def sniff(content: bytes) -> str | None:
    """The media type the bytes really are (JPEG, PNG or PDF), whatever the file is called."""
    if content.startswith(b"\xff\xd8\xff"):
        return JPEG
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if content.startswith(b"%PDF-"):
        return PDF
    return None


def check_upload(upload: Upload) -> str:
    """The sniffed media type; ApiError 413 when too big, 415 when not a JPEG, PNG or PDF."""
    if len(upload.content) > MAX_BYTES:
        raise ApiError(
            413,
            "document_too_large",
            f"文件“{upload.filename}”超过 10 MB。",
            f"The file '{upload.filename}' is larger than 10 MB.",
            details={"max_bytes": MAX_BYTES, "size": len(upload.content)},
        )
    media_type = sniff(upload.content)
    if media_type is None:
        raise ApiError(
            415,
            "document_type_unsupported",
            f"文件“{upload.filename}”不是 JPEG、PNG 或 PDF。",
            f"The file '{upload.filename}' is not a JPEG, PNG or PDF.",
            details={"accepted": [JPEG, PNG, PDF]},
        )
    return media_type


def store(
    session: Session, actor: Actor, now: datetime, cert: t.Certification, upload: Upload
) -> t.CertificationDocument:
    """Attach ``upload`` to ``cert`` in the caller's transaction (check it first with
    :func:`check_upload`). The same bytes already stored are referred to, not stored again;
    the same bytes already on this certificate are not attached twice."""
    media_type = check_upload(upload)
    digest = hashlib.sha256(upload.content).hexdigest()
    if session.get(t.DocumentBlob, digest) is None:
        session.add(
            t.DocumentBlob(
                sha256=digest,
                media_type=media_type,
                size=len(upload.content),
                content=upload.content,
                created_at=now,
            )
        )
        session.flush()
    existing = session.scalar(
        select(t.CertificationDocument).where(
            t.CertificationDocument.certification_id == cert.id,
            t.CertificationDocument.sha256 == digest,
        )
    )
    if existing is not None:
        return existing
    doc = t.CertificationDocument(
        certification_id=cert.id,
        sha256=digest,
        filename=upload.filename[:128] or "scan",
        media_type=media_type,
        size=len(upload.content),
        uploaded_by=actor.user_id,
        uploaded_at=now,
    )
    session.add(doc)
    session.flush()
    return doc


def info(doc: t.CertificationDocument) -> DocumentInfo:
    return DocumentInfo(
        doc.id,
        doc.certification_id,
        doc.sha256,
        doc.filename,
        doc.media_type,
        doc.size,
        doc.uploaded_at,
    )


def list_documents(session: Session, cert_id: int) -> list[DocumentInfo]:
    rows = session.scalars(
        select(t.CertificationDocument)
        .where(t.CertificationDocument.certification_id == cert_id)
        .order_by(t.CertificationDocument.id)
    )
    return [info(d) for d in rows]


def count_documents(session: Session, cert_id: int) -> int:
    return int(
        session.scalar(
            select(func.count()).where(t.CertificationDocument.certification_id == cert_id)
        )
        or 0
    )


def open_document(
    session: Session, actor: Actor, now: datetime, cert_id: int, doc_id: int
) -> DocumentInfo:
    """Check the reader's role and write the audit record of the fetch (in the caller's write
    transaction, committed before any byte leaves); the bytes then come from
    :func:`iter_chunks`."""
    if actor.role not in DOCUMENT_READERS:
        raise forbidden()
    doc = session.get(t.CertificationDocument, doc_id)
    if doc is None or doc.certification_id != cert_id:
        raise not_found("document", doc_id)
    audit(
        session,
        actor,
        now,
        "certification.document_fetch",
        "certification",
        cert_id,
        {"document_id": doc.id, "sha256": doc.sha256, "size": doc.size},
    )
    return info(doc)


def iter_chunks(db: Database, sha256: str, size: int, chunk: int = CHUNK) -> Iterator[bytes]:
    """The stored bytes in ``chunk``-sized pieces, each read in its own short transaction
    (``substr`` works on BLOB and ``substring`` on bytea), so a streaming response holds
    one chunk at a time and no transaction stays open while the client reads slowly."""
    blob = t.DocumentBlob
    for offset in range(0, size, chunk):
        with db.read() as s:
            piece = s.scalar(
                select(func.substr(blob.content, offset + 1, chunk)).where(blob.sha256 == sha256)
            )
        if piece is None:
            return
        yield bytes(piece)
