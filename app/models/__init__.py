"""The data: enums (pure, no SQLAlchemy) in ``enums``; SQLAlchemy tables in ``tables``.

This package's ``__init__`` imports nothing so that ``app.rules`` can use the enums
without pulling in SQLAlchemy.
"""
