"""The training certificate: one page for a passed, signed assessment.

Provider, course, date passed, validity, trainer and certificate number, a statement, and
lines for the trainer's signature and the training provider's seal. Data in, PDF out (the
caller passes ``dataclasses.asdict`` of ``app.client.training_certificate.CertificateFacts``);
same frame as every report (``common.render_pdf``).
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from app.reports.common import (
    BODY_W,
    NONE,
    PLATFORM,
    PageFrame,
    beijing,
    esc,
    field_table,
    gap,
    is_en,
    para,
    paren,
    render_pdf,
    say,
    styles,
)
from app.reports.training import NOTICE, _sign_line
from app.rules.text import QT_TRANSLATE_NOOP, text

C: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("TrainingCertificate", "Training certificate"),
    "retraining": QT_TRANSLATE_NOOP("TrainingCertificate", " (retraining)"),
    "number": QT_TRANSLATE_NOOP("TrainingCertificate", "Certificate No."),
    "provider": QT_TRANSLATE_NOOP("TrainingCertificate", "Provider"),
    "code": QT_TRANSLATE_NOOP("TrainingCertificate", "Code"),
    "course": QT_TRANSLATE_NOOP("TrainingCertificate", "Course"),
    "passed": QT_TRANSLATE_NOOP("TrainingCertificate", "Passed on"),
    "valid": QT_TRANSLATE_NOOP("TrainingCertificate", "Valid until"),
    "no_expiry": QT_TRANSLATE_NOOP("TrainingCertificate", "No expiry"),
    "trainer": QT_TRANSLATE_NOOP("TrainingCertificate", "Trainer"),
    "trainer_sign": QT_TRANSLATE_NOOP("TrainingCertificate", "Trainer's signature"),
    "seal": QT_TRANSLATE_NOOP("TrainingCertificate", "Training provider (seal)"),
    "training": QT_TRANSLATE_NOOP("TrainingCertificate", "training"),
    "statement": QT_TRANSLATE_NOOP(
        "TrainingCertificate",
        "This certifies that {who} completed the {course} training and passed its theory and "
        "practical assessment on {day}.",
    ),
}


def _c(key: str, lang: str, **values: object) -> str:
    return say(text("TrainingCertificate", C[key], **values), lang)


def _day(value: object) -> str:
    return beijing(value)[:10] if value else NONE


def statement(cert: Mapping[str, Any], lang: str) -> str:
    who = f"{cert.get('provider_name') or NONE}{paren(cert.get('provider_code') or NONE, lang)}"
    course = str(cert.get("course_name") or cert.get("course_code") or NONE)
    day = _day(cert.get("passed_at"))
    if not is_en(lang):  # the Chinese says "...training" after the name: not twice
        course = course.removesuffix(_c("training", lang))
    return _c("statement", lang, who=who, course=course, day=day)


def build_certificate(
    cert: Mapping[str, Any], *, printed_at: datetime, printed_by: str, lang: str = "zh_CN"
) -> bytes:
    """One page: the certificate of ``cert`` (number, provider_name, provider_code,
    course_code, course_name, passed_at, valid_until, trainer, is_retraining)."""
    title = _c("title", lang)
    frame = PageFrame(f"{title}　{cert.get('number') or ''}", printed_at, printed_by, lang, NOTICE)
    return render_pdf(lambda: _story(cert, lang), frame, f"{title} {cert.get('number') or ''}")


def _story(cert: Mapping[str, Any], lang: str) -> list[Any]:
    st = styles()
    big = ParagraphStyle("cert_title", parent=st.title, fontSize=28, leading=40,
                         alignment=TA_CENTER)  # fmt: skip
    centred = ParagraphStyle("cert_sub", parent=st.subtitle, alignment=TA_CENTER)
    words = ParagraphStyle("cert_body", parent=st.body, fontSize=13, leading=22)
    title = _c("title", lang) + (_c("retraining", lang) if cert.get("is_retraining") else "")
    half = BODY_W / 2
    until = _day(cert.get("valid_until")) if cert.get("valid_until") else _c("no_expiry", lang)
    course = str(cert.get("course_name") or NONE)
    code = cert.get("course_code")
    fields = field_table(
        [
            [(_c("number", lang), cert.get("number") or NONE)],
            [(_c("provider", lang), cert.get("provider_name") or NONE),
             (_c("code", lang), cert.get("provider_code") or NONE)],
            [(_c("course", lang), course + (paren(code, lang) if code else ""))],
            [(_c("passed", lang), _day(cert.get("passed_at"))), (_c("valid", lang), until)],
            [(_c("trainer", lang), cert.get("trainer") or NONE)],
        ],
        (30 * mm, half - 30 * mm, 24 * mm, half - 24 * mm),
    )  # fmt: skip
    return [
        Paragraph(esc(say(PLATFORM, lang)), centred),
        gap(14),
        Paragraph(esc(title), big),
        gap(12),
        para(statement(cert, lang), words),
        gap(10),
        fields,
        gap(30),
        _sign_line(_c("trainer_sign", lang), lang),
        gap(8),
        _sign_line(_c("seal", lang), lang, 36),
    ]


__all__ = ["build_certificate", "statement"]
