"""Dispatch: ranked candidates for one order, and batch plan / apply for a time window."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from app.schemas.common import Body, DbId, DistrictCode, Instant, ReasonPublic, Version


class ProviderBrief(BaseModel):
    """A candidate provider; home coordinates rounded to about a kilometre."""

    id: int
    name: str
    level: str
    rating: float
    lat: float
    lng: float
    districts: list[str]
    bookings_today: int


class ScoreTerm(BaseModel):
    code: str
    label: str
    label_en: str
    raw: float
    weight: float
    contribution: float


class RankedCandidatePublic(BaseModel):
    provider: ProviderBrief
    score: float
    travel_minutes: float
    terms: list[ScoreTerm]


class RejectedCandidatePublic(BaseModel):
    provider: ProviderBrief
    distance_km: float
    reasons: list[ReasonPublic]


class Candidates(BaseModel):
    """The best eligible providers for an order, and the nearest ineligible ones with why."""

    order_id: int
    order_version: int
    eligible: list[RankedCandidatePublic]
    ineligible: list[RejectedCandidatePublic]


class PlanRequest(Body):
    window_start: Instant
    window_end: Instant
    district: DistrictCode | None = None
    basis: Literal["scheduled_start", "dispatch_by"] = Field(
        "scheduled_start",
        description="which time of a pending order falls in the window: its appointment "
        "(scheduled_start) or the time by which it must be dispatched (dispatch_by)",
    )

    @field_validator("window_end")
    @classmethod
    def _window(cls, end: datetime, info: ValidationInfo) -> datetime:
        start = info.data.get("window_start")  # absent when it failed its own check
        if start is None:
            return end
        if end <= start:
            raise PydanticCustomError("window_order", "window_end must be after window_start")
        if end - start > timedelta(days=2):
            raise PydanticCustomError("window_too_long", "a window is at most 2 days")
        return end


class PlannedAssignment(BaseModel):
    order_id: int
    order_code: str
    order_version: int
    provider_id: int
    travel_minutes: float
    score: float


class UnassignedOrder(BaseModel):
    order_id: int
    order_code: str
    reasons: list[ReasonPublic]


class PlanResult(BaseModel):
    """A plan, not yet written: apply it with /dispatch/apply."""

    orders: int
    assignments: list[PlannedAssignment]
    total_travel_minutes: float
    greedy_total_travel_minutes: float | None
    unassigned: list[UnassignedOrder]
    pending_outside: int = Field(
        0, description="pending orders (of the district, if given) outside the window"
    )


class ApplyItem(Body):
    order_id: DbId
    provider_id: DbId
    order_version: Version


class ApplyRequest(Body):
    assignments: list[ApplyItem] = Field(min_length=1, max_length=5000)


class AppliedAssignment(BaseModel):
    order_id: int
    provider_id: int
    version: int


class ApplyResult(BaseModel):
    applied: list[AppliedAssignment]
