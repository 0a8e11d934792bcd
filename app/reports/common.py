"""What the complaint documents share: styles, tables and the page frame.

Every document is A4 with a running header, and a footer on every page with "page X of Y",
who printed it and when, and a personal-information notice. "Of Y" needs the page count
before the first page is drawn, so ``render_pdf`` lays the story out twice: once to count,
once for real (the layout does not depend on the footer, so the count holds).

Nothing here reads the clock: the printing time is a parameter, and it is also what the
PDF's CreationDate says, so the same input always gives the same bytes. The words (labels,
Beijing times) live in ``labels.py`` and are re-exported here for the documents that import
them from this module.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.reports.fonts import register_cjk_fonts
from app.reports.labels import APPEAL_NAMES as APPEAL_NAMES
from app.reports.labels import CATEGORY_NAMES as CATEGORY_NAMES
from app.reports.labels import FINDINGS as FINDINGS
from app.reports.labels import NONE as NONE
from app.reports.labels import NOTE_KINDS as NOTE_KINDS
from app.reports.labels import OUTCOME_NAMES as OUTCOME_NAMES
from app.reports.labels import PII_NOTICE as PII_NOTICE
from app.reports.labels import PLATFORM as PLATFORM
from app.reports.labels import SANCTION_STATUS_NAMES as SANCTION_STATUS_NAMES
from app.reports.labels import SERVICE_NAMES as SERVICE_NAMES
from app.reports.labels import VERDICT_NAMES as VERDICT_NAMES
from app.reports.labels import beijing as beijing
from app.reports.labels import category_label as category_label
from app.reports.labels import colon as colon
from app.reports.labels import duration_text as duration_text
from app.reports.labels import enum_label as enum_label
from app.reports.labels import is_en as is_en
from app.reports.labels import mask_name as mask_name
from app.reports.labels import paren as paren
from app.reports.labels import parse_time as parse_time
from app.reports.labels import pick as pick
from app.reports.labels import require_aware as require_aware
from app.reports.labels import running_text as running_text
from app.reports.labels import say as say
from app.reports.labels import severity_label as severity_label
from app.reports.labels import status_label as status_label
from app.rules.beijing import BEIJING as BEIJING
from app.rules.text import QT_TRANSLATE_NOOP, Text, text

# Colours: dark ink, muted grey for labels, one red for what went wrong, one green for kept.
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#5f6b7a")
RULE = colors.HexColor("#c3ccd6")
LABEL_BG = colors.HexColor("#f1f4f7")
HEAD_BG = colors.HexColor("#e3e9ef")
ALERT = colors.HexColor("#b42318")
ALERT_BG = colors.HexColor("#fdeceb")
GOOD = colors.HexColor("#1e7b34")

PAGE_W, PAGE_H = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 21 * mm
FRAME_PAD = 6  # platypus frames pad their content by 6 pt on every side
CONTENT_X = MARGIN_X + FRAME_PAD
BODY_W = PAGE_W - 2 * CONTENT_X  # what a table may span without sticking out of the frame
SECTION_ROOM = 40 * mm  # a heading starts a new page unless this much room is left
# A note may hold 4,000 characters, taller than a page: such a row splits across pages,
# leaving at least two lines on each side of the break.
SPLIT_IN_ROW = 26


def esc(text: object) -> str:
    """Free text for a Paragraph: markup escaped, line breaks kept."""
    return escape(str(text if text is not None else "")).replace("\n", "<br/>")


@dataclass(frozen=True, slots=True)
class Styles:
    brand: ParagraphStyle
    title: ParagraphStyle
    subtitle: ParagraphStyle
    section: ParagraphStyle
    heading: ParagraphStyle
    group: ParagraphStyle  # a sub-heading over a table (``opening``, not keepWithNext)
    body: ParagraphStyle
    muted: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_head: ParagraphStyle
    label: ParagraphStyle
    bullet: ParagraphStyle
    regular_font: str
    bold_font: str


@cache
def styles() -> Styles:
    """The styles of every report; all wrap CJK text anywhere and Latin text at spaces."""
    regular, bold = register_cjk_fonts()

    def style(name: str, size: float, *, font: str = regular, **extra: Any) -> ParagraphStyle:
        extra.setdefault("textColor", INK)
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=size * 1.45, wordWrap="CJK", **extra
        )

    return Styles(
        brand=style("brand", 9, textColor=MUTED),
        title=style("title", 20, font=bold, spaceBefore=2, spaceAfter=2),
        subtitle=style("subtitle", 10, textColor=MUTED),
        section=style("section", 12.5, font=bold, spaceBefore=9, spaceAfter=4),
        # Only short text follows a sub-heading, so keeping them together costs little.
        heading=style("heading", 10, font=bold, spaceBefore=6, spaceAfter=3, keepWithNext=1),
        group=style("group", 10.5, font=bold, spaceBefore=8, spaceAfter=4),
        body=style("body", 9.5, spaceAfter=3),
        muted=style("muted", 8.5, textColor=MUTED, spaceAfter=2),
        cell=style("cell", 8.5),
        cell_bold=style("cell_bold", 8.5, font=bold),
        cell_head=style("cell_head", 8.5, font=bold),
        label=style("label", 8.5, textColor=MUTED),
        bullet=style("bullet", 9.5, leftIndent=10, bulletIndent=1, spaceAfter=2),
        regular_font=regular,
        bold_font=bold,
    )


def has_cjk(text: str) -> bool:
    return any(ord(ch) >= 0x2E80 for ch in text)


@cache
def _latin(style: ParagraphStyle) -> ParagraphStyle:
    # reportlab's CJK wrap looks back only half a line for a space and otherwise cuts a
    # word in two ("investig-ation" in a narrow cell); text without CJK wraps at spaces.
    return ParagraphStyle(f"{style.name}-latin", parent=style, wordWrap=None)


def para(text: object, style: ParagraphStyle, *, color: Any = None, bold: bool = False) -> Any:
    """A Paragraph of plain (escaped) text, optionally coloured or bold."""
    if text not in (None, "") and not has_cjk(str(text)):
        style = _latin(style)
    markup = esc(text) if text not in (None, "") else NONE
    if bold:
        markup = f"<b>{markup}</b>"
    if color is not None:
        markup = f'<font color="{color.hexval()}">{markup}</font>'
    return Paragraph(markup, style)


def section(title: str) -> Any:
    return Paragraph(esc(title), styles().section)


def opening(title: str, style: ParagraphStyle | None = None) -> list[Any]:
    """A heading (a section's by default) that never ends a page alone.

    Not ``keepWithNext``: that keeps the heading with the whole next flowable and would push
    a long table, which may split, to the next page and leave a half-empty one behind.
    """
    return [CondPageBreak(SECTION_ROOM), Paragraph(esc(title), style or styles().section)]


def lead(label: str, text: object, lang: str, *, style: ParagraphStyle | None = None) -> Any:
    """A line that starts with a bold label: ``<b>Callback verdict: </b>satisfied``."""
    body = esc(text) if text not in (None, "") else ""
    return Paragraph(f"<b>{esc(label)}{colon(lang)}</b>{body}", style or styles().body)


def field_table(rows: Sequence[Sequence[tuple[str, Any]]], widths: Sequence[float]) -> Any:
    """A boxed grid of label/value pairs; a row with one pair spans the whole width.

    ``widths`` are (label, value, label, value) column widths for two pairs a row.
    """
    st = styles()
    data: list[list[Any]] = []
    spans: list[tuple[str, tuple[int, int], tuple[int, int]]] = []
    for r, pairs in enumerate(rows):
        cells: list[Any] = []
        for label, value in pairs:
            cells += [para(label, st.label), _cell(value)]
        if len(pairs) == 1:
            cells += ["", ""]
            spans.append(("SPAN", (1, r), (3, r)))
        data.append(cells)
    table = Table(data, colWidths=list(widths), splitInRow=SPLIT_IN_ROW)
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (0, -1), LABEL_BG),
        ("BACKGROUND", (2, 0), (2, -1), LABEL_BG),
        ("FONTNAME", (0, 0), (-1, -1), st.regular_font),  # for the empty cells under a span
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        *spans,
    ]
    # A spanned row's third cell is a value cell, not a label: keep it white.
    commands += [("BACKGROUND", s[1], s[2], colors.white) for s in spans]
    table.setStyle(TableStyle(commands))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    *,
    alert_rows: Sequence[int] = (),
    row_height: float | None = None,
) -> Any:
    """A ruled table with a shaded header row repeated on every page it runs onto.

    Cells may be strings (wrapped as paragraphs) or flowables; ``alert_rows`` (indexes into
    ``rows``) are tinted red; ``row_height`` fixes the body rows' height (room to sign by hand).
    """
    st = styles()
    data = [[para(h, st.cell_head) for h in header]]
    data += [[_cell(c) for c in row] for row in rows]
    heights = None if row_height is None else [None, *([row_height] * len(rows))]
    table = Table(
        data, colWidths=list(widths), rowHeights=heights, repeatRows=1, splitInRow=SPLIT_IN_ROW
    )
    commands: list[tuple[Any, ...]] = [
        ("BOX", (0, 0), (-1, -1), 0.8, RULE),
        ("INNERGRID", (0, 0), (-1, -1), 0.4, RULE),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("FONTNAME", (0, 0), (-1, -1), st.regular_font),  # for the empty cells under a span
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    commands += [("BACKGROUND", (0, i + 1), (-1, i + 1), ALERT_BG) for i in alert_rows]
    table.setStyle(TableStyle(commands))
    return table


def _cell(value: Any) -> Any:
    if isinstance(value, Flowable):
        return value
    return para(value, styles().cell)


def gap(height_mm: float) -> Any:
    return Spacer(1, height_mm * mm)


@dataclass(frozen=True, slots=True)
class PageFrame:
    """What every page carries besides the story."""

    running_title: str  # the header's right-hand side, e.g. the document and case number
    printed_at: datetime
    printed_by: str
    lang: str
    notice: Text = PII_NOTICE


def _draw_frame(canvas: Any, frame: PageFrame, page: int, total: int | None) -> None:
    st = styles()
    lang = frame.lang
    left, right = CONTENT_X, PAGE_W - CONTENT_X
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.6)
    if page > 1:  # the first page has the full title block instead
        top = PAGE_H - 11 * mm
        canvas.setFillColor(MUTED)
        canvas.setFont(st.regular_font, 8)
        canvas.drawString(left, top, say(PLATFORM, lang))
        canvas.drawRightString(right, top, frame.running_title)
        canvas.line(left, top - 2.5 * mm, right, top - 2.5 * mm)

    base = 9 * mm
    canvas.setFillColor(MUTED)
    canvas.line(left, base + 7.5 * mm, right, base + 7.5 * mm)
    canvas.setFont(st.regular_font, 7.5)
    canvas.drawString(left, base + 3.5 * mm, say(frame.notice, lang))
    when = beijing(frame.printed_at)
    printed = say(
        text(
            "Reports",
            QT_TRANSLATE_NOOP("Reports", "Printed {when} (Beijing time) by {who}"),
            when=when,
            who=frame.printed_by,
        ),
        lang,
    )
    canvas.drawString(left, base, printed)
    shown_total = "?" if total is None else str(total)
    page_text = say(
        text("Reports", QT_TRANSLATE_NOOP("Reports", "Page {page} of {total}"), page=page,
             total=shown_total),
        lang,
    )  # fmt: skip
    canvas.setFont(st.bold_font, 8)
    canvas.setFillColor(INK)
    canvas.drawRightString(right, base, page_text)
    canvas.restoreState()


def _pdf_date(moment: datetime) -> Callable[..., str]:
    utc = moment.astimezone(UTC)

    def formatter(*_ignored: int) -> str:
        return utc.strftime("D:%Y%m%d%H%M%S+00'00'")

    return formatter


def _build(story: list[Any], frame: PageFrame, title: str, total: int | None) -> tuple[bytes, int]:
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=frame.printed_by,
        creator=say(PLATFORM, "zh_CN"),
        subject=say(PLATFORM, frame.lang),
        invariant=True,  # no clock and no random id in the file: same input, same bytes
        initialFontName=styles().regular_font,  # else every page names unembedded Helvetica
    )
    pages = [0]

    def on_page(canvas: Any, _doc: Any) -> None:
        canvas.setDateFormatter(_pdf_date(frame.printed_at))
        pages[0] = canvas.getPageNumber()
        _draw_frame(canvas, frame, pages[0], total)

    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue(), pages[0]


def render_pdf(make_story: Callable[[], list[Any]], frame: PageFrame, title: str) -> bytes:
    """Lay out ``make_story()`` on framed A4 pages and return the PDF.

    ``make_story`` is called twice (flowables are consumed by a layout pass).
    """
    require_aware(frame.printed_at)
    _draft, total = _build(make_story(), frame, title, None)
    data, _pages = _build(make_story(), frame, title, total)
    return data
