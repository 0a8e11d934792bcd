"""A phone booking's checks: what an order form may send, as reasons a person reads.

The catalogue (``app.rules.catalog``) gives each service its usual length and price range; a
booking outside them is almost always a slip of the finger (90 minutes typed as 900, ¥1,990 as
¥19,900), so the form says so before the order reaches the board.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from app.models.enums import ServiceCategory
from app.rules.catalog import CATEGORIES
from app.rules.reasons import Reason

LATEST_BOOKING = timedelta(days=365)  # the server refuses a start further ahead


def booking_problems(
    category: ServiceCategory,
    start: datetime,
    duration_minutes: int,
    price_cents: int,
    now: datetime,
) -> list[Reason]:
    """Why this booking cannot be sent as it is (empty: it can)."""
    info = CATEGORIES[category]
    problems: list[Reason] = []
    if start <= now:
        problems.append(
            Reason("booking.start_past", "预约时间已过，请选择将来的时间。",
                   "The appointment is in the past; choose a future time.")
        )  # fmt: skip
    elif start > now + LATEST_BOOKING:
        problems.append(
            Reason("booking.start_too_far", "预约时间不能晚于一年以后。",
                   "The appointment may be at most a year ahead.")
        )  # fmt: skip
    if not info.duration_min <= duration_minutes <= info.duration_max:
        problems.append(
            Reason(
                "booking.duration",
                f"{info.name_zh}通常需{info.duration_min}–{info.duration_max}分钟。",
                f"{info.name_en} usually takes {info.duration_min}–{info.duration_max} min.",
            )
        )
    if not info.price_min_cny * 100 <= price_cents <= info.price_max_cny * 100:
        problems.append(
            Reason(
                "booking.price",
                f"{info.name_zh}的价格为¥{info.price_min_cny}–{info.price_max_cny}。",
                f"{info.name_en} costs ¥{info.price_min_cny}–{info.price_max_cny}.",
            )
        )
    return problems
