"""What every part of the demo generator shares: the random source, the clock, id counters."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, timezone
from itertools import accumulate
from typing import Any

Row = dict[str, Any]

UTC_OFFSET = timedelta(hours=8)
BEIJING = timezone(UTC_OFFSET, "Asia/Shanghai")

# The six demo accounts have fixed ids, in this order (see generator.USERS).
DISPATCHER_ID, AGENT_ID, REVIEWER_ID, TRAINER_ID, SUPERVISOR_ID, ADMIN_ID = range(1, 7)


@dataclass
class Ctx:
    """One generation run: the seeded random source and "now" (aware UTC)."""

    rng: random.Random
    now: datetime
    _next_id: defaultdict[str, int] = field(default_factory=lambda: defaultdict(int))

    @property
    def today(self) -> date:
        """The Beijing calendar day of ``now``: "today's orders" are this day's."""
        return self.now.astimezone(BEIJING).date()

    def local(self, day: date, hour: int, minute: int = 0) -> datetime:
        """Beijing wall-clock time on ``day``, as aware UTC (Beijing has no daylight saving)."""
        return datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC) - UTC_OFFSET

    def next_id(self, table: str) -> int:
        self._next_id[table] += 1
        return self._next_id[table]

    def minutes(self, low: float, high: float) -> timedelta:
        return timedelta(minutes=self.rng.uniform(low, high))

    def hours(self, low: float, high: float) -> timedelta:
        return timedelta(hours=self.rng.uniform(low, high))

    def days_ago(self, low: float, high: float) -> datetime:
        """A moment between ``high`` and ``low`` days before now, to the second."""
        moment = self.now - timedelta(days=self.rng.uniform(low, high))
        return moment.replace(microsecond=0)

    def not_after_now(self, moment: datetime) -> datetime:
        return min(moment, self.now)


class Weighted:
    """Keys drawn by weight (enum keys become plain ``str`` values); built once, drawn often."""

    def __init__(self, weights: dict[str, float]) -> None:
        self.keys = [str(k) for k in weights]
        self.cum_weights = list(accumulate(weights.values()))

    def pick(self, rng: random.Random) -> str:
        return rng.choices(self.keys, cum_weights=self.cum_weights)[0]
