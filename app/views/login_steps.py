"""The login dialog's later steps: choose a new password, type a TOTP code, or enrol an
authenticator (QR code) — and the recovery codes shown once after an enrolment."""

from __future__ import annotations

import io

import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from app.rules.accounts import PASSWORD_MIN_LENGTH


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """A QR code of ``text`` (an otpauth URI) as a pixmap; rendered in memory."""
    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


class StepPanel(QWidget):
    """What a later login step asks for; :meth:`answer` is what to send (or why not)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.step = ""
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.secret = QLabel()
        self.secret.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.secret.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.first = QLineEdit()
        self.second = QLineEdit()
        self.codes = QPlainTextEdit()
        self.codes.setReadOnly(True)
        self.copy_button = QPushButton(self.tr("Copy the codes"))
        self.copy_button.clicked.connect(self._copy_codes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (self.explain, self.qr, self.secret, self.first, self.second, self.codes):
            layout.addWidget(w)
        layout.addWidget(self.copy_button)
        self._show_only()

    def _show_only(self, *widgets: QWidget) -> None:
        for w in (self.qr, self.secret, self.first, self.second, self.codes, self.copy_button):
            w.setVisible(w in widgets)

    def show_step(self, step: str) -> None:
        self.step = step
        self.first.clear()
        self.second.clear()
        if step == "password_change_required":
            self.explain.setText(
                self.tr(
                    "Your password was set by an administrator. Choose your own: at least %1 "
                    "characters, not a common password, not containing your user name."
                ).replace("%1", str(PASSWORD_MIN_LENGTH))
            )
            for edit, hint in (
                (self.first, self.tr("New password")),
                (self.second, self.tr("New password again")),
            ):
                edit.setEchoMode(QLineEdit.EchoMode.Password)
                edit.setPlaceholderText(hint)
            self._show_only(self.first, self.second)
        else:
            self.first.setEchoMode(QLineEdit.EchoMode.Normal)
            self.first.setPlaceholderText(self.tr("6-digit code"))
            if step == "totp_enrolment_required":
                self.explain.setText(
                    self.tr(
                        "Your role needs a second factor. Scan this code with an authenticator "
                        "app (e.g. Microsoft Authenticator, Google Authenticator), then type the "
                        "6 digits it shows."
                    )
                )
                self._show_only(self.qr, self.secret, self.first)
            else:
                self.explain.setText(
                    self.tr(
                        "Type the 6-digit code from your authenticator app, or one of your "
                        "recovery codes."
                    )
                )
                self.first.setPlaceholderText(self.tr("6-digit code or recovery code"))
                self._show_only(self.first)
        self.first.setFocus()

    def show_enrolment(self, otpauth_uri: str, secret: str) -> None:
        self.qr.setPixmap(qr_pixmap(otpauth_uri))
        self.secret.setText(
            self.tr("Or enter this key by hand: %1").replace(
                "%1", " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))
            )
        )

    def show_recovery_codes(self, codes: tuple[str, ...]) -> None:
        self.step = "recovery_codes"
        self.explain.setText(
            self.tr(
                "Your second factor is set up. Keep these recovery codes somewhere safe: each "
                "one logs you in once if you lose your phone. They are shown only now."
            )
        )
        self.codes.setPlainText("\n".join(codes))
        self._show_only(self.codes, self.copy_button)

    def _copy_codes(self) -> None:
        QGuiApplication.clipboard().setText(self.codes.toPlainText())

    def answer(self) -> tuple[str, str]:
        """(what to send, "") or ("", why it cannot be sent yet)."""
        value = self.first.text()
        if self.step == "password_change_required":
            if len(value) < PASSWORD_MIN_LENGTH:
                return "", self.tr("The password needs at least %1 characters.").replace(
                    "%1", str(PASSWORD_MIN_LENGTH)
                )
            if value != self.second.text():
                return "", self.tr("The two passwords differ.")
            return value, ""
        if not value.strip():
            return "", self.tr("Type the code from your authenticator app.")
        return value.strip(), ""
