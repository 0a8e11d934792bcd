"""The hard dispatch rules applied to one assignment, with facts read from the database."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy.orm import Session

from app.models import tables as t
from app.rules.dispatch import DEFAULT_SETTINGS, DispatchSettings, check_eligibility, local_day
from app.rules.reasons import Reason
from app.server.services.dispatch_facts import customer_facts, order_facts, provider_facts

SETTINGS: DispatchSettings = DEFAULT_SETTINGS


def assignment_blockers(
    session: Session, order: t.Order, provider: t.Provider, now: datetime
) -> list[Reason]:
    """Every hard rule ``provider`` breaks for ``order`` (empty: may be assigned)."""
    of = order_facts(order)
    [pf] = provider_facts(session, [provider], [local_day(of.start)], now)
    customer = customer_facts(session, [order.customer_id])[order.customer_id]
    return check_eligibility(of, pf, customer, SETTINGS)
