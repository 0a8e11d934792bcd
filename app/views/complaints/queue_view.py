"""The queues' tables: how a work queue looks, which rows are on screen, which one is current."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from app.models.enums import ComplaintCategory, ComplaintStatus, Severity
from app.views.complaints.labels import category_label, severity_label, status_label
from app.views.complaints.queue_model import QueueColumn, TicketQueueModel

ROW_HEIGHT = 28

_WIDTHS: dict[QueueColumn, int] = {
    QueueColumn.COUNTDOWN: 118,
    QueueColumn.SEVERITY: 52,
    QueueColumn.CODE: 138,
    QueueColumn.STATUS: 64,
    QueueColumn.CATEGORY: 72,
    QueueColumn.ASSIGNEE: 84,
    QueueColumn.FLAGS: 70,
}


def make_queue_table(model: TicketQueueModel, name: str) -> QTableView:
    """A queue's table: fixed row heights, column widths measured once, no sorting."""
    table = QTableView()
    table.setObjectName(name)
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setStyleSheet(
        "QTableView { background: #ffffff; alternate-background-color: #f9fafb;"
        " border: 1px solid #e4e7ec; selection-background-color: #d1e0ff;"
        " selection-color: #101828; }"
    )
    vertical = table.verticalHeader()
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    vertical.setDefaultSectionSize(ROW_HEIGHT)
    vertical.hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    # Defaults fit Chinese; English labels run longer, so measure the words once (never
    # ResizeToContents): the header titles and the longest state and category names.
    metrics = table.fontMetrics()
    needed = {
        QueueColumn.STATUS: max(
            metrics.horizontalAdvance(status_label(s)) for s in ComplaintStatus
        ),
        QueueColumn.CATEGORY: max(
            metrics.horizontalAdvance(category_label(c)) for c in ComplaintCategory
        ),
        QueueColumn.SEVERITY: max(metrics.horizontalAdvance(severity_label(v)) for v in Severity),
    }
    for column, width in _WIDTHS.items():
        fit = max(width, header.sectionSizeHint(column), needed.get(column, 0) + 16)
        header.resizeSection(column, fit)
    return table


def visible_rows(table: QTableView) -> tuple[int, int]:
    """The first and last rows on screen (``last < first``: none)."""
    first = table.rowAt(0)
    if first < 0:
        return 0, -1
    last = table.rowAt(table.viewport().height() - 1)
    return first, last if last >= 0 else table.model().rowCount() - 1


def select_ticket(table: QTableView, model: TicketQueueModel, ticket_id: int) -> None:
    """Show ``ticket_id`` as the current row, or none when the queue does not hold it."""
    selection = table.selectionModel()
    index = model.row_of(ticket_id)
    if index is not None and selection.currentIndex().row() == index:
        return
    selection.blockSignals(True)
    if index is None:
        selection.clear()
    else:
        selection.setCurrentIndex(
            model.index(index, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        table.scrollTo(model.index(index, 0))
    selection.blockSignals(False)
    table.viewport().update()
