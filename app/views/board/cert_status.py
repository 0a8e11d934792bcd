"""The assigned provider's certificates for one order, in the order detail: either that every
certificate the service needs covers the order, or each reason one does not (missing, under
review, expired or due for review before the order ends), as dispatch itself would say it.

Read from the local cache off the UI thread (``Backend.local``); follows the feed because the
board re-shows the selected order when it changes, and the page re-shows it when a
certificate changes.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from app.client.certifications import CertificateStatus, certificate_status
from app.views.i18n import pick

if TYPE_CHECKING:
    from app.views.background import Backend


class CertificateStatusLabel(QLabel):
    def __init__(self, data: Backend | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("certificateStatus")
        self.setWordWrap(True)
        self._data = data
        self._shown: int | None = None

    def show_provider(self, provider_id: int | None, category: str, order_end: datetime) -> None:
        """Read and show whether ``provider_id``'s certificates cover the order (None: clear)."""
        if provider_id is None or self._data is None or not self._data.has_cache:
            self._shown = None
            self.clear()
            return
        if self._shown != provider_id:
            self.clear()
        self._shown = provider_id
        self._data.local(
            lambda reader: certificate_status(reader, provider_id, category, order_end),
            self._on_status,
            owner=self,
            key="certificate_status",
        )

    def _on_status(self, status: CertificateStatus) -> None:
        if self._shown != status.provider_id:
            return
        if status.reasons:
            self.setText("\n".join("⚠ " + pick(r.zh, r.en) for r in status.reasons))
        else:
            self.setText(
                QCoreApplication.translate(
                    "CertificateStatus", "Every certificate this service needs covers the order"
                )
            )
        self.setProperty("clear", not status.reasons)
        self.setStyleSheet("" if not status.reasons else "color: #b42318;")
