"""How the workbench learns what to show: the server's answers, the feed, refused commands.

The page is layout and the clock, ``steps.py`` is the handling, and this is the data flow.
Reads answer through ``ComplaintReads``; the feed's ``changed("complaint", ids)`` re-reads
the open ticket at once and the queues once per burst; a command the server refused
(conflict, failure) releases the ticket that was waiting for it.

The page keeps what the steps and tests read (``people``, ``sent``, ``waiting_intakes``...);
this object keeps which ticket is open and which one is being opened. Its words keep the
``ComplaintsPage`` translation context they were always translated under.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot

from app.client.errors import ClientError
from app.views.complaints.queue_view import select_ticket
from app.views.complaints.wire import TicketRow, ticket_rows
from app.views.i18n import current_language

if TYPE_CHECKING:
    from app.client.outbox import OutboxCommand
    from app.client.sync import ChangeSet
    from app.views.complaints.page import ComplaintsPage

CHANGE_DEBOUNCE_MS = 250


class WorkbenchFlow(QObject):
    """The workbench's data flow: reads answered, feed changes, refused commands."""

    def __init__(self, page: ComplaintsPage) -> None:
        super().__init__(page)
        self.page = page
        self.ticket: Mapping[str, Any] | None = None  # the open ticket, as last read
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
            page.reads.detail(int(self.ticket["id"]))
        if self.lookup_phone:
            page.reads.lookup(self.lookup_phone)

    def _refresh_lists(self) -> None:
        """After feed changes: the queues and the caller's tickets (the open ticket is read
        at once, not here)."""
        self.page.reads.queues(self.page.user_id)
        if self.lookup_phone:
            self.page.reads.lookup(self.lookup_phone)

    @Slot(str)
    def lookup(self, phone: str) -> None:
        self.lookup_phone = phone
        self.page.reads.lookup(phone)

    # ---- answers --------------------------------------------------------------------------

    @Slot(str, object)
    def answered(self, key: str, result: object) -> None:
        if not isinstance(result, Mapping):
            return
        if key == "queues":
            self._show_queues(result)
        elif key.startswith("detail:"):
            self._show_ticket(int(key.split(":", 1)[1]), result)
        elif key == "lookup":
            if result.get("phone") == self.lookup_phone:
                self.page.intake.show_lookup(result)
        elif key == "users":
            self._show_users(result)

    @Slot(str, object)
    def failed(self, key: str, error: object) -> None:
        page = self.page
        text = (
            error.text(current_language())
            if isinstance(error, ClientError)
            else QCoreApplication.translate("ComplaintsPage", "The server could not answer.")
        )
        if key.startswith("detail:") and int(key.split(":", 1)[1]) == self.wanted:
            if self.ticket is None:
                page.detail.placeholder.setText(text)
        elif key == "lookup":
            page.intake.state.setText(text)
            page.intake.state.show()
        page.message.emit(text)

    def _show_users(self, result: Mapping[str, Any]) -> None:
        page = self.page
        page.staff = [u for u in result.get("data") or [] if u.get("active", True)]
        page.people = {
            int(u["id"]): str(u.get("display_name") or u.get("username")) for u in page.staff
        }
        if page.user_id is None:
            me = next((u for u in page.staff if u.get("username") == page.user().username), None)
            if me is not None:
                page.user_id = int(me["id"])
                page.reads.queues(page.user_id)
        for model in (page.mine_model, page.team_model):
            model.set_people(page.people)
        page.detail.set_people(page.people)
        page.handover.set_tickets(page.team_items, page.people)

    def _show_queues(self, result: Mapping[str, Any]) -> None:
        page = self.page
        mine = ticket_rows(result.get("mine") or {})
        team_page = result.get("team") or {}
        team = ticket_rows(team_page)
        page.team_items = list(team_page.get("data") or [])
        for table, model, rows in (
            (page.mine_table, page.mine_model, mine),
            (page.team_table, page.team_model, team),
        ):
            model.set_rows(rows)
            shown = self.wanted
            if shown is not None:
                select_ticket(table, model, shown)
        page.handover.set_tickets(page.team_items, page.people)
        page.update_tab_titles()
        # The new ticket is the agent's own, so it is in "mine" even when the team queue's
        # page is full of more urgent ones.
        self._match_intakes(list({r.id: r for r in [*mine, *team]}.values()))
        now = page.now()
        if not self._primed and page.user_id is not None:
            self._primed = True
            late = page.breaches.prime(mine, now)
            if late:
                page.message.emit(
                    QCoreApplication.translate(
                        "ComplaintsPage", "%1 of your tickets are overdue."
                    ).replace("%1", str(len(late)))
                )

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

    def _show_ticket(self, ticket_id: int, detail: Mapping[str, Any]) -> None:
        page = self.page
        current = self.ticket is not None and int(self.ticket["id"]) == ticket_id
        if ticket_id != self.wanted and not current:
            return  # the agent has moved on to another ticket
        sent = page.sent.get(ticket_id)
        if sent is not None and int(detail.get("version") or 0) > sent:
            del page.sent[ticket_id]
            page.predicted = None
        self.ticket = detail
        self.wanted = ticket_id
        page.show_detail()

    # ---- the feed and the Outbox ----------------------------------------------------------

    @Slot(object)
    def on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("user"):
            self.page.reads.users()
        if not changes.touches("complaint"):
            return
        if self.ticket is not None and (
            changes.full or int(self.ticket["id"]) in changes.of("complaint")
        ):
            self.page.reads.detail(int(self.ticket["id"]))
        self._change_timer.start()  # the queues: once for a burst of changes

    @Slot(object)
    def on_refused(self, command: OutboxCommand) -> None:
        page = self.page
        if command.entity != "complaint":
            return
        if command.entity_id in page.sent:
            del page.sent[command.entity_id]
            page.predicted = None
            if self.ticket is not None and int(self.ticket["id"]) == command.entity_id:
                page.reads.detail(command.entity_id)
                page.show_detail()
        if command.entity_id == 0 and command.body in page.waiting_intakes:
            page.waiting_intakes.remove(command.body)
