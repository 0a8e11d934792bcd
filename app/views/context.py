"""What every page is given: ``PageContext`` (the link, where data comes from, the user, the
settings, the clock) and the small protocols pages and the main window share."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings

from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.views.background import Backend
    from app.views.sync_link import SyncLink


class StaffUser(Protocol):
    """What the views need of the logged-in user (app.client.api.UserInfo fits)."""

    @property
    def id(self) -> int: ...
    @property
    def username(self) -> str: ...
    @property
    def display_name(self) -> str: ...
    @property
    def role(self) -> str: ...


@dataclass(frozen=True)
class PageContext:
    """What a page may use: the worker link (the "what changed" notice and the Outbox), where
    data comes from (the local cache and the server, off the UI thread), the user, the
    settings, the clock."""

    link: SyncLink
    user: StaffUser
    settings: QSettings
    clock: Callable[[], datetime] = utc_now
    data: Backend | None = None


class Page(Protocol):
    """What the main window calls on a page (all optional but these)."""

    def save_state(self) -> None: ...
    def restore_state(self) -> None: ...
