"""客服工作台 — the complaints workbench: hotline intake, my queue, the team queue, handover,
and the ticket in front of the agent.

Queues, tickets, staff and sanctions are read from the local cache through the app's
``Backend`` (``ComplaintReads``), off the UI thread; only the hotline lookup asks the server.
Every handling step goes through the Outbox (``SyncLink.enqueue_command``), so nothing is
lost offline. The sync worker's ``changed(ChangeSet)`` tells the page when to read again.
The step handlers (dialogs and commands) live in ``steps.py``; how answers, feed changes
and refused commands reach the page (the data flow) lives in ``flow.py``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.client.complaints import StaffMember, TicketRow
from app.models.enums import Severity
from app.rules.access import CERTIFICATION_INTAKE, COMPLAINT_WORKERS, TICKET_OVERSEERS
from app.rules.reasons import Reason
from app.schemas.complaints import ComplaintDetail
from app.views import settings as ui
from app.views.complaints.actions import TicketActions, with_keys
from app.views.complaints.detail import DETAIL_STYLE, TicketDetailPanel
from app.views.complaints.flow import WorkbenchFlow
from app.views.complaints.handover import HandoverPanel
from app.views.complaints.intake import IntakePanel
from app.views.complaints.labels import severity_label
from app.views.complaints.notify import BreachWatch, Notifier
from app.views.complaints.queue_model import QueueColumn, QueueFilter, TicketQueueModel
from app.views.complaints.queue_view import make_queue_table, select_ticket, visible_rows
from app.views.complaints.reads import ComplaintReads
from app.views.complaints.steps import TicketSteps
from app.views.complaints.wire import action_states
from app.views.empty_hint import EmptyHint
from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.views.background import Backend
    from app.views.context import PageContext, StaffUser
    from app.views.sync_link import SyncLink

# Who may file and handle complaints: the rule the server enforces.
WORK_ROLES = COMPLAINT_WORKERS
TICK_MS = 1000
CERTIFICATE_KEY = "Ctrl+Shift+D"  # "document": Ctrl+N files a complaint here
SLOW_TICKS = 5  # lists without per-cell updates (caller's tickets, handover) every 5 s

SPLITTER: ui.Setting[QByteArray] = ui.Setting("complaints/splitter", QByteArray(), "lists | ticket")
MINE_HEADER: ui.Setting[QByteArray] = ui.Setting(
    "complaints/mine", QByteArray(), "my queue columns"
)
TEAM_HEADER: ui.Setting[QByteArray] = ui.Setting("complaints/team", QByteArray(), "team columns")
TAB: ui.Setting[str] = ui.Setting("complaints/tab", "0", "the tab shown last")


class ComplaintsPage(QWidget):
    """Signals:
    message(str): a short notice for the status bar.
    """

    message = Signal(str)

    def __init__(
        self,
        link: SyncLink,
        api: Backend | None,
        *,
        user: StaffUser,
        settings: QSettings,
        clock: Callable[[], datetime] = utc_now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("complaintsPage")
        self.setStyleSheet("QWidget#complaintsPage { background: #f2f4f7; }" + DETAIL_STYLE)
        self._link = link
        self._api = api
        self._user = user
        self._settings = settings
        self._clock = clock
        user_id = getattr(user, "id", None)
        self.user_id: int | None = int(user_id) if isinstance(user_id, int) else None
        self.can_work = user.role in WORK_ROLES
        # Whose breaches ring here: an agent's own tickets; for the supervisor on duty every
        # open ticket, the unassigned ones included (one once went overdue unnoticed).
        self.watches_team = user.role in TICKET_OVERSEERS
        self.people: dict[int, str] = {}
        self.staff: list[StaffMember] = []
        self.team_rows: list[TicketRow] = []
        self.sent: dict[int, int] = {}  # ticket id -> version a queued step was based on
        self.predicted: list[Reason] | None = None
        self.waiting_intakes: list[dict[str, Any]] = []
        self._ticks = 0
        self.breaches = BreachWatch()
        self.notifier = Notifier(self, settings)

        self.reads = ComplaintReads(api, self, role=user.role, user_id=user.id, clock=clock)
        self.flow = WorkbenchFlow(self, self)
        self.ticket_actions = TicketActions(self)
        self.steps = TicketSteps(self, self)
        self.mine_model = TicketQueueModel(clock, self)
        self.team_model = TicketQueueModel(clock, self)
        self.mine_table = make_queue_table(self.mine_model, "mineQueue")
        self.team_table = make_queue_table(self.team_model, "teamQueue")
        self.mine_table.setColumnHidden(QueueColumn.ASSIGNEE, True)  # all the user's own
        self.empty_hints = (
            EmptyHint(self.mine_table, lambda: self.tr("None of your tickets is open.")),
            EmptyHint(self.team_table, lambda: self.tr("No open tickets in the team queue.")),
        )
        self.intake = IntakePanel(clock, can_file=self.can_work)
        self.handover = HandoverPanel(clock)
        self.detail = TicketDetailPanel(self.ticket_actions, clock)

        self.tabs = QTabWidget()
        self.tabs.setObjectName("complaintTabs")
        self.tabs.setDocumentMode(True)
        for widget in (self.intake, self.mine_table, self.team_table, self.handover):
            self.tabs.addTab(widget, "")
        self._tab_keys = ("Ctrl+1", "Ctrl+2", "Ctrl+3", "Ctrl+4")
        self.update_tab_titles()
        # Agents take certificates in for providers (CERTIFICATION_INTAKE) but have no review
        # page: the intake dialog opens from here, at the tabs' corner (for every role that
        # may take certificates in and works here: supervisors and admins too).
        self.can_enter_certificates = user.role in CERTIFICATION_INTAKE and api is not None
        self.certificate_button = QPushButton(self.tr("Enter a certificate…"))
        self.certificate_button.setObjectName("enterCertificate")
        self.certificate_button.setToolTip(
            with_keys(
                self.tr("A provider's certificate or renewal, with its scans, for review"),
                (CERTIFICATE_KEY,),
            )
        )
        self.certificate_button.clicked.connect(self.enter_certificate)
        self.certificate_button.setVisible(self.can_enter_certificates)
        self.tabs.setCornerWidget(self.certificate_button, Qt.Corner.TopRightCorner)

        # Shown while the team queue is filtered (a dashboard figure opened it).
        self.filter_note = QLabel()
        self.filter_note.setObjectName("queueFilterNote")
        self.show_all = QPushButton(self.tr("Show all tickets"))
        self.show_all.clicked.connect(lambda: self.drill({}))
        self.filter_bar = QFrame()
        self.filter_bar.setStyleSheet("QFrame { background: #eff8ff; border-radius: 4px; }")
        bar = QHBoxLayout(self.filter_bar)
        bar.setContentsMargins(8, 2, 8, 2)
        bar.addWidget(self.filter_note, 1)
        bar.addWidget(self.show_all)
        self.filter_bar.hide()
        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.addWidget(self.filter_bar)
        lists_layout.addWidget(self.tabs, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(lists)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([680, 640])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addWidget(self.splitter, 1)
        self.page_actions = self._make_page_actions()

        self.reads.answered.connect(self.flow.answered)
        self.reads.failed.connect(self.flow.failed)
        self.ticket_actions.triggered.connect(self.steps.run)
        self.detail.callback.log_requested.connect(self.steps.log_callback)
        self.intake.lookup_requested.connect(self.flow.lookup)
        self.intake.ticket_chosen.connect(self.open_ticket)
        self.intake.intake_requested.connect(self.steps.file_intake)
        self.handover.print_requested.connect(self.steps.print_handover)
        self.handover.ticket_chosen.connect(self.open_ticket)
        self.detail.customer_tickets.ticket_chosen.connect(self.open_ticket)
        self.detail.provider_requested.connect(self.open_scorecard)
        for table in (self.mine_table, self.team_table):
            table.selectionModel().currentRowChanged.connect(self._row_chosen)
        link.changed.connect(self.flow.on_changed)
        link.conflict.connect(self.flow.on_refused)
        link.command_failed.connect(self.flow.on_refused)

        self._tick_timer = QTimer(self)
        self._tick_timer.setInterval(TICK_MS)
        self._tick_timer.timeout.connect(self.tick)
        self._tick_timer.start()

        self._update_actions()
        if not self.reads.available:
            self.detail.placeholder.setText(self.tr("The local cache cannot be read from here."))
        self.reads.users()
        self.refresh()

    # ---- page protocol (main window) ------------------------------------------------------

    def save_state(self) -> None:
        ui.write(self._settings, SPLITTER, self.splitter.saveState())
        ui.write(self._settings, MINE_HEADER, self.mine_table.horizontalHeader().saveState())
        ui.write(self._settings, TEAM_HEADER, self.team_table.horizontalHeader().saveState())
        ui.write(self._settings, TAB, str(self.tabs.currentIndex()))

    def restore_state(self) -> None:
        for setting, restore in (
            (SPLITTER, self.splitter.restoreState),
            (MINE_HEADER, self.mine_table.horizontalHeader().restoreState),
            (TEAM_HEADER, self.team_table.horizontalHeader().restoreState),
        ):
            value = ui.read(self._settings, setting)
            if not value.isEmpty():
                restore(value)
        tab = ui.read(self._settings, TAB)
        self.tabs.setCurrentIndex(int(tab) if tab.isdigit() else 0)

    # ---- what the user (and tests) do -----------------------------------------------------

    def now(self) -> datetime:
        return self._clock()

    def current_detail(self) -> ComplaintDetail | None:
        return self.flow.ticket

    def api(self) -> Backend | None:
        return self._api

    def user(self) -> StaffUser:
        return self._user

    def link(self) -> SyncLink:
        return self._link

    @Slot()
    def refresh(self) -> None:
        """Read the queues (and the open ticket, and the caller) again."""
        self.flow.refresh()

    @Slot(int)
    def open_scorecard(self, provider_id: int) -> None:
        # Imported here: the scorecard shows sanctions with this package's labels.
        from app.views.scorecard.dialog import open_scorecard

        by = self._user.display_name or self._user.username
        open_scorecard(self, self._api, self._link, provider_id, self._clock, by)

    def enter_certificate(self) -> QDialog | None:
        """The certificate intake dialog (window-modal; it closes when the server has it)."""
        if not self.can_enter_certificates or self._api is None:
            return None
        # Imported here: the review desk's dialog, used as it is.
        from app.views.certification.intake import IntakeDialog

        dialog = IntakeDialog(self._api, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # (No scan count: an agent's answer carries the scans' count, not their list.)
        dialog.accepted.connect(
            lambda: self.message.emit(self.tr("Certificate entered: it waits for review."))
        )
        dialog.open()
        return dialog

    def open_ticket(self, ticket_id: int) -> None:
        self.flow.wanted = ticket_id
        row = self._row(ticket_id)
        self.detail.show_loading(row.code if row else f"#{ticket_id}")
        self.reads.detail(ticket_id)
        for table, model in (
            (self.mine_table, self.mine_model),
            (self.team_table, self.team_model),
        ):
            select_ticket(table, model, ticket_id)

    def drill(self, filters: Mapping[str, str]) -> None:
        """Show the team queue with only the tickets ``filters`` select (a dashboard
        figure's: ``severity``, ``overdue`` = "1"); no filters: every ticket again.
        ``open``: that ticket (an audit record's), the queue left as it is."""
        wanted = filters.get("open", "")
        if wanted.isdigit():
            self.open_ticket(int(wanted))
            return
        severity = filters.get("severity", "")
        chosen = QueueFilter(
            severity=severity if severity in {s.value for s in Severity} else "",
            overdue=filters.get("overdue") == "1",
        )
        self.team_model.set_filter(chosen)
        parts = []
        if chosen.severity:
            parts.append(severity_label(chosen.severity))
        if chosen.overdue:
            parts.append(self.tr("overdue"))
        self.filter_note.setText(
            self.tr("Team queue shows only: %1").replace("%1", " · ".join(parts))
        )
        self.filter_bar.setVisible(chosen.active)
        if chosen.active:
            self.tabs.setCurrentWidget(self.team_table)
        self.update_tab_titles()

    @Slot()
    def focus_lookup(self) -> None:
        self.tabs.setCurrentWidget(self.intake)
        self.intake.focus_phone()

    def show_detail(self) -> None:
        """Redraw the open ticket (pending state, predicted blockers, actions)."""
        detail = self.flow.ticket
        pending = detail is not None and detail.id in self.sent
        self.detail.show_detail(
            detail, pending=pending, predicted=self.predicted if pending else None
        )
        self._update_actions()

    def mark_sent(self, ticket_id: int, version: int, predicted: list[Reason] | None) -> None:
        """A step on ``ticket_id`` was queued: wait for the server before the next one."""
        self.sent[ticket_id] = version
        self.predicted = predicted
        self.show_detail()

    # ---- the clock --------------------------------------------------------------------------

    @Slot()
    def tick(self) -> None:
        self._ticks += 1
        visible = self.isVisible()
        for table, model in (
            (self.mine_table, self.mine_model),
            (self.team_table, self.team_model),
        ):
            if visible and self.tabs.currentWidget() is table:
                first, last = visible_rows(table)
                model.tick(first, last)
            else:
                model.tick(0, -1)
        self.detail.tick()
        if visible and self._ticks % SLOW_TICKS == 0:
            self.intake.refresh()
            if self.tabs.currentWidget() is self.handover:
                self.handover.refresh()
        self._announce_breaches()

    def _announce_breaches(self) -> None:
        now = self._clock()
        watched = self.team_model if self.watches_team else self.mine_model
        for row in self.breaches.news(watched.all_rows(), now):  # a filter hides no alert
            title = self.tr("Ticket overdue: %1").replace("%1", row.code)
            text = (
                self.tr("%1 missed its deadline. %2")
                .replace("%1", row.code)
                .replace("%2", row.summary)
            )
            if not self.notifier.alert(title, text):
                self.message.emit(title)

    # ---- internals ------------------------------------------------------------------------

    def _row(self, ticket_id: int) -> TicketRow | None:
        for model in (self.mine_model, self.team_model):
            index = model.row_of(ticket_id)
            if index is not None:
                return model.row_at(index)
        return None

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        model = current.model()
        if not current.isValid() or not isinstance(model, TicketQueueModel):
            return
        row = model.row_at(current.row())
        shown = self.flow.ticket.id if self.flow.ticket is not None else None
        if row is not None and row.id != shown:
            self.open_ticket(row.id)

    def _update_actions(self) -> None:
        detail = self.flow.ticket
        self.ticket_actions.update(
            action_states(detail) if detail else {},
            loaded=detail is not None,
            pending=detail is not None and detail.id in self.sent,
            has_provider=detail is not None and detail.provider_id is not None,
        )

    def update_tab_titles(self) -> None:
        """Name the tabs, with the queues' sizes (called again when the queues are read)."""
        titles = (
            self.tr("Hotline"),
            self.tr("Mine (%1)").replace("%1", str(self.mine_model.rowCount())),
            self._team_title(),
            self.tr("Handover"),
        )
        tips = (
            self.tr("Take a call: look the caller up, file a complaint"),
            self.tr("Open tickets handled by you, most urgent first"),
            self.tr("Every open ticket, most urgent first"),
            self.tr("Open tickets by agent, with a note for the next shift"),
        )
        for i, (title, tip) in enumerate(zip(titles, tips, strict=True)):
            self.tabs.setTabText(i, title)
            self.tabs.setTabToolTip(i, with_keys(tip, (self._tab_keys[i],)))

    def _team_title(self) -> str:
        shown = str(self.team_model.rowCount())
        if not self.team_model.filter.active:
            return self.tr("Team (%1)").replace("%1", shown)
        every = str(len(self.team_model.all_rows()))
        return self.tr("Team, filtered (%1 of %2)").replace("%1", shown).replace("%2", every)

    def _make_page_actions(self) -> dict[str, QAction]:
        specs: list[tuple[str, str, tuple[str, ...], Callable[[], object]]] = [
            ("lookup", self.tr("Look up a caller"), ("Ctrl+L",), self.focus_lookup),
            ("refresh", self.tr("Reload the queues"), ("F5",), self.refresh),
        ]
        for i, key in enumerate(self._tab_keys):
            specs.append((f"tab{i}", f"tab {i}", (key,), partial(self.tabs.setCurrentIndex, i)))
        if self.can_enter_certificates:
            specs.append(
                ("certificate", self.tr("Enter a certificate…"), (CERTIFICATE_KEY,),
                 self.enter_certificate)
            )  # fmt: skip
        actions: dict[str, QAction] = {}
        for name, text, keys, slot in specs:
            action = QAction(text, self)
            action.setObjectName(f"complaints_{name}")
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(with_keys(text, keys))
            action.triggered.connect(slot)
            self.addAction(action)
            actions[name] = action
        return actions


def build_page(ctx: PageContext) -> ComplaintsPage:
    """The ``PageSpec`` builder (app.views.pages)."""
    return ComplaintsPage(ctx.link, ctx.data, user=ctx.user, settings=ctx.settings, clock=ctx.clock)
