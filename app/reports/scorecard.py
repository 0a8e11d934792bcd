"""The provider scorecard as a one-page A4 PDF: the figures beside the peers'
medians, the rating trend, sanctions and appeals, certificates and training results.

Data in, PDF out: the caller passes the ``Scorecard`` the dialog shows; nothing here reads the
clock or the cache. Long lists are cut to their latest lines so the page stays one page.
"""

from __future__ import annotations

import io
from datetime import date, datetime
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Image, Paragraph, Table, TableStyle

from app.charts.rating_trend import RatingTrendChart
from app.models.enums import CertificationStatus
from app.reports.common import (
    ALERT,
    BODY_W,
    NONE,
    PLATFORM,
    PageFrame,
    beijing,
    data_table,
    esc,
    field_table,
    gap,
    opening,
    para,
    pick,
    render_pdf,
    say,
    styles,
)
from app.reports.labels import APPEAL_NAMES, SANCTION_STATUS_NAMES, SERVICE_NAMES
from app.rules.certification.kinds import POLICIES
from app.rules.districts import DISTRICT_BY_CODE
from app.rules.kpi.definitions import TIMEZONE
from app.rules.kpi.scorecard import Figures, Scorecard, period_start_day
from app.rules.sanction_facts import LEVEL_NAMES
from app.rules.text import QT_TRANSLATE_NOOP, text

MAX_LINES = 3  # per table: the page must stay one page
CHART_MM = 78  # the rating trend, beside the figures
T: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Scorecard", "Provider scorecard"),
    "provider": QT_TRANSLATE_NOOP("Scorecard", "Provider"),
    "code": QT_TRANSLATE_NOOP("Scorecard", "Code"),
    "category": QT_TRANSLATE_NOOP("Scorecard", "Main category"),
    "district": QT_TRANSLATE_NOOP("Scorecard", "Home district"),
    "period": QT_TRANSLATE_NOOP("Scorecard", "Period"),
    "peers": QT_TRANSLATE_NOOP("Scorecard", "Peers (same category, district)"),
    "figures": QT_TRANSLATE_NOOP("Scorecard", "Figures (last 90 days)"),
    "figure": QT_TRANSLATE_NOOP("Scorecard", "Figure"),
    "median": QT_TRANSLATE_NOOP("Scorecard", "Peers' median"),
    "completed": QT_TRANSLATE_NOOP("Scorecard", "Orders completed"),
    "on_time": QT_TRANSLATE_NOOP("Scorecard", "On-time arrival"),
    "cancellations": QT_TRANSLATE_NOOP("Scorecard", "Cancellations"),
    "rating": QT_TRANSLATE_NOOP("Scorecard", "Mean rating"),
    "ratings": QT_TRANSLATE_NOOP("Scorecard", "Ratings"),
    "complaints": QT_TRANSLATE_NOOP("Scorecard", "Complaints"),
    "substantiated": QT_TRANSLATE_NOOP("Scorecard", "Substantiated"),
    "trend": QT_TRANSLATE_NOOP("Scorecard", "Weekly mean rating"),
    "sanctions": QT_TRANSLATE_NOOP("Scorecard", "Sanctions and appeals"),
    "level": QT_TRANSLATE_NOOP("Scorecard", "Level"),
    "decided": QT_TRANSLATE_NOOP("Scorecard", "Decided"),
    "status": QT_TRANSLATE_NOOP("Scorecard", "Status"),
    "appeal": QT_TRANSLATE_NOOP("Scorecard", "Appeal"),
    "certs": QT_TRANSLATE_NOOP("Scorecard", "Certificates"),
    "kind": QT_TRANSLATE_NOOP("Scorecard", "Kind"),
    "expires": QT_TRANSLATE_NOOP("Scorecard", "Expires"),
    "review": QT_TRANSLATE_NOOP("Scorecard", "Review due"),
    "training": QT_TRANSLATE_NOOP("Scorecard", "Training results"),
    "course": QT_TRANSLATE_NOOP("Scorecard", "Course"),
    "assessed": QT_TRANSLATE_NOOP("Scorecard", "Assessed"),
    "result": QT_TRANSLATE_NOOP("Scorecard", "Result"),
    "scores": QT_TRANSLATE_NOOP("Scorecard", "Theory / practical"),
    "passed": QT_TRANSLATE_NOOP("Scorecard", "Passed"),
    "failed": QT_TRANSLATE_NOOP("Scorecard", "Failed"),
    "retraining": QT_TRANSLATE_NOOP("Scorecard", " (retraining)"),
    "none": QT_TRANSLATE_NOOP("Scorecard", "None"),
    "few_peers": QT_TRANSLATE_NOOP("Scorecard", "Fewer than 5 peers: no median"),
    "more": QT_TRANSLATE_NOOP("Scorecard", "%d more not listed"),
    "basis": QT_TRANSLATE_NOOP(
        "Scorecard",
        "Last 90 Beijing days (Asia/Shanghai) up to the print time; on time = started "
        "within 15 minutes of the scheduled start; ratings of orders completed in the "
        "period.",
    ),
}
# The figures table's column of the provider's own figures: "Provider" as in the overview, but
# "oneself" rather than "service worker" in Chinese, so a context of its own.
OWN_COLUMN = QT_TRANSLATE_NOOP("ScorecardFigures", "Provider")
CERT_STATE_WORDS: dict[Any, str] = {
    CertificationStatus.SUBMITTED: QT_TRANSLATE_NOOP("Scorecard", "submitted"),
    CertificationStatus.IN_REVIEW: QT_TRANSLATE_NOOP("Scorecard", "in review"),
    CertificationStatus.APPROVED: QT_TRANSLATE_NOOP("Scorecard", "approved"),
    CertificationStatus.REJECTED: QT_TRANSLATE_NOOP("Scorecard", "rejected"),
    CertificationStatus.RESUBMISSION_REQUESTED: QT_TRANSLATE_NOOP(
        "Scorecard",
        "resubmission requested",
    ),
    CertificationStatus.EXPIRED: QT_TRANSLATE_NOOP("Scorecard", "expired"),
    CertificationStatus.REVOKED: QT_TRANSLATE_NOOP("Scorecard", "revoked"),
}
NOTICE = text(
    "Scorecard",
    QT_TRANSLATE_NOOP(
        "Scorecard", "Contains personal information. For service-quality management only."
    ),
)


def _chart_image(chart: RatingTrendChart, width_mm: float) -> Any:
    out = io.BytesIO()
    chart.figure.savefig(out, format="png", dpi=160)
    w, h = chart.figure.get_size_inches()
    out.seek(0)
    return Image(out, width=width_mm * mm, height=width_mm * mm * float(h / w))


def _t(key: str, lang: str) -> str:
    return say(text("Scorecard", T[key]), lang)


def _count(value: float | None) -> str:
    return NONE if value is None else f"{value:g}"


def _rate(value: float | None) -> str:
    return NONE if value is None else f"{value * 100:.0f}%"


def _stars(value: float | None) -> str:
    return NONE if value is None else f"{value:.2f}"


def _day(value: date | None) -> str:
    return value.isoformat() if value else NONE


def build_scorecard(card: Scorecard, *, printed_at: datetime, printed_by: str,
                    lang: str = "zh_CN") -> bytes:  # fmt: skip
    """One A4 page: the scorecard ``card`` (built over the 90 days to ``printed_at``)."""
    title = _t("title", lang)
    who = f"{card.name} {card.code}".strip()
    frame = PageFrame(f"{title}　{who}", printed_at, printed_by, lang, NOTICE)
    return render_pdf(lambda: _story(card, lang), frame, f"{title} {who}")


def _name(pairs: dict[Any, tuple[str, str]], code: Any, lang: str) -> str:
    pair = pairs.get(code)
    return pick(pair, lang) if pair else str(code or NONE)


def _t_state(code: Any, lang: str) -> str:
    source = CERT_STATE_WORDS.get(code)
    return say(text("Scorecard", source), lang) if source else str(code or NONE)


def _story(card: Scorecard, lang: str) -> list[Any]:
    st = styles()
    district = DISTRICT_BY_CODE.get(card.district)
    category = {k.value: v for k, v in SERVICE_NAMES.items()}
    half = BODY_W / 2
    since = period_start_day(card.period).isoformat()
    overview = field_table(
        [
            [(_t("provider", lang), card.name or NONE), (_t("code", lang), card.code or NONE)],
            [(_t("category", lang), _name(category, card.category, lang)),
             (_t("district", lang),
              pick((district.name_zh, district.name_en), lang) if district else NONE)],
            [(_t("period", lang), f"{since} – {beijing(card.period.cut_off)} ({TIMEZONE})"),
             (_t("peers", lang), str(card.peers.peers))],
        ],
        (26 * mm, half - 26 * mm, 30 * mm, half - 30 * mm),
    )  # fmt: skip
    chart = RatingTrendChart(size=(4.0, 2.2))
    peer = card.peers.figures
    chart.update([w.monday for w in card.trend], [w.mean for w in card.trend],
                 peer.mean_rating if peer else None)  # fmt: skip
    return [
        Paragraph(esc(say(PLATFORM, lang)), st.brand),
        Paragraph(esc(_t("title", lang)), st.title),
        gap(2),
        overview,
        *opening(_t("figures", lang)),
        _side_by_side(
            _figures_table(card.figures, peer, lang),
            [para(_t("trend", lang), st.label), _chart_image(chart, CHART_MM)],
        ),
        para(_t("basis", lang) + ("" if peer else "　" + _t("few_peers", lang)), st.muted),
        *opening(_t("sanctions", lang)),
        *_sanctions(card, lang),
        *opening(_t("certs", lang)),
        *_certs(card, lang),
        *opening(_t("training", lang)),
        *_training(card, lang),
    ]


def _side_by_side(left: Any, right: list[Any]) -> Any:
    table = Table([[left, right]], colWidths=[BODY_W - (CHART_MM + 4) * mm, (CHART_MM + 4) * mm])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))  # fmt: skip
    return table


def _figures_table(own: Figures, peer: Figures | None, lang: str) -> Any:
    lines = (
        ("completed", _count, "completed"), ("on_time", _rate, "on_time_rate"),
        ("cancellations", _count, "cancellations"), ("rating", _stars, "mean_rating"),
        ("ratings", _count, "ratings"), ("complaints", _count, "complaints"),
        ("substantiated", _count, "substantiated"),
    )  # fmt: skip
    rows = [
        [_t(key, lang), show(getattr(own, field)),
         show(getattr(peer, field)) if peer else NONE]
        for key, show, field in lines
    ]  # fmt: skip
    header = [
        _t("figure", lang),
        say(text("ScorecardFigures", OWN_COLUMN), lang),
        _t("median", lang),
    ]
    return data_table(header, rows, (BODY_W - (CHART_MM + 64) * mm, 26 * mm, 34 * mm))


def _cut(rows: list[list[Any]], lang: str) -> list[Any]:
    more = len(rows) - MAX_LINES
    return [para(_t("more", lang) % more, styles().muted)] if more > 0 else []


def _sanctions(card: Scorecard, lang: str) -> list[Any]:
    if not card.sanctions:
        return [para(_t("none", lang), styles().body)]
    rows = [
        [pick(LEVEL_NAMES[s.level], lang), beijing(s.decided_at),
         say(SANCTION_STATUS_NAMES[s.status], lang),
         say(APPEAL_NAMES[s.appeal.status], lang) if s.appeal else NONE]
        for s in card.sanctions
    ]  # fmt: skip
    header = [_t(k, lang) for k in ("level", "decided", "status", "appeal")]
    widths = (30 * mm, 40 * mm, 30 * mm, BODY_W - 100 * mm)
    return [data_table(header, rows[:MAX_LINES], widths), *_cut(rows, lang)]


def _certs(card: Scorecard, lang: str) -> list[Any]:
    if not card.certificates:
        return [para(_t("none", lang), styles().body)]
    rows: list[list[Any]] = []
    alerts = []
    for c in card.certificates:
        policy = POLICIES.get(c.kind)
        if c.bucket == 0:
            alerts.append(len(rows))
        rows.append([
            pick((policy.name_zh, policy.name_en), lang) if policy else c.kind.value,
            _t_state(c.status, lang), _day(c.expires_on),
            para(_day(c.review_due), styles().cell, color=ALERT if c.bucket == 0 else None),
        ])  # fmt: skip
    header = [_t(k, lang) for k in ("kind", "status", "expires", "review")]
    widths = (BODY_W - 100 * mm, 30 * mm, 35 * mm, 35 * mm)
    table = data_table(header, rows[:MAX_LINES], widths,
                       alert_rows=[a for a in alerts if a < MAX_LINES])  # fmt: skip
    return [table, *_cut(rows, lang)]


def _training(card: Scorecard, lang: str) -> list[Any]:
    if not card.training:
        return [para(_t("none", lang), styles().body)]
    rows = [
        [f"{t.course_name or t.course_code}{_t('retraining', lang) if t.retraining else ''}",
         beijing(t.assessed_at), f"{_count(t.theory)} / {_count(t.practical)}",
         _t("passed" if t.passed else "failed", lang)]
        for t in card.training
    ]  # fmt: skip
    header = [_t(k, lang) for k in ("course", "assessed", "scores", "result")]
    widths = (BODY_W - 100 * mm, 40 * mm, 30 * mm, 30 * mm)
    return [data_table(header, rows[:MAX_LINES], widths), *_cut(rows, lang)]
