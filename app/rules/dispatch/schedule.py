"""One planning run's working state: who is booked when, and each order's nearest candidates."""

from __future__ import annotations

import bisect
import math
from dataclasses import replace

import numpy as np

from app.rules.dispatch.eligibility import bookings_fit, check_eligibility
from app.rules.dispatch.facts import Booking, ProviderFacts, local_day
from app.rules.dispatch.matrix import FloatArray, Instance
from app.rules.dispatch.travel import end_key, travel_minutes

# Oversampling of the nearest providers before schedule checks thin them out.
_OVERSAMPLE = 4


class Schedule:
    """Bookings (existing + planned so far) and travel costs, updated as orders are planned."""

    def __init__(self, instance: Instance, *, consume: bool = False) -> None:
        """``consume=True`` works in the instance's own cost matrix instead of a copy (40 MB at
        1,000 x 5,000): only for the last schedule built on that instance."""
        self.instance = instance
        self.cost: FloatArray = instance.initial_cost if consume else instance.initial_cost.copy()
        self.bookings: list[list[Booking]] = [list(b) for b in instance.bookings]
        self.needs_check = instance.needs_schedule_check.copy()
        self.assigned: dict[int, int] = {}  # order row -> provider column
        self.forbidden: set[tuple[int, int]] = set()
        self._facts: dict[int, ProviderFacts] = {}

    def provider(self, col: int) -> ProviderFacts:
        """The provider's facts with the plan's bookings so far."""
        facts = self._facts.get(col)
        if facts is None:
            facts = replace(self.instance.providers[col], bookings=tuple(self.bookings[col]))
            self._facts[col] = facts
        return facts

    def try_book(self, row: int, col: int) -> bool:
        """Book the order on the provider if ``check_eligibility`` agrees; else forbid the pair."""
        inst = self.instance
        order = inst.orders[row]
        customer = inst.customers.get(order.customer_id)
        if check_eligibility(order, self.provider(col), customer, inst.settings):
            self.forbidden.add((row, col))
            return False
        booking = Booking(order.id, order.start, order.end, order.lat, order.lng)
        keys = [end_key(b) for b in self.bookings[col]]
        self.bookings[col].insert(bisect.bisect_right(keys, end_key(booking)), booking)
        self._facts.pop(col, None)
        rows = inst.rows_after(booking)
        self.cost[rows, col] = inst.approach_rows(col, self.bookings[col], rows)
        self.needs_check[col] = True
        self.assigned[row] = col
        return True

    def unbook(self, row: int) -> None:
        """Take a planned order off its provider again."""
        inst = self.instance
        col = self.assigned.pop(row)
        order = inst.orders[row]
        self.bookings[col] = [b for b in self.bookings[col] if b.order_id != order.id]
        self._facts.pop(col, None)
        rows = inst.rows_after(Booking(order.id, order.start, order.end, order.lat, order.lng))
        self.cost[rows, col] = inst.approach_rows(col, self.bookings[col], rows)

    def total_travel(self) -> float:
        """Travel into every planned order, as the plan stands."""
        return math.fsum(float(self.cost[r, c]) for r, c in self.assigned.items())

    def successor_delta(self, row: int, col: int) -> float:
        """How the trip into the provider's next planned order changes if ``row`` goes first."""
        if not self.needs_check[col]:
            return 0.0
        inst = self.instance
        order = inst.orders[row]
        nxt: Booking | None = None
        for b in self.bookings[col]:
            if b.start >= order.end and (nxt is None or b.start < nxt.start):
                nxt = b
        if nxt is None:
            return 0.0
        nxt_row = inst.row_of.get(nxt.order_id)
        if nxt_row is None or nxt_row not in self.assigned:
            return 0.0  # an existing job: its trip is not part of the plan's travel
        if local_day(order.end) != local_day(nxt.start):
            return 0.0
        new = travel_minutes(order.lat, order.lng, nxt.lat, nxt.lng, order.end, inst.settings)
        return new - float(self.cost[nxt_row, col])

    def fits(self, row: int, col: int) -> bool:
        """Schedule-dependent rules only; static ones are already in ``instance.static_ok``."""
        if (row, col) in self.forbidden:
            return False
        if not self.needs_check[col]:
            return True
        inst = self.instance
        cap = inst.daily_caps[col]
        return bookings_fit(inst.orders[row], self.bookings[col], cap, inst.settings)

    def nearest(self, row: int) -> int | None:
        """The provider with the least travel who may take the order now (ties: lower column)."""
        cost = np.where(self.instance.static_ok[row], self.cost[row], np.inf)
        while True:
            col = int(np.argmin(cost))
            if cost[col] == np.inf:
                return None
            if self.fits(row, col):
                return col
            cost[col] = np.inf

    def candidates(self, rows: list[int], k: int) -> list[list[tuple[int, float]]]:
        """For each row, up to ``k`` feasible providers, nearest first, as (column, minutes)."""
        inst = self.instance
        idx = np.asarray(rows, dtype=np.int64)
        cost = np.where(inst.static_ok[idx], self.cost[idx], np.inf)
        m = cost.shape[1]
        sample = min(m, k * _OVERSAMPLE)
        if sample < m:
            part = np.argpartition(cost, sample - 1, axis=1)[:, :sample]
        else:
            part = np.broadcast_to(np.arange(m), cost.shape)
        values = np.take_along_axis(cost, part, axis=1)
        order = np.lexsort((part, values), axis=1)
        part = np.take_along_axis(part, order, axis=1)
        values = np.take_along_axis(values, order, axis=1)
        result: list[list[tuple[int, float]]] = []
        for i, row in enumerate(rows):
            found = self._scan(row, part[i].tolist(), values[i].tolist(), k)
            if len(found) < k and sample < m and np.isfinite(values[i, -1]):
                # Schedule checks rejected too many of the nearest: look at the whole row.
                full = np.lexsort((np.arange(m), cost[i]))
                found = self._scan(row, full.tolist(), cost[i, full].tolist(), k)
            result.append(found)
        return result

    def _scan(
        self, row: int, cols: list[int], values: list[float], k: int
    ) -> list[tuple[int, float]]:
        found: list[tuple[int, float]] = []
        for col, value in zip(cols, values, strict=True):
            if value == np.inf:
                break
            if self.fits(row, col):
                found.append((col, value))
                if len(found) == k:
                    break
        return found
