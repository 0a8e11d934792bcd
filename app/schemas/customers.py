"""Customers: the hotline's lookup of a caller by phone number."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from app.schemas.complaints import QueueItem
from app.schemas.orders import OrderPublic


class CustomerMatch(BaseModel):
    """One customer whose (unmasked) number matched, shown masked, with recent context."""

    customer: dict[str, Any]
    recent_orders: list[OrderPublic]
    open_complaints: list[QueueItem]
    blocked_providers: list[dict[str, Any]]


class CustomerLookup(BaseModel):
    customers: list[CustomerMatch]
    count: int
