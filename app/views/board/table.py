"""The board's table view: fixed row heights, column widths that fit both languages, sorting.

A big table (STYLE.md §4): rows are never measured, and widths are measured once from the
header text and the state names, never per row with ``ResizeToContents``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.models.enums import OrderStatus
from app.views.board.filter import Column
from app.views.board.model import OrderBoardModel
from app.views.labels import status_name

ROW_HEIGHT = 30

COLUMN_WIDTHS: dict[Column, int] = {
    Column.CODE: 140,
    Column.STATUS: 60,
    Column.DISPATCH_BY: 140,
    Column.START: 90,
    Column.CATEGORY: 100,
    Column.DISTRICT: 66,
    Column.CUSTOMER: 64,
    Column.PROVIDER: 72,
    Column.ADDRESS: 160,  # the last section stretches over what is left
}


def make_board_table(model: OrderBoardModel) -> QTableView:
    """A read-only, single-selection table over ``model``, sorted the way the model is."""
    table = QTableView()
    table.setObjectName("boardTable")
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never ResizeToContents
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionsMovable(True)
    # Defaults fit Chinese; English words run longer, so never go below what the header
    # text and the state names need (measured once, not per row: no ResizeToContents).
    metrics = table.fontMetrics()
    status_width = max(metrics.horizontalAdvance(status_name(s)) for s in OrderStatus) + 20
    for column, width in COLUMN_WIDTHS.items():
        needed = header.sectionSizeHint(column)
        if column is Column.STATUS:
            needed = max(needed, status_width)
        header.resizeSection(column, max(width, needed))
    sort_key = model.sort_key()  # None: newest first, no column indicated
    section, descending = (int(sort_key[0]), sort_key[1]) if sort_key else (-1, True)
    header.setSortIndicator(
        section, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
    )
    table.setSortingEnabled(True)
    return table
