"""The server's stored reports: making the 日报 of one day from a large SQLite database.

Full size: 200,000 orders over 9 days (~22,000 a day, ~3 timeline events each), 10,000
complaints, a demo's providers, sanctions and certificates, in a server database on SQLite.

Figures:
- facts read (SQL): the rows the day's report can touch, found by time range, with timelines.
- SQL counts (GROUP BY): completed per district, cancellations per reason, orders per hour.
- KPI snapshot: the pure definitions over those facts.
- PDF: drawing the report (budget 3 s, DESIGN.md's daily PDF).
- daily report, made and kept: all of it, as the leader's morning job does it (no budget: it
  runs once a morning, or while a supervisor waits for a past day's).

    .venv/bin/python bench/reports.py [--tiny] [--orders N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._report import Figures, add_size_args  # noqa: E402
from bench._server_history import history_db  # noqa: E402

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 10:00 in Beijing


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def main() -> int:
    from app.rules.beijing import local_day
    from app.rules.kpi.schedule import ReportKind
    from app.rules.kpi.snapshot import snapshot
    from app.server.services import kpi_sql
    from app.server.services import reports as svc

    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int)
    add_size_args(ap)
    args = ap.parse_args()
    n_orders = args.orders or (3_000 if args.tiny else 200_000)
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        db = history_db(f"sqlite:///{Path(tmp) / 'server.sqlite3'}", NOW, n_orders,
                         max(50, n_orders // 20))  # fmt: skip
        print(f"# seeded {n_orders:,} orders in {_ms(t0) / 1000:.1f} s", flush=True)
        day = local_day(NOW) - timedelta(days=1)
        span, window = svc.periods(ReportKind.DAILY, day)
        t0 = time.perf_counter()
        with db.read() as s:
            inputs = kpi_sql.load_inputs(s, span, window)
        figures.figure("facts read (SQL)", _ms(t0), "ms", note=f"{len(inputs.orders):,} orders")
        t0 = time.perf_counter()
        with db.read() as s:
            kpi_sql.completed_pairs(s, window)
            kpi_sql.complaints_by(s, window, "district")
            kpi_sql.complaints_by(s, window, "category")
            kpi_sql.created_per_hour(s, span.shifted(-timedelta(days=7)))
        figures.figure("SQL counts (GROUP BY)", _ms(t0), "ms")
        t0 = time.perf_counter()
        snap = snapshot(inputs, span, window)
        figures.figure("KPI snapshot", _ms(t0), "ms")
        figures.check(snap.completed.numerator > 0, "no completed orders on the day")
        t0 = time.perf_counter()
        svc.render(snap, ReportKind.DAILY, NOW, "bench")
        figures.figure("PDF", _ms(t0), "ms", budget=3000)
        t0 = time.perf_counter()
        info, made = svc.generate(db, ReportKind.DAILY, day, NOW)
        figures.figure(
            "daily report, made and kept", _ms(t0), "ms", note=f"{info.size / 1024:.0f} KB"
        )
        figures.check(made, "the report was not made")
        db.dispose()
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
