"""The certification expiry watch as CSV (资质到期提醒), for a reviewer to hand on or open in a
spreadsheet: expired first, then lapsing within 30, 60 and 90 days, soonest first.

UTF-8 with a byte-order mark (Excel on a Chinese Windows reads the names right). The rows are
the desk's typed certificates. The file leaves the desk, so a certificate number that is an ID
number (ID verification, the electrician's licence, or one typed into any kind) is masked in it
as the server masks ID numbers (``masked_number``); reviewers see it in clear only on screen.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from datetime import date
from typing import Protocol

from app.reports.labels import say
from app.reports.scorecard import CERT_STATE_WORDS
from app.rules.certification.kinds import POLICIES, masked_number
from app.rules.certification.watch import EXPIRED_BUCKET
from app.rules.text import QT_TRANSLATE_NOOP, text

CONTEXT = "CertificationWatch"
HEADERS = (
    QT_TRANSLATE_NOOP("CertificationWatch", "group"),
    QT_TRANSLATE_NOOP("CertificationWatch", "last valid day"),
    QT_TRANSLATE_NOOP("CertificationWatch", "provider"),
    QT_TRANSLATE_NOOP("CertificationWatch", "kind"),
    QT_TRANSLATE_NOOP("CertificationWatch", "number"),
    QT_TRANSLATE_NOOP("CertificationWatch", "state"),
    QT_TRANSLATE_NOOP("CertificationWatch", "expires on"),
    QT_TRANSLATE_NOOP("CertificationWatch", "review due"),
)
KINDS = {kind.value: policy for kind, policy in POLICIES.items()}
EXPIRED = QT_TRANSLATE_NOOP("CertificationWatch", "expired")
WITHIN = QT_TRANSLATE_NOOP("CertificationWatch", "within {days} days")


class WatchRow(Protocol):
    @property
    def provider_name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def number(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def expires_on(self) -> date | None: ...
    @property
    def review_due(self) -> date | None: ...
    def lapses_on(self) -> date | None: ...
    def bucket(self, today: date) -> int | None: ...


def _day(value: date | None) -> str:
    return value.isoformat() if value is not None else ""


def watch_csv(rows: Iterable[WatchRow], today: date, lang: str) -> bytes:
    """One line per certificate in a bucket (others are left out), headers in ``lang``."""
    lang = "en" if lang == "en" else "zh_CN"
    en = lang == "en"
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([say(text(CONTEXT, h), lang) for h in HEADERS])
    for row in rows:
        bucket = row.bucket(today)
        if bucket is None:
            continue
        policy = KINDS.get(row.kind)
        kind = (policy.name_en if en else policy.name_zh) if policy else row.kind
        words = CERT_STATE_WORDS.get(row.status)
        state = say(text("Scorecard", words), lang) if words else row.status
        group = (
            text(CONTEXT, EXPIRED)
            if bucket == EXPIRED_BUCKET
            else text(CONTEXT, WITHIN, days=bucket)
        )
        writer.writerow(
            (
                say(group, lang),
                _day(row.lapses_on()),
                row.provider_name,
                kind,
                masked_number(row.kind, row.number),
                state,
                _day(row.expires_on),
                _day(row.review_due),
            )
        )
    return out.getvalue().encode("utf-8-sig")
