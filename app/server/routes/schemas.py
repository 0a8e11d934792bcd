"""Request and response schemas shared by the routes (one place, so /openapi.json is true).

Every id, offset, datetime and free text a client sends goes through one of the annotated
types below, so that malformed input is a 422 naming the field rather than a database error:
ids beyond PostgreSQL's ``integer`` (SQLite raises OverflowError, PostgreSQL "integer out of
range"), naive datetimes (which the UTCDateTime columns refuse), dates whose arithmetic
overflows ``datetime``, and control characters (PostgreSQL text cannot hold NUL).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Path, Query
from pydantic import (
    AfterValidator,
    AwareDatetime,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)
from pydantic_core import PydanticCustomError

from app.models.enums import OrderStatus, PiiField, RevealPurpose, ServiceCategory
from app.rules.districts import DISTRICT_BY_CODE

DB_INT_MAX = 2**31 - 1  # PostgreSQL ``integer``: every id and version column
OFFSET_MAX = 10**6  # paging deeper than this is a mistake, not a use
# Any instant the desk deals with lies well inside these; the bounds keep "9999-12-31" and
# "0001-01-01" (with an offset) from overflowing datetime arithmetic and conversion to UTC.
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
LATEST = datetime(2100, 1, 1, tzinfo=UTC)


def has_control_chars(value: str) -> bool:
    """C0 control characters other than tab, newline and carriage return (NUL among them)."""
    return any(ord(c) < 0x20 and c not in "\t\n\r" for c in value)


def _no_control_chars(value: object) -> object:
    # Before the str check, so that max_length stays a plain string constraint.
    if isinstance(value, str) and has_control_chars(value):
        raise PydanticCustomError(
            "control_characters", "Control characters (such as NUL) are not allowed"
        )
    return value


def _within_service_years(value: datetime) -> datetime:
    if not EARLIEST <= value < LATEST:
        raise PydanticCustomError(
            "datetime_out_of_range", "The date must lie between 2000 and 2099"
        )
    return value


def _known_district(value: str) -> str:
    if value not in DISTRICT_BY_CODE:
        raise PydanticCustomError("unknown_district", "Not a Beijing district code")
    return value


# Body fields.
DbId = Annotated[int, Field(ge=1, le=DB_INT_MAX)]
Version = Annotated[int, Field(ge=1, le=DB_INT_MAX)]
NoControlChars = BeforeValidator(_no_control_chars)  # also for optional and query strings
Text = Annotated[str, NoControlChars]
Instant = Annotated[AwareDatetime, AfterValidator(_within_service_years)]
DistrictCode = Annotated[str, AfterValidator(_known_district)]
# Path and query parameters.
PathId = Annotated[int, Path(ge=1, le=DB_INT_MAX)]
QueryId = Annotated[int | None, Query(ge=1, le=DB_INT_MAX)]
QueryInstant = Annotated[Instant | None, Query()]
Offset = Annotated[int, Query(ge=0, le=OFFSET_MAX)]


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
    """A new order. How far ahead ``scheduled_start`` may lie depends on the clock, so the
    route checks that; everything else is checked here."""

    model_config = ConfigDict(extra="forbid")

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


class AssignBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    provider_id: DbId
    override_reason: Text = Field(default="", max_length=255)


class CancelBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reason: Text = Field(min_length=1, max_length=255)


class NoteBody(BaseModel):
    model_config = ConfigDict(extra="forbid")

    note: Text = Field(default="", max_length=500)


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
