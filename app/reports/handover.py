"""The shift handover: the open complaint tickets one shift hands to the next, as a PDF.

The caller groups the tickets by agent; each ticket is a queue item exactly as
GET /api/v1/complaints lists it (code, severity, status, summary, next_deadline, overdue,
needs_escalation, ...). Within a group the caller's order is kept: the server already
sorts by urgency, and that order is what the next shift should work down.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Paragraph, Table, TableStyle

from app.reports.common import (
    ALERT,
    BODY_W,
    INK,
    LABEL_BG,
    MUTED,
    NONE,
    PLATFORM,
    RULE,
    PageFrame,
    beijing,
    colon,
    data_table,
    esc,
    field_table,
    gap,
    is_en,
    opening,
    para,
    paren,
    parse_time,
    render_pdf,
    running_text,
    say,
    section,
    severity_label,
    status_label,
    styles,
)
from app.rules.text import QT_TRANSLATE_NOOP
from app.rules.text import text as make_text

T: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("ShiftHandover", "Shift handover"),
    "shift": QT_TRANSLATE_NOOP("ShiftHandover", "Shift"),
    "open": QT_TRANSLATE_NOOP("ShiftHandover", "Open tickets"),
    "overdue": QT_TRANSLATE_NOOP("ShiftHandover", "Overdue"),
    "critical": QT_TRANSLATE_NOOP("ShiftHandover", "Critical"),
    "escalate": QT_TRANSLATE_NOOP("ShiftHandover", "To escalate"),
    "tickets": QT_TRANSLATE_NOOP("ShiftHandover", "1. Open tickets"),
    "note": QT_TRANSLATE_NOOP("ShiftHandover", "2. Handover note"),
    "sign": QT_TRANSLATE_NOOP("ShiftHandover", "3. Signatures"),
    "code": QT_TRANSLATE_NOOP("ShiftHandover", "Ticket"),
    "severity": QT_TRANSLATE_NOOP("ShiftHandover", "Severity"),
    "status": QT_TRANSLATE_NOOP("ShiftHandover", "Status"),
    "summary": QT_TRANSLATE_NOOP("ShiftHandover", "Summary"),
    "deadline": QT_TRANSLATE_NOOP("ShiftHandover", "Next deadline"),
    "flags": QT_TRANSLATE_NOOP("ShiftHandover", "Flags"),
    "flag_overdue": QT_TRANSLATE_NOOP("ShiftHandover", "overdue"),
    "flag_escalate": QT_TRANSLATE_NOOP("ShiftHandover", "escalate"),
    "flag_escalated": QT_TRANSLATE_NOOP("ShiftHandover", "escalated"),
    "flag_reopened": QT_TRANSLATE_NOOP("ShiftHandover", "reopened"),
    "none_open": QT_TRANSLATE_NOOP("ShiftHandover", "No open tickets."),
    "no_note": QT_TRANSLATE_NOOP("ShiftHandover", "(none)"),
    "outgoing": QT_TRANSLATE_NOOP("ShiftHandover", "Outgoing (signature)"),
    "incoming": QT_TRANSLATE_NOOP("ShiftHandover", "Incoming (signature)"),
    "signed_at": QT_TRANSLATE_NOOP("ShiftHandover", "Time"),
    # A number of tickets: bare in English ("3"), counted in Chinese.
    "ticket_count": QT_TRANSLATE_NOOP("ShiftHandover", "{n}"),
    "late_in_group": QT_TRANSLATE_NOOP("ShiftHandover", ", {n} overdue"),
    "no_deadline": QT_TRANSLATE_NOOP("ShiftHandover", "none (to close)"),
}


def _t(key: str, lang: str, **values: object) -> str:
    return say(make_text("ShiftHandover", T[key], **values), lang)


def build_handover(
    shift: Mapping[str, Any], *, printed_at: datetime, printed_by: str, lang: str = "zh_CN"
) -> bytes:
    """The shift handover of ``shift`` as PDF bytes.

    Args:
        shift: ``{"shift_label": str, "note": str, "agent_groups": [{"agent": display name,
            "tickets": [queue items from GET /api/v1/complaints]}]}``.
        printed_at: when it is printed (timezone-aware); deadlines are measured against it.
        printed_by: who prints it, as shown in the footer.
        lang: "zh_CN" (default) or "en" for the labels; recorded texts stay as written.

    Raises:
        ValueError: ``printed_at`` is naive.
    """
    label = str(shift.get("shift_label") or "")
    title = _t("title", lang)
    frame = PageFrame(f"{title}　{label}".strip(), printed_at, printed_by, lang)
    return render_pdf(lambda: _story(shift, printed_at, lang), frame, f"{title} {label}".strip())


def is_overdue(ticket: Mapping[str, Any], now: datetime) -> bool:
    """Overdue by the server's word, or since: its next deadline has passed by ``now``."""
    deadline = parse_time(ticket.get("next_deadline"))
    return bool(ticket.get("overdue")) or (deadline is not None and deadline < now)


def _groups(shift: Mapping[str, Any]) -> list[tuple[str, list[Mapping[str, Any]]]]:
    return [
        (str(g.get("agent") or NONE), list(g.get("tickets") or []))
        for g in shift.get("agent_groups") or []
    ]


def _story(shift: Mapping[str, Any], now: datetime, lang: str) -> list[Any]:
    st = styles()

    def t(key: str) -> str:
        return _t(key, lang)

    groups = _groups(shift)
    tickets = [tk for _agent, items in groups for tk in items]
    overdue = sum(is_overdue(tk, now) for tk in tickets)
    critical = sum(tk.get("severity") == "critical" for tk in tickets)
    escalate = sum(bool(tk.get("needs_escalation")) for tk in tickets)
    half = BODY_W / 2
    overview = field_table(
        [
            [(t("shift"), shift.get("shift_label") or NONE)],
            [(t("open"), _count(len(tickets), lang)), (t("overdue"), _alert_count(overdue, lang))],
            [
                (t("critical"), _alert_count(critical, lang)),
                (t("escalate"), _count(escalate, lang)),
            ],
        ],
        (24 * mm, half - 24 * mm, 24 * mm, half - 24 * mm),
    )
    story: list[Any] = [
        Paragraph(esc(say(PLATFORM, lang)), st.brand),
        Paragraph(esc(t("title")), st.title),
        gap(3),
        overview,
        *opening(t("tickets")),
    ]
    for agent, items in groups:
        late = sum(is_overdue(tk, now) for tk in items)
        detail = _count(len(items), lang) + (_t("late_in_group", lang, n=late) if late else "")
        heading = opening(f"{agent}{paren(detail, lang)}", st.group)
        body = _ticket_table(items, now, lang) if items else para(t("none_open"), st.body)
        story += [*heading, body]
    note = str(shift.get("note") or "").strip()
    # The note and the signatures close the document together: never a lone signature page.
    story.append(
        KeepTogether(
            [
                *opening(t("note")),
                _note_box(note or t("no_note")),
                section(t("sign")),
                _signatures(lang),
            ]
        )
    )
    return story


def _count(n: int, lang: str) -> str:
    return _t("ticket_count", lang, n=n)


def _alert_count(n: int, lang: str) -> Any:
    return para(_count(n, lang), styles().cell, color=ALERT if n else None, bold=bool(n))


def _ticket_table(items: Sequence[Mapping[str, Any]], now: datetime, lang: str) -> Any:
    st = styles()
    rows: list[list[Any]] = []
    alerts: list[int] = []
    for tk in items:
        late = is_overdue(tk, now)
        if late:
            alerts.append(len(rows))
        severe = tk.get("severity") == "critical"
        rows.append(
            [
                para(tk.get("code"), st.cell_bold),
                para(
                    severity_label(tk.get("severity"), lang),
                    st.cell,
                    color=ALERT if severe else None,
                ),
                status_label(tk.get("status"), lang),
                tk.get("summary"),
                _deadline_cell(tk, now, lang),
                _flags_cell(tk, late, lang),
            ]
        )
    keys = ("code", "severity", "status", "summary", "deadline", "flags")
    header = [_t(k, lang) for k in keys]
    # Wide enough that no code, date or single English word breaks inside.
    severity_w, status_w, flags_w = (17, 25, 19) if is_en(lang) else (17, 20, 15)
    fixed = (31 + severity_w + status_w + 30 + flags_w) * mm
    widths = (31 * mm, severity_w * mm, status_w * mm, BODY_W - fixed, 30 * mm, flags_w * mm)
    return data_table(header, rows, widths, alert_rows=alerts)


def _deadline_cell(ticket: Mapping[str, Any], now: datetime, lang: str) -> Any:
    st = styles()
    deadline = parse_time(ticket.get("next_deadline"))
    if deadline is None:
        return para(_t("no_deadline", lang), st.cell)
    text, late = running_text(deadline, now, lang)
    colour = (ALERT if late else MUTED).hexval()
    return Paragraph(f'{beijing(deadline)}<br/><font color="{colour}">{esc(text)}</font>', st.cell)


def _flags_cell(ticket: Mapping[str, Any], late: bool, lang: str) -> Any:
    flags: list[str] = []
    if late:
        flags.append(
            f'<font color="{ALERT.hexval()}"><b>{esc(_t("flag_overdue", lang))}</b></font>'
        )
    if ticket.get("needs_escalation"):
        flags.append(f"<b>{esc(_t('flag_escalate', lang))}</b>")
    elif ticket.get("escalated"):
        flags.append(esc(_t("flag_escalated", lang)))
    reopens = int(ticket.get("reopen_count") or 0)
    if reopens:
        flags.append(esc(_t("flag_reopened", lang)) + f"×{reopens}")
    return Paragraph("<br/>".join(flags) or NONE, styles().cell)


def _note_box(text: str) -> Any:
    box = Table([[para(text, styles().body)]], colWidths=[BODY_W])
    box.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles().regular_font),  # else Helvetica
                ("BOX", (0, 0), (-1, -1), 0.8, RULE),
                ("BACKGROUND", (0, 0), (-1, -1), LABEL_BG),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    return box


def _signatures(lang: str) -> Any:
    """Two signature lines with a blank to sign on and a blank for the time."""
    st = styles()
    c = colon(lang)
    rows = [
        [
            para(_t(who, lang) + c, st.body),
            "",
            para(_t("signed_at", lang) + c, st.body),
            "",
        ]
        for who in ("outgoing", "incoming")
    ]
    label_w = (40 if is_en(lang) else 32) * mm
    widths = (label_w, 58 * mm, 22 * mm, BODY_W - label_w - 80 * mm)
    table = Table(rows, colWidths=widths, rowHeights=12 * mm)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.regular_font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, -1), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, -1), 0.6, INK),
            ]
        )
    )
    return table
