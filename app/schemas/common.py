"""Field types, paging, reasons and the error envelope that every resource uses.

Every id, datetime and free text a client sends goes through one of the annotated types below,
so that malformed input is a 422 naming the field rather than a database error: ids beyond
PostgreSQL's ``integer`` (SQLite raises OverflowError, PostgreSQL "integer out of range"), naive
datetimes (which the UTCDateTime columns refuse), dates whose arithmetic overflows
``datetime``, and control characters (PostgreSQL text cannot hold NUL).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated, Any

from pydantic import AfterValidator, AwareDatetime, BaseModel, BeforeValidator, ConfigDict, Field
from pydantic_core import PydanticCustomError

from app.models.enums import PiiField, RevealPurpose
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


DbId = Annotated[int, Field(ge=1, le=DB_INT_MAX)]
Version = Annotated[int, Field(ge=1, le=DB_INT_MAX)]
NoControlChars = BeforeValidator(_no_control_chars)  # also for optional and query strings
Text = Annotated[str, NoControlChars]
Instant = Annotated[AwareDatetime, AfterValidator(_within_service_years)]
DistrictCode = Annotated[str, AfterValidator(_known_district)]


class Body(BaseModel):
    """A request body: unknown fields are refused, so a client cannot slip a "force" flag past
    a check, and a typo is a clear 422 rather than silently ignored."""

    model_config = ConfigDict(extra="forbid")


class Record(BaseModel):
    """An entity's masked public form (``app.server.projections.project``): the named fields
    are what a reader relies on; further columns travel too."""

    model_config = ConfigDict(extra="allow")

    id: int
    version: int


class Page(BaseModel):
    """A page of records of a read-only collection."""

    data: list[dict[str, Any]]
    count: int


class ReasonPublic(BaseModel):
    """A rule's verdict (``app.rules.reasons.Reason``) on the wire."""

    code: str
    message: str
    message_en: str


class ErrorBody(BaseModel):
    code: str
    message: str
    message_en: str
    details: dict[str, Any] = Field(default_factory=dict)


class ErrorEnvelope(BaseModel):
    """Every error answer: ``{"error": {code, message, message_en, details}}``."""

    error: ErrorBody


class RevealRequest(Body):
    field: PiiField
    purpose: RevealPurpose


class RevealResponse(BaseModel):
    entity: str
    id: int
    field: PiiField
    value: str
