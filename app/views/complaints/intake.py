"""Hotline intake (热线受理), built for a caller on the line.

Type the number and press Enter: the caller (masked), their recent orders and open tickets.
Enter on an order (or Ctrl+N) starts a complaint prefilled from it; the category suggests a
severity, and the deadlines that severity sets (``app.rules.sla.deadlines``) show as the agent
picks. Ctrl+Enter files it. The panel only emits what the agent asked for; the page reads
from the server (``app.client.customers.LookupAnswer``) and queues the command. The form
itself is ``intake_form.ComplaintForm``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.customers import CallerOrder, CustomerMatch, LookupAnswer
from app.views.complaints.actions import with_keys
from app.views.complaints.intake_form import ComplaintForm
from app.views.complaints.intake_parts import EnterFilter as _EnterFilter
from app.views.complaints.intake_parts import customer_ids as _ids
from app.views.complaints.intake_parts import tree as _tree
from app.views.complaints.labels import countdown_text, severity_label, status_label
from app.views.i18n import category_name, district_name
from app.views.labels import status_name
from app.views.timefmt import clock_text, utc_now

ID_ROLE = int(Qt.ItemDataRole.UserRole)


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
        self._customers: list[CustomerMatch] = []
        self._provider_names: dict[int, str] = {}  # for the form's "about" line
        self._order: CallerOrder | None = None

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

        self.form = ComplaintForm(clock, self._subject, can_file=can_file)
        self.form.file_requested.connect(self.file)
        self.form.cancel.clicked.connect(self.discard)
        # The form's fields, as the panel's (the page and its tests reach them here).
        self.about = self.form.about
        self.category = self.form.category
        self.severity = self.form.severity
        self.deadlines = self.form.deadlines
        self.summary = self.form.summary
        self.submit = self.form.submit

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
        return sorted({i for entry in self._customers for i in entry.provider_ids()})

    def set_provider_names(self, names: dict[int, str]) -> None:
        """Names for the providers the lookup named by id: the card and the form say them."""
        self._provider_names = dict(names)
        entry = self.current_entry()
        if entry and entry.customer:
            self.customer_card.setText(self._card_text(entry))
        if self.form.isVisible() and self._order is not None:
            self.about.setText(self._about_text(self._order))

    def _provider(self, provider_id: int | None) -> str:
        name = self._provider_names.get(provider_id) if provider_id else None
        return name or f"#{provider_id}"

    def _card_text(self, entry: CustomerMatch) -> str:
        customer = entry.customer
        if customer is None:
            return ""
        parts = [
            customer.name,
            customer.phone,
            district_name(customer.district),
            customer.address,
        ]
        text = "  ·  ".join(p for p in parts if p)
        if customer.vip:
            text += "  ·  " + self.tr("VIP")
        blocked = entry.blocked_provider_ids
        if blocked:
            text += "\n" + self.tr("Never send: %1").replace(
                "%1", ", ".join(self._provider(b) for b in blocked)
            )
        return text

    def _about_text(self, order: CallerOrder) -> str:
        start = order.scheduled_start
        parts = [
            self.tr("Order %1").replace("%1", order.code),
            category_name(order.category),
            clock_text(start, self._clock()) if start else "",
        ]
        if order.provider_id:
            parts.append(self.tr("provider %1").replace("%1", self._provider(order.provider_id)))
        return "  ·  ".join(p for p in parts if p)

    def show_lookup(self, result: LookupAnswer | None) -> None:
        """The lookup answer, or None to clear.

        A fresh answer for the number already shown (the feed changed a ticket, the minute
        tick) updates the lists in place: the chosen customer, the current order and the
        keyboard focus stay where the agent left them, mid-sentence.
        """
        customers = list(result.customers) if result is not None else []
        same_call = bool(customers) and _ids(customers) == _ids(self._customers)
        chosen = self._chosen_customer_id() if same_call else None
        current_order = self._current_order_id() if same_call else None
        self._customers = customers
        self.customer_choice.blockSignals(True)
        self.customer_choice.clear()
        for entry in self._customers:
            customer = entry.customer
            self.customer_choice.addItem(
                f"{customer.name}  {customer.code}" if customer else "  ",
                customer.id if customer else None,
            )
        if chosen is not None and (index := self.customer_choice.findData(chosen)) >= 0:
            self.customer_choice.setCurrentIndex(index)
        self.customer_choice.blockSignals(False)
        self.customer_choice.setVisible(len(self._customers) > 1)
        if result is None:
            self.state.setText(self.tr("Type the caller's number to see who is calling."))
        elif not self._customers:
            self.state.setText(
                self.tr("No customer has the number %1.").replace("%1", result.phone)
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

    def current_entry(self) -> CustomerMatch | None:
        if not self._customers:
            return None
        index = max(0, self.customer_choice.currentIndex())
        return self._customers[index] if index < len(self._customers) else None

    def refresh(self) -> None:
        """Move the countdowns on (the page's clock tick)."""
        self._fill_tickets(self.current_entry())
        if self.form.isVisible():
            self.form.show_deadlines()

    def _show_customer(self, *_: object) -> None:
        entry = self.current_entry()
        customer = entry.customer if entry else None
        if entry and customer:
            self.customer_card.setText(self._card_text(entry))
        self.customer_card.setVisible(customer is not None)
        self.new_button.setEnabled(customer is not None and self._can_file)
        self.orders.clear()
        now = self._clock()
        for order in self._orders(entry):
            start = order.scheduled_start
            item = QTreeWidgetItem(
                [
                    order.code,
                    clock_text(start, now) if start else "",
                    category_name(order.category),
                    status_name(order.status),
                ]
            )
            item.setData(0, ID_ROLE, order.id)
            self.orders.addTopLevelItem(item)
        self._fill_tickets(entry)
        if self.form.isVisible() and self._order is not None:
            still = any(o.id == self._order.id for o in self._orders(entry))
            if not still:
                self.discard()

    def _orders(self, entry: CustomerMatch | None) -> tuple[CallerOrder, ...]:
        return entry.recent_orders if entry else ()

    def _fill_tickets(self, entry: CustomerMatch | None) -> None:
        selected = self.tickets.currentItem()
        chosen = selected.data(0, ID_ROLE) if selected else None
        self.tickets.clear()
        now = self._clock()
        for ticket in entry.open_complaints if entry else ():
            due = ticket.next_deadline
            item = QTreeWidgetItem(
                [
                    ticket.code,
                    severity_label(ticket.severity),
                    status_label(ticket.status),
                    countdown_text(due, now) if due else "—",
                ]
            )
            item.setData(0, ID_ROLE, ticket.id)
            item.setToolTip(0, ticket.summary)
            self.tickets.addTopLevelItem(item)
            if ticket.id == chosen:
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
        order = next((o for o in self._orders(entry) if o.id == order_id), None)
        self.start(order)

    def start(self, order: CallerOrder | None) -> None:
        """Open the form about ``order`` (None: about the caller, no order)."""
        entry = self.current_entry()
        customer = entry.customer if entry else None
        self._order = order
        if order is not None:
            about = self._about_text(order)
        else:
            name = customer.name if customer else ""
            about = self.tr("%1, no particular order").replace("%1", name)
        self.form.open(about)

    def discard(self) -> None:
        self._order = None
        self.form.hide()

    def _subject(self) -> tuple[int | None, int | None]:
        """Who and what a complaint filed now is about: the chosen caller and order."""
        entry = self.current_entry()
        customer = entry.customer if entry else None
        order_id = self._order.id if self._order is not None else None
        return (customer.id if customer else None), order_id

    def body(self) -> dict[str, Any] | None:
        """The POST /complaints body the form describes (None: not complete)."""
        return self.form.body()

    def file(self) -> None:
        body = self.body()
        if body is None or not self.form.isVisible():
            return
        entry = self.current_entry()
        customer = entry.customer if entry else None
        who = (customer.name or customer.code) if customer else ""
        self.intake_requested.emit(body, who)
        self.discard()
        self.state.setText(self.tr("Filed. The ticket opens as soon as the server confirms it."))
        self.state.show()
