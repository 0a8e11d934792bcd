"""matplotlib figures: data in, Figure out (embedded in Qt by app.views). No Qt, no pyplot."""
