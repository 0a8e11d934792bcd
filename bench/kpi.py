"""Operations KPIs: computing them over a large data set, and the dashboard's update after
1,000 feed changes.

Full size: 200,000 orders over the 9 days the dashboard reads (with ~3 timeline events
each), 10,000 complaints, 2,000 sanctions and 20,000 certificates in a file cache.

Figures:
- facts from rows: building the KPI facts from plain rows (in memory).
- KPI snapshot: every KPI of the dashboard over those facts (in memory, pure); the baseline
  is one plain pass that only counts completed orders, so the ratio says what the
  definitions cost over merely touching every order.
- cache load (read + facts + KPIs): what the page's first read costs on its pool thread.
- update after 1,000 changes (pool thread): re-reading the changed rows and recomputing.
- dashboard apply on the UI thread: writing the tiles and moving the charts' artists for
  the new snapshot, then painting (budget 50 ms, DESIGN.md).
- recomputes for 1,000 changes: must be 1 (the changes come as one burst).
- daily PDF: the 日报 from the same facts (budget 3 s).
- scorecard open: one provider's scorecard (服务人员档案) read from the cache, for a provider
  with 5 years of orders (4 a day, with timelines and ratings) among 3,000 providers, the
  peers' medians included (what the dialog's pool thread costs before it shows).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/kpi.py [--tiny] [--orders N]
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench._report import Figures, add_size_args  # noqa: E402

NOW = datetime(2026, 12, 4, 2, 0, tzinfo=UTC)  # 10:00 in Beijing
DAYS = 9  # the dashboard reads from a week before yesterday
REASONS = ("客户临时改期", "客户取消需求", "未找到合适服务人员", "价格未谈妥", "重复下单", "")
CATEGORIES = ("cleaning", "deep_cleaning", "nanny", "maternity", "elderly_care",
              "home_nursing", "appliance_repair", "plumbing_electrical", "appliance_cleaning",
              "moving")  # fmt: skip
SEVERITY = (("critical", 0.03), ("high", 0.17), ("medium", 0.45), ("low", 0.35))
COMPLAINT_KINDS = ("quality", "attitude", "lateness", "no_show", "pricing", "damage", "other")
# Orders by hour of the day (Beijing): quiet at night, peaks at 9 and 19.
HOUR_WEIGHT = [1, 1, 1, 1, 1, 2, 4, 8, 12, 14, 13, 11, 9, 9, 10, 10, 10, 11, 12, 13, 11, 8, 4, 2]


def _iso(moment: datetime) -> str:
    return moment.isoformat()


def demo_rows(
    n_orders: int, n_complaints: int, now: datetime = NOW, seed: int = 7
) -> dict[str, list[dict[str, Any]]]:
    """Plausible rows of every entity the KPIs read, as the feed would deliver them."""
    from app.rules.districts import DISTRICTS

    rng = random.Random(seed)
    districts = [d.code for d in DISTRICTS]
    weights = [d.population_10k for d in DISTRICTS]
    day0 = now.replace(hour=16, minute=0, second=0, microsecond=0) - timedelta(days=DAYS)
    span_hours = (now - day0).total_seconds() / 3600
    orders: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    hours = [h for h in range(24)]
    for i in range(1, n_orders + 1):
        day = rng.randrange(int(span_hours // 24) + 1)
        created = day0 + timedelta(days=day, hours=rng.choices(hours, HOUR_WEIGHT)[0] - 0,
                                   minutes=rng.randrange(60))  # fmt: skip
        if created >= now:
            created = now - timedelta(minutes=rng.randrange(1, 600))
        start = created + timedelta(hours=rng.choice((2, 3, 4, 6, 24)))
        dispatch_by = start - timedelta(hours=1)
        status, reason = "pending", ""
        timeline: list[tuple[str, datetime]] = []
        if rng.random() < 0.07:
            status, reason = "cancelled", rng.choice(REASONS)
            timeline.append(("cancel", created + timedelta(minutes=rng.randrange(5, 120))))
        else:
            assigned = dispatch_by + timedelta(minutes=rng.randrange(-90, 15))
            if assigned < now:
                timeline.append(("assign", max(assigned, created)))
                status = "assigned"
                started = start + timedelta(minutes=rng.randrange(-10, 25))
                if started < now:
                    timeline.append(("start", started))
                    status = "in_service"
                    done = started + timedelta(hours=2)
                    if done < now:
                        timeline.append(("complete", done))
                        status = "completed"
        orders.append({
            "id": i, "version": 1, "code": f"SM{i:07d}", "status": status,
            "category": rng.choice(CATEGORIES),
            "district": rng.choices(districts, weights)[0], "customer_id": 1 + i % 5000,
            "provider_id": 1 + i % 3000 if status != "pending" else None,
            "created_at": _iso(created), "scheduled_start": _iso(start),
            "scheduled_end": _iso(start + timedelta(hours=3)), "dispatch_by": _iso(dispatch_by),
            "cancel_reason": reason, "price_cents": 19900,
        })  # fmt: skip
        for action, at in timeline:
            events.append({"id": len(events) + 1, "order_id": i, "action": action, "at": _iso(at)})
    done_ids = [o["id"] for o in orders if o["status"] == "completed"] or [1]
    complaints: list[dict[str, Any]] = []
    for j in range(1, n_complaints + 1):
        severity = rng.choices([s for s, _ in SEVERITY], [w for _, w in SEVERITY])[0]
        opened = now - timedelta(minutes=rng.randrange(1, 7 * 24 * 60))
        ack = opened + timedelta(minutes=rng.choice((5, 10, 30, 50, 90, 200, 400)))
        resolved = opened + timedelta(hours=rng.choice((2, 3, 10, 20, 30, 60, 80)))
        complaints.append({
            "id": j, "version": 1, "code": f"TS{j:06d}", "customer_id": 1 + j % 5000,
            "order_id": rng.choice(done_ids), "severity": severity, "status": "investigating",
            "category": rng.choice(COMPLAINT_KINDS), "opened_at": _iso(opened),
            "acknowledged_at": _iso(ack) if ack < now else None,
            "resolved_at": _iso(resolved) if resolved < now else None,
        })  # fmt: skip
    n_sanctions = max(5, n_complaints // 5)
    sanctions = [
        {"id": k, "version": 1, "provider_id": 1 + rng.randrange(3000),
         "level": rng.choice(("warning", "warning", "retraining", "suspension",
                              "disqualification")),
         "status": "active", "reason": "投诉经查属实",
         "decided_at": _iso(now - timedelta(hours=rng.randrange(1, 24 * 20)))}
        for k in range(1, n_sanctions + 1)
    ]  # fmt: skip
    certs = [
        {"id": k, "version": 1, "provider_id": 1 + k % 3000, "kind": "health_certificate",
         "status": "submitted" if k % 25 == 0 else "approved",
         "submitted_at": _iso(now - timedelta(hours=rng.randrange(1, 200))),
         "expires_on": (now + timedelta(days=rng.randrange(-10, 400))).date().isoformat()}
        for k in range(1, 2 * n_complaints + 1)
    ]  # fmt: skip
    return {"order": orders, "order_event": events, "complaint": complaints,
            "sanction": sanctions, "certification": certs}  # fmt: skip


SCORECARD_PROVIDER = 1
SCORECARD_YEARS = 5


def scorecard_rows(first_id: int, years: int, now: datetime = NOW, seed: int = 11
                   ) -> dict[str, list[dict[str, Any]]]:  # fmt: skip
    """Provider rows for the 3,000 providers the orders name, and ``years`` of completed,
    rated orders (4 a day) for provider 1, ids from ``first_id``."""
    from app.rules.districts import DISTRICTS

    rng = random.Random(seed)
    districts = [d.code for d in DISTRICTS]
    providers = [
        {"id": p, "version": 1, "code": f"P{p:05d}", "name": f"服务员{p}", "status": "active",
         "home_district": districts[p % 4], "categories": [CATEGORIES[p % 3]],
         "districts_served": [districts[p % 4]]}
        for p in range(1, 3001)
    ]  # fmt: skip
    orders: list[dict[str, Any]] = []
    events: list[dict[str, Any]] = []
    for k in range(years * 365 * 4):
        oid = first_id + k
        start = now - timedelta(days=1 + k // 4, hours=rng.randrange(0, 10))
        started = start + timedelta(minutes=rng.randrange(-10, 25))
        orders.append({
            "id": oid, "version": 1, "code": f"SC{oid:07d}", "status": "completed",
            "category": CATEGORIES[1], "district": districts[1], "customer_id": 1 + oid % 5000,
            "provider_id": SCORECARD_PROVIDER, "created_at": _iso(start - timedelta(days=1)),
            "scheduled_start": _iso(start), "scheduled_end": _iso(start + timedelta(hours=3)),
            "dispatch_by": _iso(start - timedelta(hours=1)), "price_cents": 19900,
            "rating": rng.choice((5, 5, 5, 4, 3)),
        })  # fmt: skip
        for action, at in (("start", started), ("complete", started + timedelta(hours=2))):
            events.append({"id": 10_000_000 + len(events), "version": 1, "order_id": oid,
                           "action": action, "at": _iso(at)})  # fmt: skip
    return {"provider": providers, "order": orders, "order_event": events}


def scorecard_figure(figures: Figures, cache_path: Path) -> None:
    from app.client import scorecard
    from app.client.cache import CacheReader

    reader = CacheReader.open(cache_path)
    t0 = time.perf_counter()
    loaded = scorecard.load(reader, SCORECARD_PROVIDER, NOW)
    ms = _ms(t0)
    reader.close()
    figures.check(loaded is not None, "the scorecard's provider is not in the cache")
    if loaded is not None:
        card = loaded.card
        figures.figure("scorecard open (read + figures + peers)", ms, "ms",
                       note=f"{len(loaded.shown['order']):,} orders in 90 days, "
                       f"{card.peers.peers:,} peers")  # fmt: skip
        figures.check(card.figures.completed > 0, "the scorecard counted no completed order")


def _changes(entity: str, rows: list[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    for row in rows:
        yield {"entity": entity, "id": row["id"], "version": row.get("version", 1), "op": "U",
               "data": row}  # fmt: skip


def fill_cache(cache: Any, rows: dict[str, list[dict[str, Any]]], batch: int = 20_000) -> None:
    n = 0
    for entity, items in rows.items():
        for at in range(0, len(items), batch):
            n += 1
            cache.apply_page(list(_changes(entity, items[at : at + batch])), f"c{n:08d}")


def _ms(start: float) -> float:
    return (time.perf_counter() - start) * 1000


def pure_figures(figures: Figures, rows: dict[str, list[dict[str, Any]]]) -> Any:
    from app.rules.kpi.facts import complaint_kpi_facts, order_kpi_facts
    from app.rules.kpi.snapshot import KpiInputs, live

    per_order: dict[int, list[dict[str, Any]]] = {}
    for e in rows["order_event"]:
        per_order.setdefault(e["order_id"], []).append(e)
    t0 = time.perf_counter()
    orders = {o["id"]: order_kpi_facts(o, per_order.get(o["id"], ())) for o in rows["order"]}
    complaints = {c["id"]: complaint_kpi_facts(c) for c in rows["complaint"]}
    figures.figure("facts from rows", _ms(t0), "ms",
                   note=f"{len(orders):,} orders, {len(complaints):,} complaints")  # fmt: skip
    inputs = KpiInputs(orders, complaints)
    t0 = time.perf_counter()
    baseline = sum(1 for o in orders.values() if o.completed_at is not None)
    base_ms = _ms(t0)
    t0 = time.perf_counter()
    snap = live(inputs, NOW)
    figures.figure("KPI snapshot (in memory)", _ms(t0), "ms", baseline=base_ms,
                   baseline_name="one counting pass")  # fmt: skip
    figures.check(snap.completed.value is not None and baseline > 0, "no completed orders")
    return snap


def dashboard_figures(figures: Figures, cache_path: Path, rows: dict[str, Any]) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from app.client import insight
    from app.client.cache import Cache, CacheReader
    from app.client.sync import ChangeSet
    from app.reports.daily import build_daily_report
    from app.rules.kpi.snapshot import daily, live
    from app.views.context import PageContext
    from app.views.insight.export import translations
    from app.views.insight.page import DashboardPage
    from tests.views.fakes import FakeLink, FakeUser, SyncBackend

    app = QApplication.instance() or QApplication(sys.argv[:1])
    reader = CacheReader.open(cache_path)
    t0 = time.perf_counter()
    inputs = insight.load(reader, NOW)
    snap = live(inputs, NOW)
    figures.figure("cache load (read + facts + KPIs)", _ms(t0), "ms",
                   note=f"{len(inputs.orders):,} orders")  # fmt: skip

    with tempfile.TemporaryDirectory() as tmp:
        settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
        link = FakeLink()
        backend = SyncBackend(reader=reader, hold=True)
        ctx = PageContext(link, FakeUser(role="supervisor"), settings, lambda: NOW,
                          backend)  # type: ignore[arg-type]  # fmt: skip
        page = DashboardPage(ctx)
        page.resize(1400, 900)
        page.show()
        backend.flush()  # the first full load
        # The map coloured by completions: the burst below must repaint it (the worst case).
        page.map_kpi.setCurrentIndex(page.map_kpi.findData("completed"))
        app.processEvents()
        for canvas in (page.hourly_canvas, page.sla_canvas, page.map_canvas):
            canvas.draw()  # painted once already, as on a screen the page has been open on
        # 1,000 changes: orders completed now (timeline rows added), as one feed burst.
        writer = Cache(cache_path)
        pending = [o for o in rows["order"] if o["status"] == "in_service"][:1000]
        pending += [o for o in rows["order"] if o["status"] == "pending"][: 1000 - len(pending)]
        first_event = len(rows["order_event"]) + 1
        done_at = NOW - timedelta(minutes=1)
        writer.apply_page(
            [*_changes("order", [{**o, "version": 2, "status": "completed"} for o in pending]),
             *_changes("order_event", [{"id": first_event + k, "order_id": o["id"],
                                        "action": "complete", "at": _iso(done_at)}
                                       for k, o in enumerate(pending)])],
            "after",
        )  # fmt: skip
        writer.close()
        event_ids = tuple(first_event + k for k in range(len(pending)))
        changes = ChangeSet({"order": tuple(o["id"] for o in pending), "order_event": event_ids})
        before = page.recomputes
        for entity, ids in changes.ids.items():  # the burst, as several feed steps
            for at in range(0, len(ids), 100):
                link.changed.emit(ChangeSet({entity: ids[at : at + 100]}))
        page.debounce.timeout.emit()  # the debounce interval has passed
        page.debounce.stop()
        t0 = time.perf_counter()
        backend.hold = False
        held = backend._held[:]
        backend._held.clear()
        # The pool thread's part: re-read the changed rows and recompute.
        fn, _ok, _fail, _owner, _ticket = held[0]
        got = fn()
        figures.figure("update after 1,000 changes (pool thread)", _ms(t0), "ms")
        painted: list[str] = []
        draw = page.map_canvas.draw
        page.map_canvas.draw = lambda: (painted.append("map"), draw())  # type: ignore[method-assign]
        t0 = time.perf_counter()
        page._computed(got)
        app.processEvents()  # the charts whose data moved repaint here (draw_idle)
        figures.figure("dashboard apply on the UI thread", _ms(t0), "ms", budget=50,
                       note="tiles, artists and repaint")  # fmt: skip
        figures.check(painted == ["map"], "the map coloured by completions did not repaint")
        figures.figure("recomputes for 1,000 changes", page.recomputes - before, "count")
        figures.check(page.recomputes - before == 1, "a burst must make one recompute")
        figures.check(
            got[1].completed.value == snap.completed.value + len(pending),
            "the completed orders did not move the completed figure",
        )
        translate = translations()
        t0 = time.perf_counter()
        yesterday = (NOW - timedelta(days=1)).date()
        pdf = build_daily_report(
            daily(got[0], yesterday), translate=translate, printed_at=NOW, printed_by="bench"
        )
        figures.figure("daily PDF", _ms(t0), "ms", budget=3000, note=f"{len(pdf):,} bytes")
        figures.check(pdf.startswith(b"%PDF"), "the daily report is not a PDF")
        page.close()
        page.deleteLater()
        app.processEvents()
    reader.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int)
    add_size_args(ap)
    args = ap.parse_args()
    n_orders = args.orders or (3_000 if args.tiny else 200_000)
    n_complaints = max(50, n_orders // 20)
    figures = Figures()
    t0 = time.perf_counter()
    rows = demo_rows(n_orders, n_complaints)
    print(f"# generated {n_orders:,} orders, {len(rows['order_event']):,} events, "
          f"{n_complaints:,} complaints in {_ms(t0) / 1000:.1f} s", flush=True)  # fmt: skip
    pure_figures(figures, rows)
    from app.client.cache import Cache

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "cache.sqlite"
        cache = Cache(path)
        t0 = time.perf_counter()
        fill_cache(cache, rows)
        cache.close()
        print(f"# cache filled in {_ms(t0) / 1000:.1f} s", flush=True)
        dashboard_figures(figures, path, rows)
        # Then one provider's 5 years (after the dashboard's figures, which they would move).
        cache = Cache(path)
        years = 1 if args.tiny else SCORECARD_YEARS
        fill_cache(cache, scorecard_rows(len(rows["order"]) + 1, years))
        cache.close()
        scorecard_figure(figures, path)
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
