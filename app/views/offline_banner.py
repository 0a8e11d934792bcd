"""The offline banner: shown while the server does not answer, at the bottom of the main
window (appearing there moves nothing the user is about to click at the top of a page).

It says since when the app is offline, how long ago the server last answered (the age moves
on its own timer, no status needed), when the next try is due, and what still works; "Retry
now" asks the sync worker to try at once. In embedded mode it also says that the built-in
server stopped and was restarted, until the user dismisses that.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QTimer, Signal, Slot
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.views.sync_status import SyncStatus
from app.views.timefmt import HOUR_MINUTE, wall_clock

TICK_MS = 1000  # the age is in seconds for the first minute


def age_text(seconds: float) -> str:
    """How long ago, for a person: "20 s ago", "3 min ago", "2 h 4 min ago"."""
    whole = max(0, int(seconds))
    if whole < 60:
        return QCoreApplication.translate("OfflineBanner", "%1 s ago").replace("%1", str(whole))
    minutes = whole // 60
    if minutes < 60:
        return QCoreApplication.translate("OfflineBanner", "%1 min ago").replace("%1", str(minutes))
    return (
        QCoreApplication.translate("OfflineBanner", "%1 h %2 min ago")
        .replace("%1", str(minutes // 60))
        .replace("%2", str(minutes % 60))
    )


class OfflineBanner(QFrame):
    """Signals:
    retry_requested(): the user pressed "Retry now".
    """

    retry_requested = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("offlineBanner")
        self._clock = clock
        self._offline_since: datetime | None = None  # None while online (or not known yet)
        self._last_contact: datetime | None = None
        self._next_retry: datetime | None = None
        self._trying = False  # "Retry now" pressed; no answer yet
        self._server_note = ""  # about the built-in server; stays until dismissed

        self.headline = QLabel()
        self.headline.setObjectName("offlineHeadline")
        self.headline.setWordWrap(True)
        self.detail = QLabel(
            self.tr(
                "You can keep working: changes are stored on this computer and sent when the "
                "server answers. Reading works from this computer's copy; lookups that need "
                "the server do not."
            )
        )
        self.detail.setWordWrap(True)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.retry = QPushButton(self.tr("Retry now"))
        self.retry.clicked.connect(self._retry_clicked)
        self.dismiss = QPushButton(self.tr("Dismiss"))
        self.dismiss.clicked.connect(self._dismiss_note)
        words = QVBoxLayout()
        words.setSpacing(2)
        for label in (self.headline, self.detail, self.note):
            words.addWidget(label)
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addLayout(words, 1)
        row.addWidget(self.retry)
        row.addWidget(self.dismiss)
        self._timer = QTimer(self)
        self._timer.setInterval(TICK_MS)
        self._timer.timeout.connect(self._refresh)
        self.hide()

    # ---- what the window tells it -------------------------------------------------------

    @Slot(object)
    def show_status(self, status: SyncStatus) -> None:
        """The sync worker's status."""
        offline = status.online is False
        if offline and self._offline_since is None:
            self._offline_since = self._clock()
        elif not offline:
            self._offline_since = None
        self._last_contact = status.last_contact
        self._next_retry = status.next_retry
        self._trying = False
        self._refresh()

    def server_restarting(self) -> None:
        self._say_server(self.tr("The built-in server stopped; restarting it…"))

    def server_restarted(self) -> None:
        self._say_server(
            self.tr(
                "The built-in server stopped and was restarted at %1, on the same database."
            ).replace("%1", wall_clock(self._clock(), HOUR_MINUTE))
        )

    def server_restart_failed(self, log_path: str) -> None:
        self._say_server(
            self.tr(
                "The built-in server stopped and could not be restarted; the app keeps "
                "trying. What the server said is in %1."
            ).replace("%1", log_path)
        )

    def text(self) -> str:
        """Everything the banner says (what a person reads; tests read it too)."""
        parts = [self.headline.text(), self.detail.text()] if self._offline_since else []
        if self._server_note:
            parts.append(self._server_note)
        return "\n".join(parts)

    # ---- inside -------------------------------------------------------------------------

    def _say_server(self, text: str) -> None:
        self._server_note = text
        self._refresh()

    @Slot()
    def _retry_clicked(self) -> None:
        self._trying = True
        self._refresh()
        self.retry_requested.emit()

    @Slot()
    def _dismiss_note(self) -> None:
        self._server_note = ""
        self._refresh()

    @Slot()
    def _refresh(self) -> None:
        since = self._offline_since
        now = self._clock()
        if since is not None:
            self.headline.setText(self._headline(since, now))
        offline = since is not None
        for widget in (self.headline, self.detail, self.retry):
            widget.setVisible(offline)
        self.note.setText(self._server_note)
        self.note.setVisible(bool(self._server_note))
        self.dismiss.setVisible(bool(self._server_note) and not offline)
        shown = offline or bool(self._server_note)
        self.setVisible(shown)
        if offline and not self._timer.isActive():
            self._timer.start()
        elif not offline:
            self._timer.stop()

    def _headline(self, since: datetime, now: datetime) -> str:
        contact = self._last_contact
        if contact is not None:
            text = (
                self.tr("Offline since %1 — last contact %2.")
                .replace("%1", wall_clock(since, HOUR_MINUTE))
                .replace("%2", age_text((now - contact).total_seconds()))
            )
        else:
            text = self.tr("Offline since %1 — the server has not answered yet.").replace(
                "%1", wall_clock(since, HOUR_MINUTE)
            )
        retry = self._next_retry
        if self._trying or (retry is not None and retry <= now):
            text += " " + self.tr("Trying again…")
        elif retry is not None:
            seconds = math.ceil((retry - now).total_seconds())
            text += " " + self.tr("Next try in %1 s.").replace("%1", str(seconds))
        return text
