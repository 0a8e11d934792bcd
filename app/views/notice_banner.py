"""A banner at the top of the main window for what the user must not miss about their unsent
commands (a damaged outbox and what was recovered from it); it stays until dismissed."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from app.client.outbox_files import OutboxReport


def outbox_notices(report: OutboxReport | None, *, problem: str = "") -> list[str]:
    """What opening the outbox found, in words (nothing when it was simply healthy)."""
    if report is None:
        return [
            QCoreApplication.translate(
                "OutboxNotice",
                "The file of unsent commands on this computer could not be opened (%1). "
                "Commands you make now are kept only until the app closes.",
            ).replace("%1", problem)
        ]
    texts: list[str] = []
    if report.damaged:
        kept = ", ".join(p.name for p in report.damaged)
        if report.complete:
            text = QCoreApplication.translate(
                "OutboxNotice",
                "The file of unsent commands on this computer was damaged. All %1 "
                "command(s) in it were recovered and will be sent. The damaged file is kept "
                "as %2.",
            )
        else:
            text = QCoreApplication.translate(
                "OutboxNotice",
                "The file of unsent commands on this computer was damaged. %1 command(s) "
                "were recovered and will be sent; part of the file could not be read, so "
                "commands made shortly before may be missing: check your recent work. The "
                "damaged file is kept as %2.",
            )
        texts.append(text.replace("%1", str(report.recovered)).replace("%2", kept))
    if report.adopted:
        texts.append(
            QCoreApplication.translate(
                "OutboxNotice",
                "%1 unsent command(s) kept by an earlier version of the app were found "
                "and added to the commands waiting to be sent.",
            ).replace("%1", str(report.adopted))
        )
    return texts


class NoticeBanner(QFrame):
    """Notices, one per line, until the user dismisses them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("noticeBanner")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.clicked.connect(self.clear)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(self.text, 1)
        row.addWidget(self.dismiss)
        self._lines: list[str] = []
        self.hide()

    def lines(self) -> list[str]:
        return list(self._lines)

    @Slot(str)
    def add(self, text: str) -> None:
        if text in self._lines:
            return
        self._lines.append(text)
        self.text.setText("\n".join(self._lines))
        self.show()

    @Slot()
    def clear(self) -> None:
        self._lines.clear()
        self.text.clear()
        self.hide()
