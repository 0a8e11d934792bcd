"""The live simulator: a steady stream of order activity, so the demo board moves.

Every action goes through the real services (``create_order``, ``act``) in its own write
transaction, acting as the "simulator" dispatcher, so the change feed and the audit log see
each step exactly as they would see a person's. Orders advance only when their time has
(nearly) come: a provider departs within 90 minutes of the start, completes near the end.
"""

from __future__ import annotations

import logging
import random
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import Select, func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from app.models import tables as t
from app.models.enums import OrderStatus, ProviderStatus, Role, SanctionLevel, SanctionStatus
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.orders import BOOKED, OrderAction
from app.server.db import Database
from app.server.demo.base import BEIJING
from app.server.demo.orders import CANCEL_REASONS, DEMAND, ORDER_NOTES, REST_AFTER, TRAVEL_BEFORE
from app.server.errors import ApiError
from app.server.services import orders as order_service
from app.server.services.context import Actor
from app.server.services.eligibility import assignment_blockers

log = logging.getLogger(__name__)

SIMULATOR = Actor(None, "simulator", Role.DISPATCHER, "simulator")
QUIET_STATUSES = frozenset({409, 412, 422})  # someone else got there first: skip the action
PROVIDER_REFRESH_STEPS = 500  # reload the provider list now and then (new hires, sanctions)

# action -> weight; the rest are tried in this order when the drawn one has nothing to do
WEIGHTS: dict[str, float] = {
    "assign": 4, "create": 3, "accept": 3, "depart": 2, "start": 2, "complete": 2, "cancel": 0.3,
}  # fmt: skip
# action -> (status it applies to, how close the scheduled start must be, transition)
ADVANCES: dict[str, tuple[OrderStatus, timedelta | None, OrderAction]] = {
    "accept": (OrderStatus.ASSIGNED, None, OrderAction.ACCEPT),
    "depart": (OrderStatus.ACCEPTED, timedelta(minutes=90), OrderAction.DEPART),
    "start": (OrderStatus.EN_ROUTE, timedelta(minutes=30), OrderAction.START),
}


SIMULATOR_DISPATCH_HORIZON = timedelta(minutes=30)
# New bookings stop while the pending backlog is this much above where the day started (and
# resume as people dispatch): 40 minutes of the simulator once grew 29 pending orders to 1,348.
BACKLOG_GROWTH = 1.2
MIN_BACKLOG = 40


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class _Candidate:
    id: int
    categories: frozenset[str]
    districts: frozenset[str]


class Simulator:
    """Creates orders and moves them along at ``rate`` actions per second.

    ``step(now)`` performs one action synchronously (tests call it directly); ``start()``
    runs steps on a daemon thread until ``stop()``. ``on_commit`` is called after each
    committed action (the server passes its change-feed hub's kick).
    """

    def __init__(
        self,
        db: Database,
        *,
        rate: float = 1.0,
        seed: int = 0,
        on_commit: Callable[[], None] | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.db = db
        self.rate = rate
        self.on_commit = on_commit
        self._clock = clock
        self._rng = random.Random(seed)
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._customers: list[int] | None = None
        self._providers: list[_Candidate] | None = None
        self._backlog_ceiling: int | None = None
        self._steps = 0

    # -- lifecycle ---------------------------------------------------------------------

    def start(self) -> None:
        if self._thread is not None:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name="demo-simulator", daemon=True)
        self._thread.start()

    def stop(self, timeout: float | None = 10.0) -> None:
        """Ask the thread to finish its current step and wait for it."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def _run(self) -> None:
        interval = 1.0 / self.rate
        while not self._stop.wait(interval):
            try:
                self.step(self._clock())
            except Exception:  # one bad step must not end the demo
                log.exception("simulator step failed")

    # -- one action --------------------------------------------------------------------

    def step(self, now: datetime) -> str | None:
        """Perform one action at ``now``; returns what was done, or None (nothing to do,
        or a conflict with another writer, which is skipped)."""
        self._steps += 1
        if self._steps % PROVIDER_REFRESH_STEPS == 0:
            self._providers = None
        drawn = self._rng.choices(list(WEIGHTS), weights=list(WEIGHTS.values()))[0]
        # Work moves on whatever was drawn; a new booking comes only when drawn (as a fallback
        # every idle step became a booking: the flood).
        order = [drawn, *(a for a in WEIGHTS if a not in (drawn, "create"))]
        try:
            with self.db.write() as session:
                done = None
                for action in order:
                    done = self._do(session, action, now)
                    if done is not None:
                        break
        except ApiError as exc:
            if exc.status in QUIET_STATUSES:
                return None
            raise
        except (IntegrityError, StaleDataError):  # a concurrent writer won the race
            return None
        if done is not None and self.on_commit is not None:
            self.on_commit()
        return done

    def _do(self, session: Session, action: str, now: datetime) -> str | None:
        if action == "create":
            return self._create(session, now)
        if action == "assign":
            return self._assign(session, now)
        if action == "complete":
            return self._complete(session, now)
        if action == "cancel":
            return self._cancel(session, now)
        status, within, transition = ADVANCES[action]
        q = select(t.Order).where(t.Order.status == status.value)
        if within is not None:
            q = q.where(t.Order.scheduled_start <= now + within)
        return self._act(session, now, q.order_by(t.Order.scheduled_start, t.Order.id), transition)

    def _act(
        self, session: Session, now: datetime, query: Select[t.Order],
        action: OrderAction, *, provider_id: int | None = None, reason: str = "",
    ) -> str | None:  # fmt: skip
        """Apply ``action`` to one of the first few orders ``query`` finds."""
        rows = list(session.scalars(query.limit(5)))
        if not rows:
            return None
        order = self._rng.choice(rows)
        done = order_service.act(
            session, SIMULATOR, now, order.id, order.version, action,
            provider_id=provider_id, reason=reason,
        )  # fmt: skip
        return f"order.{action.value} {done.code}"

    def _complete(self, session: Session, now: datetime) -> str | None:
        q = select(t.Order).where(
            t.Order.status == OrderStatus.IN_SERVICE.value,
            t.Order.scheduled_end <= now + timedelta(minutes=30),
        )
        return self._act(session, now, q.order_by(t.Order.scheduled_end, t.Order.id),
                         OrderAction.COMPLETE)  # fmt: skip

    def _cancel(self, session: Session, now: datetime) -> str | None:
        q = select(t.Order).where(
            t.Order.status.in_((OrderStatus.PENDING.value, OrderStatus.ASSIGNED.value)),
            t.Order.scheduled_start > now + timedelta(hours=3),
        )
        reason = self._rng.choice(CANCEL_REASONS)
        return self._act(session, now, q.order_by(t.Order.scheduled_start.desc(), t.Order.id),
                         OrderAction.CANCEL, reason=reason)  # fmt: skip

    def _create(self, session: Session, now: datetime) -> str | None:
        pending = (
            session.scalar(
                select(func.count())
                .select_from(t.Order)
                .where(t.Order.status == OrderStatus.PENDING.value)
            )
            or 0
        )
        if self._backlog_ceiling is None:
            self._backlog_ceiling = max(MIN_BACKLOG, int(pending * BACKLOG_GROWTH))
        if pending >= self._backlog_ceiling:
            return None  # a workable backlog, not a flood: wait for the desk to dispatch
        if self._customers is None:
            self._customers = list(session.scalars(select(t.Customer.id).order_by(t.Customer.id)))
        if not self._customers:
            return None
        rng = self._rng
        category = S(DEMAND.pick(rng))
        info = CATEGORIES[category]
        new = order_service.NewOrder(
            customer_id=rng.choice(self._customers),
            category=category,
            scheduled_start=_daytime_slot(now + timedelta(minutes=rng.randint(150, 26 * 60))),
            duration_minutes=rng.randrange(info.duration_min, info.duration_max + 1, 30),
            price_cents=rng.randrange(info.price_min_cny, info.price_max_cny + 1, 10) * 100,
            premium=rng.random() < 0.08,
            note=rng.choice(ORDER_NOTES) if rng.random() < 0.15 else "",
        )
        order = order_service.create_order(session, SIMULATOR, now, new)
        return f"order.create {order.code}"

    def _assign(self, session: Session, now: datetime) -> str | None:
        """Assign one of the most urgent pending orders to a free, active provider who
        serves its category (preferably its district) and passes the service's checks."""
        q = select(t.Order).where(
            t.Order.status == OrderStatus.PENDING.value,
            t.Order.scheduled_start >= now - timedelta(hours=1),
            # Only the urgent ones: the rest are left on the board for the people at the desk.
            t.Order.dispatch_by <= now + SIMULATOR_DISPATCH_HORIZON,
        )
        rows = list(session.scalars(q.order_by(t.Order.dispatch_by, t.Order.id).limit(5)))
        if not rows:
            return None
        order = self._rng.choice(rows)
        for candidate in self._candidates(session, order):
            provider = session.get(t.Provider, candidate)
            if provider is None or self._busy(session, order, candidate):
                continue
            if assignment_blockers(session, order, provider, now):
                continue  # not eligible (certificates, hold, cap...): try the next one
            done = order_service.act(
                session, SIMULATOR, now, order.id, order.version, OrderAction.ASSIGN,
                provider_id=candidate,
            )  # fmt: skip
            return f"order.assign {done.code} {provider.code}"
        return None

    def _candidates(self, session: Session, order: t.Order) -> list[int]:
        """Up to eight providers to try: those serving the district first."""
        if self._providers is None:
            self._providers = _load_providers(session)
        fits = [p for p in self._providers if order.category in p.categories]
        local = [p.id for p in fits if order.district in p.districts]
        others = [p.id for p in fits if order.district not in p.districts]
        picks = self._rng.sample(local, min(6, len(local)))
        return picks + self._rng.sample(others, min(8 - len(picks), len(others)))

    @staticmethod
    def _busy(session: Session, order: t.Order, provider_id: int) -> bool:
        """Booked elsewhere around this slot (travel there before, a break after)."""
        clash = select(t.Order.id).where(
            t.Order.provider_id == provider_id,
            t.Order.status.in_([s.value for s in BOOKED]),
            t.Order.scheduled_start < order.scheduled_end + REST_AFTER + TRAVEL_BEFORE,
            t.Order.scheduled_end > order.scheduled_start - TRAVEL_BEFORE - REST_AFTER,
        )
        return session.scalar(clash.limit(1)) is not None


def _load_providers(session: Session) -> list[_Candidate]:
    """Active providers not on a dispatch hold (retraining, suspension, disqualification)."""
    held = set(
        session.scalars(
            select(t.Sanction.provider_id).where(
                t.Sanction.status == SanctionStatus.ACTIVE.value,
                t.Sanction.level != SanctionLevel.WARNING.value,
            )
        )
    )
    rows = session.execute(
        select(t.Provider.id, t.Provider.categories, t.Provider.districts_served)
        .where(t.Provider.status == ProviderStatus.ACTIVE.value)
        .order_by(t.Provider.id)
    )
    return [
        _Candidate(r.id, frozenset(r.categories), frozenset(r.districts_served))
        for r in rows
        if r.id not in held
    ]


def _daytime_slot(moment: datetime) -> datetime:
    """The next half-hour slot between 07:00 and 20:30 Beijing time at or after ``moment``."""
    local = moment.astimezone(BEIJING)
    local = local.replace(second=0, microsecond=0) + timedelta(minutes=-local.minute % 30)
    if local.hour < 7:
        local = local.replace(hour=7, minute=0)
    elif local.hour > 20 or (local.hour == 20 and local.minute > 30):
        local = (local + timedelta(days=1)).replace(hour=8, minute=0)
    return local.astimezone(UTC)
