"""The audit log as CSV, for a supervisor to hand on or open in a spreadsheet.

Times are Beijing's; the file starts with a UTF-8 byte-order mark so that Excel on a Chinese
Windows reads the Chinese names right. Free text in ``detail`` is as the server stored it
(phone and ID numbers there are already masked).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable

from app.i18n.catalogue import render
from app.rules.beijing import wall_clock
from app.rules.text import QT_TRANSLATE_NOOP, text
from app.schemas.audit import AuditEntry

HEADERS = (
    QT_TRANSLATE_NOOP("AuditCsv", "id"),
    QT_TRANSLATE_NOOP("AuditCsv", "time (Beijing)"),
    QT_TRANSLATE_NOOP("AuditCsv", "user"),
    QT_TRANSLATE_NOOP("AuditCsv", "action"),
    QT_TRANSLATE_NOOP("AuditCsv", "entity"),
    QT_TRANSLATE_NOOP("AuditCsv", "entity id"),
    QT_TRANSLATE_NOOP("AuditCsv", "address"),
    QT_TRANSLATE_NOOP("AuditCsv", "detail"),
)


def audit_csv(entries: Iterable[AuditEntry], lang: str) -> bytes:
    """The records as CSV bytes (UTF-8 with BOM), one row each, headers in ``lang``."""
    out = io.StringIO()
    writer = csv.writer(out)
    # Only "en" is English here (the CSV's own rule): "en_US" gets the Chinese headers.
    language = "en" if lang == "en" else "zh"
    writer.writerow([render(text("AuditCsv", source), language) for source in HEADERS])
    for e in entries:
        writer.writerow(
            (
                e.id,
                wall_clock(e.at, "%Y-%m-%d %H:%M:%S"),
                e.username,
                e.action,
                e.entity,
                "" if e.entity_id is None else e.entity_id,
                e.client_address,
                json.dumps(e.detail, ensure_ascii=False, sort_keys=True) if e.detail else "",
            )
        )
    return out.getvalue().encode("utf-8-sig")
