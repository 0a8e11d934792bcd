"""What the board's order actions do: check (the rules), ask (a dialog), queue (Outbox).

Kept apart from the page (page.py) so the page is layout and data flow, and this is the handling, as
``complaints/steps.py`` is for the workbench. Each action is checked against the rules first
(``refusal``), so an obvious refusal is explained at once instead of coming back from the
server; the command it queues names the order version the user saw (``if_match``).

The words here keep the ``BoardPage`` translation context they were always translated under.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import replace
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QCoreApplication, QObject, Qt, SignalInstance, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.client.board import ProviderOption, providers_for
from app.client.orders import new_order_command, order_command
from app.models.enums import OrderStatus, Role
from app.rules.access import DISPATCH_ROLES
from app.rules.orders import OrderAction, allowed_actions, transition
from app.rules.reasons import Reason
from app.views.board.dialogs import AssignDialog, CancelDialog, ConfirmDialog
from app.views.board.intake_dialog import OrderIntakeDialog
from app.views.board.model import OrderBoardModel
from app.views.dispatch.assign_dialog import AssignChoice, OrderRef
from app.views.dispatch.assign_dialog import AssignDialog as RankedAssignDialog
from app.views.i18n import category_name, pick
from app.views.timefmt import SHORT, wall_clock

if TYPE_CHECKING:
    from app.client.board import BoardRow
    from app.views.background import Backend
    from app.views.sync_link import SyncLink

# Who may dispatch, unassign and cancel: the rule the server enforces.
ORDER_ROLES: frozenset[Role] = DISPATCH_ROLES
BOARD_ACTIONS: tuple[OrderAction, ...] = (
    OrderAction.ASSIGN,
    OrderAction.UNASSIGN,
    OrderAction.CANCEL,
)

# (name, text, shortcuts, slot); the name keys ``actions_by_name`` and the tooltips.
ActionSpec = tuple[str, str, list[str], Callable[[], None]]


class BoardHost(Protocol):
    """What the actions need of the board page (``page.BoardPage``)."""

    @property
    def message(self) -> SignalInstance: ...
    @property
    def model(self) -> OrderBoardModel: ...
    def selected_row(self) -> BoardRow | None: ...
    def newest(self, order_id: int) -> BoardRow | None: ...


class BoardCommands(QObject):
    """Turns the board's order actions into Outbox commands; notices go to ``page.message``."""

    def __init__(
        self,
        page: QWidget,
        link: SyncLink,
        *,
        role: str,
        data: Backend | None = None,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        super().__init__(page)
        self.widget = page
        self.page: BoardHost = cast("BoardHost", page)
        self._link = link
        # With a server, Assign opens the ranked dialog; without (tests, offline tools) the
        # plain provider list from the cache.
        self._data = data
        self._role = role
        self._clock = clock  # "now" for an offline ranking (sanctions, certificates)
        # order id -> the version a command was sent against: until the feed brings a newer
        # version (or the command is refused), a second action would only meet a conflict.
        self._sent: dict[int, int] = {}
        link.conflict.connect(self._settled)
        link.command_failed.connect(self._settled)

    def assign(self) -> None:
        row = self._actionable(OrderAction.ASSIGN)
        if row is None:
            return
        data = self._data
        if data is None:
            return
        if data.has_server:
            choice = RankedAssignDialog.ask(
                self.widget, OrderRef.from_row(row), data, role=self._role, clock=self._clock
            )
            if choice is not None:
                self._send_choice(row.id, choice)
            return
        category, district = row.category, row.district
        data.local(
            lambda reader: providers_for(reader, category, district),
            lambda providers: self.on_providers(row.id, providers),
            owner=self,
            key="providers",
        )

    def new_order(self, clock: Callable[[], datetime]) -> None:
        """A phone booking: the dialog checks it, the Outbox sends it."""
        if self._role not in ORDER_ROLES:
            return
        draft = OrderIntakeDialog.ask(self.widget, self._data, clock)
        if draft is None:
            return
        label = (
            QCoreApplication.translate("BoardPage", "New order: %1 %2")
            .replace("%1", category_name(draft.category.value))
            .replace("%2", wall_clock(draft.start, SHORT))
        )
        if not self._link.enqueue_command(new_order_command(draft, label)):
            return  # not stored: the link said why; nothing may say "queued"
        self.page.message.emit(
            QCoreApplication.translate("BoardPage", "Queued: %1").replace("%1", label)
        )

    def unassign(self) -> None:
        row = self._actionable(OrderAction.UNASSIGN)
        if row is None:
            return
        if not ConfirmDialog.ask(
            self.widget,
            QCoreApplication.translate("BoardPage", "Unassign order"),
            QCoreApplication.translate(
                "BoardPage", "Take order %1 away from %2 and put it back to pending?"
            )
            .replace("%1", row.code)
            .replace("%2", row.provider_name or "—"),
            yes=QCoreApplication.translate("BoardPage", "Take the provider off"),
            no=QCoreApplication.translate("BoardPage", "Keep the provider"),
        ):
            return
        label = QCoreApplication.translate("BoardPage", "Unassign %1").replace("%1", row.code)
        self._send(row, OrderAction.UNASSIGN, None, label)

    def cancel(self) -> None:
        row = self._actionable(OrderAction.CANCEL)
        if row is None:
            return
        reason = CancelDialog.ask(self.widget, row.code)
        if not reason:
            return
        label = QCoreApplication.translate("BoardPage", "Cancel %1").replace("%1", row.code)
        # If-Match is the version the dispatcher decided on: had a colleague changed the order
        # meanwhile, the server answers 412 and the conflict is shown, never overwritten.
        self._send(row, OrderAction.CANCEL, {"reason": reason}, label)

    def on_providers(self, order_id: int, providers: list[ProviderOption]) -> None:
        """The cache's providers for the order being assigned (the offline Assign)."""
        row = self.page.model.order(order_id)
        if row is None:
            return
        provider_id = AssignDialog.ask(self.widget, row.code, row.district, providers)
        if provider_id is None:
            return
        # If-Match stays the version the dispatcher decided on (a change meanwhile: 412).
        refused = refusal(self.page.newest(order_id) or row, OrderAction.ASSIGN, self._role)
        if refused is not None:
            self.page.message.emit(refused)
            return
        name = next((p.name for p in providers if p.id == provider_id), "")
        label = (
            QCoreApplication.translate("BoardPage", "Assign %1 to %2")
            .replace("%1", row.code)
            .replace("%2", name)
        )
        self._send(row, OrderAction.ASSIGN, {"provider_id": provider_id}, label)

    def _send_choice(self, order_id: int, choice: AssignChoice) -> None:
        row = self.page.newest(order_id)  # the dialog took time
        refused = refusal(row, OrderAction.ASSIGN, self._role)
        if row is None or refused is not None:
            self.page.message.emit(refused or "")
            return
        # If-Match is the version the candidates were ranked for, the one the dispatcher saw:
        # if the order changed since, the server answers 412 and the conflict is shown.
        row = replace(row, version=choice.order_version)
        label = (
            QCoreApplication.translate("BoardPage", "Assign %1 to %2")
            .replace("%1", row.code)
            .replace("%2", choice.provider_name)
        )
        if choice.override_reason:
            label = QCoreApplication.translate("BoardPage", "%1 (override)").replace("%1", label)
        self._send(row, OrderAction.ASSIGN, choice.body(), label)

    def _actionable(self, action: OrderAction) -> BoardRow | None:
        row = self.page.selected_row()
        refused = refusal(row, action, self._role)
        if refused is None and row is not None:
            newest = self.page.newest(row.id) or row
            if self._sent.get(row.id) == newest.version:
                refused = QCoreApplication.translate(
                    "BoardPage", "A change to %1 is on its way to the server; wait for it."
                ).replace("%1", row.code)
        if refused is not None:
            self.page.message.emit(refused)
            return None
        return row

    @Slot(object)
    def _settled(self, command: Any) -> None:
        """A refused command frees its order for another try."""
        if getattr(command, "entity", None) == "order":
            self._sent.pop(int(command.entity_id), None)

    def _send(
        self, row: BoardRow, action: OrderAction, body: dict[str, Any] | None, label: str
    ) -> None:
        if not self._link.enqueue_command(order_command(row.id, row.version, action, body, label)):
            return  # not stored: the link said why; nothing may say "queued"
        self._sent[row.id] = (self.page.newest(row.id) or row).version
        self.page.message.emit(
            QCoreApplication.translate("BoardPage", "Queued: %1").replace("%1", label)
        )


def refusal(row: BoardRow | None, action: OrderAction, role: str) -> str | None:
    """Why ``action`` is not possible on ``row`` now, in words; None when it is."""
    if row is None:
        return QCoreApplication.translate("BoardPage", "Select an order first.")
    if role not in ORDER_ROLES:
        return QCoreApplication.translate("BoardPage", "Your role cannot change orders.")
    try:
        status = OrderStatus(row.status)
    except ValueError:
        return QCoreApplication.translate("BoardPage", "Unknown order state.")
    if action in allowed_actions(status):
        return None
    verdict = transition(status, action)
    if isinstance(verdict, Reason):
        return pick(verdict.zh, verdict.en)
    return None


def make_actions(
    owner: QWidget, specs: Sequence[ActionSpec], tips: Mapping[str, str]
) -> dict[str, QAction]:
    """One QAction per spec, added to ``owner`` so its shortcut works while it has focus."""
    actions: dict[str, QAction] = {}
    for name, text, keys, slot in specs:
        action = QAction(text, owner)
        action.setObjectName(f"action_{name}")
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.setProperty("baseTip", tips[name])
        action.setToolTip(with_keys(tips[name], keys))
        action.triggered.connect(slot)
        owner.addAction(action)
        actions[name] = action
    return actions


def show_refusals(actions: Mapping[str, QAction], row: BoardRow | None, role: str) -> None:
    """Enable the order actions possible on ``row``; a disabled one's tooltip says why not."""
    for action in BOARD_ACTIONS:
        qaction = actions[action.value]
        refused = refusal(row, action, role)
        qaction.setEnabled(refused is None)
        keys = [k.toString() for k in qaction.shortcuts()]
        tip = with_keys(str(qaction.property("baseTip")), keys)
        qaction.setToolTip(tip if refused is None else f"{tip}\n{refused}")


def with_keys(tip: str, keys: list[str]) -> str:
    return f"{tip} ({' / '.join(keys)})" if keys else tip
