"""The open ticket's customer and their other tickets, closed ones included.

Read from the local cache (``app.client.complaints.customer_tickets``): an agent sees at a
glance whether this customer has called before and how those tickets ended. Double-click
(or Enter) opens one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.client.complaints import TicketRow
from app.views.complaints.labels import category_label, severity_label, status_label
from app.views.timefmt import wall_clock


class CustomerTicketsList(QTreeWidget):
    """Signals:
    ticket_chosen(int): the agent opened one of the listed tickets.
    """

    ticket_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerTickets")
        self.setRootIsDecorated(False)
        self.setHeaderLabels(
            [self.tr("Opened"), self.tr("Ticket"), self.tr("Severity"), self.tr("Status"),
             self.tr("Category")]
        )  # fmt: skip
        header = self.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((120, 150, 60, 90)):
            header.resizeSection(col, width)
        self.setMaximumHeight(140)
        self.itemActivated.connect(self._chosen)

    def set_tickets(self, rows: Sequence[TicketRow], current: int | None) -> None:
        """Show ``rows`` (the customer's tickets) except ``current``, the one already open."""
        self.clear()
        for row in rows:
            if row.id == current:
                continue
            opened = wall_clock(row.opened_at) if row.opened_at else ""
            item = QTreeWidgetItem(
                [opened, row.code, severity_label(row.severity), status_label(row.status),
                 category_label(row.category)]
            )  # fmt: skip
            item.setToolTip(1, row.summary)
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            self.addTopLevelItem(item)
        self.setVisible(self.topLevelItemCount() > 0)

    def _chosen(self, item: QTreeWidgetItem, _column: int) -> None:
        ticket_id = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(ticket_id, int):
            self.ticket_chosen.emit(ticket_id)
