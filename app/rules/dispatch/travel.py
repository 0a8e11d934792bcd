"""How long a provider takes to get somewhere in Beijing.

Great-circle distance times a road factor, at the speed of the Beijing hour of departure. The
scalar functions are the rule; the numpy twins in ``matrix.py`` repeat the same arithmetic for
the batch planner, and every planned pair is re-checked with the scalar rule.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from math import asin, cos, radians, sin, sqrt

from app.rules.dispatch.facts import BEIJING, Booking, OrderFacts, ProviderFacts, local_day
from app.rules.dispatch.settings import DispatchSettings

EARTH_RADIUS_KM = 6371.0088
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
MICROSECOND = timedelta(microseconds=1)


def great_circle_km(lat1: float, lng1: float, lat2: float, lng2: float) -> float:
    """Haversine distance in kilometres between two WGS-84 points."""
    phi1 = radians(lat1)
    phi2 = radians(lat2)
    half_dlat = (phi2 - phi1) * 0.5
    half_dlng = radians(lng2 - lng1) * 0.5
    a = sin(half_dlat) ** 2 + cos(phi1) * cos(phi2) * sin(half_dlng) ** 2
    return 2.0 * EARTH_RADIUS_KM * asin(sqrt(min(1.0, a)))


def speed_kmh(depart: datetime, settings: DispatchSettings) -> float:
    """Road speed for a trip leaving at ``depart`` (by its Beijing hour)."""
    return settings.speed_kmh_by_hour[depart.astimezone(BEIJING).hour]


def travel_minutes(
    lat1: float, lng1: float, lat2: float, lng2: float, depart: datetime, settings: DispatchSettings
) -> float:
    """Estimated door-to-door minutes from point 1 to point 2, leaving at ``depart``."""
    km = great_circle_km(lat1, lng1, lat2, lng2) * settings.road_factor
    return km / speed_kmh(depart, settings) * 60.0


def epoch_us(moment: datetime) -> int:
    """Exact integer microseconds since the Unix epoch (for numpy comparisons without rounding)."""
    return (moment - EPOCH) // MICROSECOND


def home_lead(settings: DispatchSettings) -> timedelta:
    return timedelta(minutes=settings.home_lead_minutes)


def previous_booking(order: OrderFacts, bookings: tuple[Booking, ...]) -> Booking | None:
    """The booking that ends last at or before the order starts (any day), else None."""
    best: Booking | None = None
    for booking in bookings:
        if booking.order_id == order.id or booking.end > order.start:
            continue
        if best is None or end_key(booking) > end_key(best):
            best = booking
    return best


def next_booking(order: OrderFacts, bookings: tuple[Booking, ...]) -> Booking | None:
    """The booking that starts first at or after the order ends, else None."""
    best: Booking | None = None
    for booking in bookings:
        if booking.order_id == order.id or booking.start < order.end:
            continue
        if best is None or start_key(booking) < start_key(best):
            best = booking
    return best


def end_key(booking: Booking) -> tuple[datetime, datetime, int]:
    """ "Latest" among bookings: by end, then start, then order id (no ties, so no surprises)."""
    return (booking.end, booking.start, booking.order_id)


def start_key(booking: Booking) -> tuple[datetime, datetime, int]:
    """ "Earliest" among bookings: by start, then end, then order id."""
    return (booking.start, booking.end, booking.order_id)


@dataclass(frozen=True, slots=True)
class Leg:
    """The trip into an order: from the previous job that day, or from home."""

    from_lat: float
    from_lng: float
    depart: datetime
    minutes: float
    from_order_id: int | None  # None: from home


def approach_leg(order: OrderFacts, provider: ProviderFacts, settings: DispatchSettings) -> Leg:
    """Where the provider comes from and how long it takes.

    A provider whose last job before this order ended the same Beijing day leaves from that job as
    soon as it ends; otherwise they leave home ``home_lead_minutes`` before the order starts.
    """
    prev = previous_booking(order, provider.bookings)
    if prev is not None and local_day(prev.end) == local_day(order.start):
        minutes = travel_minutes(prev.lat, prev.lng, order.lat, order.lng, prev.end, settings)
        return Leg(prev.lat, prev.lng, prev.end, minutes, prev.order_id)
    depart = order.start - home_lead(settings)
    minutes = travel_minutes(provider.lat, provider.lng, order.lat, order.lng, depart, settings)
    return Leg(provider.lat, provider.lng, depart, minutes, None)
