"""What the training page's helpers (amendments, conflicts, documents) use of the page.

A Protocol, so that the helpers do not import the page that imports them (no cycle).
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QLabel, QTableView, QTabWidget, QWidget

from app.client import training as tc
from app.views.context import PageContext
from app.views.training.commands import SessionCommands
from app.views.training.grid_model import GridModel
from app.views.training.grid_view import ScoringView
from app.views.training.roster_model import RosterModel


class TrainingDesk(Protocol):
    ctx: PageContext
    me: int
    current: tc.SessionRow | None
    notice: QLabel
    tabs: QTabWidget
    roster: RosterModel
    roster_view: QTableView
    grid: GridModel
    grid_view: ScoringView
    commands: SessionCommands

    def _update_actions(self) -> None: ...


def widget_of(page: TrainingDesk) -> QWidget:
    """The page as the parent of dialogs and helpers (it is a QWidget)."""
    assert isinstance(page, QWidget)
    return page
