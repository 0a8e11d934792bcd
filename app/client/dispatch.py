"""Dispatch on the wire: one order's ranked candidates as typed values, and their paths.

``fetch_candidates`` (and ``dispatch_plan.make_plan``/``apply_plan``) take an ``ApiClient`` and
block: the views run them through ``Backend.server``, never on the UI thread. Texts come in
both languages (``Words``); the views pick one.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.client import endpoints
from app.client.api import ApiClient

PLAN_PATH = f"{endpoints.API}/dispatch/plan"
APPLY_PATH = f"{endpoints.API}/dispatch/apply"

CANDIDATES_TOP = 8  # eligible providers asked for; digits 1-9 reach them and the first ineligible
CANDIDATES_INELIGIBLE = 6


def candidates_path(order_id: int) -> str:
    return f"{endpoints.order(order_id)}/candidates"


@dataclass(frozen=True, slots=True)
class Words:
    """A sentence from the server in both languages (a reason or a score-term label)."""

    code: str
    zh: str
    en: str

    def text(self, lang: str) -> str:
        """The sentence in ``lang`` ("zh_CN" or "en")."""
        return self.en if lang.startswith("en") else self.zh

    @classmethod
    def from_reason(cls, data: Mapping[str, Any]) -> Words:
        return cls(str(data.get("code", "")), str(data.get("message", "")), _en(data, "message"))


def _en(data: Mapping[str, Any], key: str) -> str:
    return str(data.get(f"{key}_en") or data.get(key) or "")


@dataclass(frozen=True, slots=True)
class ScoreTerm:
    """One line of a score: ``contribution == weight * raw``."""

    words: Words
    raw: float
    weight: float
    contribution: float


@dataclass(frozen=True, slots=True)
class ProviderInfo:
    id: int
    name: str
    level: str
    rating: float
    lat: float
    lng: float
    districts: tuple[str, ...]
    bookings_today: int

    @classmethod
    def from_wire(cls, data: Mapping[str, Any]) -> ProviderInfo:
        return cls(
            id=int(data["id"]),
            name=str(data.get("name", "")),
            level=str(data.get("level", "")),
            rating=float(data.get("rating") or 0.0),
            lat=float(data.get("lat") or 0.0),
            lng=float(data.get("lng") or 0.0),
            districts=tuple(str(d) for d in data.get("districts") or ()),
            bookings_today=int(data.get("bookings_today") or 0),
        )


@dataclass(frozen=True, slots=True)
class Candidate:
    """An eligible provider (score, travel, terms) or an ineligible one (distance, reasons)."""

    provider: ProviderInfo
    eligible: bool
    score: float = 0.0
    travel_minutes: float = 0.0
    distance_km: float = 0.0
    terms: tuple[ScoreTerm, ...] = ()
    reasons: tuple[Words, ...] = ()


@dataclass(frozen=True, slots=True)
class CandidateList:
    """The server's answer for one order: eligible best first, then the nearest ineligible.

    ``provisional``: ranked on this computer from the local cache while the server could not
    be reached (``dispatch_offline``); the server checks the assignment again when it arrives.
    ``unchecked`` then says what the cache could not tell.
    """

    order_id: int
    order_version: int
    candidates: tuple[Candidate, ...]
    order_lat: float | None = None
    order_lng: float | None = None
    provisional: bool = False
    unchecked: tuple[Words, ...] = ()

    @property
    def eligible_count(self) -> int:
        return sum(1 for c in self.candidates if c.eligible)

    @classmethod
    def from_wire(
        cls, found: Mapping[str, Any], order: Mapping[str, Any] | None = None
    ) -> CandidateList:
        eligible = [
            Candidate(
                ProviderInfo.from_wire(e["provider"]),
                True,
                score=float(e.get("score") or 0.0),
                travel_minutes=float(e.get("travel_minutes") or 0.0),
                terms=tuple(
                    ScoreTerm(
                        Words(str(t.get("code", "")), str(t.get("label", "")), _en(t, "label")),
                        float(t.get("raw") or 0.0),
                        float(t.get("weight") or 0.0),
                        float(t.get("contribution") or 0.0),
                    )
                    for t in e.get("terms") or ()
                ),
            )
            for e in found.get("eligible") or ()
        ]
        ineligible = [
            Candidate(
                ProviderInfo.from_wire(r["provider"]),
                False,
                distance_km=float(r.get("distance_km") or 0.0),
                reasons=tuple(Words.from_reason(x) for x in r.get("reasons") or ()),
            )
            for r in found.get("ineligible") or ()
        ]
        lat = order.get("lat") if order else None
        lng = order.get("lng") if order else None
        return cls(
            order_id=int(found["order_id"]),
            order_version=int(found["order_version"]),
            candidates=(*eligible, *ineligible),
            order_lat=float(lat) if lat is not None else None,
            order_lng=float(lng) if lng is not None else None,
        )


def fetch_candidates(api: ApiClient, order_id: int) -> CandidateList:
    """The ranked candidates and the order's own location (for the map)."""
    found = api.get(
        candidates_path(order_id), {"top": CANDIDATES_TOP, "ineligible": CANDIDATES_INELIGIBLE}
    )
    order = api.get(endpoints.order(order_id))
    return CandidateList.from_wire(found, order)
