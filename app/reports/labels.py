"""What the complaint documents say: the platform's name, labels of wire codes, Beijing times.

Plain words, no reportlab: the reports' own labels are English source text (``Text`` in the
"Reports" context) whose Chinese comes from the one catalogue; the rules' bilingual names
(service categories, districts, severities) stay (Chinese, English) pairs that ``pick``
chooses from by the document's language. A wire code this client does not know (a newer
server) shows as itself rather than failing the document.

Nothing here reads the clock: "now" is always a parameter.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime, timedelta
from typing import Any

from app.i18n.catalogue import render
from app.models.enums import (
    AppealStatus,
    CallbackOutcome,
    ComplaintCategory,
    SanctionStatus,
    ServiceCategory,
)
from app.rules.beijing import HOUR_MINUTE, MINUTE, wall_clock
from app.rules.catalog import CATEGORIES
from app.rules.complaint_facts import SEVERITY_NAMES, STATUS_NAMES
from app.rules.complaints import CallbackVerdict
from app.rules.text import QT_TRANSLATE_NOOP, Text, text

# Words every document prints, in the "Reports" context; each report has a context of its own.


def _r(source: str, **values: object) -> Text:
    """A word shared by the reports: ``source`` (marked for lupdate) in the Reports context."""
    return text("Reports", source, **values)


PLATFORM = text("Reports", QT_TRANSLATE_NOOP("Reports", "Shangmen Desk · home-services operations"))
PII_NOTICE = text(
    "Reports",
    QT_TRANSLATE_NOOP(
        "Reports",
        "Contains personal information, masked. For complaint handling and regulators only.",
    ),
)
NONE = "—"

# Beijing has kept UTC+8 without daylight saving since 1991; a fixed offset needs no tz
# database, which Windows workstations lack.


CATEGORY_NAMES: dict[ComplaintCategory, Text] = {
    ComplaintCategory.SAFETY: _r(QT_TRANSLATE_NOOP("Reports", "safety")),
    ComplaintCategory.THEFT: _r(QT_TRANSLATE_NOOP("Reports", "theft")),
    ComplaintCategory.INJURY: _r(QT_TRANSLATE_NOOP("Reports", "injury")),
    ComplaintCategory.QUALITY: _r(QT_TRANSLATE_NOOP("Reports", "service quality")),
    ComplaintCategory.ATTITUDE: _r(QT_TRANSLATE_NOOP("Reports", "attitude")),
    ComplaintCategory.LATENESS: _r(QT_TRANSLATE_NOOP("Reports", "lateness")),
    ComplaintCategory.NO_SHOW: _r(QT_TRANSLATE_NOOP("Reports", "no-show")),
    ComplaintCategory.PRICING: _r(QT_TRANSLATE_NOOP("Reports", "pricing")),
    ComplaintCategory.DAMAGE: _r(QT_TRANSLATE_NOOP("Reports", "damage")),
    ComplaintCategory.OTHER: _r(QT_TRANSLATE_NOOP("Reports", "other")),
}

# complaint_notes.kind, plus the two status steps a plain "system" note can stand for.
NOTE_KINDS: dict[str, Text] = {
    "record": _r(QT_TRANSLATE_NOOP("Reports", "record")),
    "handling": _r(QT_TRANSLATE_NOOP("Reports", "handling")),
    "resolution": _r(QT_TRANSLATE_NOOP("Reports", "resolution")),
    "transfer": _r(QT_TRANSLATE_NOOP("Reports", "transfer")),
    "escalation": _r(QT_TRANSLATE_NOOP("Reports", "escalated")),
    "reopen": _r(QT_TRANSLATE_NOOP("Reports", "reopened")),
    "sanction": _r(QT_TRANSLATE_NOOP("Reports", "sanction")),
    "system": _r(QT_TRANSLATE_NOOP("Reports", "status")),
    "acknowledged": _r(QT_TRANSLATE_NOOP("Reports", "acknowledged")),
    "closed": _r(QT_TRANSLATE_NOOP("Reports", "closed")),
}

OUTCOME_NAMES: dict[CallbackOutcome, Text] = {
    CallbackOutcome.REACHED_SATISFIED: _r(QT_TRANSLATE_NOOP("Reports", "reached, satisfied")),
    CallbackOutcome.REACHED_UNSATISFIED: _r(QT_TRANSLATE_NOOP("Reports", "reached, not satisfied")),
    CallbackOutcome.UNREACHABLE: _r(QT_TRANSLATE_NOOP("Reports", "unreachable")),
}

VERDICT_NAMES: dict[CallbackVerdict, Text] = {
    # Only said once there were callbacks, all in earlier rounds (none at all reads differently).
    CallbackVerdict.NONE: _r(QT_TRANSLATE_NOOP("Reports", "not yet called back in this round")),
    CallbackVerdict.TRYING: _r(QT_TRANSLATE_NOOP("Reports", "trying; fewer than three attempts")),
    CallbackVerdict.SATISFIED: _r(QT_TRANSLATE_NOOP("Reports", "the customer is satisfied")),
    CallbackVerdict.UNSATISFIED: _r(QT_TRANSLATE_NOOP("Reports", "not satisfied; reopened")),
    CallbackVerdict.UNREACHABLE: _r(
        QT_TRANSLATE_NOOP("Reports", "unreachable, attempts documented")
    ),
}

FINDINGS: dict[bool | None, Text] = {
    True: _r(QT_TRANSLATE_NOOP("Reports", "substantiated")),
    False: _r(QT_TRANSLATE_NOOP("Reports", "not substantiated")),
    None: _r(QT_TRANSLATE_NOOP("Reports", "no finding")),
}

SANCTION_STATUS_NAMES: dict[SanctionStatus, Text] = {
    SanctionStatus.ACTIVE: _r(QT_TRANSLATE_NOOP("Reports", "in force")),
    SanctionStatus.LIFTED: _r(QT_TRANSLATE_NOOP("Reports", "lifted")),
    SanctionStatus.OVERTURNED: _r(QT_TRANSLATE_NOOP("Reports", "overturned")),
}

APPEAL_NAMES: dict[AppealStatus, Text] = {
    AppealStatus.PENDING: _r(QT_TRANSLATE_NOOP("Reports", "under review")),
    AppealStatus.UPHELD: _r(QT_TRANSLATE_NOOP("Reports", "sanction upheld")),
    AppealStatus.OVERTURNED: _r(QT_TRANSLATE_NOOP("Reports", "sanction overturned")),
}

SERVICE_NAMES: dict[ServiceCategory, tuple[str, str]] = {
    code: (info.name_zh, info.name_en) for code, info in CATEGORIES.items()
}


def is_en(lang: str) -> bool:
    """English when asked for ("en", "en_US", ...); Chinese, the default, otherwise."""
    return lang.lower().startswith("en")


def say(words: Text, lang: str) -> str:
    """A rule's or report's ``Text`` in the report's language, from the one catalogue."""
    return render(words, "en" if is_en(lang) else "zh")


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if is_en(lang) else pair[0]


def colon(lang: str) -> str:
    return ": " if is_en(lang) else "："


def paren(text: object, lang: str) -> str:
    """An aside in the language's brackets: ``（P001362）`` or `` (P001362)``."""
    return f" ({text})" if is_en(lang) else f"（{text}）"


def enum_label(names: Mapping[Any, tuple[str, str] | Text], code: object, lang: str) -> str:
    """The label of a wire code, or the code itself when it is unknown (a newer server)."""
    for key, label in names.items():
        if key == code:
            return say(label, lang) if isinstance(label, Text) else pick(label, lang)
    return str(code) if code not in (None, "") else NONE


def severity_label(code: object, lang: str) -> str:
    return enum_label(SEVERITY_NAMES, code, lang)


def status_label(code: object, lang: str) -> str:
    return enum_label(STATUS_NAMES, code, lang)


def category_label(code: object, lang: str) -> str:
    return enum_label(CATEGORY_NAMES, code, lang)


def parse_time(value: object) -> datetime | None:
    """A wire timestamp (ISO 8601, "Z" or an offset) as an aware datetime; None stays None."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        moment = value
    else:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    if moment.tzinfo is None:  # the server sends UTC; never guess local time
        moment = moment.replace(tzinfo=UTC)
    return moment


def beijing(value: object, *, with_date: bool = True) -> str:
    """A timestamp in Beijing time, to the minute: ``2026-11-27 21:18``."""
    moment = parse_time(value)
    if moment is None:
        return NONE
    return wall_clock(moment, MINUTE if with_date else HOUR_MINUTE)


def duration_text(delta: timedelta, lang: str) -> str:
    """A length of time the way a person says it: ``2 h 15 min`` (in Chinese without spaces)."""
    minutes = max(0, int(delta.total_seconds()) // 60)
    if minutes == 0 and delta.total_seconds() > 0:
        return say(_r(QT_TRANSLATE_NOOP("Reports", "<1 min")), lang)  # 31 s is not "0 min"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    units = (
        QT_TRANSLATE_NOOP("Reports", "{n} d"),
        QT_TRANSLATE_NOOP("Reports", "{n} h"),
        QT_TRANSLATE_NOOP("Reports", "{n} min"),
    )
    parts = [(days, units[0]), (hours, units[1])] if days else [(hours, units[1]), (mins, units[2])]
    shown = [say(_r(unit, n=n), lang) for n, unit in parts if n]
    if not shown:
        shown = [say(_r(units[2], n=0 if days else mins), lang)]
    return " ".join(shown) if is_en(lang) else "".join(shown)


def running_text(deadline: datetime, now: datetime, lang: str) -> tuple[str, bool]:
    """How a running clock stands at ``now``: the time left, or how long overdue (True)."""
    if now > deadline:
        late = duration_text(now - deadline, lang)
        return say(
            text("Reports", QT_TRANSLATE_NOOP("Reports", "overdue by {t}"), t=late), lang
        ), True
    left = duration_text(deadline - now, lang)
    return say(_r(QT_TRANSLATE_NOOP("Reports", "{t} left"), t=left), lang), False


def require_aware(printed_at: datetime) -> datetime:
    if printed_at.tzinfo is None:
        raise ValueError("printed_at must be timezone-aware")
    return printed_at


def mask_name(name: object) -> str:
    """A person's name with all but the first character hidden: ``董娟`` -> ``董*``.

    The server masks phones and addresses but sends the customer's name in full; a document
    that may leave the platform shows no more than the surname.
    """
    text = str(name or "").strip()
    if not text:
        return NONE
    return text[0] + "*" * max(1, len(text) - 1)
