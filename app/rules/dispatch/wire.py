"""One order's ranked candidates as the API sends them (and the desktop's offline ranking
builds them, so both read the same shape): eligible with their score terms, ineligible with
every reason. Home coordinates go out rounded to about a kilometre."""

from __future__ import annotations

from typing import Any

from app.rules.dispatch.facts import ProviderFacts
from app.rules.dispatch.scoring import Candidates, RankedCandidate, RejectedCandidate
from app.rules.masking import COARSE_DECIMALS
from app.rules.reasons import Reason


def reason_wire(r: Reason) -> dict[str, str]:
    return {"code": r.code, "message": r.zh, "message_en": r.en}


def provider_wire(p: ProviderFacts) -> dict[str, Any]:
    return {
        "id": p.id,
        "name": p.name,
        "level": p.level.value,
        "rating": p.rating,
        "lat": round(p.lat, COARSE_DECIMALS),  # a home address: about a kilometre
        "lng": round(p.lng, COARSE_DECIMALS),
        "districts": sorted(p.districts),
        "bookings_today": len(p.bookings),
    }


def ranked_wire(c: RankedCandidate) -> dict[str, Any]:
    b = c.breakdown
    return {
        "provider": provider_wire(c.provider),
        "score": round(b.total, 2),
        "travel_minutes": round(b.travel_minutes, 1),
        "terms": [
            {
                "code": t.code,
                "label": t.zh,
                "label_en": t.en,
                "raw": round(t.raw, 3),
                "weight": t.weight,
                "contribution": round(t.contribution, 2),
            }
            for t in b.terms
        ],
    }


def rejected_wire(c: RejectedCandidate) -> dict[str, Any]:
    return {
        "provider": provider_wire(c.provider),
        "distance_km": round(c.distance_km, 1),
        "reasons": [reason_wire(r) for r in c.reasons],
    }


def candidates_wire(order_id: int, order_version: int, found: Candidates) -> dict[str, Any]:
    return {
        "order_id": order_id,
        "order_version": order_version,
        "eligible": [ranked_wire(c) for c in found.eligible],
        "ineligible": [rejected_wire(c) for c in found.ineligible],
    }
