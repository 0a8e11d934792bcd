"""One ticket: facts, SLA clocks, what still blocks closing, the actions, the callback, the story.

The panel shows a ticket detail exactly as GET /complaints/{id} answers it; the page owns the
data, the actions and the commands. Nothing here talks to the server.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintStatus
from app.rules.reasons import Reason
from app.schemas.complaints import ComplaintDetail
from app.views.complaints.actions import SECONDARY, TOOLS, WORKFLOW, TicketActions
from app.views.complaints.callback_box import CallbackBox
from app.views.complaints.customer_tickets import CustomerTicketsList
from app.views.complaints.labels import (
    OVERDUE_BG,
    SEVERITY_COLOR,
    category_label,
    clock_label,
    countdown_text,
    level_label,
    note_label,
    outcome_label,
    reason_text,
    severity_label,
    status_label,
)
from app.views.complaints.wire import (
    SlaClockView,
    action_states,
    reasons,
    sla_clocks,
    timeline,
)
from app.views.complaints.wrap import wrap_column
from app.views.i18n import category_name
from app.views.timefmt import HOUR_MINUTE, clock_text, full_text, utc_now, wall_clock


def _caption(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("detailCaption")
    return label


def _value() -> QLabel:
    label = QLabel()
    label.setObjectName("detailValue")
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TicketDetailPanel(QFrame):
    """Signals:
    provider_requested(int): the named provider was clicked (open their scorecard).
    """

    provider_requested = Signal(int)

    def __init__(
        self,
        actions: TicketActions,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setMinimumWidth(420)
        self._clock = clock
        self._detail: ComplaintDetail | None = None
        self._people: dict[int, str] = {}

        self.code = QLabel()
        self.code.setObjectName("detailCode")
        self.severity = QLabel()
        self.severity.setObjectName("statusPill")
        self.status = QLabel()
        self.status.setObjectName("statusPill")
        self.pending = QLabel()
        self.pending.setObjectName("pendingLabel")
        head = QHBoxLayout()
        head.addWidget(self.code)
        head.addWidget(self.severity)
        head.addWidget(self.status)
        head.addWidget(self.pending)
        head.addStretch(1)
        self.buttons: dict[str, QToolButton] = {}
        for name in TOOLS:  # about the ticket, not steps on it: beside its name
            head.addWidget(self._button(actions, name, "secondaryButton"))

        self.summary = QLabel()
        self.summary.setObjectName("ticketSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(5)
        pairs = [
            ("customer", self.tr("Customer"), "order", self.tr("Order")),
            ("provider", self.tr("Provider"), "assignee", self.tr("Handled by")),
            ("category", self.tr("Category"), "opened", self.tr("Opened")),
            ("finding", self.tr("Finding"), "sanction", self.tr("Sanction")),
        ]
        for row, (left, left_title, right, right_title) in enumerate(pairs):
            for col, (key, title) in enumerate(((left, left_title), (right, right_title))):
                value = _value()
                grid.addWidget(_caption(title), row, col * 2)
                grid.addWidget(value, row, col * 2 + 1)
                self.fields[key] = value
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        named = self.fields["provider"]
        named.setTextFormat(Qt.TextFormat.RichText)
        named.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        named.setToolTip(self.tr("Open the provider's scorecard"))
        named.linkActivated.connect(lambda link: self.provider_requested.emit(int(link)))

        self.clocks: dict[str, QLabel] = {}
        clocks = QHBoxLayout()
        clocks.setSpacing(8)
        for name in ("first_response", "resolution", "callback"):
            label = QLabel()
            label.setObjectName("slaClock")
            label.setProperty("state", "idle")
            clocks.addWidget(label)
            self.clocks[name] = label
        clocks.addStretch(1)

        self.alerts = QLabel()
        self.alerts.setObjectName("errorLabel")
        self.alerts.setWordWrap(True)

        self.blockers_box = QFrame()
        self.blockers_box.setObjectName("blockersBox")
        self.blockers_title = QLabel(self.tr("Before this ticket can close:"))
        self.blockers_title.setObjectName("blockersTitle")
        self.blockers = QLabel()
        self.blockers.setObjectName("blockersList")
        self.blockers.setWordWrap(True)
        box = QVBoxLayout(self.blockers_box)
        box.setContentsMargins(10, 8, 10, 8)
        box.setSpacing(4)
        box.addWidget(self.blockers_title)
        box.addWidget(self.blockers)

        rows = QVBoxLayout()
        rows.setSpacing(6)
        for names, style in ((WORKFLOW, "actionButton"), (SECONDARY, "secondaryButton")):
            line = QHBoxLayout()
            line.setSpacing(6)
            for name in names:
                line.addWidget(self._button(actions, name, style))
            line.addStretch(1)
            rows.addLayout(line)

        self.callback = CallbackBox(clock)

        timeline_title = QLabel(self.tr("Timeline"))
        timeline_title.setObjectName("sectionTitle")
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setHeaderLabels(
            [self.tr("Time"), self.tr("Event"), self.tr("By"), self.tr("Details")]
        )
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        wrap_column(self.timeline, 3)  # the notes are read in full
        header = self.timeline.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 88)
        header.resizeSection(1, 124)
        header.resizeSection(2, 84)
        header.setStretchLastSection(True)

        self.placeholder = QLabel(self.tr("Choose a ticket from a queue, or take a call."))
        self.placeholder.setObjectName("noteLabel")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self._body = QWidget()
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(8)
        body.addLayout(head)
        body.addWidget(self.summary)
        body.addLayout(grid)
        body.addLayout(clocks)
        body.addWidget(self.alerts)
        body.addWidget(self.blockers_box)
        body.addLayout(rows)
        body.addWidget(self.callback)
        body.addWidget(timeline_title)
        body.addWidget(self.timeline, 1)
        self.customer_tickets = CustomerTicketsList()
        self.customer_tickets.hide()
        body.addWidget(self.customer_tickets)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.placeholder, 1)
        layout.addWidget(self._body, 1)
        self.show_detail(None)

    def _button(self, actions: TicketActions, name: str, style: str) -> QToolButton:
        button = QToolButton()
        button.setObjectName(style)
        button.setDefaultAction(actions[name])
        self.buttons[name] = button
        return button

    # ---- what the page shows --------------------------------------------------------------

    def ticket_id(self) -> int | None:
        return self._detail.id if self._detail else None

    def detail(self) -> ComplaintDetail | None:
        return self._detail

    def set_people(self, people: Mapping[int, str]) -> None:
        self._people = dict(people)
        if self._detail is not None:
            self._fill_timeline(self._detail)

    def show_loading(self, code: str) -> None:
        self.placeholder.setText(self.tr("Loading %1…").replace("%1", code))
        if self._detail is None:
            self.placeholder.show()
            self._body.hide()

    def show_detail(
        self,
        detail: ComplaintDetail | None,
        *,
        pending: bool = False,
        predicted: Sequence[Reason] | None = None,
    ) -> None:
        """Show ``detail``; ``pending``: a step was queued and the server has not answered.

        ``predicted``: the closing blockers the rules expect once that step is done.
        """
        same = detail is not None and self._detail is not None and detail.id == self._detail.id
        self._detail = detail
        if detail is None:
            self.placeholder.setText(self.tr("Choose a ticket from a queue, or take a call."))
            self.placeholder.show()
            self._body.hide()
            self.timeline.clear()
            self.callback.set_ticket(None, allowed=False, reasons=[])
            return
        self.placeholder.hide()
        self._body.show()
        self._fill_head(detail, pending)
        self._fill_fields(detail)
        self._fill_alerts(detail)
        self._fill_blockers(detail, pending, predicted)
        states = action_states(detail)
        callback = states.get("log_callback")
        allowed = bool(callback and callback.allowed) and not pending
        why = [reason_text(r) for r in callback.reasons] if callback else []
        self.callback.set_ticket(detail, allowed=allowed, reasons=why)
        self._fill_timeline(detail, keep_scroll=same)
        self.tick()

    def tick(self) -> None:
        """Move the SLA countdowns on (called every second by the page)."""
        if self._detail is None:
            return
        now = self._clock()
        for clock in sla_clocks(self._detail):
            self._show_clock(self.clocks[clock.clock], clock, now)

    # ---- parts ----------------------------------------------------------------------------

    def _fill_head(self, d: ComplaintDetail, pending: bool) -> None:
        self.code.setText(d.code)
        severity = d.severity.value
        self.severity.setText(severity_label(severity))
        self.severity.setStyleSheet(f"color: {SEVERITY_COLOR.get(severity, '#475467')};")
        self.status.setText(status_label(d.status.value))
        self.pending.setText(self.tr("Sending… waiting for the server") if pending else "")
        self.summary.setText(d.summary)

    def _fill_fields(self, d: ComplaintDetail) -> None:
        f = self.fields
        customer = d.customer
        vip = self.tr("VIP") if customer is not None and customer.vip else ""
        parts = (customer.name, customer.phone, vip) if customer is not None else ()
        f["customer"].setText("  ".join(p for p in parts if p) or "—")
        order = d.order
        if order is not None:
            when = clock_text(order.scheduled_start, self._clock())
            f["order"].setText(
                "  ".join(p for p in (order.code, category_name(order.category.value), when) if p)
            )
        else:
            f["order"].setText(self.tr("No order"))
        provider = d.provider
        named = "  ".join(p for p in (provider.name, provider.code) if p) if provider else ""
        f["provider"].setText(
            f'<a href="{provider.id}">{html.escape(named)}</a>'
            if named and provider is not None
            else html.escape(named or self.tr("None named"))
        )
        assignee = d.assignee.display_name if d.assignee is not None else ""
        f["assignee"].setText(assignee or self.tr("Unassigned"))
        f["category"].setText(category_label(d.category.value))
        f["opened"].setText(full_text(d.opened_at))
        finding = d.substantiated
        f["finding"].setText(
            self.tr("Substantiated")
            if finding is True
            else self.tr("Not substantiated")
            if finding is False
            else self.tr("No finding yet")
        )
        f["sanction"].setText(self._sanction_text(d))

    def _sanction_text(self, d: ComplaintDetail) -> str:
        if d.sanctions:
            return level_label(d.sanctions[-1].level.value)
        if d.sanction_decided:
            return level_label(None)
        rec = d.recommended_sanction
        if rec is not None:
            level = rec.level.value if rec.level is not None else None
            return self.tr("To decide (recommended: %1)").replace("%1", level_label(level))
        return "—"

    def _fill_alerts(self, d: ComplaintDetail) -> None:
        lines = [reason_text(r) for r in reasons(d.escalation_needed)]
        lines += [reason_text(r) for r in reasons(d.repeat.reasons)]
        self.alerts.setText("\n".join(lines))
        self.alerts.setVisible(bool(lines))

    def _fill_blockers(
        self, d: ComplaintDetail, pending: bool, predicted: Sequence[Reason] | None
    ) -> None:
        if d.status is ComplaintStatus.CLOSED:
            self.blockers_box.hide()
            return
        shown: Sequence[Reason] = reasons(d.closing_blockers)
        expected = pending and predicted is not None
        if expected:
            assert predicted is not None
            shown = predicted
        self.blockers_title.setText(
            self.tr("Once the server confirms, still missing before closing:")
            if expected
            else self.tr("Before this ticket can close:")
        )
        self.blockers.setText("\n".join(f"• {reason_text(r)}" for r in shown))
        self.blockers_box.setVisible(bool(shown))

    def _fill_timeline(self, d: ComplaintDetail, keep_scroll: bool = False) -> None:
        bar = self.timeline.verticalScrollBar()
        at_end = bar.value() >= bar.maximum() - 2
        self.timeline.clear()
        items = []
        now = self._clock()
        for entry in timeline(d):
            when = clock_text(entry.at, now) if entry.at else ""
            kind, _, code = entry.kind.partition(":")
            if kind == "callback":
                what = self.tr("Callback: %1").replace("%1", outcome_label(code))
            elif kind == "sanction":
                what = self.tr("Sanction: %1").replace(
                    "%1", level_label(None if code == "none" else code)
                )
            else:
                what = note_label(code)
            who = self._people.get(entry.who, f"#{entry.who}") if entry.who is not None else ""
            item = QTreeWidgetItem([when, what, who, entry.text])
            item.setData(0, Qt.ItemDataRole.UserRole, entry.kind)
            if entry.at:
                item.setToolTip(0, full_text(entry.at))
            item.setToolTip(3, entry.text)
            if kind == "callback" and code != "reached_satisfied":
                item.setForeground(1, self.palette().brush(self.palette().ColorRole.Link))
            items.append(item)
        self.timeline.addTopLevelItems(items)
        if not keep_scroll or at_end:
            self.timeline.scrollToBottom()

    def _show_clock(self, label: QLabel, clock: SlaClockView, now: datetime) -> None:
        name = clock_label(clock.clock)
        if clock.deadline is None:
            text, state = self.tr("%1: not started").replace("%1", name), "idle"
        elif clock.stopped_at is not None:
            at = wall_clock(clock.stopped_at, HOUR_MINUTE)
            if clock.breached:
                text = self.tr("%1: late, at %2").replace("%1", name).replace("%2", at)
                state = "late"
            else:
                text = self.tr("%1: met at %2").replace("%1", name).replace("%2", at)
                state = "met"
        else:
            text = (
                self.tr("%1: %2")
                .replace("%1", name)
                .replace("%2", countdown_text(clock.deadline, now))
            )
            left = clock.deadline - now
            state = (
                "overdue"
                if left < timedelta(0)
                else "soon"
                if left < timedelta(hours=1)
                else "running"
            )
        label.setText(text)
        if clock.deadline is not None:
            label.setToolTip(
                self.tr("Due %1 (Beijing time)").replace("%1", full_text(clock.deadline))
            )
        if label.property("state") != state:
            label.setProperty("state", state)
            label.style().unpolish(label)
            label.style().polish(label)


# Local styles for the names this panel introduces (the console sheet styles the shared ones).
DETAIL_STYLE = f"""
QLabel#slaClock {{ border-radius: 4px; padding: 2px 8px; background: #f2f4f7; color: #344054; }}
QLabel#slaClock[state="met"] {{ background: #ecfdf3; color: #067647; }}
QLabel#slaClock[state="late"] {{ background: #fef3f2; color: #b42318; }}
QLabel#slaClock[state="soon"] {{ background: #fef0c7; color: #93370d; font-weight: 600; }}
QLabel#slaClock[state="overdue"] {{ background: {OVERDUE_BG}; color: #ffffff; font-weight: 700; }}
QFrame#blockersBox {{ background: #fffaeb; border: 1px solid #fedf89; border-radius: 6px; }}
QLabel#blockersTitle {{ color: #93370d; font-weight: 700; }}
QLabel#blockersList {{ color: #7a2e0e; }}
QLabel#pendingLabel {{ color: #175cd3; font-weight: 600; }}
QLabel#ticketSummary {{ color: #101828; font-size: 14px; }}
QToolButton#secondaryButton {{
    background: #ffffff; color: #344054; border: 1px solid #d0d5dd; border-radius: 6px;
    padding: 5px 10px;
}}
QToolButton#secondaryButton:hover {{ background: #f9fafb; }}
QToolButton#secondaryButton:disabled {{ color: #98a2b3; border-color: #eaecf0; }}
QFrame#callbackBox QPushButton:checked {{
    background: #eff4ff; border: 2px solid #1849a9; color: #1849a9; font-weight: 600;
}}
"""
