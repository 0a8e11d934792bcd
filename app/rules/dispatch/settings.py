"""Every dispatch knob in one place, with its default and its meaning.

Changing a default changes who gets sent where: bump ``version`` so stored plans can say which
settings produced them.
"""

from __future__ import annotations

from dataclasses import dataclass

# Typical Beijing door-to-door speeds by hour of day (km/h of road distance). The morning
# (07:00-09:59) and evening (17:00-19:59) rush hours crawl; nights are fast.
BEIJING_SPEED_KMH_BY_HOUR: tuple[float, ...] = (
    38.0, 40.0, 40.0, 40.0, 38.0, 34.0,  # 00-05
    26.0, 15.0, 14.0, 17.0, 22.0, 23.0,  # 06-11
    23.0, 23.0, 22.0, 21.0, 19.0, 15.0,  # 12-17
    14.0, 16.0, 22.0, 27.0, 32.0, 36.0,  # 18-23
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class DispatchSettings:
    """Dispatch settings.

    Attributes:
        version: bumped whenever a default below changes meaning.
        radius_km: a provider may take an order outside the districts they serve when the order is
            within this great-circle distance of their home base.
        road_factor: road distance per great-circle kilometre (Beijing's ring-road grid).
        speed_kmh_by_hour: 24 road speeds, indexed by the Beijing hour of departure.
        home_lead_minutes: a provider coming from home is assumed to leave this long before the
            order starts, so the speed of that hour applies (09:00 orders travel in the 08:xx rush).
        default_daily_cap: orders per Beijing day for a provider whose own cap is not set.
        weight_travel: score per minute of travel (negative: nearer is better).
        weight_rating: score per rating star (0-5).
        weight_workload: score per order the provider already has that day (negative spreads work).
        weight_customer_favourite: score when this customer rated this provider highly before.
        weight_premium_level: score per level step (junior 0 .. gold 3), premium orders only.
        top_n: eligible candidates shown to a dispatcher.
        ineligible_n: nearest ineligible providers shown with their reasons.
        planner_candidates_k: nearest feasible providers kept per order in each planner round;
            a round is exactly optimal when its bucket has no more orders than this.
        planner_bucket_minutes: the planner solves orders in start-time buckets this wide, earliest
            first, so later orders can start from where earlier ones end. 0 = one bucket.
        planner_improvement_passes: times the planner re-solves every bucket once the whole
            window is planned (keeping a re-solve only when it is better). 0 = none.
    """

    version: int = 1
    radius_km: float = 8.0
    road_factor: float = 1.4
    speed_kmh_by_hour: tuple[float, ...] = BEIJING_SPEED_KMH_BY_HOUR
    home_lead_minutes: float = 30.0
    default_daily_cap: int = 4
    weight_travel: float = -1.0
    weight_rating: float = 10.0
    weight_workload: float = -8.0
    weight_customer_favourite: float = 15.0
    weight_premium_level: float = 6.0
    top_n: int = 5
    ineligible_n: int = 5
    planner_candidates_k: int = 10
    planner_bucket_minutes: int = 120
    planner_improvement_passes: int = 1

    def __post_init__(self) -> None:
        if len(self.speed_kmh_by_hour) != 24:
            raise ValueError("speed_kmh_by_hour needs one speed per hour (24 values)")
        if min(self.speed_kmh_by_hour) <= 0:
            raise ValueError("speeds must be positive")
        if self.radius_km < 0 or self.road_factor < 1.0:
            raise ValueError("radius_km must be >= 0 and road_factor >= 1")
        if self.planner_candidates_k < 1:
            raise ValueError("planner_candidates_k must be at least 1")
        if self.planner_bucket_minutes < 0 or self.planner_improvement_passes < 0:
            raise ValueError("planner_bucket_minutes and planner_improvement_passes must be >= 0")
        if self.top_n < 0 or self.ineligible_n < 0 or self.default_daily_cap < 0:
            raise ValueError("counts must not be negative")


DEFAULT_SETTINGS = DispatchSettings()
