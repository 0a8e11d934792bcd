"""What the workbench's data flow (``flow.py``) and handling (``steps.py``) use of the page.

The page builds both and hands itself over; they know it only as this ``Workbench``, so the
three modules do not import one another in a circle (tests/architecture/test_import_cycles.py).
``ComplaintsPage`` satisfies it structurally; mypy checks that where the page passes itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance
    from PySide6.QtWidgets import QTableView

    from app.client.complaints import StaffMember, TicketRow
    from app.rules.reasons import Reason
    from app.schemas.complaints import ComplaintDetail
    from app.views.background import Backend
    from app.views.complaints.detail import TicketDetailPanel
    from app.views.complaints.handover import HandoverPanel
    from app.views.complaints.intake import IntakePanel
    from app.views.complaints.notify import BreachWatch
    from app.views.complaints.queue_model import TicketQueueModel
    from app.views.complaints.reads import ComplaintReads
    from app.views.context import StaffUser
    from app.views.sync_link import SyncLink


class Workbench(Protocol):
    """The complaints page as its flow and steps see it: panels, queues, shared state."""

    # panels and queues
    reads: ComplaintReads
    intake: IntakePanel
    detail: TicketDetailPanel
    handover: HandoverPanel
    mine_model: TicketQueueModel
    team_model: TicketQueueModel
    mine_table: QTableView
    team_table: QTableView
    breaches: BreachWatch
    # what the steps and tests read
    user_id: int | None
    watches_team: bool  # breaches of every open ticket ring here (supervisors), not only mine
    people: dict[int, str]
    staff: list[StaffMember]
    team_rows: list[TicketRow]
    sent: dict[int, int]  # ticket id -> version a queued step was based on
    predicted: list[Reason] | None
    waiting_intakes: list[dict[str, Any]]

    @property
    def message(self) -> SignalInstance:
        """A short notice for the status bar."""
        ...

    def now(self) -> datetime: ...

    def current_detail(self) -> ComplaintDetail | None: ...

    def api(self) -> Backend | None: ...

    def user(self) -> StaffUser: ...

    def link(self) -> SyncLink: ...

    def open_ticket(self, ticket_id: int) -> None: ...

    def show_detail(self) -> None: ...

    def mark_sent(self, ticket_id: int, version: int, predicted: list[Reason] | None) -> None: ...

    def update_tab_titles(self) -> None: ...
