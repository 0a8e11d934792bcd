"""Start the desktop: QApplication, bundled font, translator, login, then the main window.

``run_app`` is what main.py calls. main.py starts and stops the embedded server, if any; while
the app runs, a ``ServerKeeper`` here restarts it when its process dies.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from app.client import accounts
from app.client.api import ApiClient, LoginInfo, UserInfo
from app.client.cache import Cache, CacheReader
from app.client.embedded import EmbeddedServer
from app.client.outbox import Outbox, outbox_path
from app.client.outbox_files import DAMAGED, open_user_outbox, set_aside
from app.client.purge import purge_cache
from app.client.sync import SyncEngine
from app.client.tokens import TokenStore
from app.machine_config import ServerOrigin
from app.resources_path import resource_path
from app.schemas.auth import TotpEnrolment
from app.views import settings as ui
from app.views.background import Backend
from app.views.context import PageContext
from app.views.fonts import load_bundled_fonts
from app.views.i18n import (
    DEFAULT_LANGUAGE,
    current_language,
    install_translators,
    normalize_language,
)
from app.views.login_dialog import LoginDialog, LoginResult
from app.views.main_window import MainWindow
from app.views.notice_banner import outbox_notices
from app.views.server_keeper import ServerAddress, ServerKeeper
from app.views.settings import PURGE_CACHE_AT_LOGOUT, open_settings, open_user_settings, read
from app.views.settings_dialog import apply_font_size
from app.views.sync_link import SyncLink
from app.views.sync_worker import ServicesFactory, SyncServices

APP_NAME = "Shangmen Desk"
FONT_POINT_SIZE = 10
# Closing waits this long for the sync thread: one long-poll plus a slow request's timeout.
STOP_TIMEOUT_MS = 15000
RETIRE_TIMEOUT_MS = 120_000  # at exit, how long a step stuck on the network may still take


class ApiLoginBackend:
    """The login dialog's two server calls, each on a short-lived ApiClient."""

    def __init__(self, verify: bool | str = True) -> None:
        self._verify = verify
        # The feed epoch (the identity of the server's database) each server answered with
        # at login: the mirror is kept per database and new commands are bound to it.
        self.server_ids: dict[str, str] = {}

    def _check(self, api: ApiClient, server_url: str) -> None:
        epoch = api.check_server().feed_epoch
        if epoch:
            self.server_ids[server_url] = str(epoch)

    def login(self, server_url: str, username: str, password: str) -> LoginInfo:
        api = ApiClient(server_url, verify=self._verify)
        try:
            self._check(api, server_url)
            return api.login(username, password)
        finally:
            api.close()

    def resume(self, server_url: str, token: str) -> UserInfo:
        api = ApiClient(server_url, verify=self._verify, token=token)
        try:
            self._check(api, server_url)
            return api.me()
        finally:
            api.close()

    def login_step(self, server_url: str, step: str, challenge: str, value: str) -> LoginInfo:
        api = ApiClient(server_url, verify=self._verify)
        try:
            if step == "password_change_required":
                return accounts.new_password(api, challenge, value)
            return accounts.totp_login(api, challenge, value)
        finally:
            api.close()

    def start_totp(self, server_url: str, challenge: str) -> TotpEnrolment:
        api = ApiClient(server_url, verify=self._verify)
        try:
            return accounts.start_totp(api, challenge)
        finally:
            api.close()


def cache_path(data_dir: Path, server_id: str, username: str) -> Path:
    """One mirror per (server database, user): what a user receives depends on their role.
    ``server_id`` is the database's feed epoch, so a new port or address of the same server
    (the embedded one restarts on a free port) finds the same mirror, and a reset database
    gets a new one. Named by a hash, so that 王芳 and 李娜 never share a file. (Versions
    before this kept the mirror, with the outbox in it, under data_dir/cache by host:port.)"""
    server = re.sub(r"[^A-Za-z0-9]+", "_", server_id.split("://", 1)[-1]).strip("_")[:40]
    digest = hashlib.sha256(f"{server_id}\n{username}".encode()).hexdigest()[:16]
    return data_dir / "mirror" / f"{server}-{digest}.sqlite3"


# Rows per feed page on the sync worker. Decoding a page holds the GIL; 2,000 rows keep each
# decode well under the UI thread's 50 ms budget (5,000 did not) for little extra sync time.
SYNC_PAGE_SIZE = 2000


def open_cache(path: Path) -> Cache:
    """The local mirror; a damaged file is moved aside (kept for support) and rebuilt, since
    the mirror can always be synced again and commands must have somewhere to go."""
    try:
        return Cache(path)
    except sqlite3.DatabaseError:
        set_aside(path, DAMAGED)  # with its -wal and -shm, which belong to the damaged file
        return Cache(path)


def open_reader(path: Path) -> CacheReader:
    """A page's read connection to the mirror. A new user's first reads can come before the
    sync worker has made the file: make it (empty) rather than fail the page."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        open_cache(path).close()
    return CacheReader.open(path)


def services_factory(
    server: ServerAddress, token: str, path: Path, outbox: Outbox
) -> ServicesFactory:
    """Builds the worker's services on the worker thread (the mirror stays on that thread;
    the outbox is shared with the UI thread, which stores commands in it)."""

    def build() -> SyncServices:
        path.parent.mkdir(parents=True, exist_ok=True)
        api = server.client(token)
        cache = open_cache(path)
        return SyncServices(
            api, cache, outbox, SyncEngine(api, cache, outbox, page_size=SYNC_PAGE_SIZE)
        )

    return build


def connect(
    server_url: str,
    token: str,
    path: Path,
    outbox: Outbox,
    verify: bool | str = True,
    *,
    wait: float | None = None,
    notices: Sequence[str] = (),
    address: ServerAddress | None = None,
) -> tuple[SyncLink, Backend]:
    """A logged-in user's two links: the sync worker (feed -> cache, the Outbox) and the
    Backend pages read the cache and call the server through. Neither is started yet.
    Their API clients are made by ``address`` (one is made for ``server_url`` if not given):
    moving it moves them all."""
    server = address or ServerAddress(server_url, verify=verify)
    factory = services_factory(server, token, path, outbox)
    link = (
        SyncLink(factory, outbox=outbox, notices=notices)
        if wait is None
        else SyncLink(factory, outbox=outbox, notices=notices, wait=wait)
    )
    data = Backend(lambda: open_reader(path), lambda: server.client(token))
    # A full change (first load, re-sync, rebuilt cache) may come from a new cache file.
    link.changed.connect(lambda changes: data.cache_replaced() if changes.full else None)
    return link, data


def stylesheet() -> str:
    """The console's QSS; url()s in QSS resolve against the working directory, so the icon
    folder is filled in here."""
    path = resource_path("qss", "console.qss")
    if not path.exists():
        return ""
    icons = resource_path("icons").as_posix()
    return path.read_text(encoding="utf-8").replace("@ICONS@", icons)


def prepare_application(argv: Sequence[str], lang: str) -> QApplication:
    """The QApplication with style, bundled font, stylesheet and translators (Chinese first)."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(list(argv))
    app.setApplicationName(APP_NAME)
    app.setOrganizationName("Shangmen")
    app.setStyle("Fusion")
    family = load_bundled_fonts()
    if family is not None:
        app.setFont(QFont(family, FONT_POINT_SIZE))
    install_translators(app, lang)
    app.setStyleSheet(stylesheet())
    return app


def apply_user_preferences(app: QApplication, settings: QSettings, machine_language: str) -> None:
    """The user's language and text size (Desk > Settings…), before their window is built.
    A user who chose no language gets the machine's (``machine_language``), not the one the
    previous user of a shared workstation chose."""
    use_language(app, ui.read(settings, ui.UI_LANGUAGE) or machine_language)
    apply_font_size(ui.read(settings, ui.FONT_SIZE))


def use_language(app: QApplication, language: str) -> None:
    if normalize_language(language) != current_language():
        install_translators(app, language)


class DeskController(QObject):
    """Login -> main window -> (logout) -> login again; quits when the user is done."""

    def __init__(
        self,
        app: QApplication,
        *,
        server_url: str,
        embedded: bool,
        data_dir: Path,
        settings: QSettings,
        verify: bool | str = True,
        server_origin: ServerOrigin | None = None,
        server: EmbeddedServer | None = None,
    ) -> None:
        """``server``: the embedded server main.py started; restarted here if it dies."""
        super().__init__()
        self._app = app
        self._server_url = server_url
        self._server_origin = server_origin or ServerOrigin(
            "embedded" if embedded else "command_line"
        )
        self._embedded = embedded
        self._data_dir = data_dir
        self._settings = settings
        self._verify = verify
        self._tokens = TokenStore()
        self._backend = ApiLoginBackend(verify)
        # The language the app started in (command line, machine settings): the login dialog
        # and users without a choice of their own get it back after someone else's session.
        self._machine_language = current_language()
        self._window: MainWindow | None = None
        self._link: SyncLink | None = None
        self._data: Backend | None = None
        self._user: tuple[str, str] | None = None  # (server id, user name) of the session
        self._outbox: Outbox | None = None
        self._address: ServerAddress | None = None  # the session's
        self.retiring: list[SyncLink | Backend] = []
        self.keeper: ServerKeeper | None = None
        if server is not None:
            keeper = self.keeper = ServerKeeper(server, parent=self)
            keeper.stopped.connect(self._server_stopped)
            keeper.restarted.connect(self._server_restarted)
            keeper.restart_failed.connect(self._server_restart_failed)

    def login(self) -> bool:
        """Ask for a login and open the main window; False when the user gave up."""
        result = LoginDialog.ask(
            backend=self._backend,
            tokens=self._tokens,
            settings=self._settings,
            server_url=self._server_url,
            embedded=self._embedded,
            origin=self._server_origin,
        )
        if result is None:
            return False
        self._open(result)
        return True

    def _open(self, result: LoginResult) -> None:
        username = result.user.username
        epoch = getattr(self._backend, "server_ids", {}).get(result.server_url)
        server_id = epoch or result.server_url
        path = cache_path(self._data_dir, server_id, username)
        notices: list[str] = []
        try:
            # On the UI thread, before the window: a small file, and "queued" needs it.
            outbox, report = open_user_outbox(self._data_dir, result.server_url, username, epoch)
            notices = outbox_notices(report)
        except (OSError, sqlite3.Error) as exc:  # e.g. a full or read-only disk: say so
            outbox = Outbox(":memory:", epoch=epoch)
            notices = [outbox_notices(None, problem=type(exc).__name__)[0]]
        self._outbox = outbox
        address = self._address = ServerAddress(result.server_url, verify=self._verify)
        link, data = connect(
            result.server_url, result.token, path, outbox, notices=notices, address=address
        )
        self._data = data
        mine = open_user_settings(self._data_dir, result.user.username)
        apply_user_preferences(self._app, mine, self._machine_language)
        ctx = PageContext(link=link, user=result.user, settings=mine, data=data)
        tokens, url, username = self._tokens, result.server_url, result.user.username
        window = MainWindow(ctx, server_url=url, forget_token=lambda: tokens.delete(url, username))
        window.logout_requested.connect(self._relogin)
        window.closing.connect(self._quit)
        self._link, self._window = link, window
        self._user = (server_id, username)
        link.start()
        window.show()

    # ---- the embedded server ------------------------------------------------------------

    def _server_stopped(self) -> None:
        if self._window is not None:
            self._window.offline.server_restarting()

    def _server_restarted(self, url: str) -> None:
        """Back on the same database; on another port only if its own was taken meanwhile
        (the mirror and the outbox are the database's, so they carry on)."""
        self._server_url = url
        if self._address is not None:
            self._address.move(url)
        if self._window is not None:
            self._window.offline.server_restarted()
        if self._link is not None:
            self._link.retry_now()

    def _server_restart_failed(self, log_path: str) -> None:
        if self._window is not None:
            self._window.offline.server_restart_failed(log_path)

    def _close_session(self) -> None:
        link, window = self._link, self._window
        self._link = self._window = None
        if window is not None:
            window.closing.disconnect(self._quit)
            window.save_layout()
            window.hide()
            window.deleteLater()
        data, self._data = self._data, None
        self._address = None
        outbox, self._outbox = self._outbox, None
        stopped = True
        for worker in (link, data):
            if worker is None:
                continue
            if worker.stop(STOP_TIMEOUT_MS):
                worker.deleteLater()
            else:
                # Still inside a network call (a hanging server). Destroying a running thread
                # would abort the app and lose the command it is about to store: keep it
                # until it ends; run_app waits for these before the process exits.
                self.retiring.append(worker)
                stopped = stopped and worker is not link
        if outbox is not None and stopped:  # a retiring worker still uses it otherwise
            outbox.close()

    def _relogin(self) -> None:
        user = self._user
        self._close_session()
        use_language(self._app, self._machine_language)  # the login is the machine's
        apply_font_size(ui.read(self._settings, ui.FONT_SIZE))
        if user is not None and read(self._settings, PURGE_CACHE_AT_LOGOUT):
            self._purge(*user)
        # After the current event: the window's signal handlers must finish first.
        QTimer.singleShot(0, self._login_or_quit)

    def _purge(self, server_id: str, username: str) -> None:
        """The machine-wide setting asks for the cache to go at logout (shared workstations).
        A worker still inside a network call keeps the file open: then it stays, and says so."""
        path = cache_path(self._data_dir, server_id, username)
        outbox = outbox_path(self._data_dir, username)
        unsent = -1 if self.retiring else purge_cache(path, outbox)
        if unsent == 0:
            return
        if unsent > 0:
            text = QCoreApplication.translate(
                "DeskController",
                "Your local data was not deleted: %1 command(s) have not reached the server "
                "yet. Log in again when the server can be reached so that they are sent.",
            ).replace("%1", str(unsent))
        else:
            text = QCoreApplication.translate(
                "DeskController",
                "Your local data was not deleted: the app is still talking to the server. "
                "It will be deleted at your next logout.",
            )
        QMessageBox.information(
            None, QCoreApplication.translate("DeskController", "Local data kept"), text
        )

    def _login_or_quit(self) -> None:
        if not self.login():
            self._app.quit()

    def _quit(self) -> None:
        if self.keeper is not None:  # the server is about to be stopped on purpose
            self.keeper.stop()
        self._close_session()
        self._app.quit()


def run_app(
    argv: Sequence[str],
    *,
    server_url: str,
    embedded: bool,
    data_dir: Path,
    lang: str = DEFAULT_LANGUAGE,
    verify: bool | str = True,
    server_origin: ServerOrigin | None = None,
    server: EmbeddedServer | None = None,
) -> int:
    """Run the desktop until the user quits; returns the exit code.

    Args:
        argv: command-line arguments for Qt.
        server_url: the server to log in to (the embedded one's URL in embedded mode).
        embedded: offer the demo accounts and lock the server field.
        data_dir: where the UI settings and the local cache live.
        lang: "zh_CN" (default) or "en".
        verify: TLS verification for the server: True, or a CA bundle path.
        server_origin: where ``server_url`` came from (the login dialog says so).
        server: the embedded server (started by main.py): restarted if its process dies.
    """
    app = prepare_application(argv, lang)
    app.setQuitOnLastWindowClosed(False)  # the controller decides: logout shows the login
    settings = open_settings(data_dir)
    controller = DeskController(
        app,
        server_url=server_url,
        embedded=embedded,
        data_dir=data_dir,
        settings=settings,
        verify=verify,
        server_origin=server_origin,
        server=server,
    )
    if not controller.login():
        return 0
    code = int(app.exec())
    for worker in controller.retiring:  # let a step stuck on the network end (bounded by
        worker.wait_finished(RETIRE_TIMEOUT_MS)  # the request timeouts), never abort it
    return code
