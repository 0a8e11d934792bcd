"""The pages the navigation rail offers. A new page adds one ``PageSpec`` to ``default_pages``.

Pages get a ``PageContext`` (app.views.context); they never import this module, so the list
of pages can import every page without a cycle.

Only pages that work are listed: a page appears when it is built, not before. Each role lands
on the page made for its working day (``home_for``); a user's last page wins after that.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from app.models.enums import Role
from app.rules import access
from app.views.context import PageContext
from app.views.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: str  # English source, translated in context "Pages" (QT_TRANSLATE_NOOP)
    icon: str  # file name under resources/icons/
    rail_title: str  # a short label for the navigation rail (context "Pages" too)
    build: Callable[[PageContext], QWidget]
    roles: frozenset[str] | None = None  # who sees the page; None = every role
    home_for: frozenset[str] = frozenset()  # roles that land here after login


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


def _certification(ctx: PageContext) -> QWidget:
    from app.views.certification.page import build_page

    return build_page(ctx)


def _training(ctx: PageContext) -> QWidget:
    from app.views.training.page import build_page

    return build_page(ctx)


def _insight(ctx: PageContext) -> QWidget:
    from app.views.insight.page import build_page

    return build_page(ctx)


def _audit(ctx: PageContext) -> QWidget:
    from app.views.audit.tab import build_page

    return build_page(ctx)


def _admin(ctx: PageContext) -> QWidget:
    from app.views.admin.page import build_page

    return build_page(ctx)


def default_pages() -> list[PageSpec]:
    return [
        PageSpec(
            "board",
            QT_TRANSLATE_NOOP("Pages", "Dispatch board"),
            "board.svg",
            QT_TRANSLATE_NOOP("Pages", "Board"),
            _board,
            home_for=frozenset({Role.DISPATCHER}),
        ),
        PageSpec(
            "dispatch",
            QT_TRANSLATE_NOOP("Pages", "Auto-dispatch"),
            "plan.svg",
            QT_TRANSLATE_NOOP("Pages", "Plan"),
            _auto_dispatch,
            roles=frozenset(access.DISPATCH_ROLES),
        ),
        PageSpec(
            "complaints",
            QT_TRANSLATE_NOOP("Pages", "Complaints workbench"),
            "hotline.svg",
            QT_TRANSLATE_NOOP("Pages", "Hotline"),
            _complaints,
            # Dispatchers read the queues (the server refuses them every step).
            roles=frozenset(access.COMPLAINT_READERS),
            home_for=frozenset({Role.AGENT}),
        ),
        PageSpec(
            "certification",
            QT_TRANSLATE_NOOP("Pages", "Certification review"),
            "review.svg",
            QT_TRANSLATE_NOOP("Pages", "Review"),
            _certification,
            roles=frozenset(access.CERTIFICATION_DECIDERS),
            home_for=frozenset({Role.REVIEWER}),
        ),
        PageSpec(
            "training",
            QT_TRANSLATE_NOOP("Pages", "Training and assessment"),
            "training.svg",
            QT_TRANSLATE_NOOP("Pages", "Training"),
            _training,
            roles=frozenset(access.TRAINING_WRITERS),
            home_for=frozenset({Role.TRAINER}),
        ),
        PageSpec(
            "insight",
            QT_TRANSLATE_NOOP("Pages", "Operations dashboard"),
            "insight.svg",
            QT_TRANSLATE_NOOP("Pages", "Dashboard"),
            _insight,  # after the pages of each role's own work; the supervisors' home
            roles=frozenset(access.DASHBOARD_READERS),
            home_for=frozenset({Role.SUPERVISOR}),
        ),
        PageSpec(
            "audit",
            QT_TRANSLATE_NOOP("Pages", "Audit log"),
            "audit.svg",
            QT_TRANSLATE_NOOP("Pages", "Audit"),
            _audit,
            # Administrators read it as a tab of their own page.
            roles=frozenset(access.AUDIT_READERS - access.ACCOUNT_ADMINS),
        ),
        PageSpec(
            "admin",
            QT_TRANSLATE_NOOP("Pages", "Administration"),
            "admin.svg",
            QT_TRANSLATE_NOOP("Pages", "Admin"),
            _admin,
            roles=frozenset(access.ACCOUNT_ADMINS),
            home_for=frozenset({Role.ADMIN}),
        ),
    ]
