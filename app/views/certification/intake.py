"""Enter a certificate on a provider's behalf (intake) or a renewal, with its scans.

The provider is picked by name or pinyin initials from the local cache; a renewal names the
provider's certificate of the same kind it replaces. The files are read off the UI thread and
sent with the certificate to the server (scans are personal information: never kept in the
workstation's Outbox on disk, so this needs the server). The new item joins the queue with
its findings; the dialog closes when the server has it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.client import certifications as cq
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
        self.files: list[Path] = []
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
        add = QPushButton(self.tr("Add scans…"))
        add.clicked.connect(self._add_files)
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
        form.addRow("", add)
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
        self._renewables()

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
        for path in paths:
            self.files.append(path)
            self.scans.addItem(path.name)

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
        new = self.draft()
        if new is None:
            return
        if not self._data.has_server:
            self.problem.setText(self.tr("Entering a certificate needs the server."))
            return
        files = list(self.files)
        self.buttons.setEnabled(False)
        self.problem.setText(self.tr("Sending…"))
        self._data.server(
            lambda api: cq.submit_certificate(api, new, cq.read_scans(files)),
            self._done,
            self._failed,
            owner=self,
            key="submit",
        )

    def _done(self, detail: cq.CertDetail) -> None:
        self.result_detail = detail
        self.accept()

    def _failed(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        self.problem.setText(str(exc) if isinstance(exc, ValueError) else describe_error(exc))
