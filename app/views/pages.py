"""The pages the navigation rail offers. A new page adds one ``PageSpec`` to ``default_pages``.

Only pages that work are listed: a page appears when it is built, not before.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget

from app.rules import access
from app.views.i18n import QT_TRANSLATE_NOOP
from app.views.timefmt import utc_now

if TYPE_CHECKING:
    from app.views.background import Backend
    from app.views.sync_link import SyncLink


class StaffUser(Protocol):
    """What the views need of the logged-in user (app.client.api.UserInfo fits)."""

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


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, translated in context "Pages" (QT_TRANSLATE_NOOP)
    icon: str  # file name under resources/icons/
    rail_title: str  # a short label for the navigation rail (context "Pages" too)
    build: Callable[[PageContext], QWidget]
    roles: frozenset[str] | None = None  # who sees the page; None = every role


class Page(Protocol):
    """What the main window calls on a page (all optional but these)."""

    def save_state(self) -> None: ...
    def restore_state(self) -> None: ...


def _board(ctx: PageContext) -> QWidget:
    from app.views.board.page import BoardPage

    return BoardPage(
        ctx.link, role=ctx.user.role, settings=ctx.settings, clock=ctx.clock, data=ctx.data
    )


def _auto_dispatch(ctx: PageContext) -> QWidget:
    from app.views.dispatch.auto_dispatch_page import build_page

    return build_page(ctx)


def _complaints(ctx: PageContext) -> QWidget:
    from app.views.complaints.page import build_page

    return build_page(ctx)


def default_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "board",
            QT_TRANSLATE_NOOP("Pages", "Dispatch board"),
            "board.svg",
            QT_TRANSLATE_NOOP("Pages", "Board"),
            _board,
        ),
        PageSpec(
            "dispatch",
            QT_TRANSLATE_NOOP("Pages", "Auto-dispatch"),
            "board.svg",
            QT_TRANSLATE_NOOP("Pages", "Plan"),
            _auto_dispatch,
            roles=frozenset(access.DISPATCH_ROLES),
        ),
        PageSpec(
            "complaints",
            QT_TRANSLATE_NOOP("Pages", "Complaints workbench"),
            "board.svg",  # TODO(lead): a hotline icon (resources/icons/hotline.svg)
            QT_TRANSLATE_NOOP("Pages", "Hotline"),
            _complaints,
            # Dispatchers read the queues (the server refuses them every step).
            roles=frozenset(access.COMPLAINT_READERS),
        ),
    ]
