"""What each of the workbench's actions does: ask (a dialog), check (the rules), queue (Outbox).

Kept apart from the page so the page is layout and data flow, and this is the handling. Each
step checks the ticket with ``app.rules.complaints.check_action`` first, so an obvious refusal
(an undocumented unreachable callback, a step the state does not allow) is explained at once
instead of coming back from the server as a refused command.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Slot

from app.models.enums import CallbackOutcome, Role
from app.reports.case_file import build_case_file
from app.reports.handover import build_handover
from app.rules.complaints import ComplaintAction
from app.schemas.complaints import ComplaintDetail
from app.views.complaints import commands
from app.views.complaints.dialogs import (
    BlockProviderDialog,
    NoteDialog,
    PickStaffDialog,
    ResolveDialog,
)
from app.views.complaints.labels import reason_text
from app.views.complaints.pdf import save_pdf
from app.views.complaints.sanction_dialog import SanctionDecisionDialog
from app.views.complaints.sanctions_view import show_provider_sanctions
from app.views.i18n import current_language
from app.views.timefmt import FILE_STAMP, wall_clock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from app.views.complaints.workbench import Workbench


class TicketSteps(QObject):
    def __init__(self, page: Workbench, window: QWidget) -> None:
        """``window`` parents the dialogs the steps open (the page itself)."""
        super().__init__(window)
        self.page = page
        self.window = window
        self.last_pdf: QObject | None = None  # the running PDF job (tests wait on it)

    # ---- dispatching ----------------------------------------------------------------------

    @Slot(str)
    def run(self, name: str) -> None:
        detail = self.page.current_detail()
        if detail is None:
            return
        handlers: dict[str, Callable[[], object]] = {
            "acknowledge": lambda: self.send(
                detail, "acknowledge", None, ComplaintAction.acknowledge()
            ),
            "start_investigation": lambda: self.send(
                detail, "start_investigation", None, ComplaintAction.start_investigation()
            ),
            "close": lambda: self.send(detail, "close", None, ComplaintAction.close()),
            "add_note": lambda: self.add_note(detail),
            "resolve": lambda: self.resolve(detail),
            "escalate": lambda: self.escalate(detail),
            "assign": lambda: self.transfer(detail),
            "record_sanction_decision": lambda: self.decide_sanction(detail),
            "block_provider": lambda: self.block_provider(detail),
            "reopen": lambda: self.reopen(detail),
            "sanctions": lambda: self.show_sanctions(detail),
            "case_file": lambda: self.case_file(detail),
        }
        handler = handlers.get(name)
        if handler is not None:
            handler()

    def send(
        self,
        detail: ComplaintDetail,
        action: str,
        body: Mapping[str, Any] | None,
        rule: ComplaintAction | None,
    ) -> bool:
        """Check ``rule`` against the ticket, then queue the command; False when refused."""
        page = self.page
        now = page.now()
        if rule is not None:
            refusal = commands.refusal(detail, rule, now)
            if refusal is not None:
                page.message.emit(reason_text(refusal))
                return False
        ticket = commands.TicketRef.of(detail)
        command = commands.step(ticket, action, body)
        if not page.link().enqueue_command(command):
            return False  # not stored: the link said why
        predicted = commands.predicted_blockers(detail, rule, now) if rule is not None else None
        page.mark_sent(ticket.id, ticket.version, predicted)
        page.message.emit(self.tr("Queued: %1").replace("%1", str(command["label"])))
        return True

    # ---- the steps ------------------------------------------------------------------------

    @Slot(str, str)
    def log_callback(self, outcome: str, note: str) -> None:
        detail = self.page.current_detail()
        if detail is None:
            return
        chosen = CallbackOutcome(outcome)
        rule = ComplaintAction.log_callback(chosen, note)
        if self.send(detail, "log_callback", commands.callback_body(chosen, note), rule):
            self.page.detail.callback.reset()

    def add_note(self, detail: ComplaintDetail) -> None:
        text = NoteDialog.ask(
            self.window,
            self.tr("Note on %1").replace("%1", detail.code),
            self.tr("What was done? The note goes on the ticket's timeline."),
            ok_text=self.tr("Add note"),
        )
        if text:
            self.send(detail, "add_note", {"note": text}, ComplaintAction.add_note(text))

    def resolve(self, detail: ComplaintDetail) -> None:
        answer = ResolveDialog.ask(self.window, detail.code, _provider_name(detail))
        if answer is None:
            return
        body = {"resolution": answer.text, "substantiated": answer.substantiated}
        rule = ComplaintAction.resolve(answer.text, answer.substantiated)
        self.send(detail, "resolve", body, rule)

    def escalate(self, detail: ComplaintDetail) -> None:
        answer = PickStaffDialog.ask(
            self.window,
            self.tr("Escalate %1").replace("%1", detail.code),
            self.tr("Escalate to a supervisor; hand the ticket to one of them if you like."),
            self._staff({Role.SUPERVISOR}),
            ok_text=self.tr("Escalate"),
            optional=True,
        )
        if answer is None:
            return
        body: dict[str, Any] = {"note": answer.note}
        if answer.user_id is not None:
            body["supervisor_id"] = answer.user_id
        self.send(detail, "escalate", body, ComplaintAction.escalate(answer.note))

    def transfer(self, detail: ComplaintDetail) -> None:
        answer = PickStaffDialog.ask(
            self.window,
            self.tr("Transfer %1").replace("%1", detail.code),
            self.tr("Who should handle the ticket from now on?"),
            self._staff({Role.AGENT, Role.SUPERVISOR}),
            ok_text=self.tr("Transfer"),
            optional=False,
        )
        if answer is None or answer.user_id is None:
            return
        self.send(detail, "assign", {"assignee_id": answer.user_id, "note": answer.note}, None)

    def decide_sanction(self, detail: ComplaintDetail) -> None:
        if detail.provider_id is None:
            return
        choice = SanctionDecisionDialog.ask(
            self.window,
            detail.code,
            _provider_name(detail),
            detail.provider_id,
            detail.recommended_sanction,
            decided_by=self.page.user().username,
            now=self.page.now(),
        )
        if choice is not None:
            rule = ComplaintAction.record_sanction_decision(choice.reason)
            self.send(detail, "record_sanction_decision", choice.body(), rule)

    def block_provider(self, detail: ComplaintDetail) -> None:
        customer = detail.customer.name if detail.customer is not None else ""
        reason = BlockProviderDialog.ask(self.window, _provider_name(detail), customer)
        if reason is not None:
            self.send(detail, "block_provider", {"reason": reason}, None)

    def reopen(self, detail: ComplaintDetail) -> None:
        note = NoteDialog.ask(
            self.window,
            self.tr("Reopen %1").replace("%1", detail.code),
            self.tr("Why is the ticket reopened?"),
            ok_text=self.tr("Reopen"),
            required=False,
        )
        if note is not None:
            self.send(detail, "reopen", {"note": note}, ComplaintAction.reopen(note))

    def show_sanctions(self, detail: ComplaintDetail) -> None:
        if detail.provider_id is None:
            return
        show_provider_sanctions(
            self.window,
            self.page.api(),
            detail.provider_id,
            _provider_name(detail),
            people=self.page.people,
        )

    # ---- intake ---------------------------------------------------------------------------

    @Slot(object, str)
    def file_intake(self, body: dict[str, Any], who: str) -> None:
        page = self.page
        command = commands.intake(body, who)
        if not page.link().enqueue_command(command):
            return  # not stored: the link said why
        page.waiting_intakes.append(dict(body))
        page.message.emit(self.tr("Queued: %1").replace("%1", str(command["label"])))

    # ---- PDFs -----------------------------------------------------------------------------

    def case_file(self, detail: ComplaintDetail) -> None:
        page = self.page
        ticket = detail
        people = dict(page.people)
        printed_by = page.user().display_name or page.user().username
        now, lang = page.now(), current_language()
        self.last_pdf = save_pdf(
            self.window,
            title=self.tr("Save the case file"),
            suggested=f"{ticket.code or 'complaint'}.pdf",
            build=lambda: build_case_file(
                ticket, printed_at=now, printed_by=printed_by, lang=lang, people=people
            ),
            done=self._pdf_done,
        )

    @Slot()
    def print_handover(self) -> None:
        page = self.page
        shift = page.handover.shift()
        printed_by = page.user().display_name or page.user().username
        now, lang = page.now(), current_language()
        stamp = wall_clock(now, FILE_STAMP)
        self.last_pdf = save_pdf(
            self.window,
            title=self.tr("Save the shift handover"),
            suggested=self.tr("handover-%1.pdf").replace("%1", stamp),
            build=lambda: build_handover(shift, printed_at=now, printed_by=printed_by, lang=lang),
            done=self._pdf_done,
        )

    def _pdf_done(self, path: Path | None, text: str) -> None:
        self.page.message.emit(text)

    def _staff(self, roles: set[Role]) -> list[tuple[int, str]]:
        wanted = {r.value for r in roles}
        return [(u.id, u.name) for u in self.page.staff if u.role in wanted]


def _provider_name(detail: ComplaintDetail) -> str:
    return detail.provider.name if detail.provider is not None else ""
