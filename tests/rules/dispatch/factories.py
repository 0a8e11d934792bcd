"""Facts for dispatch tests: a fully eligible default pair, and hypothesis instances."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from typing import Any

from hypothesis import strategies as st

from app.models.enums import CertificationKind as C
from app.models.enums import CertificationStatus as CS
from app.models.enums import ProviderLevel, ProviderStatus, SanctionLevel
from app.models.enums import ServiceCategory as S
from app.rules.catalog import CATEGORIES
from app.rules.dispatch import BEIJING, Booking, CertFact, CustomerFacts, OrderFacts, ProviderFacts
from app.rules.training import TrainingCertificate

DAY = date(2025, 6, 10)
# Chaoyang, near Guomao; 0.01 degree is about 1.1 km north-south and 0.85 km east-west.
LAT, LNG = 39.91, 116.46


def at(hour: float, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, tzinfo=BEIJING) + timedelta(hours=hour)


def certs_for(*categories: S, expires_on: date | None = None) -> tuple[CertFact, ...]:
    kinds: set[C] = set()
    for category in categories:
        kinds |= CATEGORIES[category].required_certifications
    until = expires_on or DAY + timedelta(days=365)
    return tuple(CertFact(k, CS.APPROVED, until) for k in sorted(kinds))


TRAINED_AT = datetime(2024, 3, 1, tzinfo=UTC)
DAY_START = datetime(DAY.year, DAY.month, DAY.day, tzinfo=BEIJING)


def trained(*codes: str, valid_until: datetime | None = None) -> tuple[TrainingCertificate, ...]:
    """Training certificates for course ``codes`` (never lapsing unless ``valid_until``)."""
    return tuple(TrainingCertificate(code, TRAINED_AT, valid_until) for code in sorted(codes))


def courses_for(*categories: S) -> tuple[TrainingCertificate, ...]:
    return trained(*(CATEGORIES[c].training_course for c in categories))


def make_provider(pid: int = 1, **changes: Any) -> ProviderFacts:
    """An active, fully certified and trained cleaner living a few hundred metres from Guomao."""
    base = ProviderFacts(
        id=pid,
        name=f"王阿姨{pid}",
        lat=LAT + 0.004,
        lng=LNG,
        districts=frozenset({"chaoyang"}),
        categories=frozenset({S.CLEANING}),
        level=ProviderLevel.STANDARD,
        rating=4.8,
        account_status=ProviderStatus.ACTIVE,
        sanction_hold=None,
        certifications=certs_for(S.CLEANING),
        training=courses_for(S.CLEANING),
        daily_cap=None,
        bookings=(),
    )
    return replace(base, **changes)


def make_order(oid: int = 100, **changes: Any) -> OrderFacts:
    """A regular cleaning at Guomao, 10:00-12:00 Beijing time."""
    base = OrderFacts(
        id=oid,
        category=S.CLEANING,
        district="chaoyang",
        lat=LAT,
        lng=LNG,
        start=at(10),
        end=at(12),
        customer_id=7,
        premium=False,
    )
    return replace(base, **changes)


def booking(order_id: int, start: float, end: float, dlat: float = 0.0) -> Booking:
    return Booking(order_id, at(start), at(end), LAT + dlat, LNG)


# --- hypothesis instances -------------------------------------------------------------------

CATS = (S.CLEANING, S.HOME_NURSING, S.MOVING)
DISTRICT_CODES = ("chaoyang", "dongcheng", "haidian")
CERT_CASES: tuple[tuple[CS | None, int | None], ...] = (
    *[(CS.APPROVED, 365)] * 4,
    (CS.APPROVED, None),
    (CS.APPROVED, 0),
    (CS.APPROVED, -1),
    (CS.SUBMITTED, 365),
    (CS.REJECTED, 365),
    (None, None),
)
# Existing bookings sit in slots far enough apart that they never clash with each other.
BOOKING_SLOTS = ((6.0, 7.5), (12.0, 13.0), (20.0, 21.0))


@st.composite
def points(draw: st.DrawFn, serial: int) -> tuple[float, float]:
    """A point in a 20 km box around Guomao. The per-entity jitter keeps two entities from ever
    being exactly as far from an order, so a tie cannot hide behind rounding."""
    jitter = serial * 1.234567e-6
    lat = LAT - 0.09 + 0.005 * draw(st.integers(0, 36)) + jitter
    lng = LNG - 0.12 + 0.005 * draw(st.integers(0, 48)) + jitter
    return lat, lng


@st.composite
def provider_facts(draw: st.DrawFn, pid: int) -> ProviderFacts:
    lat, lng = draw(points(1000 + pid))
    categories = draw(st.frozensets(st.sampled_from(CATS), min_size=2, max_size=3))
    # Most providers are in perfect order; the others have random paperwork problems
    # (hypothesis favours edge cases, so without this almost nobody would be eligible).
    flawed = draw(st.integers(1, 10)) in (4, 7)  # about one in five, never an edge value
    certs: list[CertFact] = []
    for kind in sorted(set().union(*(CATEGORIES[c].required_certifications for c in categories))):
        status, days = draw(st.sampled_from(CERT_CASES)) if flawed else (CS.APPROVED, 365)
        if status is not None:
            certs.append(CertFact(kind, status, None if days is None else DAY + timedelta(days)))
    courses: list[TrainingCertificate] = []
    for c in categories:
        # When flawed: sometimes untrained, sometimes a certificate that lapses around the day.
        roll = draw(st.integers(0, 9)) if flawed else 9
        if roll == 0:
            continue
        lapses = DAY_START + timedelta(hours=draw(st.integers(-30, 30))) if roll == 1 else None
        courses.append(TrainingCertificate(CATEGORIES[c].training_course, TRAINED_AT, lapses))
    slots = draw(st.lists(st.sampled_from(BOOKING_SLOTS), max_size=2, unique=True))
    bookings = []
    for i, (start, end) in enumerate(sorted(slots)):
        blat, blng = draw(points(5000 + pid * 10 + i))
        bookings.append(Booking(-(pid * 10 + i), at(start), at(end), blat, blng))
    return ProviderFacts(
        id=pid,
        name=f"P{pid}",
        lat=lat,
        lng=lng,
        districts=draw(st.frozensets(st.sampled_from(DISTRICT_CODES), min_size=1, max_size=3)),
        categories=categories,
        level=draw(st.sampled_from(list(ProviderLevel))),
        rating=draw(st.sampled_from([3.5, 4.2, 4.8, 5.0])),
        account_status=draw(st.sampled_from([ProviderStatus.ACTIVE, ProviderStatus.ONBOARDING]))
        if flawed
        else ProviderStatus.ACTIVE,
        sanction_hold=draw(st.sampled_from([None, SanctionLevel.WARNING, SanctionLevel.SUSPENSION]))
        if flawed
        else None,
        certifications=tuple(certs),
        training=tuple(courses),
        daily_cap=draw(st.sampled_from([None, None, 1, 2, 3])),
        bookings=tuple(bookings),
    )


@st.composite
def order_facts(draw: st.DrawFn, oid: int, same_start: bool) -> OrderFacts:
    lat, lng = draw(points(oid))
    # 07:00 .. 23:30 today or tomorrow: some orders run past midnight, some are another day.
    hour = draw(st.integers(14, 47)) / 2 + 24 * draw(st.sampled_from([0, 0, 0, 1]))
    start = at(10.0) if same_start else at(hour)
    minutes = draw(st.sampled_from([60, 90, 120, 180, 240]))
    as_utc = draw(st.booleans())  # rules compare aware datetimes; any offset must work
    if as_utc:
        start = start.astimezone(UTC)
    return OrderFacts(
        id=oid,
        category=draw(st.sampled_from((S.CLEANING, *CATS))),
        district=draw(st.sampled_from(DISTRICT_CODES)),
        lat=lat,
        lng=lng,
        start=start,
        end=start + timedelta(minutes=minutes),
        customer_id=draw(st.integers(1, 3)),
        premium=draw(st.booleans()),
    )


Problem = tuple[list[OrderFacts], list[ProviderFacts], dict[int, CustomerFacts]]


@st.composite
def instances(
    draw: st.DrawFn,
    max_orders: int = 8,
    max_providers: int = 8,
    same_start: bool = False,
    min_size: int = 1,
) -> Problem:
    n_orders = draw(st.integers(min_size, max_orders))
    n_providers = draw(st.integers(min_size, max_providers))
    orders = [draw(order_facts(i + 1, same_start)) for i in range(n_orders)]
    providers = [draw(provider_facts(i + 1)) for i in range(n_providers)]
    ids = st.integers(1, n_providers)
    # Customer 3 keeps a "never send again" list; 2 has favourites; 1 is new.
    customers = {
        2: CustomerFacts(2, high_rated_provider_ids=draw(st.frozensets(ids, max_size=2))),
        3: CustomerFacts(3, blocked_provider_ids=draw(st.frozensets(ids, max_size=2))),
    }
    return orders, providers, customers
