"""A small cache for the scorecard: provider 9 (cleaning, chaoyang) with orders, ratings,
complaints, a sanction under appeal, certificates and an assessment; five peers and one
provider of another district."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from app.client.cache import Cache
from tests.views.fakes import put

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # Friday 10:00 in Beijing
H = timedelta(hours=1)
D = timedelta(days=1)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def provider(pid: int, district: str = "chaoyang", *cats: str) -> dict[str, Any]:
    return {"id": pid, "code": f"P{pid:03d}", "name": f"服务员{pid}", "status": "active",
            "home_district": district, "categories": list(cats or ("cleaning", "nanny")),
            "districts_served": [district]}  # fmt: skip


def order(oid: int, pid: int, start: datetime, rating: int | None = None,
          status: str = "completed") -> dict[str, Any]:  # fmt: skip
    return {"id": oid, "code": f"O{oid}", "status": status, "category": "cleaning",
            "district": "chaoyang", "provider_id": pid, "scheduled_start": iso(start),
            "scheduled_end": iso(start + 2 * H), "dispatch_by": iso(start - 2 * H),
            "created_at": iso(start - D), "rating": rating}  # fmt: skip


def done(eid: int, oid: int, start: datetime, late: bool = False) -> list[dict[str, Any]]:
    return [
        {"id": eid, "order_id": oid, "action": "start",
         "at": iso(start + (40 if late else 5) * timedelta(minutes=1))},
        {"id": eid + 1, "order_id": oid, "action": "complete", "at": iso(start + 2 * H)},
    ]  # fmt: skip


def scorecard_cache() -> Cache:
    c = Cache(":memory:")
    put(c, "provider", [provider(9), *(provider(p) for p in range(10, 15)),
                        provider(20, "haidian"), provider(21, "chaoyang", "nanny")])  # fmt: skip
    orders, events = [], []
    starts = [NOW - 2 * D, NOW - 9 * D, NOW - 400 * D]
    for n, start in enumerate(starts):
        orders.append(order(100 + n, 9, start, rating=(5, 3, 1)[n]))
        events += done(1000 + 10 * n, 100 + n, start, late=n == 1)
    for p in range(10, 15):  # each peer: two completed orders rated 4
        for k in range(2):
            oid = 200 + 10 * p + k
            orders.append(order(oid, p, NOW - (3 + k) * D, rating=4))
            events += done(5000 + 10 * oid, oid, NOW - (3 + k) * D)
    orders.append(order(900, 20, NOW - 3 * D, rating=1))
    put(c, "order", orders)
    put(c, "order_event", events)
    put(c, "complaint", [
        {"id": 1, "provider_id": 9, "status": "resolved", "severity": "high",
         "opened_at": iso(NOW - 5 * D), "substantiated": True},
        {"id": 2, "provider_id": 9, "status": "open", "severity": "low",
         "opened_at": iso(NOW - 6 * D), "substantiated": None},
        {"id": 3, "provider_id": 10, "status": "open", "severity": "low",
         "opened_at": iso(NOW - 6 * D)},
    ])  # fmt: skip
    put(c, "sanction", [
        {"id": 1, "provider_id": 9, "level": "warning", "status": "active", "reason": "迟到",
         "decided_at": iso(NOW - 4 * D), "complaint_id": 1},
    ])  # fmt: skip
    put(c, "appeal", [{"id": 1, "sanction_id": 1, "status": "pending", "reason": "堵车",
                       "filed_at": iso(NOW - 3 * D)}])  # fmt: skip
    put(c, "certification", [
        {"id": 1, "provider_id": 9, "kind": "health_certificate", "status": "approved",
         "expires_on": "2026-12-20", "review_due": None},
        {"id": 2, "provider_id": 9, "kind": "id_verification", "status": "approved"},
    ])  # fmt: skip
    put(c, "training_course", [{"id": 4, "code": "TR-CLEAN", "name": "保洁规范"}])
    put(c, "assessment", [
        {"id": 1, "provider_id": 9, "course_id": 4, "passed": True, "is_retraining": False,
         "state": "signed", "theory_score": 88, "practical_score": 41,
         "assessed_at": iso(NOW - 20 * D), "signed_at": iso(NOW - 20 * D)},
        {"id": 2, "provider_id": 9, "course_id": 4, "passed": False, "state": "draft",
         "assessed_at": iso(NOW - D)},
    ])  # fmt: skip
    return c
