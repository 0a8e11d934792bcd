"""The audit viewer's reads: a filtered page of the log, and the hash chain's check."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.client import endpoints
from app.client.api import ApiClient
from app.schemas.audit import AuditEntry, AuditPage, AuditVerify

PAGE_SIZE = 200


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the viewer narrows the log to; empty means any."""

    username: str = ""
    entity: str = ""
    action: str = ""  # a prefix: "account." finds every account change
    address: str = ""  # a prefix of the client address: "10.2." finds a subnet
    since: datetime | None = None
    until: datetime | None = None

    def params(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key in ("username", "entity", "action", "address"):
            value = str(getattr(self, key)).strip()
            if value:
                out[key] = value
        for key in ("since", "until"):
            moment: datetime | None = getattr(self, key)
            if moment is not None:
                out[key] = moment.isoformat()
        return out


def audit_page(api: ApiClient, where: AuditFilter, page: int = 0) -> AuditPage:
    """Page ``page`` (from 0) of the records matching ``where``, newest first."""
    params = {**where.params(), "limit": PAGE_SIZE, "offset": max(0, page) * PAGE_SIZE}
    return AuditPage.model_validate(api.get(endpoints.AUDIT, params))


EXPORT_LIMIT = 100_000  # rows in one CSV export; narrow the filter for more


def all_records(api: ApiClient, where: AuditFilter, limit: int = EXPORT_LIMIT) -> AuditPage:
    """Every record matching ``where`` (newest first, at most ``limit``), page by page; the
    count is the server's total, so a caller can say when the export was cut."""
    rows: list[AuditEntry] = []
    total = 0
    page = 0
    while len(rows) < limit:
        params = {**where.params(), "limit": 1000, "offset": page * 1000}
        got = AuditPage.model_validate(api.get(endpoints.AUDIT, params))
        total = got.count
        rows.extend(got.data[: limit - len(rows)])
        if len(got.data) < 1000:
            break
        page += 1
    return AuditPage(data=rows, count=total)


def verify_chain(api: ApiClient) -> AuditVerify:
    return AuditVerify.model_validate(api.get(endpoints.AUDIT_VERIFY))


def detail_text(entry: AuditEntry) -> str:
    """An audit record's detail as the server recorded it, for a person to read ("" if none)."""
    return json.dumps(entry.detail, ensure_ascii=False) if entry.detail else ""
