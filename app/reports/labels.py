"""What the complaint documents say: the platform's name, labels of wire codes, Beijing times.

Plain words, no reportlab: every label is a (Chinese, English) pair and ``pick`` chooses one
by the document's language. A wire code this client does not know (a newer server) shows as
itself rather than failing the document.

Nothing here reads the clock: "now" is always a parameter.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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


CATEGORY_NAMES: dict[ComplaintCategory, tuple[str, str]] = {
    ComplaintCategory.SAFETY: ("安全隐患", "safety"),
    ComplaintCategory.THEFT: ("财物丢失", "theft"),
    ComplaintCategory.INJURY: ("人身伤害", "injury"),
    ComplaintCategory.QUALITY: ("服务质量", "service quality"),
    ComplaintCategory.ATTITUDE: ("服务态度", "attitude"),
    ComplaintCategory.LATENESS: ("迟到", "lateness"),
    ComplaintCategory.NO_SHOW: ("未上门", "no-show"),
    ComplaintCategory.PRICING: ("收费争议", "pricing"),
    ComplaintCategory.DAMAGE: ("物品损坏", "damage"),
    ComplaintCategory.OTHER: ("其他", "other"),
}

# complaint_notes.kind, plus the two status steps a plain "system" note can stand for.
NOTE_KINDS: dict[str, tuple[str, str]] = {
    "record": ("投诉记录", "record"),
    "handling": ("处理", "handling"),
    "resolution": ("处理结果", "resolution"),
    "transfer": ("转交", "transfer"),
    "escalation": ("上报", "escalated"),
    "reopen": ("重新打开", "reopened"),
    "sanction": ("处罚", "sanction"),
    "system": ("状态变更", "status"),
    "acknowledged": ("受理", "acknowledged"),
    "closed": ("结案", "closed"),
}

OUTCOME_NAMES: dict[CallbackOutcome, tuple[str, str]] = {
    CallbackOutcome.REACHED_SATISFIED: ("已联系，客户满意", "reached, satisfied"),
    CallbackOutcome.REACHED_UNSATISFIED: ("已联系，客户不满意", "reached, not satisfied"),
    CallbackOutcome.UNREACHABLE: ("未能联系上", "unreachable"),
}

VERDICT_NAMES: dict[CallbackVerdict, tuple[str, str]] = {
    # Only said once there were callbacks, all in earlier rounds (none at all reads differently).
    CallbackVerdict.NONE: ("本轮尚未回访", "not yet called back in this round"),
    CallbackVerdict.TRYING: ("正在联系，有效尝试未满三次", "trying; fewer than three attempts"),
    CallbackVerdict.SATISFIED: ("客户对处理结果满意", "the customer is satisfied"),
    CallbackVerdict.UNSATISFIED: ("客户不满意，工单重新处理", "not satisfied; reopened"),
    CallbackVerdict.UNREACHABLE: ("多次联系未果，已逐次记录", "unreachable, attempts documented"),
}

FINDINGS: dict[bool | None, tuple[str, str]] = {
    True: ("投诉属实", "substantiated"),
    False: ("投诉不属实", "not substantiated"),
    None: ("未认定", "no finding"),
}

SANCTION_STATUS_NAMES: dict[SanctionStatus, tuple[str, str]] = {
    SanctionStatus.ACTIVE: ("执行中", "in force"),
    SanctionStatus.LIFTED: ("已解除", "lifted"),
    SanctionStatus.OVERTURNED: ("已撤销", "overturned"),
}

APPEAL_NAMES: dict[AppealStatus, tuple[str, str]] = {
    AppealStatus.PENDING: ("复核中", "under review"),
    AppealStatus.UPHELD: ("维持原处罚", "sanction upheld"),
    AppealStatus.OVERTURNED: ("撤销处罚", "sanction overturned"),
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


class CataloguePairs(Mapping[Any, tuple[str, str]]):
    """(Chinese, English) pairs read from the catalogue when asked, for code that still picks
    from pairs: ``sources`` maps a code to its English source text in ``context``."""

    def __init__(self, context: str, sources: Mapping[Any, str]) -> None:
        self._context = context
        self._sources = sources

    def __getitem__(self, code: Any) -> tuple[str, str]:
        source = self._sources[code]
        return say(text(self._context, source), "zh_CN"), source

    def __iter__(self) -> Iterator[Any]:
        return iter(self._sources)

    def __len__(self) -> int:
        return len(self._sources)


def pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if is_en(lang) else pair[0]


def colon(lang: str) -> str:
    return ": " if is_en(lang) else "："


def paren(text: object, lang: str) -> str:
    """An aside in the language's brackets: ``（P001362）`` or `` (P001362)``."""
    return f" ({text})" if is_en(lang) else f"（{text}）"


def enum_label(names: Mapping[Any, tuple[str, str]], code: object, lang: str) -> str:
    """The label of a wire code, or the code itself when it is unknown (a newer server)."""
    for key, pair in names.items():
        if key == code:
            return pick(pair, lang)
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
    """A length of time the way a person says it: ``1天3小时``, ``2 h 15 min``."""
    minutes = max(0, int(delta.total_seconds()) // 60)
    if minutes == 0 and delta.total_seconds() > 0:
        return pick(("不足1分", "<1 min"), lang)  # a 31-second breach is not "0分"
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    units = (("天", " d"), ("小时", " h"), ("分", " min"))
    parts = [(days, units[0]), (hours, units[1])] if days else [(hours, units[1]), (mins, units[2])]
    shown = [f"{n}{pick(u, lang)}" for n, u in parts if n]
    if not shown:
        shown = [f"{0 if days else mins}{pick(units[2], lang)}"]
    return " ".join(shown) if is_en(lang) else "".join(shown)


def running_text(deadline: datetime, now: datetime, lang: str) -> tuple[str, bool]:
    """How a running clock stands at ``now``: the time left, or how long overdue (True)."""
    if now > deadline:
        late = duration_text(now - deadline, lang)
        return pick((f"已超时 {late}", f"overdue by {late}"), lang), True
    left = duration_text(deadline - now, lang)
    return pick((f"剩余 {left}", f"{left} left"), lang), False


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
