"""Log in: server, user, password, "remember me" (token in the OS keyring only).

The network calls run off the UI thread (``background.call``); errors are shown in
plain words (``error_text.describe_error``). The dialog talks to the server only through the
injected ``LoginBackend`` and to the keyring only through the injected ``TokenStoreLike``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.client.endpoints import plain_http_to_remote
from app.client.errors import AuthFailed, LoginStepRequired
from app.client.tokens import KEYRING_FAILED
from app.machine_config import ServerOrigin
from app.models.enums import Role
from app.views import settings as ui
from app.views.background import call
from app.views.error_text import describe_error
from app.views.labels import role_name
from app.views.login_steps import StepPanel

if TYPE_CHECKING:
    from app.client.api import LoginInfo, UserInfo
    from app.schemas.auth import TotpEnrolment

DEMO_PASSWORD = "shangmen-demo"
DEMO_ACCOUNTS: tuple[Role, ...] = (
    Role.DISPATCHER,
    Role.AGENT,
    Role.REVIEWER,
    Role.TRAINER,
    Role.SUPERVISOR,
    Role.ADMIN,
)


class LoginBackend(Protocol):
    """The two server calls the dialog needs (app.py builds them on ApiClient)."""

    def login(self, server_url: str, username: str, password: str) -> LoginInfo:
        """Check the server's version, then log in; raises ClientError subclasses."""
        ...

    def resume(self, server_url: str, token: str) -> UserInfo:
        """Who a remembered token belongs to (raises AuthFailed once it expired)."""
        ...

    def login_step(self, server_url: str, step: str, challenge: str, value: str) -> LoginInfo:
        """Answer a later login step (a new password, a TOTP or recovery code); raises
        ``LoginStepRequired`` when yet another step remains."""
        ...

    def start_totp(self, server_url: str, challenge: str) -> TotpEnrolment:
        """At login, a role that needs a second factor: the secret to scan."""
        ...


class TokenStoreLike(Protocol):
    available: bool
    warning: str | None

    def load(self, server_url: str, username: str) -> str | None: ...
    def save(self, server_url: str, username: str, token: str) -> bool: ...
    def delete(self, server_url: str, username: str) -> None: ...


@dataclass(frozen=True)
class LoginResult:
    server_url: str
    token: str
    user: UserInfo
    remember: bool

    def __repr__(self) -> str:  # never print the token
        return f"LoginResult({self.server_url!r}, user={self.user!r})"


class LoginDialog(QDialog):
    """Signals:
    busy_changed(bool): a login attempt started or ended (tests wait on False).
    """

    busy_changed = Signal(bool)

    def __init__(
        self,
        *,
        backend: LoginBackend,
        tokens: TokenStoreLike,
        settings: QSettings,
        server_url: str,
        embedded: bool,
        origin: ServerOrigin | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._tokens = tokens
        self._settings = settings
        self._embedded = embedded
        self.result_value: LoginResult | None = None
        self._step: LoginStepRequired | None = None
        self._pending_result: LoginResult | None = None
        self.setWindowTitle(self.tr("Shangmen Desk — Log in"))
        self.setObjectName("loginDialog")
        self.setMinimumWidth(420)

        title = QLabel(self.tr("Shangmen Desk"))
        title.setObjectName("loginTitle")
        subtitle = QLabel(self.tr("On-site services operations console"))
        subtitle.setObjectName("loginSubtitle")

        self.server_edit = QLineEdit(server_url or ui.read(settings, ui.LOGIN_SERVER))
        self.server_edit.setPlaceholderText("https://desk.example.cn")
        self.demo_combo = QComboBox()
        self.demo_combo.addItem(self.tr("Choose a demo account…"), "")
        for role in DEMO_ACCOUNTS:
            self.demo_combo.addItem(f"{role_name(role)} ({role.value})", role.value)
        self.demo_combo.currentIndexChanged.connect(self._demo_chosen)
        self.user_edit = QLineEdit(ui.read(settings, ui.LOGIN_USER))
        self.user_edit.setPlaceholderText(self.tr("User name"))
        self.password_edit = QLineEdit()
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setPlaceholderText(self.tr("Password"))
        self.remember_box = QCheckBox(self.tr("Remember me on this computer"))
        self.remember_box.setChecked(ui.read(settings, ui.LOGIN_REMEMBER))
        self.keyring_note = QLabel()
        self.keyring_note.setObjectName("noteLabel")
        self.keyring_note.setWordWrap(True)
        self.keyring_note.hide()
        self.error_label = QLabel()
        self.error_label.setObjectName("errorLabel")
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        self.busy_label = QLabel()
        self.busy_label.setObjectName("noteLabel")
        self.busy_label.hide()

        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Server"), self.server_edit)
        self.origin_note = QLabel(self._origin_text(origin, embedded, bool(server_url)))
        self.origin_note.setObjectName("noteLabel")
        self.origin_note.setWordWrap(True)
        self.origin_note.setVisible(bool(self.origin_note.text()))
        form.addRow("", self.origin_note)
        self.server_edit.textEdited.connect(self._server_typed)
        if embedded:
            self.server_edit.setReadOnly(True)
            self.server_edit.setToolTip(self.tr("The built-in demo server on this computer"))
            form.addRow(self.tr("Demo account"), self.demo_combo)
        else:
            self.demo_combo.hide()
        form.addRow(self.tr("User"), self.user_edit)
        form.addRow(self.tr("Password"), self.password_edit)
        form.addRow("", self.remember_box)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.login_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.login_button.setText(self.tr("Log in"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(8)
        self.form_box = QWidget()
        self.form_box.setLayout(form)
        layout.addWidget(self.form_box)
        self.steps = StepPanel()
        self.steps.hide()
        layout.addWidget(self.steps)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.error_label)
        layout.addWidget(self.busy_label)
        layout.addWidget(self.buttons)

        if not tokens.available:
            self._show_keyring_warning()
        (self.password_edit if self.user_edit.text() else self.user_edit).setFocus()

    def _server_typed(self) -> None:
        self.origin_note.setText(self.tr("Typed here, for this login."))
        self.origin_note.show()

    def _origin_text(self, origin: ServerOrigin | None, embedded: bool, given: bool) -> str:
        """Where the server address came from (IT set it, the command line, the demo)."""
        kind = origin.kind if origin is not None else ("embedded" if embedded else "")
        if not kind and given:
            return ""
        if kind == "embedded":
            return self.tr("The built-in demo server on this computer, with Beijing demo data.")
        if kind == "machine" and origin is not None:
            return self.tr("Set for this computer by IT in %1.").replace("%1", origin.detail)
        if kind == "command_line":
            return self.tr("Given on the command line (--server).")
        return self.tr("The server you used last on this computer.")

    # ---- API ----------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        *,
        backend: LoginBackend,
        tokens: TokenStoreLike,
        settings: QSettings,
        server_url: str,
        embedded: bool,
        origin: ServerOrigin | None = None,
        parent: QWidget | None = None,
    ) -> LoginResult | None:
        """Show the dialog; the login, or None when the user gave up. Tests replace this."""
        dialog = cls(
            backend=backend,
            tokens=tokens,
            settings=settings,
            server_url=server_url,
            embedded=embedded,
            origin=origin,
            parent=parent,
        )
        dialog.try_remembered()
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.result_value if accepted else None

    def try_remembered(self) -> None:
        """With "remember me" on and a token in the keyring, skip the password."""
        url, user = self._server_url(), self.user_edit.text().strip()
        if not (self.remember_box.isChecked() and self._tokens.available and url and user):
            return
        tokens, backend = self._tokens, self._backend

        def resume() -> tuple[str, UserInfo] | None:
            token = tokens.load(url, user)
            if token is None:
                return None
            return token, backend.resume(url, token)

        def done(found: tuple[str, UserInfo] | None) -> None:
            self._set_busy(False)
            if found is not None:
                self._finish(LoginResult(url, found[0], found[1], True))

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            if isinstance(exc, AuthFailed):  # expired: forget it, ask for the password
                call(lambda: tokens.delete(url, user), lambda _: None)
            self._show_error(describe_error(exc, url))

        self._set_busy(True, self.tr("Resuming your session…"))
        call(resume, done, failed, owner=self)

    def submit(self) -> None:
        if not self.steps.isHidden():
            self._submit_step()
            return
        url = self._server_url()
        user = self.user_edit.text().strip()
        password = self.password_edit.text()
        if not url or not user or not password:
            self._show_error(self.tr("Enter the server, your user name and your password."))
            return
        if plain_http_to_remote(url):
            self._show_error(
                self.tr(
                    "Use https:// for a server on another computer: over http:// your "
                    "password would travel unencrypted."
                )
            )
            return
        remember = self.remember_box.isChecked() and self._tokens.available
        tokens, backend = self._tokens, self._backend

        def login() -> LoginInfo:
            info = backend.login(url, user, password)
            if remember:
                tokens.save(url, user, info.token)
            else:  # "remember me" switched off: do not leave an older token behind
                tokens.delete(url, user)
            return info

        def failed(exc: Exception) -> None:
            self._set_busy(False)
            if isinstance(exc, LoginStepRequired):
                self._show_step(exc)
                return
            self._show_error(describe_error(exc, url))
            self.password_edit.selectAll()
            self.password_edit.setFocus()

        self._set_busy(True, self.tr("Connecting to the server…"))
        call(login, self._logged_in, failed, owner=self)

    # ---- later steps: a new password, a TOTP code, a TOTP enrolment ----------------------

    def _remember(self) -> bool:
        return self.remember_box.isChecked() and self._tokens.available

    def _logged_in(self, info: LoginInfo) -> None:
        self._set_busy(False)
        result = LoginResult(self._server_url(), info.token, info.user, self._remember())
        if info.recovery_codes:  # shown once, before the window opens
            self.form_box.hide()
            self.steps.show_recovery_codes(info.recovery_codes)
            self.steps.show()
            self.login_button.setText(self.tr("I have saved them"))
            self._pending_result = result
            return
        self._finish(result)

    def _show_step(self, step: LoginStepRequired) -> None:
        self._step = step
        self.form_box.hide()
        self.steps.show_step(step.step)
        self.steps.show()
        self.login_button.setText(self.tr("Continue"))
        if step.step == "totp_enrolment_required":
            url, backend = self._server_url(), self._backend
            self._set_busy(True, self.tr("Preparing your authenticator code…"))
            call(
                lambda: backend.start_totp(url, step.challenge),
                self._enrolment_ready,
                self._step_failed,
                owner=self,
            )

    def _enrolment_ready(self, enrolment: TotpEnrolment) -> None:
        self._set_busy(False)
        self.steps.show_enrolment(enrolment.otpauth_uri, enrolment.secret)

    def _step_failed(self, exc: Exception) -> None:
        self._set_busy(False)
        if isinstance(exc, LoginStepRequired):
            self._show_step(exc)
            return
        if isinstance(exc, AuthFailed) and exc.code == "challenge_expired":
            self._back_to_password()
        self._show_error(describe_error(exc, self._server_url()))

    def _back_to_password(self) -> None:
        self.steps.hide()
        self.form_box.show()
        self.login_button.setText(self.tr("Log in"))
        self.password_edit.clear()
        self.password_edit.setFocus()

    def _submit_step(self) -> None:
        if self._pending_result is not None:
            self._finish(self._pending_result)
            return
        value, problem = self.steps.answer()
        if problem:
            self._show_error(problem)
            return
        url, user, step = self._server_url(), self.user_edit.text().strip(), self._step
        if step is None:
            return
        remember, tokens, backend = self._remember(), self._tokens, self._backend

        def answer() -> LoginInfo:
            info = backend.login_step(url, step.step, step.challenge, value)
            if remember:
                tokens.save(url, user, info.token)
            return info

        self._set_busy(True, self.tr("Checking…"))
        call(answer, self._logged_in, self._step_failed, owner=self)

    def is_busy(self) -> bool:
        return not self.login_button.isEnabled()

    # ---- internals ----------------------------------------------------------------------

    def _server_url(self) -> str:
        return self.server_edit.text().strip().rstrip("/")

    def _demo_chosen(self, index: int) -> None:
        username = self.demo_combo.itemData(index)
        if username:
            self.user_edit.setText(str(username))
            self.password_edit.setText(DEMO_PASSWORD)

    def _finish(self, result: LoginResult) -> None:
        ui.write(self._settings, ui.LOGIN_USER, result.user.username)
        ui.write(self._settings, ui.LOGIN_REMEMBER, result.remember)
        if not self._embedded:
            ui.write(self._settings, ui.LOGIN_SERVER, result.server_url)
        self._pending_result = None
        self.result_value = result
        self.accept()

    def _set_busy(self, busy: bool, text: str = "") -> None:
        for widget in (
            self.server_edit,
            self.demo_combo,
            self.user_edit,
            self.password_edit,
            self.remember_box,
            self.login_button,
        ):
            widget.setEnabled(not busy)
        self.remember_box.setEnabled(not busy and self._tokens.available)
        self.busy_label.setText(text)
        self.busy_label.setVisible(busy)
        if busy:
            self.error_label.hide()
        self.busy_changed.emit(busy)

    def _show_error(self, text: str) -> None:
        self.error_label.setText(text)
        self.error_label.show()

    def _show_keyring_warning(self) -> None:
        self.remember_box.setChecked(False)
        self.remember_box.setEnabled(False)
        why = (
            self.tr("the system keyring failed.")
            if self._tokens.warning == KEYRING_FAILED
            else self.tr("no system keyring is available.")
        )  # in the user's language (the store's own text carries both)
        self.keyring_note.setText(
            self.tr("Your login cannot be remembered on this computer: %1").replace("%1", why)
        )
        self.keyring_note.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # While a login runs, Esc must not close the dialog under the callback.
        if event.key() == Qt.Key.Key_Escape and self.is_busy():
            return
        super().keyPressEvent(event)
