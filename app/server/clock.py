"""The server's one clock.

Routes and command handlers read the time here, once per request, and pass it down: services
and rules never read a clock. One seam, so an HTTP test moves time forward (callback attempts
an hour apart, a repeat window of 30 days) with ``monkeypatch.setattr(clock, "now", ...)``
instead of sleeping. Callers look ``now`` up on this module at call time (``clock.now()``),
never ``from app.server.clock import now``, or the test's clock would not reach them.
"""

from __future__ import annotations

from datetime import UTC, datetime


def now() -> datetime:
    return datetime.now(UTC)
