"""Certification (资质审核) for the desktop: the review queue and a provider's certificates
read from the local cache, the decisions as Outbox commands, and the scans through the API.

Queue reads select one page by the cached columns (status, submitted_at; see
``app.rules.feed``) and decode only that page's rows: decoding every certificate's JSON to
sort in Python is what made the queue read too slow at 20,000 items. Decisions are idempotent
Outbox commands at the version the reviewer saw (a decision made offline is sent when the
server returns; someone else's decision first is a 412 conflict, shown, not overwritten).
Scans are personal information: downloaded into memory for the viewing session only.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.client import endpoints
from app.client.api import ApiClient
from app.client.board import pinyin_initials
from app.client.cache import CacheReader, table_of
from app.models.enums import CertificationKind, CertificationStatus, ServiceCategory
from app.rules.certification.facts import CertFact
from app.rules.certification.kinds import FOUR_EYES_KINDS
from app.rules.certification.review import CLAIM_IDLE
from app.rules.certification.watch import bucket_of
from app.rules.complaint_rows import as_time
from app.rules.dispatch.eligibility import certificate_reasons
from app.rules.reasons import Reason

S = CertificationStatus
CERTIFICATIONS = f"{endpoints.API}/certifications"
OPEN_STATES: tuple[str, ...] = (S.SUBMITTED.value, S.IN_REVIEW.value)
DECISIONS = frozenset({"claim", "release", "approve", "reject", "request-resubmission", "revoke"})
PAGE_SIZE = 200
REVIEW_TARGET = timedelta(hours=24)


def certification_path(cert_id: int) -> str:
    return f"{CERTIFICATIONS}/{int(cert_id)}"


def decision_path(cert_id: int, action: str) -> str:
    if action not in DECISIONS:
        raise ValueError(f"unknown certification action {action!r}")
    return f"{certification_path(cert_id)}/{action}"


def document_path(cert_id: int, doc_id: int) -> str:
    return f"{certification_path(cert_id)}/documents/{int(doc_id)}"


def _day(value: object) -> date | None:
    return date.fromisoformat(value[:10]) if isinstance(value, str) and value else None


def _items(value: object) -> list[Any]:
    """A list from the wire; anything else (an agent's detail has the scans' count) is none."""
    return value if isinstance(value, list) else []


def _id(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass(frozen=True, slots=True)
class CertRow:
    """One certificate as the queue and a provider's list show it."""

    id: int
    version: int
    provider_id: int
    provider_name: str
    kind: str
    status: str
    number: str
    holder_name: str
    issuer: str
    issued_on: date | None
    expires_on: date | None
    review_due: date | None
    submitted_at: datetime | None
    claimed_by: int | None
    claimed_at: datetime | None
    first_approver_id: int | None
    flagged: bool
    finding_codes: tuple[str, ...]
    documents: int

    @classmethod
    def from_data(cls, d: dict[str, Any], provider_name: str = "") -> CertRow:
        return cls(
            id=int(d["id"]),
            version=int(d.get("version") or 1),
            provider_id=int(d["provider_id"]),
            provider_name=provider_name,
            kind=str(d.get("kind") or ""),
            status=str(d.get("status") or ""),
            number=str(d.get("number") or ""),
            holder_name=str(d.get("holder_name") or ""),
            issuer=str(d.get("issuer") or ""),
            issued_on=_day(d.get("issued_on")),
            expires_on=_day(d.get("expires_on")),
            review_due=_day(d.get("review_due")),
            submitted_at=as_time(d.get("submitted_at")),
            claimed_by=_id(d.get("claimed_by")),
            claimed_at=as_time(d.get("claimed_at")),
            first_approver_id=_id(d.get("first_approver_id")),
            flagged=bool(d.get("flagged")),
            finding_codes=tuple(str(c) for c in d.get("finding_codes") or ()),
            documents=int(d.get("documents") or 0),
        )

    @property
    def four_eyes(self) -> bool:
        return self.kind in {k.value for k in FOUR_EYES_KINDS}

    @property
    def awaiting_second_approval(self) -> bool:
        return self.four_eyes and self.first_approver_id is not None and self.status in OPEN_STATES

    def age(self, now: datetime) -> timedelta:
        return now - self.submitted_at if self.submitted_at else timedelta(0)

    def claim_active(self, now: datetime) -> bool:
        return (
            self.status == S.IN_REVIEW.value
            and self.claimed_at is not None
            and now - self.claimed_at < CLAIM_IDLE
        )

    def claimable_by(self, user_id: int, now: datetime) -> bool:
        """Whether ``user_id`` may claim it now: open and not under someone's live claim, and
        not a second approval of the user's own first approval."""
        if self.first_approver_id == user_id:
            return False
        if self.status == S.SUBMITTED.value:
            return True
        return self.status == S.IN_REVIEW.value and (
            self.claimed_by == user_id or not self.claim_active(now)
        )

    def lapses_on(self) -> date | None:
        days = [d for d in (self.expires_on, self.review_due) if d is not None]
        return min(days) if days else None

    def bucket(self, today: date) -> int | None:
        """The expiry watch's bucket: 0 lapsed or expired, else 30/60/90 days; None: later."""
        return bucket_of(self.status, self.lapses_on(), today)


@dataclass(frozen=True, slots=True)
class QueueQuery:
    """Which part of the queue to read; the defaults: every open item, oldest first."""

    states: tuple[str, ...] = OPEN_STATES
    kind: str | None = None
    claimed_by: int | None = None  # "my claims"
    flagged: bool = False  # only items with a red finding (possible fraud)
    search: str = ""  # provider name or its pinyin initials, holder name, number
    limit: int = PAGE_SIZE
    offset: int = 0


@dataclass(frozen=True, slots=True)
class QueuePage:
    rows: list[CertRow]
    total: int
    counts: dict[str, int]  # per state, over the whole cache


def _names(reader: CacheReader, provider_ids: Sequence[int]) -> dict[int, str]:
    return {int(p["id"]): str(p.get("name") or "") for p in reader.many("provider", provider_ids)}


def _rows(reader: CacheReader, datas: list[dict[str, Any]]) -> list[CertRow]:
    names = _names(reader, [int(d["provider_id"]) for d in datas])
    return [CertRow.from_data(d, names.get(int(d["provider_id"]), "")) for d in datas]


def _select(reader: CacheReader, where: str, params: list[Any], tail: str) -> list[Any]:
    sql = f"SELECT data FROM {table_of('certification')} WHERE {where} {tail}"
    return reader.connection.execute(sql, params).fetchall()


def queue_page(reader: CacheReader, query: QueueQuery = QueueQuery()) -> QueuePage:
    """One page of the queue (oldest submission first), its total and the counts per state.

    Only the page's rows are decoded; the order and the filters run on indexed columns."""
    if reader.count("certification") == 0:
        return QueuePage([], 0, {})
    clauses = ["status IN (SELECT value FROM json_each(?))"]
    params: list[Any] = [json.dumps(list(query.states))]
    if query.kind:
        clauses.append("kind = ?")
        params.append(query.kind)
    if query.claimed_by is not None:
        clauses.append("claimed_by = ?")
        params.append(query.claimed_by)
    if query.flagged:
        clauses.append("json_extract(data, '$.flagged') = 1")
    conn = reader.connection
    words = query.search.strip().lower()
    if words:
        # Pinyin initials ("wf" finds 王芳) through a function on this connection.
        conn.create_function("initials", 1, pinyin_initials, deterministic=True)
        like = f"%{words}%"
        clauses.append(
            "(number LIKE ? OR holder_name LIKE ? "
            f"OR provider_id IN (SELECT id FROM {table_of('provider')} "
            "WHERE name LIKE ? OR initials(name) LIKE ?))"
        )
        params.extend([like] * 4)
    where = " AND ".join(clauses)
    table = table_of("certification")
    (total,) = conn.execute(f"SELECT count(*) FROM {table} WHERE {where}", params).fetchone()
    found = _select(
        reader,
        where,
        [*params, max(1, query.limit), max(0, query.offset)],
        "ORDER BY submitted_at, id LIMIT ? OFFSET ?",
    )
    counts = {
        str(status): int(n)
        for status, n in conn.execute(f"SELECT status, count(*) FROM {table} GROUP BY status")
    }
    return QueuePage(_rows(reader, [json.loads(d) for (d,) in found]), int(total), counts)


def certificate(reader: CacheReader, cert_id: int) -> CertRow | None:
    data = reader.get("certification", cert_id)
    return None if data is None else _rows(reader, [data])[0]


def provider_certificates(reader: CacheReader, provider_id: int) -> list[CertRow]:
    """A provider's certificates, newest submission first (their history on one row)."""
    rows = _rows(reader, reader.where("certification", "provider_id", [provider_id]))
    return sorted(rows, key=lambda r: (r.submitted_at or datetime.min.replace(tzinfo=UTC), r.id),
                  reverse=True)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CertificateStatus:
    """Whether a provider's certificates let them serve one order, and why not."""

    provider_id: int
    reasons: list[Reason]  # empty: every required certificate counts for the order


def certificate_status(
    reader: CacheReader, provider_id: int, category: str, order_end: datetime
) -> CertificateStatus:
    """The dispatch rule on the provider's cached certificates (the order detail's line)."""
    known_kinds = {k.value for k in CertificationKind}
    facts = tuple(
        CertFact(CertificationKind(r.kind), CertificationStatus(r.status), r.expires_on,
                 r.review_due)
        for r in provider_certificates(reader, provider_id)
        if r.kind in known_kinds
    )  # fmt: skip
    reasons = certificate_reasons(ServiceCategory(category), facts, order_end)
    return CertificateStatus(provider_id, reasons)


def expiring(reader: CacheReader, today: date, within_days: int = 90) -> list[CertRow]:
    """Approved certificates whose expiry or review date is within ``within_days`` (or past),
    and expired ones: the watch list, soonest first."""
    until = (today + timedelta(days=within_days)).isoformat()
    found = _select(
        reader,
        "(status = ? AND (expires_on <= ? OR review_due <= ?)) OR status = ?",
        [S.APPROVED.value, until, until, S.EXPIRED.value],
        "ORDER BY min(coalesce(expires_on, '9999'), coalesce(review_due, '9999')), id",
    )
    return _rows(reader, [json.loads(d) for (d,) in found])


def next_claimable(
    reader: CacheReader, user_id: int, now: datetime, shown: QueueQuery = QueueQuery()
) -> CertRow | None:
    """The oldest item ``user_id`` may claim now (the desk's ``N`` key), among those the
    ``shown`` filters select (kind, red flags, search; not "my claims")."""
    offset = 0
    while True:
        query = replace(shown, claimed_by=None, limit=PAGE_SIZE, offset=offset)
        page = queue_page(reader, query)
        for row in page.rows:
            if row.claimable_by(user_id, now):
                return row
        offset += PAGE_SIZE
        if offset >= page.total:
            return None


def decision_command(
    row: CertRow, action: str, body: dict[str, Any] | None, label: str
) -> dict[str, Any]:
    """The Outbox command for a decision on ``row`` at the version the reviewer saw."""
    return {
        "path": decision_path(row.id, action),
        "body": body,
        "if_match": row.version,
        "entity": "certification",
        "entity_id": row.id,
        "label": label,
    }


def reject_body(code: str, text: str = "") -> dict[str, Any]:
    return {"code": code, "text": text.strip()}


def resubmission_body(items: Sequence[str], text: str = "") -> dict[str, Any]:
    return {"items": list(dict.fromkeys(items)), "text": text.strip()}


def revoke_body(reason: str) -> dict[str, Any]:
    return {"reason": reason.strip()}


@dataclass(frozen=True, slots=True)
class Finding:
    """A check run before the reviewer sees the item (red: possible fraud)."""

    code: str
    message: str  # Chinese
    message_en: str
    red: bool


@dataclass(frozen=True, slots=True)
class ScanInfo:
    """A scan's metadata; its bytes come from :func:`download_document`."""

    id: int
    media_type: str
    filename: str
    size: int


@dataclass(frozen=True, slots=True)
class ReviewStep:
    """One step of the review history."""

    at: datetime | None
    actor_id: int | None
    action: str
    from_status: str
    to_status: str
    code: str
    note: str


@dataclass(frozen=True, slots=True)
class CertDetail:
    """What the decision form shows beside the cached row: findings, history, scans."""

    id: int
    version: int
    findings: tuple[Finding, ...]
    history: tuple[ReviewStep, ...]
    documents: tuple[ScanInfo, ...]

    @classmethod
    def from_data(cls, d: dict[str, Any]) -> CertDetail:
        return cls(
            id=int(d["id"]),
            version=int(d.get("version") or 1),
            findings=tuple(
                Finding(str(f.get("code") or ""), str(f.get("message") or ""),
                        str(f.get("message_en") or ""), bool(f.get("red")))
                for f in d.get("findings") or ()
            ),
            history=tuple(
                ReviewStep(as_time(h.get("at")), _id(h.get("actor_id")), str(h.get("action") or ""),
                           str(h.get("from") or ""), str(h.get("to") or ""),
                           str(h.get("code") or ""), str(h.get("note") or ""))
                for h in d.get("history") or ()
            ),
            documents=tuple(
                ScanInfo(int(x["id"]), str(x.get("media_type") or ""),
                         str(x.get("filename") or ""), int(x.get("size") or 0))
                for x in _items(d.get("documents"))
            ),
        )  # fmt: skip


def fetch_detail(api: ApiClient, cert_id: int) -> CertDetail:
    """The certificate with its findings (as of today), history and scans' metadata."""
    return CertDetail.from_data(api.get(certification_path(cert_id)))


@dataclass(frozen=True, slots=True)
class Desk:
    """Everything the reviewer's page shows from the cache, read in one go."""

    page: QueuePage
    watch: list[CertRow]
    names: dict[int, str]  # user id -> name, for the claims shown


def read_desk(reader: CacheReader, query: QueueQuery, today: date, watch_days: int) -> Desk:
    page = queue_page(reader, query)
    users = {r.claimed_by for r in page.rows if r.claimed_by is not None}
    names = {int(u["id"]): str(u.get("display_name") or u.get("username") or "")
             for u in reader.many("user", users)}  # fmt: skip
    return Desk(page, expiring(reader, today, watch_days), names)


def download_document(api: ApiClient, cert_id: int, doc_id: int) -> bytes:
    """A scan's bytes, for this viewing session only (never written to disk; audited)."""
    return api.get_bytes(document_path(cert_id, doc_id))


def upload_documents(
    api: ApiClient, cert_id: int, version: int, files: Sequence[tuple[str, bytes]], key: str
) -> CertDetail:
    """Attach scans to a certificate still in the queue; answers its detail. ``key``: the
    Idempotency-Key, the same on every retry of the same upload."""
    return CertDetail.from_data(
        api.post_files(
            f"{certification_path(cert_id)}/documents", files, if_match=version, idempotency_key=key
        )
    )


# ---- intake: an operator enters a certificate on a provider's behalf, with its scans --------

MAX_SCAN_BYTES = 10 * 1024 * 1024  # the server's limit (it answers 413 past it)


@dataclass(frozen=True, slots=True)
class NewCertificate:
    """A certificate as the operator typed it; empty dates take the kind's periods on the
    server. ``renews_id``: the certificate this one renews (or resubmits)."""

    provider_id: int
    kind: str
    number: str
    issuer: str
    issued_on: date
    holder_name: str = ""
    expires_on: date | None = None
    renews_id: int | None = None

    def body(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "provider_id": self.provider_id, "kind": self.kind, "number": self.number.strip(),
            "issuer": self.issuer.strip(), "issued_on": self.issued_on.isoformat(),
            "holder_name": self.holder_name.strip(),
        }  # fmt: skip
        if self.expires_on is not None:
            body["expires_on"] = self.expires_on.isoformat()
        if self.renews_id is not None:
            body["renews_id"] = self.renews_id
        return body


@dataclass(frozen=True, slots=True)
class ProviderPick:
    id: int
    name: str


def find_providers(reader: CacheReader, text: str, limit: int = 20) -> list[ProviderPick]:
    """Providers whose name, or its pinyin initials, contains ``text`` (the intake's picker)."""
    words = text.strip().lower()
    if not words:
        return []
    conn = reader.connection
    conn.create_function("initials", 1, pinyin_initials, deterministic=True)
    found = conn.execute(
        f"SELECT id, name FROM {table_of('provider')} "
        "WHERE name LIKE ?1 OR initials(name) LIKE ?1 ORDER BY name, id LIMIT ?2",
        (f"%{words}%", max(1, limit)),
    ).fetchall()
    return [ProviderPick(int(i), str(n or "")) for i, n in found]


class ScanTooLarge(ValueError):
    """A chosen file over the server's limit; ``name`` is the file's (the view words it)."""

    def __init__(self, name: str) -> None:
        super().__init__(f"{name}: larger than 10 MB")
        self.name = name


def read_scans(paths: Sequence[Path]) -> list[tuple[str, bytes]]:
    """The chosen files' bytes (off the UI thread); one over the server's limit is refused
    here with its name, before anything is sent."""
    out: list[tuple[str, bytes]] = []
    for path in paths:
        if path.stat().st_size > MAX_SCAN_BYTES:
            raise ScanTooLarge(path.name)
        out.append((path.name, path.read_bytes()))
    return out
