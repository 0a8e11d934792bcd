"""Customers found by phone: who is calling, for a phone booking or a complaint.

Phones are masked in the local cache, so a lookup by number goes to the server, which audits
it (a lookup confirms who owns a number). The answer shows the customer masked, as the caller's
role may see them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.client import endpoints
from app.client.api import ApiClient
from app.client.cache import CacheReader
from app.rules.complaint_rows import as_time


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


def _id(value: object) -> int | None:
    """An id from the wire (absent, null or 0 -> None)."""
    return int(str(value)) if value else None


def _text(value: object) -> str:
    return str(value or "")


@dataclass(frozen=True, slots=True)
class CallerCustomer:
    """The matched customer as the caller's role may see them (phone and address masked)."""

    id: int | None
    code: str
    name: str
    phone: str
    district: str
    address: str
    vip: bool

    @classmethod
    def from_wire(cls, row: Mapping[str, Any]) -> CallerCustomer:
        return cls(
            id=_id(row.get("id")),
            code=_text(row.get("code")),
            name=_text(row.get("name")),
            phone=_text(row.get("phone")),
            district=_text(row.get("district")),
            address=_text(row.get("address")),
            vip=bool(row.get("vip")),
        )


@dataclass(frozen=True, slots=True)
class CallerOrder:
    """One of the caller's recent orders (what a complaint can be about)."""

    id: int | None
    code: str
    category: str
    status: str
    scheduled_start: datetime | None
    provider_id: int | None

    @classmethod
    def from_wire(cls, row: Mapping[str, Any]) -> CallerOrder:
        return cls(
            id=_id(row.get("id")),
            code=_text(row.get("code")),
            category=_text(row.get("category")),
            status=_text(row.get("status")),
            scheduled_start=as_time(row.get("scheduled_start")),
            provider_id=_id(row.get("provider_id")),
        )


@dataclass(frozen=True, slots=True)
class CallerTicket:
    """One of the caller's open complaint tickets, with the deadline that comes next."""

    id: int | None
    code: str
    severity: str | None
    status: str | None
    next_deadline: datetime | None
    summary: str

    @classmethod
    def from_wire(cls, row: Mapping[str, Any]) -> CallerTicket:
        severity, status = row.get("severity"), row.get("status")
        return cls(
            id=_id(row.get("id")),
            code=_text(row.get("code")),
            severity=None if severity is None else str(severity),
            status=None if status is None else str(status),
            next_deadline=as_time(row.get("next_deadline")),
            summary=_text(row.get("summary")),
        )


@dataclass(frozen=True, slots=True)
class CustomerMatch:
    """One customer whose number matched, with their recent orders, open tickets and the
    providers they asked never to be sent again."""

    customer: CallerCustomer | None
    recent_orders: tuple[CallerOrder, ...]
    open_complaints: tuple[CallerTicket, ...]
    blocked_provider_ids: tuple[int | None, ...]

    @classmethod
    def from_wire(cls, match: Mapping[str, Any]) -> CustomerMatch:
        customer = match.get("customer") or {}
        return cls(
            customer=CallerCustomer.from_wire(customer) if customer else None,
            recent_orders=tuple(CallerOrder.from_wire(o) for o in match.get("recent_orders") or ()),
            open_complaints=tuple(
                CallerTicket.from_wire(t) for t in match.get("open_complaints") or ()
            ),
            blocked_provider_ids=tuple(
                _id(b.get("provider_id")) for b in match.get("blocked_providers") or ()
            ),
        )

    def provider_ids(self) -> set[int]:
        """The providers this match names by id (recent orders, blocked ones)."""
        named = [o.provider_id for o in self.recent_orders] + list(self.blocked_provider_ids)
        return {i for i in named if i}


@dataclass(frozen=True, slots=True)
class LookupAnswer:
    """The hotline's lookup of one number: every matching customer (usually one)."""

    phone: str
    customers: tuple[CustomerMatch, ...]

    @classmethod
    def from_wire(cls, phone: str, body: Mapping[str, Any]) -> LookupAnswer:
        return cls(
            phone=phone,
            customers=tuple(CustomerMatch.from_wire(m) for m in body.get("customers") or ()),
        )


def lookup_answer(api: ApiClient, phone: str) -> LookupAnswer:
    """The server's whole lookup answer (customers with recent orders and open tickets), with
    the number it was for (the hotline shows the answer for the latest)."""
    return LookupAnswer.from_wire(
        phone, api.get(endpoints.CUSTOMER_LOOKUP, {"phone": phone.strip()})
    )


def provider_names(reader: CacheReader, ids: Iterable[int]) -> dict[int, str]:
    """Providers' names by id from the local cache (a person reads a name, never an id)."""
    wanted = sorted({int(i) for i in ids})
    return {int(p["id"]): str(p.get("name") or "") for p in reader.many("provider", wanted)}
