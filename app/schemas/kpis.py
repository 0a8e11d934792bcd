"""KPI aggregates over a range of Beijing days, as the server counts them for ranges the
desktop's cache does not hold (GET /kpis/range).

Every rate travels as its numerator and denominator, so the rates of several steps add up
over the range (the total is the sum of the steps, not an average of their rates).
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from pydantic import BaseModel, Field

from app.models.enums import Severity

MAX_RANGE_DAYS = 400  # the longest range one request may ask for


class RangeStep(StrEnum):
    DAY = "day"
    WEEK = "week"  # Monday to Sunday, clipped to the range


class Ratio(BaseModel):
    """``numerator`` of ``denominator`` (e.g. dispatched in time of those due)."""

    numerator: int = 0
    denominator: int = 0

    def rate(self) -> float | None:
        """The fraction, or None when nothing was due."""
        return self.numerator / self.denominator if self.denominator else None

    def __add__(self, other: Ratio) -> Ratio:
        return Ratio(
            numerator=self.numerator + other.numerator,
            denominator=self.denominator + other.denominator,
        )


class KpiStep(BaseModel):
    """The KPIs of the Beijing days ``start`` to ``end`` (inclusive)."""

    start: date
    end: date
    orders_created: int = 0
    dispatched_in_time: Ratio = Field(default_factory=Ratio)  # assigned by dispatch-by / due
    on_time_arrival: Ratio = Field(default_factory=Ratio)  # started in time / due to start
    completed: int = 0
    cancellations: int = 0
    first_response_sla: dict[Severity, Ratio] = Field(default_factory=dict)
    resolution_sla: dict[Severity, Ratio] = Field(default_factory=dict)
    # Complaints opened about an order ÷ orders completed (shown per 1,000, suppressed below
    # app.rules.kpi.definitions.MIN_ORDERS_FOR_RATE completed orders).
    complaint_rate: Ratio = Field(default_factory=Ratio)


class KpiRange(BaseModel):
    start: date
    end: date
    step: RangeStep
    timezone: str  # "Asia/Shanghai": the days are Beijing days
    cut_off: datetime  # counted up to here (today's figures are live, up to the request)
    steps: list[KpiStep]
    total: KpiStep
