"""Orders: the public form, the detail with its events, the list page and the commands."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from app.models.enums import OrderStatus, ServiceCategory
from app.schemas.common import Body, DbId, DistrictCode, Instant, NoControlChars, Text


class OrderPublic(BaseModel):
    """An order as it leaves the server: the address is masked."""

    model_config = ConfigDict(extra="allow")

    id: int
    version: int
    code: str
    customer_id: int
    provider_id: int | None
    category: ServiceCategory
    status: OrderStatus
    district: str
    address: str
    lat: float
    lng: float
    scheduled_start: datetime
    scheduled_end: datetime
    dispatch_by: datetime
    price_cents: int
    premium: bool
    note: str
    cancel_reason: str
    override_reason: str
    created_at: datetime
    updated_at: datetime


class OrderEventPublic(BaseModel):
    model_config = ConfigDict(extra="allow")

    id: int
    order_id: int
    at: datetime
    action: str
    from_status: str
    to_status: str
    actor_id: int | None
    provider_id: int | None
    note: str


class OrderDetail(OrderPublic):
    events: list[OrderEventPublic]


class OrdersPublic(BaseModel):
    data: list[OrderPublic]
    count: int


class OrderCreate(Body):
    """A new order. How far ahead ``scheduled_start`` may lie depends on the clock, so the
    route checks that; everything else is checked here."""

    customer_id: DbId
    category: ServiceCategory
    scheduled_start: Instant
    duration_minutes: int = Field(ge=30, le=24 * 60)
    price_cents: int = Field(ge=0, le=10_000_000)
    address: Annotated[str, Field(max_length=255), NoControlChars] | None = None
    district: DistrictCode | None = None
    lat: float | None = Field(default=None, ge=39.4, le=41.1)
    lng: float | None = Field(default=None, ge=115.4, le=117.6)
    premium: bool = False
    note: Text = Field(default="", max_length=500)
    dispatch_by: Instant | None = None

    @field_validator("dispatch_by")
    @classmethod
    def _dispatch_before_start(
        cls, value: datetime | None, info: ValidationInfo
    ) -> datetime | None:
        start = info.data.get("scheduled_start")  # absent when it failed its own check
        if value is not None and start is not None and value > start:
            raise PydanticCustomError(
                "dispatch_by_after_start", "dispatch_by must not be later than scheduled_start"
            )
        return value


class OrderAssignBody(Body):
    provider_id: DbId
    override_reason: Text = Field(default="", max_length=255)


class CancelBody(Body):
    reason: Text = Field(min_length=1, max_length=255)


class NoteBody(Body):
    note: Text = Field(default="", max_length=500)
