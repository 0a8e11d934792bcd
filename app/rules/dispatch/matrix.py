"""The batch planner's numpy view of one dispatch instance (orders x providers).

Everything here repeats a scalar rule from ``eligibility.py``/``travel.py`` with arrays, so the
planner can look at millions of pairs at once. It only narrows the search: every pair the planner
keeps is re-checked with ``check_eligibility``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from app.models.enums import CertificationStatus, ProviderStatus, SanctionLevel, ServiceCategory
from app.rules.catalog import CATEGORIES
from app.rules.dispatch.eligibility import certificate_valid_until, effective_daily_cap
from app.rules.dispatch.facts import Booking, CustomerFacts, OrderFacts, ProviderFacts
from app.rules.dispatch.settings import DispatchSettings
from app.rules.dispatch.travel import EARTH_RADIUS_KM, MICROSECOND, epoch_us, home_lead

FloatArray = npt.NDArray[np.float64]
IntArray = npt.NDArray[np.int64]
BoolArray = npt.NDArray[np.bool_]

HOUR_US = 3_600_000_000
DAY_US = 24 * HOUR_US
BEIJING_OFFSET_US = 8 * HOUR_US
NEVER = np.iinfo(np.int64).max
_BLOCKING = frozenset({SanctionLevel.RETRAINING, SanctionLevel.SUSPENSION,
                       SanctionLevel.DISQUALIFICATION})  # fmt: skip
_CATEGORY_INDEX: dict[ServiceCategory, int] = {c: i for i, c in enumerate(ServiceCategory)}


def great_circle_km_np(
    lat1: FloatArray, lng1: FloatArray, lat2: FloatArray, lng2: FloatArray
) -> FloatArray:
    """``travel.great_circle_km`` for broadcastable arrays (same arithmetic, same order)."""
    phi1 = np.radians(lat1)
    phi2 = np.radians(lat2)
    half_dlat = (phi2 - phi1) * 0.5
    half_dlng = np.radians(lng2 - lng1) * 0.5
    a = np.sin(half_dlat) ** 2 + np.cos(phi1) * np.cos(phi2) * np.sin(half_dlng) ** 2
    km: FloatArray = 2.0 * EARTH_RADIUS_KM * np.arcsin(np.sqrt(np.minimum(1.0, a)))
    return km


def beijing_day(us: IntArray) -> IntArray:
    """Beijing calendar day number of epoch microseconds (matches ``facts.local_day``)."""
    day: IntArray = (us + BEIJING_OFFSET_US) // DAY_US
    return day


def speed_at(us: IntArray, settings: DispatchSettings) -> FloatArray:
    """Road speed for departures at epoch microseconds ``us`` (by Beijing hour)."""
    speeds = np.asarray(settings.speed_kmh_by_hour, dtype=np.float64)
    hours = (us // HOUR_US + 8) % 24
    chosen: FloatArray = speeds[hours]
    return chosen


def minutes_for(km: FloatArray, speed: FloatArray, settings: DispatchSettings) -> FloatArray:
    minutes: FloatArray = km * settings.road_factor / speed * 60.0
    return minutes


def _blocked_mask(
    orders: Sequence[OrderFacts],
    customers: Mapping[int, CustomerFacts],
    provider_index: Mapping[int, int],
    m: int,
) -> BoolArray:
    blocked = np.zeros((len(orders), m), dtype=np.bool_)
    for row, order in enumerate(orders):
        customer = customers.get(order.customer_id)
        if customer is None:
            continue
        cols = [provider_index[i] for i in customer.blocked_provider_ids if i in provider_index]
        blocked[row, cols] = True
    return blocked


def _category_tables(
    providers: Sequence[ProviderFacts],
) -> tuple[BoolArray, IntArray, BoolArray]:
    """Per (category, provider): may serve it apart from expiry; when the first needed cert lapses;
    and whether the provider offers the category at all."""
    n_cat = len(_CATEGORY_INDEX)
    able = np.zeros((n_cat, len(providers)), dtype=np.bool_)
    offers = np.zeros((n_cat, len(providers)), dtype=np.bool_)
    expiry = np.full((n_cat, len(providers)), NEVER, dtype=np.int64)
    for col, p in enumerate(providers):
        for category in p.categories:
            offers[_CATEGORY_INDEX[category], col] = True
        if p.account_status is not ProviderStatus.ACTIVE or p.sanction_hold in _BLOCKING:
            continue
        # The longest-lasting approved certificate of each kind is the one that counts.
        best: dict[object, int] = {}
        for cert in p.certifications:
            if cert.status is not CertificationStatus.APPROVED:
                continue
            until = (
                NEVER
                if cert.expires_on is None
                else epoch_us(certificate_valid_until(cert.expires_on))
            )
            best[cert.kind] = max(best.get(cert.kind, until), until)
        for category in p.categories:
            info = CATEGORIES[category]
            if info.training_course not in p.passed_courses:
                continue
            needed = info.required_certifications
            if all(kind in best for kind in needed):
                row = _CATEGORY_INDEX[category]
                able[row, col] = True
                expiry[row, col] = min(best[kind] for kind in needed)
    return able, expiry, offers


@dataclass(slots=True)
class Instance:
    """Orders, providers and every schedule-independent fact about their pairs, as arrays."""

    orders: Sequence[OrderFacts]
    providers: Sequence[ProviderFacts]
    customers: Mapping[int, CustomerFacts]
    settings: DispatchSettings
    o_lat: FloatArray
    o_lng: FloatArray
    o_start: IntArray
    o_end: IntArray
    o_day: IntArray
    o_category: IntArray
    p_lat: FloatArray
    p_lng: FloatArray
    home_km: FloatArray  # orders x providers, great-circle from home
    static_ok: BoolArray  # orders x providers: static_reasons() would be empty
    offers: BoolArray  # orders x providers: provider offers the order's category
    home_minutes: FloatArray  # orders x providers: travel from home into the order
    bookings: tuple[tuple[Booking, ...], ...]  # per provider, sorted by end, plan orders removed
    needs_schedule_check: BoolArray  # per provider: has bookings, or a cap below one

    @classmethod
    def build(
        cls,
        orders: Sequence[OrderFacts],
        providers: Sequence[ProviderFacts],
        customers: Mapping[int, CustomerFacts],
        settings: DispatchSettings,
    ) -> Instance:
        def col(values: list[float]) -> FloatArray:
            return np.asarray(values, dtype=np.float64)

        o_lat = col([o.lat for o in orders])
        o_lng = col([o.lng for o in orders])
        o_start = np.asarray([epoch_us(o.start) for o in orders], dtype=np.int64)
        o_end = np.asarray([epoch_us(o.end) for o in orders], dtype=np.int64)
        o_category = np.asarray([_CATEGORY_INDEX[o.category] for o in orders], dtype=np.int64)
        p_lat = col([p.lat for p in providers])
        p_lng = col([p.lng for p in providers])

        home_km = great_circle_km_np(p_lat[None, :], p_lng[None, :], o_lat[:, None], o_lng[:, None])
        able, expiry, offers = _category_tables(providers)
        districts = sorted({o.district for o in orders})
        d_index = {d: i for i, d in enumerate(districts)}
        serves = np.zeros((len(districts), len(providers)), dtype=np.bool_)
        for c, p in enumerate(providers):
            for d in p.districts:
                if d in d_index:
                    serves[d_index[d], c] = True
        o_district = np.asarray([d_index[o.district] for o in orders], dtype=np.int64)
        provider_index = {p.id: c for c, p in enumerate(providers)}
        static_ok = able[o_category] & (o_end[:, None] <= expiry[o_category])
        static_ok &= serves[o_district] | (home_km <= settings.radius_km)
        static_ok &= ~_blocked_mask(orders, customers, provider_index, len(providers))

        lead_us = home_lead(settings) // MICROSECOND
        home_speed = speed_at(o_start - lead_us, settings)
        home_minutes = minutes_for(home_km, home_speed[:, None], settings)

        planned = {o.id for o in orders}
        bookings = tuple(
            tuple(sorted((b for b in p.bookings if b.order_id not in planned), key=end_key))
            for p in providers
        )
        caps = [effective_daily_cap(p, settings) for p in providers]
        needs_check = np.asarray(
            [bool(b) or cap < 1 for b, cap in zip(bookings, caps, strict=True)], dtype=np.bool_
        )
        return cls(
            orders, providers, customers, settings, o_lat, o_lng, o_start, o_end,
            beijing_day(o_start), o_category, p_lat, p_lng, home_km, static_ok,
            offers[o_category], home_minutes, bookings, needs_check,
        )  # fmt: skip

    def approach_column(self, provider: int, bookings: Sequence[Booking]) -> FloatArray:
        """Travel into every order for one provider with these bookings (``approach_leg``).

        ``bookings`` must be sorted by ``end_key``.
        """
        column: FloatArray = self.home_minutes[:, provider].copy()
        if not bookings:
            return column
        ends = np.asarray([epoch_us(b.end) for b in bookings], dtype=np.int64)
        last = np.searchsorted(ends, self.o_start, side="right") - 1
        rows = np.nonzero((last >= 0) & (beijing_day(ends[np.maximum(last, 0)]) == self.o_day))[0]
        if rows.size:
            which = last[rows]
            b_lat = np.asarray([b.lat for b in bookings], dtype=np.float64)[which]
            b_lng = np.asarray([b.lng for b in bookings], dtype=np.float64)[which]
            km = great_circle_km_np(b_lat, b_lng, self.o_lat[rows], self.o_lng[rows])
            column[rows] = minutes_for(km, speed_at(ends[which], self.settings), self.settings)
        return column

    def initial_cost(self) -> FloatArray:
        """Travel into each order for each provider given only the existing bookings."""
        cost = self.home_minutes.copy()
        for p, bookings in enumerate(self.bookings):
            if bookings:
                cost[:, p] = self.approach_column(p, bookings)
        return cost


def end_key(booking: Booking) -> tuple[object, ...]:
    """Bookings sort by end (then start, then order id), as ``travel.previous_booking`` picks."""
    return (booking.end, booking.start, booking.order_id)
