"""The complaint workflow's clock.

Routes read the time here, once per request, and pass it down: services never read a
clock. One seam, so an HTTP test can move time forward (callback attempts an hour apart)
without sleeping and without touching the clock that sessions and the feed use.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)
