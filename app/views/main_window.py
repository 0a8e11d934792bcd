"""The main window: navigation rail, the current page, refused commands, the status bar."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QCloseEvent, QIcon
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.resources_path import resource_path
from app.views import settings as ui
from app.views.background import call
from app.views.board.dialogs import ConfirmDialog
from app.views.context import PageContext
from app.views.labels import role_name
from app.views.menus import install_menus
from app.views.notice_banner import NoticeBanner
from app.views.offline_banner import OfflineBanner
from app.views.pages import PageSpec, default_pages
from app.views.problems_panel import ProblemsPanel
from app.views.settings_dialog import SettingsDialog
from app.views.sync_status import SyncStatus
from app.views.timefmt import seconds_text, wall_clock

MESSAGE_MS = 6000


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path("icons", name)))


class MainWindow(QMainWindow):
    """Signals:
    logout_requested(): the user logged out or the session ended; show the login again.
    closing(): the window is closing; stop the sync worker.
    """

    logout_requested = Signal()
    closing = Signal()

    def __init__(
        self,
        ctx: PageContext,
        *,
        server_url: str,
        pages: list[PageSpec] | None = None,
        forget_token: Callable[[], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._forget_token = forget_token
        self._leaving = False
        self._waiting = 0  # commands in the outbox (pending or held), from the last status
        self.server_url = server_url
        self.setWindowTitle(self.tr("Shangmen Desk — %1").replace("%1", server_url))
        self.setWindowIcon(icon("app.svg"))
        self.setMinimumSize(1024, 640)

        self.stack = QStackedWidget()
        self.page_title = QLabel()
        self.page_title.setObjectName("pageTitle")
        self.problems = ProblemsPanel(ctx.link)
        self.notices = NoticeBanner()
        self.offline = OfflineBanner(ctx.clock)
        self.pages: dict[str, QWidget] = {}
        self.nav_buttons: dict[str, QToolButton] = {}
        self._titles: dict[str, str] = {}
        self._nav_group = QButtonGroup(self)
        self._nav_group.setExclusive(True)
        self.rail = self._make_rail()
        for spec in pages if pages is not None else default_pages():
            self.add_page(spec)

        content = QWidget()
        content.setObjectName("central")
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 12, 0, 0)
        column.setSpacing(0)
        title_row = QHBoxLayout()
        title_row.setContentsMargins(16, 0, 16, 0)
        title_row.addWidget(self.page_title)
        title_row.addStretch(1)
        column.addLayout(title_row)
        notices_box = QHBoxLayout()
        notices_box.setContentsMargins(16, 4, 16, 4)
        notices_box.addWidget(self.notices)
        column.addLayout(notices_box)
        column.addWidget(self.stack, 1)
        problems_box = QHBoxLayout()
        problems_box.setContentsMargins(16, 0, 16, 8)
        problems_box.addWidget(self.problems)
        column.addLayout(problems_box)
        # At the bottom: appearing there, it moves nothing at the top of the page.
        offline_box = QHBoxLayout()
        offline_box.setContentsMargins(16, 0, 16, 8)
        offline_box.addWidget(self.offline)
        column.addLayout(offline_box)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.rail)
        row.addWidget(content, 1)
        self.setCentralWidget(central)
        self._make_status_bar()

        link = ctx.link
        link.status.connect(self.show_status)
        self.offline.retry_requested.connect(self._retry_now)
        link.error.connect(self.show_message)
        link.notice.connect(self.notices.add)
        link.auth_lost.connect(self._session_ended)
        link.logged_out.connect(self._logged_out)
        self.problems.count_changed.connect(self._problems_counted)
        for page in self.pages.values():
            message = getattr(page, "message", None)
            if message is not None:
                message.connect(self.show_message)

        self.menus = install_menus(self)
        self._restore()

    # ---- pages --------------------------------------------------------------------------

    def add_page(self, spec: PageSpec) -> QWidget | None:
        """Build and list a page if the user's role may see it."""
        if spec.roles is not None and self.ctx.user.role not in spec.roles:
            return None
        page = spec.build(self.ctx)
        title = QCoreApplication.translate("Pages", spec.title)
        self.pages[spec.key] = page
        self._titles[spec.key] = title
        self.stack.addWidget(page)
        button = QToolButton()
        button.setObjectName("navButton")
        button.setText(QCoreApplication.translate("Pages", spec.rail_title))
        button.setIcon(icon(spec.icon))
        button.setIconSize(QSize(24, 24))
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        button.setCheckable(True)
        button.setFixedWidth(84)
        button.setToolTip(title)
        button.clicked.connect(lambda _checked=False, key=spec.key: self.show_page(key))
        self._nav_group.addButton(button)
        self.nav_buttons[spec.key] = button
        self._nav_layout.insertWidget(self._nav_layout.count() - 1, button)
        if len(self.pages) == 1 or self.ctx.user.role in spec.home_for:
            self.show_page(spec.key)
        return page

    @property
    def page_titles(self) -> dict[str, str]:
        """Each listed page's title, by key (in the user's language)."""
        return dict(self._titles)

    def show_page(self, key: str, filters: Mapping[str, str] | None = None) -> None:
        """Show page ``key``; ``filters`` (e.g. from a dashboard figure) go to its
        ``drill(filters)``, which shows only what they select."""
        page = self.pages.get(key)
        if page is None:
            return
        self.stack.setCurrentWidget(page)
        self.nav_buttons[key].setChecked(True)
        self.page_title.setText(self._titles[key])
        drill = getattr(page, "drill", None)
        if filters is not None and callable(drill):
            drill(filters)

    def current_page_key(self) -> str:
        current = self.stack.currentWidget()
        return next((k for k, p in self.pages.items() if p is current), "")

    # ---- status -------------------------------------------------------------------------

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        online = status.online
        if online is None:
            text, state = self.tr("Connecting…"), "unknown"
        elif online:
            text, state = self.tr("Online"), "true"
        else:
            text, state = self.tr("Offline"), "false"
        self.connection.setText("● " + text)
        self.connection.setProperty("online", state)
        self.connection.style().unpolish(self.connection)
        self.connection.style().polish(self.connection)
        last = status.last_sync
        self.last_sync.setText(
            self.tr("Last sync %1").replace("%1", wall_clock(last, "%H:%M:%S"))
            if last
            else self.tr("Not synced yet")
        )
        lag = status.lag
        self.lag.setText(  # offline, the last lag measured says nothing about now
            self.tr("Feed lag %1").replace("%1", seconds_text(lag))
            if lag is not None and online is not False
            else self.tr("Feed lag —")
        )
        self.offline.show_status(status)
        if status.outbox is None:  # could not be counted: unknown, not "nothing waiting"
            self.outbox.setText(self.tr("Waiting to send: %1").replace("%1", "—"))
            return  # the exit warning keeps the last count it knew
        waiting, held = status.outbox.pending, status.outbox.held
        self._waiting = waiting + held
        text = self.tr("Waiting to send: %1").replace("%1", str(waiting))
        if held:
            text += " · " + self.tr("Held: %1").replace("%1", str(held))
        self.outbox.setText(text)
        tip = self.tr("Commands kept on this computer until the server confirms them")
        labels = status.outbox.waiting
        if labels:
            more = waiting - len(labels)
            tip += "\n" + "\n".join(f"· {label}" for label in labels)
            if more > 0:
                tip += "\n" + self.tr("… and %1 more").replace("%1", str(more))
        self.outbox.setToolTip(tip)

    @Slot()
    def _retry_now(self) -> None:
        self.ctx.link.retry_now()

    @Slot(str)
    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, MESSAGE_MS)

    # ---- leaving ------------------------------------------------------------------------

    @Slot()
    def open_settings(self) -> None:
        if SettingsDialog.edit(self.ctx.settings, self):
            self.show_message(self.tr("Settings saved."))

    def logout(self) -> None:
        """Revoke the session (worker), forget the keyring entry, back to the login."""
        if self._leaving:
            return
        if not self._may_leave_unsent(self.tr("Log out")):
            return
        self._leaving = True
        self.logout_button.setEnabled(False)
        self.show_message(self.tr("Logging out…"))
        self.ctx.link.logout()

    @Slot()
    def _logged_out(self) -> None:
        self._leaving = True
        forget = self._forget_token
        if forget is not None:
            call(forget, lambda _none: None)
        self.logout_requested.emit()

    @Slot()
    def _session_ended(self) -> None:
        if self._leaving:
            return
        self._leaving = True
        self.notify_session_ended()
        self._leave_when_no_dialog()

    def _leave_when_no_dialog(self) -> None:
        """Close the session once no dialog of this window is open: what is being typed in
        one (a cancellation reason, a resolution) is finished first and goes to the Outbox,
        which is kept and sent after the next login; closing the window under the dialog
        lost it."""
        modal = QApplication.activeModalWidget()  # while the window is open, all are its own
        if isinstance(modal, QDialog):
            modal.finished.connect(
                lambda _result: QTimer.singleShot(0, self._leave_when_no_dialog),
                Qt.ConnectionType.SingleShotConnection,
            )
            return
        self._logged_out()

    def notify_session_ended(self) -> None:
        QMessageBox.information(
            self,
            self.tr("Session ended"),
            self.tr(
                "Your session has ended (expired or signed out elsewhere). Please log in again. "
                "If a dialog is open, finish it first: what you enter there is kept and sent "
                "after you log in."
            ),
        )

    def _may_leave_unsent(self, verb: str) -> bool:
        """Commands still waiting to be sent stay on this computer for this user; say so.
        Work typed on a page and not saved yet is queued first (pages with ``save_unsaved``)."""
        for page in self.pages.values():
            save = getattr(page, "save_unsaved", None)
            if callable(save):
                save()
        if self._waiting <= 0:
            return True
        if self.ctx.link.keeps_commands:
            text = self.tr(
                "%1 command(s) have not reached the server yet. They stay on this computer "
                "and are sent the next time you log in here. %2 anyway?"
            )
        else:  # the outbox file could not be opened at login: they live in memory only
            text = self.tr(
                "%1 command(s) have not reached the server yet, and this computer could not "
                "store them (see the notice at the top): they are LOST if you go now. Wait "
                "until the server answers, or note them down. %2 anyway?"
            )
        return ConfirmDialog.ask(
            self, verb, text.replace("%1", str(self._waiting)).replace("%2", verb)
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._leaving and not self._may_leave_unsent(self.tr("Quit")):
            event.ignore()
            return
        self.save_layout()
        self.closing.emit()
        super().closeEvent(event)

    def save_layout(self) -> None:
        settings = self.ctx.settings
        ui.write(settings, ui.WINDOW_GEOMETRY, self.saveGeometry())
        ui.write(settings, ui.WINDOW_STATE, self.saveState())
        ui.write(settings, ui.MAIN_PAGE, self.current_page_key())
        for page in self.pages.values():
            save = getattr(page, "save_state", None)
            if save is not None:
                save()
        settings.sync()

    # ---- building -----------------------------------------------------------------------

    def _restore(self) -> None:
        settings = self.ctx.settings
        geometry = ui.read(settings, ui.WINDOW_GEOMETRY)
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1440, 900)
        state = ui.read(settings, ui.WINDOW_STATE)
        if not state.isEmpty():
            self.restoreState(state)
        for page in self.pages.values():
            restore = getattr(page, "restore_state", None)
            if restore is not None:
                restore()
        self.show_page(ui.read(settings, ui.MAIN_PAGE))

    def _make_rail(self) -> QFrame:
        rail = QFrame()
        rail.setObjectName("navRail")
        rail.setFixedWidth(100)
        layout = QVBoxLayout(rail)
        layout.setContentsMargins(8, 14, 8, 12)
        layout.setSpacing(6)
        mark = QLabel()
        mark.setPixmap(icon("app.svg").pixmap(36, 36))
        mark.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        name = QLabel(self.tr("Shangmen"))
        name.setObjectName("appMark")
        name.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(mark)
        layout.addWidget(name)
        layout.addSpacing(14)
        self._nav_layout = QVBoxLayout()
        self._nav_layout.setSpacing(4)
        self._nav_layout.addStretch(1)
        layout.addLayout(self._nav_layout, 1)
        user = self.ctx.user
        who = QLabel(user.display_name or user.username)
        who.setObjectName("userLabel")
        who.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        who.setWordWrap(True)
        role = QLabel(role_name(user.role))
        role.setObjectName("roleLabel")
        role.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        role.setWordWrap(True)  # "Customer-care agent" is wider than the rail
        self.logout_button = QToolButton()
        self.logout_button.setObjectName("navButton")
        self.logout_button.setIcon(icon("logout.svg"))
        self.logout_button.setIconSize(QSize(20, 20))
        self.logout_button.setText(self.tr("Log out"))
        self.logout_button.setToolTip(self.tr("Log out and forget this computer's saved login"))
        self.logout_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
        self.logout_button.setFixedWidth(84)
        self.logout_button.clicked.connect(self.logout)
        layout.addWidget(who)
        layout.addWidget(role)
        layout.addWidget(self.logout_button, 0, Qt.AlignmentFlag.AlignHCenter)
        return rail

    def _make_status_bar(self) -> None:
        bar = self.statusBar()
        self.connection = QLabel("● " + self.tr("Connecting…"))
        self.connection.setObjectName("connection")
        self.last_sync = QLabel(self.tr("Not synced yet"))
        self.lag = QLabel(self.tr("Feed lag —"))
        self.outbox = QLabel(self.tr("Waiting to send: %1").replace("%1", "0"))
        self.problems_button = QPushButton()
        self.problems_button.setObjectName("problemsButton")
        self.problems_button.setToolTip(
            self.tr("Show the commands that were not carried out (refused or held)")
        )
        self.problems_button.clicked.connect(self._toggle_problems)
        self.problems_button.hide()
        for widget in (
            self.problems_button,
            self.connection,
            self.last_sync,
            self.lag,
            self.outbox,
        ):
            bar.addPermanentWidget(widget)

    def _problems_counted(self, count: int) -> None:
        self.problems_button.setText(self.tr("To decide: %1").replace("%1", str(count)))
        self.problems_button.setVisible(count > 0)

    def _toggle_problems(self) -> None:
        self.problems.setVisible(not self.problems.isVisible() and self.problems.count() > 0)
