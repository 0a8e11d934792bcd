"""Customers found by phone: who is calling, for a phone booking or a complaint.

Phones are masked in the local cache, so a lookup by number goes to the server, which audits
it (a lookup confirms who owns a number). The answer shows the customer masked, as the caller's
role may see them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from app.client import endpoints
from app.client.api import ApiClient
from app.client.cache import CacheReader


@dataclass(frozen=True, slots=True)
class Caller:
    """A customer whose number matched, with what the person on the phone needs to confirm."""

    id: int
    name: str
    phone: str  # masked
    district: str
    address: str  # masked unless the role may see it
    recent_orders: int
    open_complaints: int

    @classmethod
    def from_wire(cls, match: dict[str, Any]) -> Caller:
        customer = match.get("customer") or {}
        return cls(
            id=int(customer["id"]),
            name=str(customer.get("name") or ""),
            phone=str(customer.get("phone") or ""),
            district=str(customer.get("district") or ""),
            address=str(customer.get("address") or ""),
            recent_orders=len(match.get("recent_orders") or ()),
            open_complaints=len(match.get("open_complaints") or ()),
        )


def find_by_phone(api: ApiClient, phone: str) -> list[Caller]:
    """The customers with this number (usually one), as the server shows them to this user."""
    body = api.get(endpoints.CUSTOMER_LOOKUP, {"phone": phone.strip()})
    return [Caller.from_wire(m) for m in body.get("customers") or ()]


def lookup_answer(api: ApiClient, phone: str) -> dict[str, Any]:
    """The server's whole lookup answer (customers with recent orders and open tickets), with
    the number it was for under ``"phone"`` (the hotline shows the answer for the latest)."""
    return {"phone": phone, **api.get(endpoints.CUSTOMER_LOOKUP, {"phone": phone.strip()})}


def provider_names(reader: CacheReader, ids: Iterable[int]) -> dict[int, str]:
    """Providers' names by id from the local cache (a person reads a name, never an id)."""
    wanted = sorted({int(i) for i in ids})
    return {int(p["id"]): str(p.get("name") or "") for p in reader.many("provider", wanted)}
