"""新建订单 — a phone booking: find the caller by number, choose the service and the time.

The caller is looked up on the server (numbers are masked in the cache; a lookup is audited);
everything else is checked here against the catalogue and the clock (``app.rules.booking``)
as the dispatcher types, so the Create button says what is missing instead of the server
refusing later. The booking goes through the Outbox like every other command.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.client.customers import Caller, find_by_phone
from app.client.orders import OrderDraft
from app.models.enums import ServiceCategory
from app.rules.booking import booking_problems
from app.rules.catalog import CATEGORIES
from app.rules.districts import DISTRICTS
from app.views.error_text import describe_error
from app.views.i18n import category_name, district_name, pick
from app.views.timefmt import BEIJING, utc_now

if TYPE_CHECKING:
    from app.views.background import Backend

CALLER_ROLE = int(Qt.ItemDataRole.UserRole)
BEIJING_ZONE = QTimeZone(8 * 3600)
SLOT_MINUTES = 30
MIN_DIGITS = 7  # a lookup matches the whole number only (a Beijing landline has 8 digits)


def next_slot(now: datetime, lead: timedelta = timedelta(hours=3)) -> datetime:
    """The first half-hour slot at least ``lead`` away (the usual earliest a provider can come)."""
    moment = (now + lead).astimezone(BEIJING).replace(second=0, microsecond=0)
    extra = (-moment.minute) % SLOT_MINUTES
    return (moment + timedelta(minutes=extra)).astimezone(UTC)


class OrderIntakeDialog(QDialog):
    """Fill in a booking; ``draft()`` is the order to send once accepted."""

    def __init__(
        self,
        data: Backend | None,
        *,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._data = data
        self._clock = clock
        self.setWindowTitle(self.tr("New order"))
        self.setMinimumWidth(520)

        self.phone = QLineEdit()
        self.phone.setPlaceholderText(self.tr("Caller's number"))
        self.phone.setClearButtonEnabled(True)
        self.find_button = QPushButton(self.tr("Find"))
        self.callers = QListWidget()
        self.callers.setMaximumHeight(96)
        self.lookup_note = QLabel(self.tr("Find the caller by their phone number first."))
        self.lookup_note.setObjectName("noteLabel")
        self.lookup_note.setWordWrap(True)

        self.category = QComboBox()
        for info in CATEGORIES.values():
            self.category.addItem(category_name(info.code.value), info.code.value)
        self.start = QDateTimeEdit()
        self.start.setTimeZone(BEIJING_ZONE)
        self.start.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.start.setCalendarPopup(True)
        self.duration = QSpinBox()
        self.duration.setSingleStep(SLOT_MINUTES)
        self.duration.setRange(SLOT_MINUTES, 24 * 60)
        self.duration.setSuffix(self.tr(" min"))
        self.price = QSpinBox()
        self.price.setRange(0, 100_000)
        self.price.setSingleStep(10)
        self.price.setPrefix("¥")
        self.premium = QCheckBox(self.tr("Premium service"))
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("Empty: the customer's address"))
        self.address.setMaxLength(255)
        self.district = QComboBox()
        self.district.addItem(self.tr("The customer's district"), "")
        for d in DISTRICTS:
            self.district.addItem(district_name(d.code), d.code)
        self.note = QLineEdit()
        self.note.setMaxLength(500)
        self.note.setPlaceholderText(self.tr("For the provider, e.g. bring a ladder"))

        self.problems = QLabel()
        self.problems.setObjectName("errorLabel")
        self.problems.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.create_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.create_button.setText(self.tr("Create order"))
        # Enter belongs to the field it is typed in (Enter in the number field finds the
        # caller); no button fires on Enter, so a half-checked booking is never created by it.
        for button in (self.create_button, self.find_button):
            button.setAutoDefault(False)
            button.setDefault(False)
        self._looking_up = False

        find_row = QHBoxLayout()
        find_row.addWidget(self.phone, 1)
        find_row.addWidget(self.find_button)
        form = QFormLayout()
        form.addRow(self.tr("Caller"), find_row)
        form.addRow("", self.callers)
        form.addRow("", self.lookup_note)
        form.addRow(self.tr("Service"), self.category)
        form.addRow(self.tr("Appointment"), self.start)
        form.addRow(self.tr("Length"), self.duration)
        form.addRow(self.tr("Price"), self.price)
        form.addRow("", self.premium)
        form.addRow(self.tr("Address"), self.address)
        form.addRow(self.tr("District"), self.district)
        form.addRow(self.tr("Note"), self.note)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problems)
        layout.addWidget(self.buttons)

        self.find_button.clicked.connect(self.look_up)
        self.phone.returnPressed.connect(self.look_up)
        self.phone.textEdited.connect(self._number_edited)
        self.category.currentIndexChanged.connect(self._category_changed)
        for signal in (
            self.callers.currentRowChanged,
            self.start.dateTimeChanged,
            self.duration.valueChanged,
            self.price.valueChanged,
        ):
            signal.connect(self._check)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        if data is None or not data.has_server:
            self.find_button.setEnabled(False)
            self.lookup_note.setText(self.tr("Finding a caller needs a connection to the server."))
        self.set_start(next_slot(clock()))
        self._category_changed()

    # ---- what the dialog holds ----------------------------------------------------------

    def caller(self) -> Caller | None:
        item = self.callers.currentItem()
        found = item.data(CALLER_ROLE) if item is not None else None
        return found if isinstance(found, Caller) else None

    def chosen_category(self) -> ServiceCategory:
        return ServiceCategory(str(self.category.currentData()))

    def set_start(self, moment: datetime) -> None:
        local = moment.astimezone(BEIJING)
        self.start.setDateTime(
            QDateTime(QDate(local.year, local.month, local.day),
                      QTime(local.hour, local.minute), BEIJING_ZONE)
        )  # fmt: skip

    def start_time(self) -> datetime:
        return datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch(), UTC)

    def draft(self) -> OrderDraft | None:
        """The booking, or None while something is missing (``problems`` says what)."""
        caller = self.caller()
        if caller is None or self._problems():
            return None
        return OrderDraft(
            customer_id=caller.id,
            category=self.chosen_category(),
            start=self.start_time(),
            duration_minutes=self.duration.value(),
            price_cents=self.price.value() * 100,
            premium=self.premium.isChecked(),
            note=self.note.text(),
            address=self.address.text(),
            district=str(self.district.currentData() or ""),
        )

    # ---- the caller ---------------------------------------------------------------------

    def look_up(self) -> None:
        phone = "".join(ch for ch in self.phone.text() if ch.isdigit() or ch == "+")
        data = self._data
        if data is None or not data.has_server:
            return
        if len(phone) < MIN_DIGITS:
            self.lookup_note.setText(
                self.tr("Type the caller's whole number: only the exact number is found.")
            )
            return
        # The caller found for the previous number must not be booked for this one.
        self._looking_up = True
        self.callers.clear()
        self._check()
        self.find_button.setEnabled(False)
        self.lookup_note.setText(self.tr("Looking up the caller…"))
        data.server(
            lambda api: find_by_phone(api, phone),
            self._found,
            self._lookup_failed,
            owner=self,
            key="caller",
        )

    def _number_edited(self) -> None:
        """A caller found for the number as it was is not the caller of the number as it is."""
        if self.callers.count():
            self.callers.clear()
            self.lookup_note.setText(self.tr("The number changed: find the caller again (Enter)."))
            self._check()

    def _found(self, callers: object) -> None:
        self._looking_up = False
        self.find_button.setEnabled(True)
        self.callers.clear()
        found = [c for c in callers if isinstance(c, Caller)] if isinstance(callers, list) else []
        for caller in found:
            text = " · ".join(
                part
                for part in (
                    caller.name,
                    caller.phone,
                    district_name(caller.district) if caller.district else "",
                    caller.address,
                    self.tr("%1 recent orders").replace("%1", str(caller.recent_orders)),
                )
                if part
            )
            item = QListWidgetItem(text)
            item.setData(CALLER_ROLE, caller)
            self.callers.addItem(item)
        if found:
            self.callers.setCurrentRow(0)
            self.lookup_note.setText(
                self.tr("Confirm the name and address with the caller.")
                if len(found) == 1
                else self.tr("%1 customers share this number: pick the caller.").replace(
                    "%1", str(len(found))
                )
            )
        else:
            self.lookup_note.setText(
                self.tr(
                    "No customer has this number. Check it with the caller; new customers "
                    "register in the customer app first."
                )
            )
        self._check()

    def _lookup_failed(self, error: Exception) -> None:
        self._looking_up = False
        self.find_button.setEnabled(True)
        self.lookup_note.setText(
            self.tr("Could not look up the caller: %1").replace("%1", describe_error(error))
        )
        self._check()

    # ---- checks ------------------------------------------------------------------------

    def _category_changed(self) -> None:
        info = CATEGORIES[self.chosen_category()]
        self.duration.setValue(info.duration_min)
        self.price.setValue(info.price_min_cny)
        self.duration.setToolTip(
            self.tr("Usually %1–%2 min")
            .replace("%1", str(info.duration_min))
            .replace("%2", str(info.duration_max))
        )
        self.price.setToolTip(
            self.tr("¥%1–%2 in the catalogue")
            .replace("%1", str(info.price_min_cny))
            .replace("%2", str(info.price_max_cny))
        )
        self._check()

    def _problems(self) -> list[str]:
        reasons = booking_problems(
            self.chosen_category(),
            self.start_time(),
            self.duration.value(),
            self.price.value() * 100,
            self._clock(),
        )
        return [pick(r.zh, r.en) for r in reasons]

    def _check(self, *_: object) -> None:
        problems = self._problems()
        if self._looking_up:
            problems.insert(0, self.tr("Wait for the caller lookup to finish."))
        elif self.caller() is None:
            problems.insert(0, self.tr("Find and pick the caller."))
        # The box keeps its place (the buttons below never move); only its look changes.
        self.problems.setObjectName("errorLabel" if problems else "noteLabel")
        self.problems.style().unpolish(self.problems)
        self.problems.style().polish(self.problems)
        self.problems.setText(
            "\n".join(problems)
            if problems
            else self.tr("Ready: the order will be queued and sent.")
        )
        self.create_button.setEnabled(not problems)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            event.accept()  # the focused field had it first (the number field looks up)
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.accept()  # Ctrl+Enter: create, after the same checks as the button
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        """Check again on the way out: the appointment may have slipped into the past while
        the dialog stood open."""
        self._check()
        if not self.create_button.isEnabled():
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, data: Backend | None, clock: Callable[[], datetime]
    ) -> OrderDraft | None:
        dialog = cls(data, clock=clock, parent=parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.draft()
