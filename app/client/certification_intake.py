"""Entering a certificate with its scans, so that pressing Submit again is always safe.

The certificate is created with one ``Idempotency-Key`` for the whole dialog: a retry after any
failure (even one whose answer was lost) gets the server's first answer back instead of a
second certificate. Each scan is then its own upload with its own key. The server's idempotency
hash covers ``If-Match``, so a scan keeps the version it was first sent at and a retry repeats
exactly that request: a scan whose answer was lost is replayed, not attached twice, and only the
scans not yet confirmed are sent again. The state is immutable and handed back by each attempt,
so the worker thread never shares it with the dialog.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from app.client.api import ApiClient
from app.client.certifications import (
    CERTIFICATIONS,
    CertDetail,
    NewCertificate,
    read_scans,
    upload_documents,
)
from app.client.errors import Conflict, ServerError, Unreachable


def _key() -> str:
    return str(uuid.uuid4())


@dataclass(frozen=True, slots=True)
class ScanUpload:
    """One chosen file. ``sent_at``: the If-Match of its first try (None: never tried), which a
    retry must repeat for the server to recognise it; ``done``: the server confirmed it."""

    path: Path
    key: str
    sent_at: int | None = None
    done: bool = False

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def uncertain(self) -> bool:
        """Sent, but no answer came back: the server may have it already."""
        return self.sent_at is not None and not self.done


@dataclass(frozen=True, slots=True)
class Intake:
    """What one intake dialog has sent so far. ``created``: the server's latest answer about the
    certificate once it has it (its version is the If-Match of the next new upload)."""

    key: str
    scans: tuple[ScanUpload, ...] = ()
    created: CertDetail | None = None

    @classmethod
    def start(cls) -> Intake:
        return cls(_key())

    @property
    def pending(self) -> tuple[ScanUpload, ...]:
        return tuple(s for s in self.scans if not s.done)

    @property
    def complete(self) -> bool:
        return self.created is not None and not self.pending

    def with_scans(self, paths: Sequence[Path]) -> Intake:
        return replace(self, scans=self.scans + tuple(ScanUpload(p, _key()) for p in paths))

    def without_scan(self, index: int) -> Intake:
        """The scan at ``index`` taken off the list; one the server has, or may have (its
        answer was lost: Submit again finds out), stays."""
        if not 0 <= index < len(self.scans):
            return self
        if self.scans[index].done or self.scans[index].uncertain:
            return self
        return replace(self, scans=self.scans[:index] + self.scans[index + 1 :])

    def replacing(self, old: ScanUpload, new: ScanUpload) -> Intake:
        return replace(self, scans=tuple(new if s is old else s for s in self.scans))


@dataclass(frozen=True, slots=True)
class Attempt:
    """The outcome of one Submit: the state to keep, and why the uploads stopped (if they did)."""

    intake: Intake
    error: Exception | None = None


def send_intake(api: ApiClient, new: NewCertificate, intake: Intake) -> Attempt:
    """Create the certificate unless the server already has it, then upload the scans still
    pending, one request each, stopping at the first failure.

    Raises (nothing new was saved): a scan over the limit or unreadable (read before anything is
    sent), or the create failing. A failed upload is returned in the Attempt with the state
    reached, so the certificate and the scans already sent are not lost."""
    pending = intake.pending
    files = read_scans([s.path for s in pending])
    if intake.created is None:
        created = api.command(CERTIFICATIONS, new.body(), if_match=None,
                              idempotency_key=intake.key)  # fmt: skip
        intake = replace(intake, created=CertDetail.from_data(created))
    for scan, file in zip(pending, files, strict=True):
        intake, error = _upload(api, intake, scan, file)
        if error is not None:
            return Attempt(intake, error)
    return Attempt(intake)


def _upload(
    api: ApiClient, intake: Intake, scan: ScanUpload, file: tuple[str, bytes]
) -> tuple[Intake, Exception | None]:
    """One scan sent; the state after it, and the failure if it was not confirmed."""
    created = intake.created
    assert created is not None
    at = created.version if scan.sent_at is None else scan.sent_at
    tried = replace(scan, sent_at=at)
    intake = intake.replacing(scan, tried)
    try:
        answer = upload_documents(api, created.id, at, [file], scan.key)
    except Conflict as exc:
        # A 412 means it was not applied (a replay would have answered): next time it goes as
        # a new request at the version now current.
        version = exc.current.get("version")
        if isinstance(version, int):
            intake = replace(intake, created=replace(created, version=version))
        return intake.replacing(tried, ScanUpload(scan.path, _key())), exc
    except (Unreachable, ServerError) as exc:  # no answer: it may have been applied
        return intake, exc
    except Exception as exc:  # refused, so not applied: it goes as a new request next time
        return intake.replacing(tried, ScanUpload(scan.path, _key())), exc
    done = intake.replacing(tried, replace(tried, done=True))
    return replace(done, created=answer), None
