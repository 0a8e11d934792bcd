"""Request and response schemas shared by the routes (one place, so /openapi.json is true)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from app.models.enums import OrderStatus, PiiField, RevealPurpose, ServiceCategory


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


class OrderCreate(BaseModel):
    model_config = ConfigDict(extra="forbid")

    customer_id: int = Field(gt=0)
    category: ServiceCategory
    scheduled_start: datetime
    duration_minutes: int = Field(ge=30, le=24 * 60)
    price_cents: int = Field(ge=0, le=10_000_000)
    address: str | None = Field(default=None, max_length=255)
    district: str | None = Field(default=None, max_length=32)
    lat: float | None = Field(default=None, ge=39.4, le=41.1)
    lng: float | None = Field(default=None, ge=115.4, le=117.6)
    premium: bool = False
    note: str = Field(default="", max_length=500)
    dispatch_by: datetime | None = None


class AssignBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider_id: int = Field(gt=0)
    override_reason: str = Field(default="", max_length=255)


class CancelBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: str = Field(min_length=1, max_length=255)


class NoteBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: str = Field(default="", max_length=500)


class RevealRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    field: PiiField
    purpose: RevealPurpose


class RevealResponse(BaseModel):
    entity: str
    id: int
    field: PiiField
    value: str


class Page(BaseModel):
    data: list[dict[str, Any]]
    count: int
