"""How the workbench learns what to show: cache reads, the feed, refused commands.

The page is layout and the clock, ``steps.py`` is the handling, and this is the data flow.
Reads of the local cache answer through ``ComplaintReads``; a ``ChangeSet`` touching what
the open ticket is made of re-reads it at once, one touching the queues' tickets re-reads
the queues once per burst; a command the server refused (conflict, failure) releases the
ticket that was waiting for it. Nothing is re-read on a timer: the countdowns and the
urgency order follow the clock from the rows already read.

The page keeps what the steps and tests read (``people``, ``sent``, ``waiting_intakes``...);
this object keeps which ticket is open and which one is being opened. Its words keep the
``ComplaintsPage`` translation context they were always translated under.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from app.client.complaints import Queues, StaffMember, TicketRow
from app.client.customers import LookupAnswer
from app.client.errors import ClientError
from app.schemas.complaints import ComplaintDetail
from app.views.complaints.queue_view import select_ticket
from app.views.error_text import describe_error

if TYPE_CHECKING:
    from app.client.outbox import OutboxCommand
    from app.client.sync import ChangeSet
    from app.views.complaints.workbench import Workbench

CHANGE_DEBOUNCE_MS = 250
# What a ticket detail is made of besides its own complaint row: a change to any of these
# may change the open ticket. Other complaints only feed its repeat flags (fixed at its
# opening) and the ladder's suggestion; they are read again with the ticket's own changes.
DETAIL_ENTITIES = (
    "complaint_note",
    "callback_attempt",
    "sanction",
    "appeal",
    "customer_block",
    "assessment",
    "training_course",
    "customer",
    "order",
    "provider",
    "user",
)
# What the queues are computed from (the clocks need notes and callbacks).
QUEUE_ENTITIES = ("complaint", "complaint_note", "callback_attempt")


class WorkbenchFlow(QObject):
    """The workbench's data flow: reads answered, feed changes, refused commands."""

    def __init__(self, page: Workbench, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.ticket: ComplaintDetail | None = None  # the open ticket, as last read
        self.wanted: int | None = None  # the ticket being opened
        self.lookup_phone = ""  # the caller looked up last
        self._known: set[int] | None = None  # ticket ids seen in the queues; None before a read
        self._primed = False
        self._change_timer = QTimer(self)
        self._change_timer.setSingleShot(True)
        self._change_timer.setInterval(CHANGE_DEBOUNCE_MS)
        self._change_timer.timeout.connect(self._refresh_lists)

    def refresh(self) -> None:
        """Read the queues (and the open ticket, and the caller) again."""
        page = self.page
        page.reads.queues(page.user_id)
        if self.ticket is not None:
            page.reads.detail(self.ticket.id)
        if self.lookup_phone:
            page.reads.lookup(self.lookup_phone)

    def _refresh_lists(self) -> None:
        """After feed changes: the queues and the caller's tickets (the open ticket is read
        at once, not here)."""
        self.page.reads.queues(self.page.user_id)
        self._read_customer_tickets()
        if self.lookup_phone:
            self.page.reads.lookup(self.lookup_phone)

    @Slot(str)
    def lookup(self, phone: str) -> None:
        self.lookup_phone = phone
        self.page.reads.lookup(phone)

    # ---- answers --------------------------------------------------------------------------

    @Slot(str, object)
    def answered(self, key: str, result: object) -> None:
        if key == "queues" and isinstance(result, Queues):
            self._show_queues(result)
        elif key.startswith("detail:"):
            ticket_id = int(key.split(":", 1)[1])
            if isinstance(result, ComplaintDetail):
                self._show_ticket(ticket_id, result)
            else:
                self._ticket_missing(ticket_id)
        elif key == "lookup" and isinstance(result, LookupAnswer):
            if result.phone == self.lookup_phone:
                self.page.intake.show_lookup(result)
                self.page.reads.provider_names(self.page.intake.provider_ids())
        elif key == "provider_names" and isinstance(result, dict):
            self.page.intake.set_provider_names(result)
        elif key == "users" and isinstance(result, list):
            self._show_users(result)
        elif key.startswith("customer:") and isinstance(result, list):
            self._show_customer_tickets(int(key.split(":", 1)[1]), result)

    @Slot(str, object)
    def failed(self, key: str, error: object) -> None:
        page = self.page
        # A failed local read is not the server's fault: say which one it was.
        text = (
            describe_error(error)
            if isinstance(error, ClientError)
            else QCoreApplication.translate(
                "ComplaintsPage",
                "Could not read this computer's copy of the data; it is read again with the "
                "next changes.",
            )
        )
        if key.startswith("detail:") and int(key.split(":", 1)[1]) == self.wanted:
            if self.ticket is None:
                page.detail.placeholder.setText(text)
        elif key == "lookup":
            page.intake.state.setText(text)
            page.intake.state.show()
        page.message.emit(text)

    def _show_users(self, staff: list[StaffMember]) -> None:
        page = self.page
        page.staff = staff
        page.people = {u.id: u.name for u in staff}
        if page.user_id is None:
            me = next((u for u in staff if u.username == page.user().username), None)
            if me is not None:
                page.user_id = me.id
                page.reads.queues(page.user_id)
        for model in (page.mine_model, page.team_model):
            model.set_people(page.people)
        page.detail.set_people(page.people)
        page.handover.set_tickets(page.team_rows, page.people)

    def _show_queues(self, queues: Queues) -> None:
        page = self.page
        mine, team = queues.mine, queues.team
        page.team_rows = list(team)
        for table, model, rows in (
            (page.mine_table, page.mine_model, mine),
            (page.team_table, page.team_model, team),
        ):
            model.set_rows(rows)
            shown = self.wanted
            if shown is not None:
                select_ticket(table, model, shown)
        page.handover.set_tickets(page.team_rows, page.people)
        page.update_tab_titles()
        # The new ticket is the agent's own, so it is in "mine" even when the team queue's
        # page is full of more urgent ones.
        self._match_intakes(list({r.id: r for r in [*mine, *team]}.values()))
        now = page.now()
        if not self._primed and page.user_id is not None:
            self._primed = True
            watched = team if page.watches_team else mine
            late = page.breaches.prime(watched, now)
            if late:
                said = (
                    QCoreApplication.translate("ComplaintsPage", "%1 open tickets are overdue.")
                    if page.watches_team
                    else QCoreApplication.translate(
                        "ComplaintsPage", "%1 of your tickets are overdue."
                    )
                )
                page.message.emit(said.replace("%1", str(len(late))))

    def _match_intakes(self, rows: list[TicketRow]) -> None:
        """Open the ticket a queued intake became, once the server has it."""
        page = self.page
        known, self._known = self._known, {r.id for r in rows}
        if known is None or not page.waiting_intakes:
            return
        for row in rows:
            if row.id in known:
                continue
            body = next(
                (
                    b
                    for b in page.waiting_intakes
                    if b.get("customer_id") == row.customer_id
                    and b.get("summary") == row.summary
                    and b.get("category") == row.category
                ),
                None,
            )
            if body is not None:
                page.waiting_intakes.remove(body)
                page.message.emit(
                    QCoreApplication.translate("ComplaintsPage", "Ticket %1 opened.").replace(
                        "%1", row.code
                    )
                )
                page.open_ticket(row.id)

    def _show_ticket(self, ticket_id: int, detail: ComplaintDetail) -> None:
        page = self.page
        current = self.ticket is not None and self.ticket.id == ticket_id
        if ticket_id != self.wanted and not current:
            return  # the agent has moved on to another ticket
        sent = page.sent.get(ticket_id)
        if sent is not None and detail.version > sent:
            del page.sent[ticket_id]
            page.predicted = None
        customer_changed = self.ticket is None or self.ticket.customer_id != detail.customer_id
        self.ticket = detail
        self.wanted = ticket_id
        page.show_detail()
        if customer_changed:
            page.detail.customer_tickets.hide()
        self._read_customer_tickets()

    # ---- the feed and the Outbox ----------------------------------------------------------

    def _read_customer_tickets(self) -> None:
        if self.ticket is not None:
            self.page.reads.customer_tickets(self.ticket.customer_id)

    def _show_customer_tickets(self, customer_id: int, rows: list[TicketRow]) -> None:
        ticket = self.ticket
        if ticket is not None and ticket.customer_id == customer_id:
            self.page.detail.customer_tickets.set_tickets(rows, ticket.id)

    def _ticket_missing(self, ticket_id: int) -> None:
        """The cache holds no such ticket (yet): say so if it is the one being opened."""
        if ticket_id == self.wanted and self.ticket is None:
            self.page.detail.placeholder.setText(
                QCoreApplication.translate("ComplaintsPage", "This ticket is not here yet.")
            )

    @Slot(object)
    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("user"):
            self.page.reads.users()
        shown = self.ticket.id if self.ticket is not None else self.wanted
        if shown is not None and (
            changes.touches(*DETAIL_ENTITIES) or shown in changes.of("complaint")
        ):
            # A local read is cheap: any change to what a detail is made of re-reads it.
            self.page.reads.detail(shown)
        if changes.touches(*QUEUE_ENTITIES):
            self._change_timer.start()  # the queues: once for a burst of changes

    @Slot(object)
    def on_refused(self, command: OutboxCommand) -> None:
        page = self.page
        if command.entity != "complaint":
            return
        if command.entity_id in page.sent:
            del page.sent[command.entity_id]
            page.predicted = None
            if self.ticket is not None and self.ticket.id == command.entity_id:
                page.reads.detail(command.entity_id)
                page.show_detail()
        if command.entity_id == 0 and command.body in page.waiting_intakes:
            page.waiting_intakes.remove(command.body)
