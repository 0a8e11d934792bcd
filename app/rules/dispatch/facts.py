"""What dispatch rules read: plain frozen snapshots, never ORM rows.

The server builds these from its tables (and the desktop from its cache), so the rules stay pure
and can be called in a tight loop. Datetimes must be timezone-aware; any offset works because only
aware datetimes are compared, and the business day is always Beijing's (UTC+8).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from app.models.enums import (
    ProviderLevel,
    ProviderStatus,
    SanctionLevel,
    ServiceCategory,
)
from app.rules.beijing import BEIJING, HOUR_MINUTE, local_day, wall_clock
from app.rules.certification.facts import CertFact
from app.rules.training.certificates import TrainingCertificate

__all__ = [
    "BEIJING",
    "Booking",
    "CertFact",
    "CustomerFacts",
    "OrderFacts",
    "ProviderFacts",
    "local_day",
]


def _require_aware(*moments: datetime) -> None:
    # A naive datetime would only fail later, deep in a comparison; say so where it comes in.
    for moment in moments:
        if moment.tzinfo is None or moment.utcoffset() is None:
            raise ValueError(f"dispatch facts need timezone-aware datetimes, got {moment!r}")


@dataclass(frozen=True, slots=True)
class Booking:
    """An order already on a provider's schedule: when, and where the provider will be."""

    order_id: int
    start: datetime
    end: datetime
    lat: float
    lng: float
    order_code: str = ""  # what a person reads (reasons name the order by it, never the id)

    def __post_init__(self) -> None:
        _require_aware(self.start, self.end)

    def named(self, *, en: bool) -> str:
        """The order as a person reads it: its code and its Beijing hours."""
        when = f"{wall_clock(self.start, HOUR_MINUTE)}–{wall_clock(self.end, HOUR_MINUTE)}"
        code = self.order_code or f"#{self.order_id}"
        return f"{code} ({when})" if en else f"{code}（{when}）"


@dataclass(frozen=True, slots=True)
class ProviderFacts:
    """A provider (阿姨/师傅) as dispatch sees them.

    ``lat``/``lng`` is the home base, where a provider with nothing earlier that day starts from.
    ``sanction_hold`` is the active sanction that blocks dispatch (retraining, suspension or
    disqualification), worked out by the sanctions rules; a warning does not block.
    ``training`` holds the provider's training certificates (passed, signed assessments);
    ``app.rules.training.course_reason`` decides whether they cover an order.
    ``daily_cap`` None means ``DispatchSettings.default_daily_cap``.
    """

    id: int
    name: str
    lat: float
    lng: float
    districts: frozenset[str]
    categories: frozenset[ServiceCategory]
    level: ProviderLevel
    rating: float
    account_status: ProviderStatus
    sanction_hold: SanctionLevel | None = None
    certifications: tuple[CertFact, ...] = ()
    training: tuple[TrainingCertificate, ...] = ()
    daily_cap: int | None = None
    bookings: tuple[Booking, ...] = ()


@dataclass(frozen=True, slots=True)
class OrderFacts:
    """A pending order: what service, where, when, for whom."""

    id: int
    category: ServiceCategory
    district: str
    lat: float
    lng: float
    start: datetime
    end: datetime
    customer_id: int
    premium: bool = False

    def __post_init__(self) -> None:
        _require_aware(self.start, self.end)


@dataclass(frozen=True, slots=True)
class CustomerFacts:
    """A customer's history with providers: whom never to send again, whom they rated highly."""

    id: int
    blocked_provider_ids: frozenset[int] = field(default_factory=frozenset)
    high_rated_provider_ids: frozenset[int] = field(default_factory=frozenset)
