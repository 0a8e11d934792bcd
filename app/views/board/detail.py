"""The order detail panel beside the board: facts, actions and the timeline."""

from __future__ import annotations

import html
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.models.enums import OrderStatus
from app.rules.orders import DeadlineState, dispatch_deadline_state
from app.views.board.cert_status import CertificateStatusLabel
from app.views.i18n import category_name, district_name
from app.views.labels import STATUS_COLOR, action_name, status_name
from app.views.timefmt import (
    HOUR_MINUTE,
    SHORT,
    clock_text,
    full_text,
    remaining_text,
    wall_clock,
)
from app.views.training.status import TrainingStatusLabel

if TYPE_CHECKING:
    from app.client.board import BoardRow, OrderEvent
    from app.views.background import Backend


class OrderDetailPanel(QFrame):
    """Shows one BoardRow; the page owns the actions and the data.

    Signals:
        provider_requested(int): the provider's name was clicked (open their scorecard).
    """

    provider_requested = Signal(int)

    def __init__(
        self, actions: list[QAction], parent: QWidget | None = None, data: Backend | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPanel")
        self.setMinimumWidth(300)
        self.code = QLabel()
        self.code.setObjectName("detailCode")
        self.status = QLabel()
        self.status.setObjectName("statusPill")
        head = QHBoxLayout()
        head.addWidget(self.code)
        head.addStretch(1)
        head.addWidget(self.status)

        self._fields: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        for key, title in (
            ("category", self.tr("Service")),
            ("district", self.tr("District")),
            ("address", self.tr("Address")),
            ("customer", self.tr("Customer")),
            ("provider", self.tr("Provider")),
            ("slot", self.tr("Scheduled")),
            ("dispatch_by", self.tr("Dispatch by")),
            ("price", self.tr("Price")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setObjectName("detailValue")
            caption = QLabel(title)
            caption.setObjectName("detailCaption")
            form.addRow(caption, value)
            self._fields[key] = value
        provider = self._fields["provider"]
        provider.setTextFormat(Qt.TextFormat.RichText)
        provider.setToolTip(self.tr("Open the provider's scorecard"))
        provider.linkActivated.connect(lambda link: self.provider_requested.emit(int(link)))
        # The assigned provider's training for this service (read from the cache).
        self.training = TrainingStatusLabel(data)
        self._form = form
        form.addRow(self._caption(self.tr("Training")), self.training)
        # ... and their certificates for this order (why they block it, if they do).
        self.certificates = CertificateStatusLabel(data)
        form.addRow(self._caption(self.tr("Certificates")), self.certificates)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.buttons: list[QToolButton] = []
        for action in actions:
            button = QToolButton()
            button.setObjectName("actionButton")
            button.setDefaultAction(action)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)

        timeline_title = QLabel(self.tr("Timeline"))
        timeline_title.setObjectName("sectionTitle")
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("timeline")
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        self.timeline.setHeaderLabels(
            [self.tr("Time"), self.tr("Event"), self.tr("Who"), self.tr("Note")]
        )
        self.timeline.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.timeline.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(0, 92)
        header.resizeSection(1, 96)
        header.resizeSection(2, 84)
        header.setStretchLastSection(True)

        self.placeholder = QLabel(self.tr("Select an order to see its details."))
        self.placeholder.setObjectName("noteLabel")
        self.placeholder.setWordWrap(True)

        self._body = QWidget()
        body = QVBoxLayout(self._body)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(10)
        body.addLayout(head)
        body.addLayout(form)
        body.addLayout(buttons)
        body.addWidget(timeline_title)
        body.addWidget(self.timeline, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.addWidget(self.placeholder)
        layout.addWidget(self._body, 1)
        self._order_id: int | None = None
        self.show_order(None, datetime.now().astimezone())

    def order_id(self) -> int | None:
        return self._order_id

    def show_order(self, row: BoardRow | None, now: datetime) -> None:
        if row is None:
            if self._order_id is not None:
                self.timeline.clear()
            self._order_id = None
            self._body.hide()
            self.placeholder.show()
            return
        if row.id != self._order_id:
            self.timeline.clear()
        self._order_id = row.id
        self.placeholder.hide()
        self._body.show()
        self.code.setText(row.code + ("  ★" if row.premium else ""))
        self.code.setToolTip(self.tr("Premium order") if row.premium else "")
        self.status.setText(status_name(row.status))
        self.status.setStyleSheet(f"color: {STATUS_COLOR.get(row.status, '#475467')};")
        f = self._fields
        f["category"].setText(category_name(row.category))
        f["district"].setText(district_name(row.district))
        f["address"].setText(row.address)
        f["customer"].setText(row.customer_name)
        f["provider"].setText(
            f'<a href="{int(row.provider_id)}">{html.escape(row.provider_name)}</a>'
            if row.provider_id
            else html.escape(self.tr("Unassigned"))
        )
        self.training.show_provider(row.provider_id, row.category, now)
        self._form.setRowVisible(self.training, bool(row.provider_id))
        self.certificates.show_provider(row.provider_id, row.category, row.scheduled_end)
        self._form.setRowVisible(self.certificates, bool(row.provider_id))
        end = wall_clock(row.scheduled_end, HOUR_MINUTE)
        f["slot"].setText(f"{clock_text(row.scheduled_start, now)} – {end}")
        self._show_deadline(row, now)
        f["price"].setText(f"¥{row.price_cents / 100:,.2f}")

    def _caption(self, title: str) -> QLabel:
        caption = QLabel(title)
        caption.setObjectName("detailCaption")
        return caption

    def _show_deadline(self, row: BoardRow, now: datetime) -> None:
        label = self._fields["dispatch_by"]
        text = clock_text(row.dispatch_by, now)
        try:
            state = dispatch_deadline_state(OrderStatus(row.status), row.dispatch_by, now)
        except ValueError:
            state = DeadlineState.NONE
        if state is not DeadlineState.NONE:
            text = f"{text}  ({remaining_text(row.dispatch_by, now)})"
        label.setText(text)
        label.setProperty("deadline", state.value)
        label.style().unpolish(label)
        label.style().polish(label)

    def show_events(self, order_id: int, events: list[OrderEvent]) -> None:
        if order_id != self._order_id:
            return
        self.timeline.clear()
        items = []
        for event in reversed(events):  # newest first: what just happened is what matters
            stamp = event.at
            when = wall_clock(stamp, SHORT) if stamp else ""
            what = action_name(event.action)
            note = event.note
            who = event.actor_name or self.tr("System")
            item = QTreeWidgetItem([when, what, who, note])
            before, after = event.from_status, event.to_status
            detail = f"{status_name(before)} → {status_name(after)}" if before and after else ""
            if stamp:
                item.setToolTip(0, full_text(stamp))
            item.setToolTip(1, f"{what}  {detail}".strip())
            item.setToolTip(2, who)
            item.setToolTip(3, note)
            items.append(item)
        self.timeline.addTopLevelItems(items)
