"""reportlab documents: data in, PDF out. No Qt."""
