"""Days of order history in a server database (the demo seeds only today): the rows of
bench/kpi.py's generator, inserted in bulk beside a small demo's people. Used by
bench/reports.py and tests/server/reports."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import insert

from app.models import tables as t
from app.models.enums import Severity
from app.rules.complaint_rows import as_time
from app.rules.sla import deadlines
from app.server.db import Database
from app.server.demo.seed import seed_demo
from app.server.schema import migrate
from bench.kpi import demo_rows

FIRST_ID = 1_000_000  # above the demo's own orders and complaints
CUSTOMERS, PROVIDERS = 300, 600
CHUNK = 10_000


def _times(row: dict[str, Any], *names: str) -> dict[str, Any]:
    return {**row, **{n: as_time(row.get(n)) for n in names}}


def add_history(db: Database, now: datetime, orders: int, complaints: int) -> None:
    rows = demo_rows(orders, complaints, now)
    order_rows = []
    for o in rows["order"]:
        o = _times(o, "created_at", "scheduled_start", "scheduled_end", "dispatch_by")
        order_rows.append({
            **{k: o[k] for k in ("status", "category", "district", "created_at",
                                 "scheduled_start", "scheduled_end", "dispatch_by",
                                 "cancel_reason", "price_cents")},
            "id": FIRST_ID + o["id"], "version": 1, "updated_at": now,
            "code": f"H{o['id']:09d}", "customer_id": 1 + o["id"] % CUSTOMERS,
            "provider_id": 1 + o["id"] % PROVIDERS if o["provider_id"] else None,
            "address": "北京市朝阳区", "lat": 39.9, "lng": 116.4,
        })  # fmt: skip
    event_rows = [
        {"id": FIRST_ID + e["id"], "order_id": FIRST_ID + e["order_id"], "at": as_time(e["at"]),
         "action": e["action"], "from_status": "", "to_status": ""}
        for e in rows["order_event"]
    ]  # fmt: skip
    complaint_rows = []
    for c in rows["complaint"]:
        c = _times(c, "opened_at", "acknowledged_at", "resolved_at")
        due = deadlines(Severity(c["severity"]), c["opened_at"])
        complaint_rows.append({
            **{k: c[k] for k in ("severity", "category", "status", "opened_at",
                                 "acknowledged_at", "resolved_at")},
            "id": FIRST_ID + c["id"], "version": 1, "updated_at": now,
            "code": f"H{c['id']:08d}", "customer_id": 1 + c["id"] % CUSTOMERS,
            "order_id": FIRST_ID + c["order_id"], "summary": "",
            "first_response_due": due.first_response, "resolution_due": due.resolution,
        })  # fmt: skip
    with db.write() as s:
        for table, batch in ((t.Order, order_rows), (t.OrderEvent, event_rows),
                             (t.Complaint, complaint_rows)):  # fmt: skip
            for i in range(0, len(batch), CHUNK):
                s.execute(insert(table), batch[i : i + CHUNK])


def history_db(url: str, now: datetime, orders: int = 4000, complaints: int = 400) -> Database:
    db = Database(url)
    migrate(db)
    seed_demo(db, now, seed=11, orders=200, providers=PROVIDERS, customers=CUSTOMERS)
    add_history(db, now, orders, complaints)
    return db
