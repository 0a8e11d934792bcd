"""The administrator's page: accounts (create, edit, disable/enable, reset, sessions) and the
audit viewer (filters, pages, chain check). Every call runs off the UI thread through
``ctx.data.server``; each action is confirmed first and explained when it is not possible."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.client import accounts
from app.client.api import ApiClient
from app.client.sync import ChangeSet
from app.models.enums import Role
from app.rules.accounts import AccountState, may_change_role, may_disable
from app.rules.reasons import Reason
from app.schemas.users import AccountRecord, AccountsPage, OneTimePassword
from app.views.admin.models import AccountsModel
from app.views.audit.tab import AuditTab
from app.views.context import PageContext
from app.views.error_text import describe_error
from app.views.i18n import current_language
from app.views.labels import role_name


def confirm(parent: QWidget, title: str, text: str) -> bool:
    """Ask before acting (tests replace this)."""
    answer = QMessageBox.question(parent, title, text)
    return answer == QMessageBox.StandardButton.Yes


def ask_reason(parent: QWidget, title: str, text: str) -> str | None:
    """Ask before acting, with the reason kept in the audit log; None: the user said no
    (tests replace this)."""
    label = (
        text + "\n\n" + QCoreApplication.translate("AccountsTab", "Reason (kept in the audit log):")
    )
    reason, ok = QInputDialog.getText(parent, title, label)
    return reason.strip() if ok else None


def _lang_reason(reason: Reason) -> str:
    return reason.text(current_language())


class AccountDialog(QDialog):
    """Create an account (user name, name, role) or edit one (name, role)."""

    def __init__(self, parent: QWidget, account: AccountRecord | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New account") if account is None else self.tr("Edit account"))
        self.username = QLineEdit(account.username if account else "")
        self.username.setReadOnly(account is not None)
        self.display_name = QLineEdit(account.display_name if account else "")
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role), role.value)
        if account is not None:
            self.role.setCurrentIndex(self.role.findData(account.role.value))
        form = QFormLayout(self)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Name"), self.display_name)
        form.addRow(self.tr("Role"), self.role)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> tuple[str, str, Role]:
        return (
            self.username.text().strip(),
            self.display_name.text().strip(),
            Role(self.role.currentData()),
        )

    @classmethod
    def ask(cls, parent: QWidget, account: AccountRecord | None) -> tuple[str, str, Role] | None:
        dialog = cls(parent, account)
        return dialog.values() if dialog.exec() == QDialog.DialogCode.Accepted else None


class OneTimePasswordDialog(QDialog):
    """The one-time password, shown once, with a copy button."""

    def __init__(self, parent: QWidget, answer: OneTimePassword) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("One-time password"))
        note = QLabel(
            self.tr(
                "Give this password to %1 in person. It is shown only now; they must choose "
                "their own at the first login."
            ).replace("%1", answer.account.display_name)
        )
        note.setWordWrap(True)
        self.password = QLineEdit(answer.one_time_password)
        self.password.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.password.text()))
        close = QPushButton(self.tr("Done"))
        close.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        row = QHBoxLayout()
        row.addWidget(self.password)
        row.addWidget(copy)
        layout.addLayout(row)
        layout.addWidget(close)

    @classmethod
    def show_once(cls, parent: QWidget, answer: OneTimePassword) -> None:
        cls(parent, answer).exec()


class AccountsTab(QWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self._ctx = ctx
        self.model = AccountsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._explain())
        self.create_button = QPushButton(self.tr("New account…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.disable_button = QPushButton(self.tr("Disable"))
        self.reset_button = QPushButton(self.tr("Reset password"))
        self.totp_button = QPushButton(self.tr("Reset second factor"))
        self.sessions_button = QPushButton(self.tr("End sessions"))
        self.create_button.clicked.connect(self.create_account)
        self.edit_button.clicked.connect(self.edit)
        self.disable_button.clicked.connect(self.toggle_enabled)
        self.reset_button.clicked.connect(self.reset_password)
        self.totp_button.clicked.connect(self.reset_totp)
        self.sessions_button.clicked.connect(self.end_sessions)
        self.why = QLabel()
        self.why.setObjectName("noteLabel")
        self.why.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        buttons = QHBoxLayout()
        for b in (
            self.create_button,
            self.edit_button,
            self.disable_button,
            self.reset_button,
            self.totp_button,
            self.sessions_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(buttons)
        layout.addWidget(self.table)
        layout.addWidget(self.why)
        layout.addWidget(self.error)
        self._explain()

    # -- reading ---------------------------------------------------------------------------

    def reload(self) -> None:
        if self._ctx.data is not None:
            self._ctx.data.server(
                accounts.list_accounts, self._loaded, self._failed, owner=self, key="accounts"
            )

    def _loaded(self, page: AccountsPage) -> None:
        selected = self.selected()
        self.model.set_rows(page.data)
        if selected is not None:
            for row, acc in enumerate(page.data):
                if acc.id == selected.id:
                    self.table.selectRow(row)
        self._explain()

    def _failed(self, exc: Exception) -> None:
        self.error.setText(describe_error(exc, ""))
        self.error.show()

    def selected(self) -> AccountRecord | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        account: AccountRecord = self.model.rows[rows[0].row()]
        return account

    def _states(self) -> list[AccountState]:
        return [AccountState(a.id, a.role, a.active) for a in self.model.rows]

    def _explain(self) -> None:
        """Enable what the selection allows; say why the rest is not possible."""
        account = self.selected()
        for b in (
            self.edit_button,
            self.disable_button,
            self.reset_button,
            self.totp_button,
            self.sessions_button,
        ):
            b.setEnabled(account is not None)
        if account is None:
            self.why.setText(self.tr("Select an account to act on it."))
            return
        self.disable_button.setText(self.tr("Disable") if account.active else self.tr("Enable"))
        self.totp_button.setEnabled(account.totp_enabled)
        self.sessions_button.setEnabled(account.open_sessions > 0)
        why = ""
        if account.active:
            reason = may_disable(self._states(), account.id, self._ctx.user.id)
            if reason is not None:
                self.disable_button.setEnabled(False)
                why = _lang_reason(reason)
        self.disable_button.setToolTip(why)
        self.why.setText(why)

    # -- commands --------------------------------------------------------------------------

    def _send(self, request: Callable[[ApiClient], Any], done: Callable[[Any], None]) -> None:
        if self._ctx.data is None:
            return
        self.error.hide()

        def success(answer: Any) -> None:
            done(answer)
            self.reload()

        self._ctx.data.server(request, success, self._failed, owner=self)

    def create_account(self) -> None:
        values = AccountDialog.ask(self, None)
        if values is None:
            return
        username, name, role = values
        self._send(
            lambda api: accounts.create_account(api, username, name, role),
            lambda answer: OneTimePasswordDialog.show_once(self, answer),
        )

    def edit(self) -> None:
        account = self.selected()
        if account is None:
            return
        values = AccountDialog.ask(self, account)
        if values is None:
            return
        _, name, role = values
        reason = may_change_role(self._states(), account.id, role)
        if reason is not None:
            self._failed_text(_lang_reason(reason))
            return
        self._send(lambda api: accounts.edit_account(api, account, name, role), lambda _: None)

    def _failed_text(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def toggle_enabled(self) -> None:
        account = self.selected()
        if account is None:
            return
        enable = not account.active
        text = (
            self.tr("Enable %1's account? They can log in again.")
            if enable
            else self.tr("Disable %1's account? Their open sessions end at once.")
        ).replace("%1", account.display_name)
        reason = ask_reason(self, self.tr("Account"), text)
        if reason is not None:
            self._send(
                lambda api: accounts.set_enabled(api, account, enable, reason), lambda _: None
            )

    def reset_password(self) -> None:
        account = self.selected()
        if account is None:
            return
        text = self.tr(
            "Give %1 a new one-time password? Their sessions end and they choose a new "
            "password at the next login."
        ).replace("%1", account.display_name)
        reason = ask_reason(self, self.tr("Reset password"), text)
        if reason is not None:
            self._send(
                lambda api: accounts.reset_password(api, account, reason),
                lambda answer: OneTimePasswordDialog.show_once(self, answer),
            )

    def reset_totp(self) -> None:
        account = self.selected()
        if account is None:
            return
        text = self.tr(
            "Forget %1's authenticator (e.g. a lost phone)? They enrol a new one at the next login."
        ).replace("%1", account.display_name)
        reason = ask_reason(self, self.tr("Reset second factor"), text)
        if reason is not None:
            self._send(lambda api: accounts.reset_totp(api, account, reason), lambda _: None)

    def end_sessions(self) -> None:
        account = self.selected()
        if account is None:
            return
        text = self.tr("End %1's %2 open sessions? They must log in again.")
        text = text.replace("%1", account.display_name).replace("%2", str(account.open_sessions))
        if confirm(self, self.tr("End sessions"), text):
            self._send(lambda api: accounts.end_sessions(api, account.id), lambda _: None)


class AdminPage(QTabWidget):
    def __init__(self, ctx: PageContext) -> None:
        super().__init__()
        self.accounts = AccountsTab(ctx)
        self.audit = AuditTab(ctx)
        self.addTab(self.accounts, self.tr("Accounts"))
        self.addTab(self.audit, self.tr("Audit log"))
        self.accounts.reload()
        self.audit.load(0)
        # Another administrator's change (or a user's own password/TOTP change) reaches the
        # feed as a "user" change: read the accounts again.
        ctx.link.changed.connect(self._on_changed)

    def _on_changed(self, changes: ChangeSet) -> None:
        if changes.touches("user"):
            self.accounts.reload()

    def save_state(self) -> None:
        """Nothing to keep between sessions."""

    def restore_state(self) -> None:
        """Nothing to restore."""


def build_page(ctx: PageContext) -> QWidget:
    return AdminPage(ctx)
