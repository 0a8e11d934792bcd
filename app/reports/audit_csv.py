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

from app.rules.beijing import wall_clock
from app.schemas.audit import AuditEntry

HEADERS = {
    "zh_CN": ("编号", "时间（北京）", "用户", "操作", "对象", "对象编号", "来源地址", "详情"),
    "en": ("id", "time (Beijing)", "user", "action", "entity", "entity id", "address", "detail"),
}


def audit_csv(entries: Iterable[AuditEntry], lang: str) -> bytes:
    """The records as CSV bytes (UTF-8 with BOM), one row each, headers in ``lang``."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADERS["en" if lang == "en" else "zh_CN"])
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
