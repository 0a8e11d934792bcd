"""Training documents: the sign-in sheet of a session and a provider's training
transcript, the proof of pre-job training a home-service worker card asks for.

Data in, PDF out: the caller passes plain mappings (``dataclasses.asdict`` of the desk's
``SessionRow``/``RosterLine``/``ProviderRecord`` fits); nothing here reads the clock or the
cache. Same frame as every report (``common.render_pdf``): A4, page X of Y, who printed it.
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
    GOOD,
    INK,
    MUTED,
    NONE,
    PLATFORM,
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
    render_pdf,
    say,
    styles,
)
from app.rules.text import QT_TRANSLATE_NOOP, text

NOTICE = text(
    "TrainingRecords",
    QT_TRANSLATE_NOOP(
        "TrainingRecords",
        "Contains personal information. For training records and job-eligibility checks only.",
    ),
)
EXTRA_LINES = 3  # blank lines on the sign-in sheet for walk-ins the roster does not have

T: dict[str, str] = {
    "sheet": QT_TRANSLATE_NOOP("TrainingRecords", "Training sign-in sheet"),
    "transcript": QT_TRANSLATE_NOOP("TrainingRecords", "Training transcript"),
    "course": QT_TRANSLATE_NOOP("TrainingRecords", "Course"),
    "time": QT_TRANSLATE_NOOP("TrainingRecords", "Time"),
    "location": QT_TRANSLATE_NOOP("TrainingRecords", "Location"),
    "trainer": QT_TRANSLATE_NOOP("TrainingRecords", "Trainer"),
    "seated": QT_TRANSLATE_NOOP("TrainingRecords", "Expected"),
    "present": QT_TRANSLATE_NOOP("TrainingRecords", "Present"),
    "no": QT_TRANSLATE_NOOP("TrainingRecords", "No."),
    "name": QT_TRANSLATE_NOOP("TrainingRecords", "Name"),
    "code": QT_TRANSLATE_NOOP("TrainingRecords", "Code"),
    "signature": QT_TRANSLATE_NOOP("TrainingRecords", "Signature"),
    "arrived": QT_TRANSLATE_NOOP("TrainingRecords", "Time in"),
    "note": QT_TRANSLATE_NOOP("TrainingRecords", "Note"),
    "waiting": QT_TRANSLATE_NOOP("TrainingRecords", "waiting list"),
    "trainer_sign": QT_TRANSLATE_NOOP("TrainingRecords", "Trainer's signature"),
    "date": QT_TRANSLATE_NOOP("TrainingRecords", "Date"),
    "provider": QT_TRANSLATE_NOOP("TrainingRecords", "Provider"),
    "certs": QT_TRANSLATE_NOOP("TrainingRecords", "1. Training certificates"),
    "sessions": QT_TRANSLATE_NOOP("TrainingRecords", "2. Sessions and assessments"),
    "amendments": QT_TRANSLATE_NOOP("TrainingRecords", "3. Amendments"),
    "passed_at": QT_TRANSLATE_NOOP("TrainingRecords", "Passed"),
    "valid_until": QT_TRANSLATE_NOOP("TrainingRecords", "Valid until"),
    "standing": QT_TRANSLATE_NOOP("TrainingRecords", "Standing"),
    "no_expiry": QT_TRANSLATE_NOOP("TrainingRecords", "no expiry"),
    "attendance": QT_TRANSLATE_NOOP("TrainingRecords", "Attendance"),
    "theory": QT_TRANSLATE_NOOP("TrainingRecords", "Theory"),
    "practical": QT_TRANSLATE_NOOP("TrainingRecords", "Practical"),
    "result": QT_TRANSLATE_NOOP("TrainingRecords", "Result"),
    "pass": QT_TRANSLATE_NOOP("TrainingRecords", "pass"),
    "fail": QT_TRANSLATE_NOOP("TrainingRecords", "fail"),
    "draft": QT_TRANSLATE_NOOP("TrainingRecords", "draft (not signed)"),
    "absent": QT_TRANSLATE_NOOP("TrainingRecords", "absent"),
    "attended": QT_TRANSLATE_NOOP("TrainingRecords", "present"),
    "waiting_entry": QT_TRANSLATE_NOOP("TrainingRecords", "waiting"),
    "reason": QT_TRANSLATE_NOOP("TrainingRecords", "Reason"),
    "change": QT_TRANSLATE_NOOP("TrainingRecords", "Change"),
    "none_certs": QT_TRANSLATE_NOOP("TrainingRecords", "No training certificate yet."),
    "none_sessions": QT_TRANSLATE_NOOP("TrainingRecords", "No training on record."),
    "statement": QT_TRANSLATE_NOOP(
        "TrainingRecords",
        "This certifies that the person above attended the training listed with the "
        "results shown; it serves as proof of pre-job training for the home-service "
        "worker card.",
    ),
    "seal": QT_TRANSLATE_NOOP("TrainingRecords", "Training provider (seal)"),
    # A head count: bare in English ("12"), counted in people in Chinese.
    "headcount": QT_TRANSLATE_NOOP("TrainingRecords", "{n}"),
    "present_blank": QT_TRANSLATE_NOOP("TrainingRecords", "Present: ______"),
    "session_count": QT_TRANSLATE_NOOP("TrainingRecords", "Sessions"),
    "signed_count": QT_TRANSLATE_NOOP("TrainingRecords", "Signed assessments"),
    "valid": QT_TRANSLATE_NOOP("TrainingRecords", "valid"),
    "retraining": QT_TRANSLATE_NOOP("TrainingRecords", "retraining"),
}
DUE: dict[str, str] = {
    "due_60": QT_TRANSLATE_NOOP("TrainingRecords", "due within 60 days"),
    "due_30": QT_TRANSLATE_NOOP("TrainingRecords", "due within 30 days"),
    "lapsed": QT_TRANSLATE_NOOP("TrainingRecords", "lapsed: recertify"),
}


def _t(key: str, lang: str, **values: object) -> str:
    return say(text("TrainingRecords", T[key], **values), lang)


def _t_due(due: object, lang: str) -> str:
    """How a certificate stands: due within 60 or 30 days, lapsed, or valid."""
    source = DUE.get(str(due)) or T["valid"]
    return say(text("TrainingRecords", source), lang)


def _when(session: Mapping[str, Any]) -> str:
    start = beijing(session.get("starts_at"))
    end = session.get("ends_at")
    return f"{start}–{beijing(end, with_date=False)}" if end else start


# -- sign-in sheet -------------------------------------------------------------------------


def build_sign_in_sheet(
    session: Mapping[str, Any],
    trainees: Sequence[Mapping[str, Any]],
    *,
    trainer: str,
    printed_at: datetime,
    printed_by: str,
    lang: str = "zh_CN",
) -> bytes:
    """The sign-in sheet of a session: every seated trainee with a blank to sign, then the waiting
    list, then a few blank lines, and the trainer's signature.

    Args:
        session: course_name, course_code, starts_at, ends_at, location, district (a name).
        trainees: name, code, status ("enrolled" or "waiting"), waiting_position.
    """
    title = _t("sheet", lang)
    course = str(session.get("course_name") or session.get("course_code") or NONE)
    frame = PageFrame(f"{title}　{course}", printed_at, printed_by, lang, NOTICE)
    return render_pdf(
        lambda: _sheet_story(session, trainees, trainer, lang), frame, f"{title} {course}"
    )


def _sheet_story(
    session: Mapping[str, Any], trainees: Sequence[Mapping[str, Any]], trainer: str, lang: str
) -> list[Any]:
    st = styles()
    seated = [x for x in trainees if x.get("status") == "enrolled"]
    waiting = [x for x in trainees if x.get("status") == "waiting"]
    place = " · ".join(str(x) for x in (session.get("district"), session.get("location")) if x)
    half = BODY_W / 2
    course = str(session.get("course_name") or NONE)
    code = session.get("course_code")
    overview = field_table(
        [
            [(_t("course", lang), course + (paren(code, lang) if code else ""))],
            [(_t("time", lang), _when(session)), (_t("location", lang), place or NONE)],
            [(_t("trainer", lang), trainer or NONE),
             (_t("seated", lang), _t("headcount", lang, n=len(seated)))],
        ],
        (20 * mm, half - 20 * mm, 20 * mm, half - 20 * mm),
    )  # fmt: skip
    rows: list[list[Any]] = []

    def blank() -> Any:
        return Paragraph("", st.cell)  # a line to write on, not "—"

    for i, x in enumerate(seated, 1):
        rows.append([str(i), para(x.get("name"), st.cell_bold), x.get("code") or blank(),
                     blank(), blank(), blank()])  # fmt: skip
    for x in waiting:
        note = _t("waiting", lang) + (
            f" #{x['waiting_position']}" if x.get("waiting_position") else ""
        )
        rows.append([blank(), para(x.get("name"), st.cell), x.get("code") or blank(),
                     blank(), blank(), note])  # fmt: skip
    rows += [[blank() for _ in range(6)] for _ in range(EXTRA_LINES)]
    header = [_t(k, lang) for k in ("no", "name", "code", "signature", "arrived", "note")]
    fixed = (12 + 30 + 24 + 24 + 26) * mm
    widths = (12 * mm, 30 * mm, 24 * mm, BODY_W - fixed, 24 * mm, 26 * mm)
    table = data_table(header, rows, widths, row_height=11 * mm)  # room to sign by hand
    table.setStyle(TableStyle([("VALIGN", (0, 1), (-1, -1), "MIDDLE")]))
    present = _t("present_blank", lang)
    return [
        Paragraph(esc(say(PLATFORM, lang)), st.brand),
        Paragraph(esc(_t("sheet", lang)), st.title),
        gap(3),
        overview,
        gap(4),
        table,
        gap(6),
        KeepTogether([para(present, st.body), gap(4), _sign_line(_t("trainer_sign", lang), lang)]),
    ]


def _sign_line(who: str, lang: str, label_mm: float = 26) -> Any:
    st = styles()
    c = colon(lang)
    row = [[para(who + c, st.body), "", para(_t("date", lang) + c, st.body), ""]]
    label_w = (label_mm + 14 if is_en(lang) else label_mm) * mm
    table = Table(row, colWidths=(label_w, 60 * mm, 16 * mm, BODY_W - label_w - 76 * mm),
                  rowHeights=12 * mm)  # fmt: skip
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), st.regular_font),
                ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                ("LINEBELOW", (1, 0), (1, 0), 0.6, INK),
                ("LINEBELOW", (3, 0), (3, 0), 0.6, INK),
            ]
        )
    )
    return table


# -- transcript ----------------------------------------------------------------------------


def build_transcript(
    record: Mapping[str, Any], *, printed_at: datetime, printed_by: str, lang: str = "zh_CN"
) -> bytes:
    """A provider's training transcript: certificates, every session with attendance and
    scores, every amendment with its reason.

    Args:
        record: provider_code, provider_name, certificates [course_code, course_name,
            passed_at, valid_until, due], entries [session {…}, status, attended,
            assessment {theory_score, practical_score, passed, state, …} | None,
            amendments [{at, reason, before, after}]].
    """
    title = _t("transcript", lang)
    who = f"{record.get('provider_name') or ''} {record.get('provider_code') or ''}".strip()
    frame = PageFrame(f"{title}　{who}", printed_at, printed_by, lang, NOTICE)
    return render_pdf(lambda: _transcript_story(record, lang), frame, f"{title} {who}")


def _transcript_story(record: Mapping[str, Any], lang: str) -> list[Any]:
    st = styles()
    entries = list(record.get("entries") or [])
    certs = list(record.get("certificates") or [])
    signed = [e for e in entries if (e.get("assessment") or {}).get("state") == "signed"]
    half = BODY_W / 2
    overview = field_table(
        [
            [(_t("provider", lang), record.get("provider_name") or NONE),
             (_t("code", lang), record.get("provider_code") or NONE)],
            [(_t("session_count", lang), str(len(entries))),
             (_t("signed_count", lang), str(len(signed)))],
        ],
        (24 * mm, half - 24 * mm, 24 * mm, half - 24 * mm),
    )  # fmt: skip
    story: list[Any] = [
        Paragraph(esc(say(PLATFORM, lang)), st.brand),
        Paragraph(esc(_t("transcript", lang)), st.title),
        gap(3),
        overview,
        *opening(_t("certs", lang)),
        _cert_table(certs, lang) if certs else para(_t("none_certs", lang), st.body),
        *opening(_t("sessions", lang)),
        _entry_table(entries, lang) if entries else para(_t("none_sessions", lang), st.body),
    ]
    amended = [(e, m) for e in entries for m in e.get("amendments") or []]
    if amended:
        story += [*opening(_t("amendments", lang)), _amendment_table(amended, lang)]
    story.append(
        KeepTogether(
            [gap(6), para(_t("statement", lang), st.body), gap(2),
             _sign_line(_t("seal", lang), lang, 36)]
        )
    )  # fmt: skip
    return story


def _cert_table(certs: Sequence[Mapping[str, Any]], lang: str) -> Any:
    st = styles()
    rows: list[list[Any]] = []
    alerts: list[int] = []
    for c in certs:
        due = c.get("due")
        if due == "lapsed":
            alerts.append(len(rows))
        standing = _t_due(due, lang)
        colour = ALERT if due == "lapsed" else MUTED if due else GOOD
        rows.append([
            para(f"{c.get('course_name') or ''}{paren(c.get('course_code'), lang)}", st.cell),
            beijing(c.get("passed_at"), with_date=True)[:10],
            beijing(c.get("valid_until"))[:10] if c.get("valid_until") else _t("no_expiry", lang),
            para(standing, st.cell, color=colour, bold=due == "lapsed"),
        ])  # fmt: skip
    header = [_t(k, lang) for k in ("course", "passed_at", "valid_until", "standing")]
    widths = (BODY_W - 90 * mm, 28 * mm, 28 * mm, 34 * mm)
    return data_table(header, rows, widths, alert_rows=alerts)


def _entry_table(entries: Sequence[Mapping[str, Any]], lang: str) -> Any:
    st = styles()
    rows: list[list[Any]] = []
    alerts: list[int] = []
    for e in entries:
        s = e.get("session") or {}
        a = e.get("assessment")
        attended = e.get("attended")
        if e.get("status") == "waiting":
            att = _t("waiting_entry", lang)
        else:
            att = NONE if attended is None else _t("attended" if attended else "absent", lang)
        if a is None:
            theory = practical = result = NONE
            result_cell: Any = result
        else:
            theory = NONE if a.get("theory_score") is None else str(a["theory_score"])
            practical = NONE if a.get("practical_score") is None else str(a["practical_score"])
            if a.get("state") != "signed":
                result_cell = para(_t("draft", lang), st.cell, color=MUTED)
            else:
                ok = bool(a.get("passed"))
                if not ok:
                    alerts.append(len(rows))
                result_cell = para(_t("pass" if ok else "fail", lang), st.cell,
                                   color=GOOD if ok else ALERT, bold=True)  # fmt: skip
        name = str(s.get("course_name") or s.get("course_code") or NONE)
        if s.get("is_retraining"):
            name += paren(_t("retraining", lang), lang)
        rows.append([beijing(s.get("starts_at"))[:10], para(name, st.cell),
                     para(s.get("location") or NONE, st.cell), att, theory, practical,
                     result_cell])  # fmt: skip
    keys = ("date", "course", "location", "attendance", "theory", "practical", "result")
    header = [_t(k, lang) for k in keys]
    # Wide enough that no header word breaks inside ("Attendance", "Practical").
    att_w, th_w, pr_w = (24, 16, 20) if is_en(lang) else (16, 14, 14)
    fixed = (22 + 34 + att_w + th_w + pr_w + 28) * mm
    widths = (22 * mm, BODY_W - fixed, 34 * mm, att_w * mm, th_w * mm, pr_w * mm, 28 * mm)
    return data_table(header, rows, widths, alert_rows=alerts)


def _scores_text(scores: Mapping[str, Any] | None, lang: str) -> str:
    if not scores:
        return NONE
    theory = scores.get("theory_score", scores.get("theory"))
    practical = scores.get("scores", scores.get("practical")) or {}
    parts = [f"{_t('theory', lang)} {NONE if theory is None else theory}"]
    parts += [f"{k}={v}" for k, v in sorted(practical.items()) if v is not None]
    return ", ".join(parts)


def _amendment_table(amended: Sequence[tuple[Mapping[str, Any], Mapping[str, Any]]],
                     lang: str) -> Any:  # fmt: skip
    st = styles()
    rows = []
    for e, m in amended:
        s = e.get("session") or {}
        change = f"{_scores_text(m.get('before'), lang)} → {_scores_text(m.get('after'), lang)}"
        rows.append([beijing(m.get("at"))[:16] if m.get("at") else NONE,
                     para(s.get("course_name") or NONE, st.cell),
                     para(m.get("reason") or NONE, st.cell), para(change, st.cell)])  # fmt: skip
    header = [_t(k, lang) for k in ("date", "course", "reason", "change")]
    widths = (30 * mm, 40 * mm, 44 * mm, BODY_W - 114 * mm)
    return data_table(header, rows, widths)
