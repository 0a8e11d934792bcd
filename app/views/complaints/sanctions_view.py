"""A provider's sanctions and their history, for any page.

``show_provider_sanctions(parent, api, provider_id)`` opens a small window that reads the
record from the local cache off the UI thread (``app.client.complaints.provider_sanctions``,
the server's own assembly): the current dispatch hold and why, then every sanction, newest
first, with its effective status and any appeal.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.client.errors import ClientError
from app.client.sanction_record import SanctionEntry, SanctionRecord
from app.views.complaints.labels import (
    appeal_label,
    level_label,
    reason_text,
    sanction_status_label,
)
from app.views.complaints.reads import ComplaintReads
from app.views.complaints.wrap import wrap_column
from app.views.i18n import current_language
from app.views.timefmt import utc_now, wall_clock
from app.views.training.status import TrainingStatusLabel

if TYPE_CHECKING:
    from app.views.background import Backend


class ProviderSanctionsDialog(QDialog):
    def __init__(
        self,
        api: Backend | None,
        provider_id: int,
        provider_name: str = "",
        *,
        people: Mapping[int, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("providerSanctions")
        self.provider_id = provider_id
        self._people = dict(people or {})
        who = provider_name or f"#{provider_id}"
        self.setWindowTitle(self.tr("Sanctions of %1").replace("%1", who))
        self.setMinimumSize(760, 360)
        self.hold = QLabel(self.tr("Loading…"))
        self.hold.setObjectName("sectionTitle")
        self.hold_reasons = QLabel()
        self.hold_reasons.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("errorLabel")
        self.error.setWordWrap(True)
        self.error.hide()
        self.table = QTreeWidget()
        self.table.setObjectName("sanctionHistory")
        self.table.setRootIsDecorated(False)
        self.table.setWordWrap(True)
        self.table.setHeaderLabels(
            [self.tr("Decided"), self.tr("Sanction"), self.tr("Status"), self.tr("Until"),
             self.tr("Appeal"), self.tr("Reason")]
        )  # fmt: skip
        header = self.table.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for col, width in enumerate((120, 76, 64, 120, 76)):
            header.resizeSection(col, width)
        wrap_column(self.table, 5)
        self.empty = QLabel(self.tr("No sanctions on record."))
        self.empty.setObjectName("noteLabel")
        self.empty.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.hold)
        layout.addWidget(self.hold_reasons)
        self.training = TrainingStatusLabel(api)  # a retraining hold's progress, if any
        layout.addWidget(self.training)
        layout.addWidget(self.error)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)

        self.reads = ComplaintReads(api, self)
        self.reads.answered.connect(self._answered)
        self.reads.failed.connect(self._failed)
        if self.reads.available:
            self.reads.provider_sanctions(provider_id)
            self.training.show_provider(provider_id, "", utc_now())
        else:
            self._failed("", None)

    def show_record(self, record: SanctionRecord) -> None:
        """Fill from a provider's sanction record."""
        self.error.hide()
        hold = record.dispatch_hold
        self.hold.setText(
            self.tr("Dispatch hold: %1").replace("%1", level_label(hold))
            if hold
            else self.tr("No dispatch hold: the provider may be dispatched.")
        )
        why = [reason_text(r) for r in record.hold_reasons]
        self.hold_reasons.setText("\n".join(why))
        self.hold_reasons.setVisible(bool(why))
        self.table.clear()
        for sanction in record.sanctions:
            self.table.addTopLevelItem(self._item(sanction))
        self.empty.setVisible(not record.sanctions)

    def _item(self, sanction: SanctionEntry) -> QTreeWidgetItem:
        decided = sanction.decided_at
        ends = sanction.ends_at
        decider = sanction.decided_by
        by = self._people.get(decider, f"#{decider}") if decider is not None else ""
        item = QTreeWidgetItem(
            [
                wall_clock(decided) if decided else "",
                level_label(sanction.level),
                sanction_status_label(sanction.status),
                wall_clock(ends) if ends else "—",
                appeal_label(sanction.appeal) if sanction.appeal is not None else "—",
                sanction.reason,
            ]
        )
        item.setToolTip(5, sanction.reason)
        if by:
            item.setToolTip(0, self.tr("Decided by %1").replace("%1", by))
        if sanction.blocking:
            font = item.font(1)
            font.setBold(True)
            item.setFont(1, font)
        item.setData(0, Qt.ItemDataRole.UserRole, sanction.id)
        return item

    def _answered(self, key: str, result: object) -> None:
        if key != f"sanctions:{self.provider_id}":
            return
        if isinstance(result, SanctionRecord):
            self.show_record(result)
        else:
            self.hold.setText(self.tr("This provider is not in the local data yet."))

    def _failed(self, key: str, error: object) -> None:
        text = (
            error.text(current_language())
            if isinstance(error, ClientError)
            else self.tr("The local data cannot be read from here.")
        )
        self.hold.setText(self.tr("Could not load the sanctions."))
        self.error.setText(text)
        self.error.show()


def show_provider_sanctions(
    parent: QWidget | None,
    api: Backend | None,
    provider_id: int,
    provider_name: str = "",
    *,
    people: Mapping[int, str] | None = None,
) -> ProviderSanctionsDialog:
    """Open (non-modal) the sanctions window of ``provider_id``; any page may call this."""
    dialog = ProviderSanctionsDialog(api, provider_id, provider_name, people=people, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
