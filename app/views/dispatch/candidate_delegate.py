"""Paints one candidate: its number, who they are, a score bar split into the terms, or why not.

The bar: every positive term (rating, the customer's favourite, level on a premium order) is a
coloured segment from the left; the negative terms (travel, the day's workload) are hatched over
the bar's right end, so where the solid colour stops is the score. Ineligible rows show the
reasons instead, in red, under a greyed name.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from app.client.dispatch import Candidate
from app.views.dispatch.candidates_model import CANDIDATE_ROLE, RANK_ROLE, SCORE_SCALE_ROLE
from app.views.dispatch.text import clause_sep, list_sep, said
from app.views.i18n import district_name
from app.views.labels import level_name

ROW_HEIGHT = 70
MIN_WIDTH = 360
PAD = 10
BADGE = 24
BAR_HEIGHT = 10

TERM_COLORS: dict[str, str] = {
    "rating": "#2e90fa",
    "customer_favourite": "#12b76a",
    "premium_level": "#f79009",
    "travel": "#f04438",
    "workload": "#d92d20",
}
OTHER_TERM = "#7a5af8"
ELIGIBLE_BADGE = "#2e90fa"
TEXT = QColor("#101828")
MUTED = QColor("#667085")
GREYED = QColor("#98a2b3")
REASON = QColor("#b42318")
SELECTED_BG = QColor("#e0eaff")
SELECTED_EDGE = QColor("#2e90fa")
HOVER_BG = QColor("#f5f8ff")
RULE = QColor("#eaecf0")

Index = QModelIndex | QPersistentModelIndex


class CandidateDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        # A list row spans the viewport; asking for more would only add a horizontal scrollbar.
        return QSize(MIN_WIDTH, ROW_HEIGHT)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        candidate = index.data(CANDIDATE_ROLE)
        if not isinstance(candidate, Candidate):
            super().paint(painter, option, index)
            return
        rank = int(index.data(RANK_ROLE) or 0)
        scale = float(index.data(SCORE_SCALE_ROLE) or 1.0)
        rect = QRect(option.rect)
        state = option.state
        enabled = bool(state & QStyle.StateFlag.State_Enabled)
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)

        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if selected:
            painter.fillRect(rect, SELECTED_BG)
            painter.fillRect(QRect(rect.left(), rect.top(), 3, rect.height()), SELECTED_EDGE)
        elif hovered and enabled:
            painter.fillRect(rect, HOVER_BG)
        painter.setPen(RULE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

        base = QFont(option.font)
        self._badge(painter, rect, rank, candidate.eligible, base)
        left = rect.left() + PAD + BADGE + PAD
        right = rect.right() - PAD
        name_color = TEXT if candidate.eligible else GREYED
        top = rect.top() + 8
        line_h = QFontMetrics(base).height()

        # Line 1: name, level, rating, districts ... travel and score (or distance) on the right.
        side = self._side_text(candidate)
        painter.setFont(base)
        side_w = QFontMetrics(base).horizontalAdvance(side)
        painter.setPen(TEXT if candidate.eligible else REASON)
        painter.drawText(
            QRect(right - side_w, top, side_w, line_h),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            side,
        )
        bold = QFont(base)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(name_color)
        name_w = QFontMetrics(bold).horizontalAdvance(candidate.provider.name)
        painter.drawText(
            QRect(left, top, name_w, line_h),
            int(Qt.AlignmentFlag.AlignVCenter),
            candidate.provider.name,
        )
        painter.setFont(base)
        painter.setPen(MUTED if candidate.eligible else GREYED)
        facts = self._facts(candidate)
        facts_w = max(0, right - side_w - 12 - left - name_w)
        facts_rect = QRect(left + name_w + 8, top, facts_w, line_h)
        painter.drawText(
            facts_rect,
            int(Qt.AlignmentFlag.AlignVCenter),
            QFontMetrics(base).elidedText(facts, Qt.TextElideMode.ElideRight, facts_rect.width()),
        )

        small = QFont(base)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.88))
        second = top + line_h + 6
        if candidate.eligible:
            self._bar(painter, QRectF(left, second, right - left, BAR_HEIGHT), candidate, scale)
            legend = "  ·  ".join(
                f"{said(t.words)} {t.contribution:+.1f}"
                for t in candidate.terms
                if abs(t.contribution) >= 0.05
            )
            self._line(painter, small, MUTED, left, second + BAR_HEIGHT + 4, right, legend)
        else:
            reasons = clause_sep().join(said(r) for r in candidate.reasons)
            painter.setFont(small)
            painter.setPen(REASON)
            box = QRect(left, second - 2, right - left, rect.bottom() - second - 2)
            painter.drawText(
                box,
                int(Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                self._elide_lines(small, reasons, box.width(), 2),
            )
        painter.restore()

    # ---- pieces ------------------------------------------------------------------------

    def _badge(
        self, painter: QPainter, rect: QRect, rank: int, eligible: bool, font: QFont
    ) -> None:
        box = QRectF(rect.left() + PAD, rect.top() + 8, BADGE, BADGE)
        if eligible:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(ELIGIBLE_BADGE))
            text = QColor("#ffffff")
        else:
            painter.setPen(QPen(GREYED, 1.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            text = GREYED
        painter.drawEllipse(box)
        if rank:
            bold = QFont(font)
            bold.setBold(True)
            painter.setFont(bold)
            painter.setPen(text)
            painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), str(rank))

    def _side_text(self, c: Candidate) -> str:
        if c.eligible:
            return (
                self.tr("%1 min · %2 pts")
                .replace("%1", f"{c.travel_minutes:.0f}")
                .replace("%2", f"{c.score:.1f}")
            )
        return self.tr("%1 km · not eligible").replace("%1", f"{c.distance_km:.1f}")

    def _facts(self, c: Candidate) -> str:
        parts = [level_name(c.provider.level), f"★{c.provider.rating:.2f}"]
        if c.provider.districts:
            parts.append(list_sep().join(district_name(d) for d in c.provider.districts[:3]))
        if c.eligible:
            parts.append(
                self.tr("%1 orders that day").replace("%1", str(c.provider.bookings_today))
            )
        return " · ".join(parts)

    def _bar(self, painter: QPainter, box: QRectF, c: Candidate, scale: float) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#f2f4f7"))
        painter.drawRoundedRect(box, 3, 3)
        x = box.left()
        for term in c.terms:
            if term.contribution <= 0:
                continue
            width = box.width() * term.contribution / scale
            painter.setBrush(QColor(TERM_COLORS.get(term.words.code, OTHER_TERM)))
            painter.drawRect(QRectF(x, box.top(), width, box.height()))
            x += width
        end = x
        for term in c.terms:
            if term.contribution >= 0:
                continue
            width = min(box.width() * -term.contribution / scale, end - box.left())
            cut = QRectF(end - width, box.top(), width, box.height())
            painter.setBrush(QColor("#ffffff"))
            painter.drawRect(cut)
            color = QColor(TERM_COLORS.get(term.words.code, OTHER_TERM))
            painter.setBrush(QBrush(color, Qt.BrushStyle.BDiagPattern))
            painter.drawRect(cut)
            end -= width
        # The net score: where the solid colour stops.
        painter.setPen(QPen(QColor("#101828"), 1.6))
        painter.drawLine(round(end), int(box.top()) - 2, round(end), int(box.bottom()) + 2)

    def _line(
        self,
        painter: QPainter,
        font: QFont,
        color: QColor,
        left: int,
        top: float,
        right: int,
        text: str,
    ) -> None:
        metrics = QFontMetrics(font)
        painter.setFont(font)
        painter.setPen(color)
        painter.drawText(
            QRect(left, int(top), right - left, metrics.height()),
            int(Qt.AlignmentFlag.AlignVCenter),
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, right - left),
        )

    def _elide_lines(self, font: QFont, text: str, width: int, lines: int) -> str:
        """``text`` cut to what ``lines`` wrapped lines of ``width`` hold, with an ellipsis."""
        metrics = QFontMetrics(font)
        if metrics.horizontalAdvance(text) <= width * lines:
            return text
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width * lines - width // 4)
