"""Shift handover (交接班): the open tickets by agent, a note for the next shift, printable.

The tickets are the team queue's items exactly as GET /complaints lists them, in its urgency
order, which is the order the next shift should work down. ``shift()`` is the input of
``app.reports.handover.build_handover``; the page prints it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.complaints import TicketRow, handover_item
from app.views.complaints.actions import with_keys
from app.views.complaints.labels import OVERDUE_BG, countdown_text, severity_label, status_label
from app.views.timefmt import DAY, beijing, utc_now, wall_clock

DAY_SHIFT_START, NIGHT_SHIFT_START = 8, 20  # Beijing hours
PRINT_KEYS = ("Ctrl+Shift+P",)
ID_ROLE = int(Qt.ItemDataRole.UserRole)
AGENT_ROLE = int(Qt.ItemDataRole.UserRole) + 1


class HandoverPanel(QFrame):
    """Signals:
    print_requested(): the agent wants the handover as PDF (the page builds it).
    ticket_chosen(id): open a ticket from the list.
    """

    print_requested = Signal()
    ticket_chosen = Signal(int)

    def __init__(
        self, clock: Callable[[], datetime] = utc_now, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("handoverPanel")
        self._clock = clock
        self._items: list[TicketRow] = []
        self._people: dict[int, str] = {}

        self.shift_label = QLineEdit(self.default_label())
        self.shift_label.setObjectName("shiftLabel")
        self._label_suggested = self.shift_label.text()
        self.tree = QTreeWidget()
        self.tree.setObjectName("handoverTree")
        self.tree.setHeaderLabels(
            [self.tr("Ticket"), self.tr("Severity"), self.tr("Status"), self.tr("Next deadline"),
             self.tr("Summary")]
        )  # fmt: skip
        self.tree.setUniformRowHeights(True)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((170, 72, 84, 120)):
            header.resizeSection(col, width)
        self.tree.itemDoubleClicked.connect(self._chosen)
        self.count = QLabel()
        self.count.setObjectName("noteLabel")
        self.note = QPlainTextEdit()
        self.note.setObjectName("handoverNote")
        self.note.setPlaceholderText(
            self.tr("For the next shift: callbacks promised, customers to watch, pending decisions")
        )
        self.note.setFixedHeight(90)
        self.print_button = QPushButton(self.tr("Print handover PDF…"))
        self.print_button.setObjectName("printHandover")
        self.print_button.setShortcut(PRINT_KEYS[0])
        self.print_button.setToolTip(
            with_keys(self.tr("Save the handover as PDF and open it"), PRINT_KEYS)
        )
        self.print_button.clicked.connect(self.print_requested)

        top = QHBoxLayout()
        caption = QLabel(self.tr("Shift"))
        caption.setObjectName("detailCaption")
        top.addWidget(caption)
        top.addWidget(self.shift_label, 1)
        note_title = QLabel(self.tr("Handover note"))
        note_title.setObjectName("sectionTitle")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.print_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(note_title)
        layout.addWidget(self.note)
        layout.addLayout(bottom)

    def default_label(self) -> str:
        local = beijing(self._clock())
        if DAY_SHIFT_START <= local.hour < NIGHT_SHIFT_START:
            return self.tr("%1 day shift 08:00–20:00").replace("%1", wall_clock(local, DAY))
        # After midnight the night shift is the one that began the evening before.
        day = local.date() if local.hour >= NIGHT_SHIFT_START else local.date() - timedelta(days=1)
        return self.tr("%1 night shift 20:00–08:00").replace("%1", day.isoformat())

    def set_tickets(self, items: Sequence[TicketRow], people: Mapping[int, str]) -> None:
        """The team's open tickets (queue rows), grouped here by who handles them."""
        self._items = list(items)
        self._people = dict(people)
        self._fill()

    def refresh(self) -> None:
        # The shift moves on (day to night): follow it, unless the agent wrote their own label.
        if self.shift_label.text() == self._label_suggested:
            self._label_suggested = self.default_label()
            self.shift_label.setText(self._label_suggested)
        self._fill()

    def groups(self) -> list[tuple[str, list[TicketRow]]]:
        """(agent, tickets) in first-seen order; unassigned tickets last."""
        grouped: dict[int | None, list[TicketRow]] = {}
        for item in self._items:
            grouped.setdefault(item.assignee_id, []).append(item)
        named = [(self._agent_name(k), v) for k, v in grouped.items() if k is not None]
        if None in grouped:
            named.append((self._agent_name(None), grouped[None]))
        return named

    def shift(self) -> dict[str, Any]:
        """The ``build_handover`` input."""
        return {
            "shift_label": self.shift_label.text().strip(),
            "note": self.note.toPlainText().strip(),
            "agent_groups": [
                {"agent": a, "tickets": [handover_item(r) for r in t]} for a, t in self.groups()
            ],
        }

    def _agent_name(self, user_id: int | None) -> str:
        if user_id is None:
            return self.tr("Unassigned")
        return self._people.get(user_id, f"#{user_id}")

    def _fill(self) -> None:
        groups = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        collapsed = {g.data(0, AGENT_ROLE) for g in groups if g is not None and not g.isExpanded()}
        self.tree.clear()
        now = self._clock()
        overdue_total = 0
        for agent, tickets in self.groups():
            overdue = 0
            children = []
            for ticket in tickets:
                due = ticket.next_deadline
                late = ticket.overdue(now)
                overdue += late
                child = QTreeWidgetItem(
                    [
                        ticket.code,
                        severity_label(ticket.severity),
                        status_label(ticket.status),
                        countdown_text(due, now) if due else "—",
                        ticket.summary,
                    ]
                )
                child.setData(0, ID_ROLE, ticket.id)
                if late:
                    child.setForeground(3, QBrush(QColor(OVERDUE_BG)))
                children.append(child)
            overdue_total += overdue
            title = (
                self.tr("%1 — %2 open, %3 overdue")
                .replace("%1", agent)
                .replace("%2", str(len(tickets)))
                .replace("%3", str(overdue))
            )
            group = QTreeWidgetItem([title])
            group.setData(0, AGENT_ROLE, agent)
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.addChildren(children)
            self.tree.addTopLevelItem(group)
            group.setFirstColumnSpanned(True)
            group.setExpanded(agent not in collapsed)
        self.count.setText(
            self.tr("%1 open tickets, %2 overdue")
            .replace("%1", str(len(self._items)))
            .replace("%2", str(overdue_total))
        )

    def _chosen(self, item: QTreeWidgetItem, _column: int) -> None:
        ticket_id = item.data(0, ID_ROLE)
        if ticket_id is not None:
            self.ticket_chosen.emit(int(ticket_id))
