"""Qt only: windows, pages, dialogs, item models, delegates and the sync worker."""
