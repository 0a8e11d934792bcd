"""调度看板 — the dispatch board: the live order table, its filters, details and order actions.

``page.BoardPage`` is the page; ``model`` the table model over ``app.client.board.BoardRow``;
``actions`` what Assign / Unassign / Cancel do; ``detail`` the side panel; ``dialogs`` the
small dialogs those actions ask.
"""
