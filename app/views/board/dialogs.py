"""The board's small dialogs: pick a provider to assign, give a reason to cancel.

Each exposes a classmethod ``ask(...)`` that returns the answer (or None); tests replace it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.client.board import ProviderOption
from app.views.i18n import district_name
from app.views.labels import level_name

PROVIDER_ID_ROLE = int(Qt.ItemDataRole.UserRole)


class AssignDialog(QDialog):
    """A plain list of the providers offering the order's service; those serving its district
    first (the cache orders them). The server checks eligibility and explains a refusal."""

    def __init__(
        self,
        order_code: str,
        district: str,
        providers: list[ProviderOption],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Assign order %1").replace("%1", order_code))
        self.setMinimumSize(440, 480)
        heading = QLabel(
            self.tr("Choose who will serve order %1 (%2 providers).")
            .replace("%1", order_code)
            .replace("%2", str(len(providers)))
        )
        heading.setWordWrap(True)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter by name or code"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setUniformItemSizes(True)
        for provider in providers:
            self.list.addItem(self._item(provider, district))
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Assign"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        if not providers:
            empty = QLabel(self.tr("No active provider offers this service."))
            empty.setObjectName("noteLabel")
            layout.addWidget(empty)
        layout.addWidget(self.buttons)
        self.search.setFocus()
        self._update_ok()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        order_code: str,
        district: str,
        providers: list[ProviderOption],
    ) -> int | None:
        """The chosen provider's id, or None."""
        dialog = cls(order_code, district, providers, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.chosen()

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return int(item.data(PROVIDER_ID_ROLE))

    def _item(self, provider: ProviderOption, district: str) -> QListWidgetItem:
        parts = [
            provider.name,
            provider.code,
            level_name(provider.level),
            f"★{provider.rating:.1f}",
            district_name(provider.home_district),
        ]
        if provider.serves(district):
            parts.append(self.tr("serves this district"))
        item = QListWidgetItem("  ·  ".join(p for p in parts if p))
        item.setData(PROVIDER_ID_ROLE, provider.id)
        return item

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        first_visible: QListWidgetItem | None = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.text().lower()
            item.setHidden(hidden)
            if not hidden and first_visible is None:
                first_visible = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first_visible is not None:
            self.list.setCurrentItem(first_visible)
        self._update_ok()

    def _update_ok(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.chosen() is not None
        )


class CancelDialog(QDialog):
    """Cancelling needs a reason: a common one from the list, or words of one's own."""

    def __init__(self, order_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Cancel order %1").replace("%1", order_code))
        self.setMinimumWidth(420)
        heading = QLabel(
            self.tr("Why is order %1 cancelled? The reason is recorded and audited.").replace(
                "%1", order_code
            )
        )
        heading.setWordWrap(True)
        self.preset = QComboBox()
        self.preset.addItem(self.tr("Choose a reason…"), "")
        for text in (
            self.tr("Customer asked to cancel"),
            self.tr("No provider available in time"),
            self.tr("Duplicate order"),
            self.tr("Customer unreachable"),
            self.tr("Address outside the service area"),
        ):
            self.preset.addItem(text, text)
        self.details = QPlainTextEdit()
        self.details.setPlaceholderText(self.tr("Details (required when no reason is chosen)"))
        self.details.setFixedHeight(90)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Cancel order"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Keep order"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.preset.currentIndexChanged.connect(self._update_ok)
        self.details.textChanged.connect(self._update_ok)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.preset)
        layout.addWidget(self.details)
        layout.addWidget(self.buttons)
        self._update_ok()

    @classmethod
    def ask(cls, parent: QWidget | None, order_code: str) -> str | None:
        """The reason, or None when the user kept the order."""
        dialog = cls(order_code, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.reason() or None

    def reason(self) -> str:
        preset = str(self.preset.currentData() or "")
        details = self.details.toPlainText().strip()
        if preset and details:
            return f"{preset}: {details}"
        return preset or details

    def _update_ok(self, *_: object) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(self.reason()))


class ConfirmDialog(QDialog):
    """A yes/no question whose buttons both say what they do ("Unassign" / "Keep", never a
    "Cancel" beside "Cancel order")."""

    def __init__(
        self, title: str, text: str, yes: str, parent: QWidget | None = None, no: str = ""
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(380)
        label = QLabel(text)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(yes)
        if no:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(no)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(buttons)

    @classmethod
    def ask(
        cls, parent: QWidget | None, title: str, text: str, yes: str = "", no: str = ""
    ) -> bool:
        dialog = cls(title, text, yes or title, parent, no)
        return dialog.exec() == QDialog.DialogCode.Accepted
