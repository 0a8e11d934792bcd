"""Telling an agent that one of their tickets just missed a deadline: once, audibly, visibly.

``BreachWatch`` decides *which* breaches are news (each ticket's deadline once: a ticket that
misses its first response and later its resolution rings twice, never every second);
``Notifier`` rings the bell and shows a desktop notification where the desktop has a tray.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QWidget

from app.client.complaints import TicketRow
from app.views import settings as ui

NOTIFICATION_MS = 10_000


class BreachWatch:
    """Remembers the (ticket, deadline) breaches already announced."""

    def __init__(self) -> None:
        self._announced: set[tuple[int, datetime]] = set()

    def prime(self, rows: Iterable[TicketRow], now: datetime) -> list[TicketRow]:
        """Take what is overdue already as known (it was missed before we looked); returns it."""
        overdue = [r for r in rows if r.overdue(now)]
        self._announced.update((r.id, r.next_deadline) for r in overdue if r.next_deadline)
        return overdue

    def news(self, rows: Iterable[TicketRow], now: datetime) -> list[TicketRow]:
        """The rows whose current deadline passed since the last call (each one once)."""
        fresh: list[TicketRow] = []
        for row in rows:
            if row.next_deadline is None or not row.overdue(now):
                continue
            key = (row.id, row.next_deadline)
            if key not in self._announced:
                self._announced.add(key)
                fresh.append(row)
        return fresh


class Notifier:
    """The bell and the tray balloon. Tests replace ``alert`` to count the calls.

    ``alert`` returns True when a desktop notification was shown, False when the caller
    should say it in the status bar instead (no system tray, e.g. offscreen or some Linux
    desktops).
    """

    def __init__(self, owner: QWidget, settings: QSettings | None = None) -> None:
        self._owner = owner
        self._settings = settings  # the user's choices (Desk > Settings…); None: both on
        self._tray: QSystemTrayIcon | None = None

    def _wants(self, setting: ui.Setting[bool]) -> bool:
        return self._settings is None or ui.read(self._settings, setting)

    def alert(self, title: str, text: str) -> bool:
        if self._wants(ui.ALERT_SOUND):
            QApplication.beep()
        if not self._wants(ui.ALERT_POPUP):
            return False  # said in the status bar instead
        if not (QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()):
            return False
        if self._tray is None:
            icon = self._owner.window().windowIcon() or QIcon()
            self._tray = QSystemTrayIcon(icon, self._owner)
            self._tray.setToolTip(title)
        self._tray.show()
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Warning, NOTIFICATION_MS)
        return True
