"""The server's KPI range aggregates (GET /kpis/range) over a large PostgreSQL database.

Full size: 1,000,000 orders over the last 400 days (each with its timeline: assignment,
start, completion or cancellation; ~3.6 million events) and 50,000 complaints, generated in
SQL (generate_series) into a database of its own, ``shangmen_bench_kpi``, which is dropped
afterwards (no other database is touched). PostgreSQL comes from ``--pg-url`` or
SHANGMEN_TEST_PG_URL (the server URL; the bench makes its own database there). Without one
the bench says so and runs the same requests on SQLite with a small history instead.

Figures:
- 28-day range, rollup empty: the first request before the leader has filled anything (it
  counts the 27 closed days on demand and keeps them).
- rollup fill, remaining days (leader, once): counting the other closed days into kpi_days,
  as the leader's first housekeeping round does (no budget: once, off any request).
- 28-day range: the dashboard's request, days from the rollup and today live (budget
  500 ms, DESIGN.md / issue 11), median of several.
- 1-year range (weeks): the same for 365 days, per week.
- today live: the part of each request counted from the raw rows.
The bench checks the rollup's figures against a direct count of the same days in SQL.

    .venv/bin/python bench/kpi_pg.py [--tiny] [--orders N] [--pg-url postgresql://…]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._report import Figures, add_size_args  # noqa: E402

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
BENCH_DB = "shangmen_bench_kpi"
HISTORY_DAYS = 400
BUDGET_28_MS = 500.0
CATEGORIES = ("cleaning", "deep_cleaning", "nanny", "maternity", "elderly_care",
              "home_nursing", "appliance_repair", "plumbing_electrical", "appliance_cleaning",
              "moving")  # fmt: skip


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def _median_ms(run: Callable[[], Any], times: int) -> float:
    laps = []
    for _ in range(times):
        t0 = time.perf_counter()
        run()
        laps.append(_ms(t0))
    return statistics.median(laps)


# --- PostgreSQL: the bench's own database, filled in SQL ----------------------------------

ORDERS_SQL = """
INSERT INTO orders (id, version, updated_at, code, customer_id, provider_id, category, status,
  district, address, lat, lng, scheduled_start, scheduled_end, dispatch_by, price_cents,
  premium, note, cancel_reason, override_reason, created_at, flag_code, flag_zh, flag_en)
SELECT :first + g, 1, CAST(:now AS timestamptz), 'B' || lpad(g::text, 9, '0'),
  (SELECT min(id) FROM customers) + g % :customers,
  CASE WHEN r.u < 0.93 THEN (SELECT min(id) FROM providers) + g % :providers END,
  (CAST(:categories AS text[]))[1 + g % 10],
  CASE WHEN r.created > CAST(:now AS timestamptz) - interval '6 hours' AND r.u < 0.5 THEN 'pending'
       WHEN r.u < 0.86 THEN 'completed' WHEN r.u < 0.93 THEN 'cancelled'
       ELSE 'pending' END,
  (CAST(:districts AS text[]))[1 + (g * 7) % cardinality(CAST(:districts AS text[]))],
  (SELECT address FROM orders WHERE id < :first ORDER BY id LIMIT 1), 39.9, 116.4,
  r.created + r.lead, r.created + r.lead + interval '2 hours',
  r.created + r.lead - interval '1 hour', 15000, false, '',
  CASE WHEN r.u >= 0.86 AND r.u < 0.93 THEN '客户临时改期' ELSE '' END, '',
  r.created, '', '', ''
FROM generate_series(1, :n) AS g,
LATERAL (SELECT CAST(:now AS timestamptz) - (random() * :days) * interval '1 day' AS created,
                ((g % 5) * 5 + 2) * interval '1 hour' AS lead,
                random() + 0 * g AS u) AS r
"""

EVENTS_SQL = """
INSERT INTO order_events (id, order_id, at, action, from_status, to_status, note)
SELECT :first + o.id * 4 + e.k, o.id, e.at, e.action, '', '', ''
FROM orders o,
LATERAL (VALUES
  (0, 'assign', o.dispatch_by - interval '40 minutes' + random() * interval '50 minutes'),
  (1, 'start', o.scheduled_start - interval '10 minutes' + random() * interval '35 minutes'),
  (2, 'complete', o.scheduled_end + random() * interval '30 minutes'),
  (3, 'cancel', o.created_at + random() * (o.scheduled_start - o.created_at))
) AS e(k, action, at)
WHERE o.id > :first AND e.at < CAST(:now AS timestamptz) AND CASE e.action
  WHEN 'assign' THEN o.provider_id IS NOT NULL
  WHEN 'start' THEN o.status = 'completed'
  WHEN 'complete' THEN o.status = 'completed'
  ELSE o.status = 'cancelled' END
"""

COMPLAINTS_SQL = """
INSERT INTO complaints (id, version, updated_at, code, order_id, customer_id, category,
  severity, status, summary, opened_at, acknowledged_at, resolved_at, first_response_due,
  resolution_due, resolution, sanction_decided, escalated, reopen_count)
SELECT :first + g, 1, CAST(:now AS timestamptz), 'BC' || lpad(g::text, 8, '0'), o.id,
  o.customer_id, 'quality', c.severity,
  CASE WHEN c.opened + c.resolve < CAST(:now AS timestamptz) THEN 'resolved' ELSE 'open' END,
  '',
  c.opened,
  CASE WHEN c.opened + c.ack < CAST(:now AS timestamptz) THEN c.opened + c.ack END,
  CASE WHEN c.opened + c.resolve < CAST(:now AS timestamptz)
       THEN c.opened + c.resolve END,
  c.opened + c.first_due, c.opened + c.resolution_due, '', false, false, 0
FROM generate_series(1, :n) AS g
JOIN orders o ON o.id = :first + 1 + (g * 17) % :orders,
LATERAL (SELECT o.scheduled_end + random() * interval '2 days' AS opened,
  s.severity, s.first_due, s.resolution_due,
  random() * s.first_due * 1.3 AS ack, random() * s.resolution_due * 1.3 AS resolve
  FROM (VALUES ('critical', interval '15 minutes', interval '4 hours'),
               ('high', interval '1 hour', interval '24 hours'),
               ('medium', interval '4 hours', interval '48 hours'),
               ('low', interval '8 hours', interval '72 hours')) AS s(severity, first_due,
                                                                   resolution_due)
  WHERE s.severity = (ARRAY['critical','high','high','medium','medium','medium','low',
                            'low'])[1 + (g + o.id) % 8]) AS c
WHERE c.opened < CAST(:now AS timestamptz)
"""


def _pg_database(server_url: str) -> tuple[Any, str]:
    """(an admin engine on the server, the URL of the bench's own fresh database)."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from app.server.db import normalise_url

    url = make_url(normalise_url(server_url))
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}"'))
        c.execute(text(f'CREATE DATABASE "{BENCH_DB}"'))
    return admin, url.set(database=BENCH_DB).render_as_string(hide_password=False)


def _drop(admin: Any) -> None:
    from sqlalchemy import text

    with admin.connect() as c:
        c.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DB}" WITH (FORCE)'))
    admin.dispose()


def _fill_pg(db: Any, n_orders: int, n_complaints: int) -> None:
    from sqlalchemy import text

    from app.rules.districts import DISTRICTS
    from app.server.demo.seed import seed_demo
    from app.server.schema import migrate

    migrate(db)
    seed_demo(db, NOW, seed=11, orders=20, providers=300, customers=300)
    first = 10_000_000
    params = {"first": first, "now": NOW, "n": n_orders, "days": HISTORY_DAYS,
              "customers": 300, "providers": 300, "categories": list(CATEGORIES),
              "districts": [d.code for d in DISTRICTS]}  # fmt: skip
    with db.write() as s:
        s.execute(text(ORDERS_SQL), params)
        s.execute(text(EVENTS_SQL), {"first": first, "now": NOW})
        s.execute(text(COMPLAINTS_SQL), {**params, "n": n_complaints, "orders": n_orders})
    with db.write() as s:
        s.execute(text("ANALYZE"))


def _counts(db: Any) -> tuple[int, int, int]:
    from sqlalchemy import func, select

    from app.models import tables as t

    with db.read() as s:
        return tuple(  # type: ignore[return-value]
            int(s.scalar(select(func.count()).select_from(table)) or 0)
            for table in (t.Order, t.OrderEvent, t.Complaint)
        )


def main() -> int:
    from app.rules.beijing import local_day
    from app.rules.kpi.definitions import Period, day_start
    from app.schemas.kpis import KpiRange, RangeStep
    from app.server.db import Database
    from app.server.services import kpi_range

    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int)
    ap.add_argument("--pg-url", default=os.environ.get("SHANGMEN_TEST_PG_URL", ""))
    ap.add_argument("--runs", type=int, default=7)
    add_size_args(ap)
    args = ap.parse_args()
    n_orders = args.orders or (2_000 if args.tiny else 1_000_000)
    n_complaints = max(50, n_orders // 20)
    runs = 3 if args.tiny else args.runs
    figures = Figures()
    admin = None
    tmp = tempfile.TemporaryDirectory()
    try:
        t0 = time.perf_counter()
        if args.pg_url:
            admin, url = _pg_database(args.pg_url)
            db = Database(url)
            _fill_pg(db, n_orders, n_complaints)
            where = f"PostgreSQL, database {BENCH_DB}"
        else:
            from bench._server_history import history_db

            print("# no PostgreSQL (--pg-url or SHANGMEN_TEST_PG_URL): the PG part is SKIPPED;")
            print("# running the same requests on SQLite with a small 9-day history instead")
            n_orders = min(n_orders, 3_000)
            db = history_db(f"sqlite:///{Path(tmp.name) / 'server.sqlite3'}", NOW, n_orders,
                            max(50, n_orders // 20))  # fmt: skip
            where = "SQLite"
        orders, events, complaints = _counts(db)
        print(f"# {where}: {orders:,} orders, {events:,} events, {complaints:,} complaints, "
              f"seeded in {_ms(t0) / 1000:.1f} s", flush=True)  # fmt: skip
        today = local_day(NOW)

        def request(days: int, step: RangeStep) -> KpiRange:
            first = today - timedelta(days=days - 1)
            steps, total = kpi_range.range_steps(db, first, today, step, NOW)
            body = KpiRange(start=first, end=today, step=step, timezone="Asia/Shanghai",
                            cut_off=NOW, steps=steps, total=total)  # fmt: skip
            return KpiRange.model_validate_json(body.model_dump_json())

        t0 = time.perf_counter()
        request(28, RangeStep.DAY)
        figures.figure("28-day range, rollup empty (fills 27 days)", _ms(t0), "ms", note="once")
        t0 = time.perf_counter()
        filled = kpi_range.fill_missing(db, today - timedelta(days=HISTORY_DAYS), today, NOW)
        figures.figure("rollup fill, remaining days (leader, once)", _ms(t0), "ms",
                       note=f"{filled} days")  # fmt: skip

        month = request(28, RangeStep.DAY)
        year = request(365, RangeStep.WEEK)
        figures.figure("28-day range", _median_ms(lambda: request(28, RangeStep.DAY), runs),
                       "ms", budget=BUDGET_28_MS, note=f"median of {runs}")  # fmt: skip
        figures.figure("1-year range (weeks)",
                       _median_ms(lambda: request(365, RangeStep.WEEK), runs), "ms",
                       note=f"median of {runs}")  # fmt: skip

        def live() -> None:
            with db.read() as s:
                kpi_range.count_days(s, Period(day_start(today), NOW))

        figures.figure("today live", _median_ms(live, runs), "ms", note=f"median of {runs}")
        # The rollup says what a direct count of the same days says.
        first = today - timedelta(days=27)
        with db.read() as s:
            direct = kpi_range.count_days(s, Period(day_start(first), NOW))
        created = sum(d.get(kpi_range.CREATED, (0, 0))[0] for d in direct.values())
        done = sum(d.get(kpi_range.COMPLETED, (0, 0))[0] for d in direct.values())
        figures.check(month.total.orders_created == created, "28-day orders created")
        figures.check(month.total.completed == done, "28-day completed")
        figures.check(sum(s.orders_created for s in year.steps) == year.total.orders_created,
                      "1-year steps add up")  # fmt: skip
        figures.check(month.total.orders_created > 0, "the 28 days hold orders")
        print(f"# 28 days: {month.total.orders_created:,} created, {month.total.completed:,} "
              f"completed, dispatched in time {month.total.dispatched_in_time.rate() or 0:.1%}",
              flush=True)  # fmt: skip
        db.dispose()
    finally:
        if admin is not None:
            _drop(admin)
        tmp.cleanup()
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
