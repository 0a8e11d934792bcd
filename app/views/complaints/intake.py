"""Hotline intake (热线受理), built for a caller on the line.

Type the number and press Enter: the caller (masked), their recent orders and open tickets.
Enter on an order (or Ctrl+N) starts a complaint prefilled from it; the category suggests a
severity, and the deadlines that severity sets (``app.rules.sla.deadlines``) show as the agent
picks. Ctrl+Enter files it. The panel only emits what the agent asked for; the page reads
from the server and queues the command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import ComplaintCategory, Severity
from app.rules.sla import SLA_CLOCKS, deadlines
from app.views.complaints.actions import with_keys
from app.views.complaints.intake_parts import EnterFilter as _EnterFilter
from app.views.complaints.intake_parts import customer_ids as _ids
from app.views.complaints.intake_parts import span_text as _span
from app.views.complaints.intake_parts import tree as _tree
from app.views.complaints.labels import (
    SUGGESTED_SEVERITY,
    category_label,
    countdown_text,
    severity_label,
    status_label,
)
from app.views.complaints.wire import parse_time
from app.views.i18n import category_name, district_name
from app.views.labels import status_name
from app.views.timefmt import clock_text, utc_now

Json = Mapping[str, Any]
ID_ROLE = int(Qt.ItemDataRole.UserRole)
SUMMARY_LIMIT = 4000


class IntakePanel(QFrame):
    """Signals:
    lookup_requested(phone): look the caller up.
    ticket_chosen(id): open one of the caller's tickets.
    intake_requested(body, who): file a complaint (POST /complaints body; who for the label).
    """

    lookup_requested = Signal(str)
    ticket_chosen = Signal(int)
    intake_requested = Signal(object, str)

    def __init__(
        self,
        clock: Callable[[], datetime] = utc_now,
        *,
        can_file: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("intakePanel")
        self._clock = clock
        self._can_file = can_file
        self._customers: list[Json] = []
        self._provider_names: dict[int, str] = {}  # for the form's "about" line
        self._order: Json | None = None
        self._severity_touched = False
        self._suggesting = False

        self.phone = QLineEdit()
        self.phone.setObjectName("phoneLookup")
        self.phone.setPlaceholderText(self.tr("Caller's phone number, then Enter"))
        self.phone.setClearButtonEnabled(True)
        self.phone.setToolTip(with_keys(self.tr("Look the caller up by phone number"), ("Ctrl+L",)))
        self.phone.returnPressed.connect(self.request_lookup)
        self.lookup_button = QPushButton(self.tr("Look up"))
        self.lookup_button.clicked.connect(self.request_lookup)
        top = QHBoxLayout()
        top.addWidget(self.phone, 1)
        top.addWidget(self.lookup_button)

        self.state = QLabel(self.tr("Type the caller's number to see who is calling."))
        self.state.setObjectName("noteLabel")
        self.state.setWordWrap(True)
        self.customer_choice = QComboBox()
        self.customer_choice.currentIndexChanged.connect(self._show_customer)
        self.customer_card = QLabel()
        self.customer_card.setObjectName("customerCard")
        self.customer_card.setWordWrap(True)

        self.orders = _tree(
            [self.tr("Order"), self.tr("Start"), self.tr("Service"), self.tr("Status")]
        )
        self.orders.setObjectName("recentOrders")
        self.orders.setToolTip(
            with_keys(self.tr("Enter on an order starts a complaint about it"), ("Enter", "Ctrl+N"))
        )
        self.orders.itemDoubleClicked.connect(lambda *_: self.start_from_selection())
        self.orders.installEventFilter(_EnterFilter(self.start_from_selection, self))
        for col, width in enumerate((150, 92, 96)):
            self.orders.header().resizeSection(col, width)
        self.tickets = _tree(
            [self.tr("Ticket"), self.tr("Severity"), self.tr("Status"), self.tr("Next deadline")]
        )
        self.tickets.setObjectName("openTickets")
        self.tickets.itemDoubleClicked.connect(lambda *_: self._open_ticket())
        self.tickets.installEventFilter(_EnterFilter(self._open_ticket, self))
        for col, width in enumerate((150, 72, 84)):
            self.tickets.header().resizeSection(col, width)

        self.form = self._make_form()

        orders_title = QLabel(self.tr("Recent orders"))
        orders_title.setObjectName("sectionTitle")
        tickets_title = QLabel(self.tr("Open tickets of this caller"))
        tickets_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.state)
        layout.addWidget(self.customer_choice)
        layout.addWidget(self.customer_card)
        self.new_button = QPushButton(self.tr("New complaint…"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.setToolTip(
            with_keys(self.tr("A complaint about the selected order, or the caller"), ("Ctrl+N",))
        )
        self.new_button.clicked.connect(self.start_from_selection)
        self.new_button.setVisible(can_file)
        self.new_button.setEnabled(False)
        orders_row = QHBoxLayout()
        orders_row.addWidget(orders_title)
        orders_row.addStretch(1)
        orders_row.addWidget(self.new_button)
        layout.addLayout(orders_row)
        layout.addWidget(self.orders, 3)
        layout.addWidget(tickets_title)
        layout.addWidget(self.tickets, 2)
        layout.addWidget(self.form)

        new = QShortcut(QKeySequence("Ctrl+N"), self)
        new.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        new.activated.connect(self.start_from_selection)
        self.show_lookup(None)

    # ---- the form -------------------------------------------------------------------------

    def _make_form(self) -> QFrame:
        form = QFrame()
        form.setObjectName("intakeForm")
        title = QLabel(self.tr("New complaint"))
        title.setObjectName("sectionTitle")
        self.about = QLabel()
        self.about.setObjectName("detailValue")
        self.about.setWordWrap(True)
        self.category = QComboBox()
        self.category.setObjectName("intakeCategory")
        self.category.addItem(self.tr("Choose the category…"), "")
        for category in ComplaintCategory:
            self.category.addItem(category_label(category), category.value)
        self.severity = QComboBox()
        self.severity.setObjectName("intakeSeverity")
        for severity in Severity:
            self.severity.addItem(severity_label(severity), severity.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.MEDIUM.value))
        self.suggestion = QLabel()
        self.suggestion.setObjectName("noteLabel")
        self.deadlines = QLabel()
        self.deadlines.setObjectName("deadlinePreview")
        self.deadlines.setWordWrap(True)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("intakeSummary")
        self.summary.setPlaceholderText(self.tr("What happened, in the caller's words"))
        self.summary.setFixedHeight(72)
        self.submit = QPushButton(self.tr("File complaint"))
        self.submit.setObjectName("fileComplaint")
        self.submit.setToolTip(with_keys(self.tr("File the complaint"), ("Ctrl+Return",)))
        self.submit.clicked.connect(self.file)
        self.cancel = QPushButton(self.tr("Discard"))
        self.cancel.clicked.connect(self.discard)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel)
        buttons.addWidget(self.submit)

        severity_row = QHBoxLayout()
        severity_row.addWidget(self.severity)
        severity_row.addWidget(self.suggestion, 1)
        fields = QFormLayout()
        fields.setHorizontalSpacing(10)
        fields.addRow(self.tr("About"), self.about)
        fields.addRow(self.tr("Category"), self.category)
        fields.addRow(self.tr("Severity"), severity_row)
        fields.addRow(self.tr("Deadlines"), self.deadlines)
        fields.addRow(self.tr("Summary"), self.summary)
        layout = QVBoxLayout(form)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(6)
        layout.addWidget(title)
        layout.addLayout(fields)
        layout.addLayout(buttons)

        self.category.currentIndexChanged.connect(self._category_changed)
        self.severity.currentIndexChanged.connect(self._severity_changed)
        self.summary.textChanged.connect(self._update_submit)
        submit = QShortcut(QKeySequence("Ctrl+Return"), form)
        submit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        submit.activated.connect(self.file)
        submit_enter = QShortcut(QKeySequence("Ctrl+Enter"), form)
        submit_enter.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        submit_enter.activated.connect(self.file)
        form.hide()
        return form

    # ---- lookup ---------------------------------------------------------------------------

    def request_lookup(self) -> None:
        digits = "".join(ch for ch in self.phone.text() if ch.isdigit())
        if len(digits) < 3:
            self.state.setText(self.tr("Type at least the full mobile number."))
            return
        self.state.setText(self.tr("Looking up %1…").replace("%1", digits))
        self.lookup_requested.emit(digits)

    def focus_phone(self) -> None:
        self.phone.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.phone.selectAll()

    def provider_ids(self) -> list[int]:
        """The providers of the callers' recent orders (their names come from the cache)."""
        ids = {
            int(o["provider_id"])
            for entry in self._customers
            for o in [*(entry.get("recent_orders") or ()), *(entry.get("blocked_providers") or ())]
            if o.get("provider_id")
        }
        return sorted(ids)

    def set_provider_names(self, names: dict[int, str]) -> None:
        """Names for the providers the lookup named by id: the card and the form say them."""
        self._provider_names = dict(names)
        entry = self.current_entry()
        if entry and entry.get("customer"):
            self.customer_card.setText(self._card_text(entry))
        if self.form.isVisible() and self._order is not None:
            self.about.setText(self._about_text(self._order))

    def _provider(self, provider_id: object) -> str:
        name = self._provider_names.get(int(str(provider_id))) if provider_id else None
        return name or f"#{provider_id}"

    def _card_text(self, entry: Json) -> str:
        customer = entry.get("customer") or {}
        parts = [
            str(customer.get("name") or ""),
            str(customer.get("phone") or ""),
            district_name(str(customer.get("district") or "")),
            str(customer.get("address") or ""),
        ]
        text = "  ·  ".join(p for p in parts if p)
        if customer.get("vip"):
            text += "  ·  " + self.tr("VIP")
        blocked = entry.get("blocked_providers") or []
        if blocked:
            text += "\n" + self.tr("Never send: %1").replace(
                "%1", ", ".join(self._provider(b.get("provider_id")) for b in blocked)
            )
        return text

    def _about_text(self, order: Json) -> str:
        start = parse_time(order.get("scheduled_start"))
        parts = [
            self.tr("Order %1").replace("%1", str(order.get("code") or "")),
            category_name(str(order.get("category") or "")),
            clock_text(start, self._clock()) if start else "",
        ]
        if order.get("provider_id"):
            parts.append(
                self.tr("provider %1").replace("%1", self._provider(order.get("provider_id")))
            )
        return "  ·  ".join(p for p in parts if p)

    def show_lookup(self, result: Json | None) -> None:
        """The lookup answer (``{"phone", "customers": [...], "count"}``), or None to clear.

        A fresh answer for the number already shown (the feed changed a ticket, the minute
        tick) updates the lists in place: the chosen customer, the current order and the
        keyboard focus stay where the agent left them, mid-sentence.
        """
        customers = list((result or {}).get("customers") or [])
        same_call = bool(customers) and _ids(customers) == _ids(self._customers)
        chosen = self._chosen_customer_id() if same_call else None
        current_order = self._current_order_id() if same_call else None
        self._customers = customers
        self.customer_choice.blockSignals(True)
        self.customer_choice.clear()
        for entry in self._customers:
            customer = entry.get("customer") or {}
            self.customer_choice.addItem(
                f"{customer.get('name', '')}  {customer.get('code', '')}", customer.get("id")
            )
        if chosen is not None and (index := self.customer_choice.findData(chosen)) >= 0:
            self.customer_choice.setCurrentIndex(index)
        self.customer_choice.blockSignals(False)
        self.customer_choice.setVisible(len(self._customers) > 1)
        if result is None:
            self.state.setText(self.tr("Type the caller's number to see who is calling."))
        elif not self._customers:
            self.state.setText(
                self.tr("No customer has the number %1.").replace(
                    "%1", str(result.get("phone", ""))
                )
            )
        else:
            self.state.setText("")
        self.state.setVisible(bool(self.state.text()))
        self._show_customer()
        if same_call:
            self._select_order(current_order)
            return
        first = self.orders.topLevelItem(0)
        if self._customers and first is not None:
            # Enter again starts a complaint about the latest order: the caller is waiting.
            self.orders.setCurrentItem(first)
            self.orders.setFocus(Qt.FocusReason.OtherFocusReason)

    def _chosen_customer_id(self) -> object:
        return self.customer_choice.currentData()

    def _current_order_id(self) -> object:
        item = self.orders.currentItem()
        return item.data(0, ID_ROLE) if item is not None else None

    def _select_order(self, order_id: object) -> None:
        if order_id is None:
            return
        for i in range(self.orders.topLevelItemCount()):
            item = self.orders.topLevelItem(i)
            if item is not None and item.data(0, ID_ROLE) == order_id:
                self.orders.setCurrentItem(item)  # no setFocus: the agent may be typing
                return

    def current_entry(self) -> Json | None:
        if not self._customers:
            return None
        index = max(0, self.customer_choice.currentIndex())
        return self._customers[index] if index < len(self._customers) else None

    def refresh(self) -> None:
        """Move the countdowns on (the page's clock tick)."""
        self._fill_tickets(self.current_entry())
        if self.form.isVisible():
            self._show_deadlines()

    def _show_customer(self, *_: object) -> None:
        entry = self.current_entry()
        customer = (entry or {}).get("customer") or {}
        if customer:
            self.customer_card.setText(self._card_text(entry or {}))
        self.customer_card.setVisible(bool(customer))
        self.new_button.setEnabled(bool(customer) and self._can_file)
        self.orders.clear()
        now = self._clock()
        for order in (entry or {}).get("recent_orders") or []:
            start = parse_time(order.get("scheduled_start"))
            item = QTreeWidgetItem(
                [
                    str(order.get("code") or ""),
                    clock_text(start, now) if start else "",
                    category_name(str(order.get("category") or "")),
                    status_name(str(order.get("status") or "")),
                ]
            )
            item.setData(0, ID_ROLE, order.get("id"))
            self.orders.addTopLevelItem(item)
        self._fill_tickets(entry)
        if self.form.isVisible() and self._order is not None:
            still = any(o.get("id") == self._order.get("id") for o in self._orders(entry))
            if not still:
                self.discard()

    def _orders(self, entry: Json | None) -> list[Json]:
        return list((entry or {}).get("recent_orders") or [])

    def _fill_tickets(self, entry: Json | None) -> None:
        selected = self.tickets.currentItem()
        chosen = selected.data(0, ID_ROLE) if selected else None
        self.tickets.clear()
        now = self._clock()
        for ticket in (entry or {}).get("open_complaints") or []:
            due = parse_time(ticket.get("next_deadline"))
            item = QTreeWidgetItem(
                [
                    str(ticket.get("code") or ""),
                    severity_label(ticket.get("severity")),
                    status_label(ticket.get("status")),
                    countdown_text(due, now) if due else "—",
                ]
            )
            item.setData(0, ID_ROLE, ticket.get("id"))
            item.setToolTip(0, str(ticket.get("summary") or ""))
            self.tickets.addTopLevelItem(item)
            if ticket.get("id") == chosen:
                self.tickets.setCurrentItem(item)

    def _open_ticket(self) -> None:
        item = self.tickets.currentItem()
        if item is not None and item.data(0, ID_ROLE) is not None:
            self.ticket_chosen.emit(int(item.data(0, ID_ROLE)))

    # ---- starting and filing --------------------------------------------------------------

    def start_from_selection(self) -> None:
        """Ctrl+N / Enter on an order: a complaint about the selected order (or the caller)."""
        entry = self.current_entry()
        if entry is None or not self._can_file:
            return
        item = self.orders.currentItem()
        order_id = item.data(0, ID_ROLE) if item is not None else None
        order = next((o for o in self._orders(entry) if o.get("id") == order_id), None)
        self.start(order)

    def start(self, order: Json | None) -> None:
        """Open the form about ``order`` (None: about the caller, no order)."""
        entry = self.current_entry()
        customer = (entry or {}).get("customer") or {}
        self._order = order
        if order is not None:
            self.about.setText(self._about_text(order))
        else:
            self.about.setText(
                self.tr("%1, no particular order").replace("%1", str(customer.get("name") or ""))
            )
        self.category.setCurrentIndex(0)
        self._severity_touched = False
        self.summary.clear()
        self.form.show()
        self._show_deadlines()
        self._update_submit()
        self.category.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def discard(self) -> None:
        self._order = None
        self.form.hide()

    def body(self) -> dict[str, Any] | None:
        """The POST /complaints body the form describes (None: not complete)."""
        entry = self.current_entry()
        customer = (entry or {}).get("customer") or {}
        category = str(self.category.currentData() or "")
        summary = self.summary.toPlainText().strip()[:SUMMARY_LIMIT]
        if not customer.get("id") or not category or not summary:
            return None
        body: dict[str, Any] = {
            "category": category,
            "severity": str(self.severity.currentData()),
            "summary": summary,
            "customer_id": int(customer["id"]),
        }
        if self._order is not None:
            body["order_id"] = int(self._order["id"])
        return body

    def file(self) -> None:
        body = self.body()
        if body is None or not self.form.isVisible():
            return
        customer = (self.current_entry() or {}).get("customer") or {}
        self.intake_requested.emit(body, str(customer.get("name") or customer.get("code") or ""))
        self.discard()
        self.state.setText(self.tr("Filed. The ticket opens as soon as the server confirms it."))
        self.state.show()

    # ---- the pickers ----------------------------------------------------------------------

    def _category_changed(self, *_: object) -> None:
        code = str(self.category.currentData() or "")
        suggested = SUGGESTED_SEVERITY.get(ComplaintCategory(code)) if code else None
        if suggested is not None and not self._severity_touched:
            self._suggesting = True
            self.severity.setCurrentIndex(self.severity.findData(suggested.value))
            self._suggesting = False
        self.suggestion.setText(
            self.tr("suggested for %1: %2")
            .replace("%1", category_label(code))
            .replace("%2", severity_label(suggested))
            if suggested is not None
            else ""
        )
        self._show_deadlines()
        self._update_submit()

    def _severity_changed(self, *_: object) -> None:
        if not self._suggesting:
            self._severity_touched = True
        self._show_deadlines()

    def _show_deadlines(self) -> None:
        severity = Severity(str(self.severity.currentData()))
        now = self._clock()
        due = deadlines(severity, now)
        clocks = SLA_CLOCKS[severity]
        self.deadlines.setText(
            self.tr("First response by %1 (%2) · resolved by %3 (%4) · callback within %5 of it")
            .replace("%1", clock_text(due.first_response, now))
            .replace("%2", _span(clocks.first_response))
            .replace("%3", clock_text(due.resolution, now))
            .replace("%4", _span(clocks.resolution))
            .replace("%5", _span(clocks.callback))
        )
        critical = severity is Severity.CRITICAL
        self.deadlines.setProperty("critical", critical)
        self.deadlines.style().unpolish(self.deadlines)
        self.deadlines.style().polish(self.deadlines)

    def _update_submit(self, *_: object) -> None:
        self.submit.setEnabled(self._can_file and self.body() is not None)
