"""Enter a certificate on a provider's behalf (intake) or a renewal, with its scans.

The provider is picked by name or pinyin initials from the local cache; a renewal names the
provider's certificate of the same kind it replaces. The files are read off the UI thread and
sent with the certificate to the server (scans are personal information: never kept in the
workstation's Outbox on disk, so this needs the server). The new item joins the queue with
its findings; the dialog closes when the server has it and every scan.

Submitting again after a failure never makes a second certificate and re-sends only the scans
the server has not confirmed (``app.client.certification_intake``). Once the server has the
certificate its fields are locked (they are what was saved) and the dialog says what is
missing. While a request is on its way the dialog cannot be closed: its outcome would be lost.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.client import certification_intake as ci
from app.client import certifications as cq
from app.client.errors import ServerError, Unreachable
from app.models.enums import CertificationKind
from app.views.background import Backend
from app.views.certification.labels import kind_name, state_name
from app.views.error_text import describe_error


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class IntakeDialog(QDialog):
    def __init__(self, data: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enter a certificate"))
        self._data = data
        self._intake = ci.Intake.start()  # one Idempotency-Key for the dialog's life
        self._sending = False
        self.result_detail: cq.CertDetail | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Provider's name or pinyin initials"))
        self.search.textChanged.connect(self._find)
        self.provider = QComboBox()
        self.provider.currentIndexChanged.connect(lambda _i: self._renewables())
        self.kind = QComboBox()
        for kind in CertificationKind:
            self.kind.addItem(kind_name(kind.value), kind.value)
        self.kind.currentIndexChanged.connect(lambda _i: self._renewables())
        self.renews = QComboBox()
        self.number = QLineEdit()
        self.holder = QLineEdit()
        self.holder.setPlaceholderText(self.tr("As printed on the card"))
        self.issuer = QLineEdit()
        self.issued = QDateEdit(QDate.currentDate())
        self.issued.setCalendarPopup(True)
        self.has_expiry = QCheckBox(self.tr("Expiry printed on the card"))
        self.expires = QDateEdit(QDate.currentDate().addYears(1))
        self.expires.setCalendarPopup(True)
        self.expires.setEnabled(False)
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        self.scans = QListWidget()
        self.scans.setMaximumHeight(80)
        self.scans.installEventFilter(self)
        add = QPushButton(self.tr("Add scans…"))
        add.clicked.connect(self._add_files)
        self.remove = QPushButton(self.tr("Remove scan (Del)"))
        self.remove.clicked.connect(self.remove_selected_scan)
        scan_buttons = QHBoxLayout()
        scan_buttons.addWidget(add)
        scan_buttons.addWidget(self.remove)
        scan_buttons.addStretch(1)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b42318;")
        form = QFormLayout()
        form.addRow(self.tr("Find provider"), self.search)
        form.addRow(self.tr("Provider"), self.provider)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Renews"), self.renews)
        form.addRow(self.tr("Number"), self.number)
        form.addRow(self.tr("Holder"), self.holder)
        form.addRow(self.tr("Issuer"), self.issuer)
        form.addRow(self.tr("Issued on"), self.issued)
        form.addRow(self.has_expiry, self.expires)
        form.addRow(self.tr("Scans (JPEG, PNG, PDF; 10 MB each)"), self.scans)
        form.addRow("", scan_buttons)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Submit"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self._fields: tuple[QWidget, ...] = (
            self.search, self.provider, self.kind, self.renews, self.number, self.holder,
            self.issuer, self.issued, self.has_expiry, self.expires,
        )  # fmt: skip
        self._renewables()
        self._show_scans()

    @property
    def files(self) -> list[Path]:
        return [s.path for s in self._intake.scans]

    @property
    def sending(self) -> bool:
        return self._sending

    def _find(self, text: str) -> None:
        self._data.local(
            lambda r: cq.find_providers(r, text), self._show_found, owner=self, key="find"
        )

    def _show_found(self, found: list[cq.ProviderPick]) -> None:
        self.provider.clear()
        for pick in found:
            self.provider.addItem(f"{pick.name} ({pick.id})", pick.id)

    def _renewables(self) -> None:
        self.renews.clear()
        self.renews.addItem(self.tr("Nothing: a new certificate"), None)
        provider, kind = self.provider.currentData(), self.kind.currentData()
        if provider is None:
            return
        self._data.local(
            lambda r: [c for c in cq.provider_certificates(r, int(provider)) if c.kind == kind],
            self._show_renewables,
            owner=self,
            key="renewables",
        )

    def _show_renewables(self, rows: list[cq.CertRow]) -> None:
        for row in rows:
            last = row.lapses_on()
            self.renews.addItem(
                f"{row.number or row.id} · {state_name(row.status)}"
                + (f" · {last.isoformat()}" if last else ""),
                row.id,
            )

    def _add_files(self) -> None:
        names, _filter = QFileDialog.getOpenFileNames(
            self, self.tr("Scans"), "", self.tr("Scans (*.jpg *.jpeg *.png *.pdf)")
        )
        self.add_files([Path(n) for n in names])

    def add_files(self, paths: list[Path]) -> None:
        self._intake = self._intake.with_scans(paths)
        self._show_scans()

    def remove_selected_scan(self) -> None:
        """Take the selected scan off the list (not one the server already has)."""
        if self._sending:
            return
        row = self.scans.currentRow()
        self._intake = self._intake.without_scan(row)
        self._show_scans()
        self.scans.setCurrentRow(min(row, self.scans.count() - 1))

    def _show_scans(self) -> None:
        self.scans.clear()
        for scan in self._intake.scans:
            if scan.done:
                self.scans.addItem(self.tr("%1 (sent)").replace("%1", scan.name))
            elif scan.uncertain:
                self.scans.addItem(
                    self.tr("%1 (may already be on the server)").replace("%1", scan.name)
                )
            else:
                self.scans.addItem(scan.name)
        removable = any(not s.done and not s.uncertain for s in self._intake.scans)
        self.remove.setEnabled(removable and not self._sending)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.scans and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.remove_selected_scan()
                return True
        return super().eventFilter(watched, event)

    def draft(self) -> cq.NewCertificate | None:
        """The certificate as typed, or None (``problem`` says what is missing)."""
        provider = self.provider.currentData()
        missing = [
            name
            for name, empty in (
                (self.tr("provider"), provider is None),
                (self.tr("number"), not self.number.text().strip()),
                (self.tr("issuer"), not self.issuer.text().strip()),
            )
            if empty
        ]
        if missing:
            self.problem.setText(self.tr("Missing: %1").replace("%1", ", ".join(missing)))
            return None
        return cq.NewCertificate(
            provider_id=int(provider),
            kind=str(self.kind.currentData()),
            number=self.number.text(),
            issuer=self.issuer.text(),
            issued_on=_date(self.issued.date()),
            holder_name=self.holder.text(),
            expires_on=_date(self.expires.date()) if self.has_expiry.isChecked() else None,
            renews_id=self.renews.currentData(),
        )

    def submit(self) -> None:
        if self._sending:
            return
        new = self.draft()
        if new is None:
            return
        if not self._data.has_server:
            self.problem.setText(self.tr("Entering a certificate needs the server."))
            return
        intake = self._intake
        self._set_sending(True)
        self.problem.setText(self.tr("Sending…"))
        self._data.server(
            lambda api: ci.send_intake(api, new, intake),
            self._sent,
            self._failed,
            owner=self,
            key="submit",
        )

    def _set_sending(self, sending: bool) -> None:
        self._sending = sending
        self.buttons.setEnabled(not sending)
        self._show_scans()

    def _sent(self, attempt: ci.Attempt) -> None:
        self._intake = attempt.intake
        self._set_sending(False)
        if self._intake.created is not None:
            for field in self._fields:  # what the server saved; a retry does not re-send them
                field.setEnabled(False)
        if self._intake.complete:
            self.result_detail = self._intake.created
            self.accept()
            return
        missing, total = len(self._intake.pending), len(self._intake.scans)
        reason = self._reason(attempt.error) if attempt.error is not None else ""
        reason = reason.rstrip("。. ")  # the sentence goes on after it
        self.problem.setText(
            self.tr(
                "The certificate was saved; %1 of %2 scans did not upload: %3. "
                "Press Submit to send the rest."
            )
            .replace("%1", str(missing))
            .replace("%2", str(total))
            .replace("%3", reason)
        )

    def _failed(self, exc: Exception) -> None:
        self._set_sending(False)
        if isinstance(exc, Unreachable | ServerError):
            # No answer to the create: the server may have saved it. The next Submit must be
            # the same request (its key) so that the server recognises it, not a second one.
            for field in self._fields:
                field.setEnabled(False)
            self.problem.setText(
                self.tr(
                    "%1 The server may have saved the certificate: the fields are kept as "
                    "sent. Press Submit to find out and go on."
                ).replace("%1", self._reason(exc))
            )
            return
        self.problem.setText(self._reason(exc))

    def _reason(self, exc: Exception) -> str:
        if isinstance(exc, cq.ScanTooLarge):
            return self.tr("%1 is larger than 10 MB; remove it or choose a smaller file.").replace(
                "%1", exc.name
            )
        if isinstance(exc, OSError):
            name = Path(str(exc.filename)).name if exc.filename else ""
            return self.tr("The scan %1 could not be read; remove it or add it again.").replace(
                "%1", name
            )
        return describe_error(exc)

    def reject(self) -> None:
        """Cancel, Esc: refused while sending (the outcome would be lost)."""
        if self._sending:
            self.problem.setText(self._still_sending())
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._sending:
            self.problem.setText(self._still_sending())
            event.ignore()
            return
        super().closeEvent(event)

    def _still_sending(self) -> str:
        return self.tr("Still sending; this closes when the server has answered.")
