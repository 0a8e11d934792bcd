"""Initial sync benchmark: a real server holding 100k orders, an empty desktop cache.

Budget (DESIGN.md): empty cache -> ``SyncEngine.initial_sync()`` complete in <= 5 s end to
end (the aim: <= 2.5 s); the cache's local insert within 3x of raw ``sqlite3`` executemany
of the same rows. The first sync takes the server's snapshot and then the feed from its
cursor; the old path (the feed from the beginning, page by page) is measured in the same
process into another cache, as the baseline of the ratio.
Also printed: the board load (``Cache.board_rows()``) and peak RSS (budget <= 400 MB with
100k orders cached).

Run from the repo root: ``.venv/bin/python bench/initial_sync.py [--orders N] [--tiny]``.
"""

from __future__ import annotations

import argparse
import random
import resource
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.client.api import ApiClient  # noqa: E402
from app.client.board import board_rows  # noqa: E402
from app.client.cache import EXTRACTED, INDEXES, Cache, _row_builder, table_of  # noqa: E402
from app.client.outbox import Outbox  # noqa: E402
from app.client.sync import SyncEngine  # noqa: E402
from app.rules.beijing import BEIJING, local_day  # noqa: E402
from bench._report import Figures, add_size_args  # noqa: E402
from bench._server import server_process  # noqa: E402

PASSWORD = "bench-password"
SEED = 20261127


# -- the server's data ---------------------------------------------------------------------


def seed(data_dir: Path, n_orders: int, seeder: str) -> dict[str, int]:
    """A fresh server database holding ``n_orders`` orders (plus their change-log rows)."""
    from app.server.db import Database
    from app.server.schema import prepare_database
    from app.server.settings import ServerSettings

    cfg = ServerSettings(data_dir=data_dir, database_url="", demo=False, simulate=0.0)
    db = Database(cfg.resolved_database_url())
    now = datetime.now(UTC)
    try:
        prepare_database(db, cfg, now)
        try:  # the demo seeder's lean order-volume set when it exists (another module)
            from app.server.demo import seed as demo_seed
        except ImportError:
            seeder = "orders"
        if seeder == "orders":
            counts = _seed_bulk(db, now, n_orders)
        else:
            if hasattr(demo_seed, "seed_orders_only"):
                counts = demo_seed.seed_orders_only(db, now, SEED, n_orders)
            else:
                counts = demo_seed.seed_demo(db, now, SEED, orders=n_orders)
            _bench_user(db, now)
    finally:
        db.dispose()
    return counts


def _bench_user(db: Any, now: datetime) -> None:
    from app.models import tables as t
    from app.server.changes import record_change
    from app.server.security import hash_password

    with db.write() as s:
        user = t.User(
            username="bench",
            display_name="基准 测试",
            role="dispatcher",
            password_hash=hash_password(PASSWORD),
            active=True,
            updated_at=now,
        )
        s.add(user)
        s.flush()
        record_change(s, user, now)


def _seed_bulk(db: Any, now: datetime, n_orders: int) -> dict[str, int]:
    """Core executemany of customers, providers and orders, with change-log rows."""
    from sqlalchemy import insert

    from app.models import tables as t
    from app.server.changes import record_rows
    from app.server.demo import addresses, names
    from app.server.projections import project_row

    rng = random.Random(SEED)
    n_customers, n_providers = max(50, n_orders // 20), max(20, n_orders // 50)
    categories = ["cleaning", "deep_cleaning", "nanny", "elderly_care", "appliance_repair"]
    customers, providers, orders = [], [], []
    for i in range(1, n_customers + 1):
        where, address, lat, lng = addresses.home(rng)
        customers.append(
            {
                "id": i,
                "version": 1,
                "updated_at": now,
                "code": f"C{i:07d}",
                "name": names.person_name(rng, rng.choice("FM")),
                "phone": names.mobile(rng),
                "district": where.code,
                "address": address,
                "lat": lat,
                "lng": lng,
                "vip": rng.random() < 0.05,
            }
        )
    for i in range(1, n_providers + 1):
        where, _, lat, lng = addresses.home(rng)
        providers.append(
            {
                "id": i,
                "version": 1,
                "updated_at": now,
                "code": f"P{i:06d}",
                "name": names.person_name(rng, "F"),
                "gender": "F",
                "phone": names.mobile(rng),
                "id_number": f"110101199001{i:06d}",
                "home_district": where.code,
                "home_lat": lat,
                "home_lng": lng,
                "districts_served": addresses.districts_served(rng, where.code),
                "categories": rng.sample(categories, 2),
                "level": "standard",
                "status": "active",
                "rating": 4.8,
                "rating_count": 10,
                "daily_cap": 4,
            }
        )
    statuses = ["pending", "assigned", "accepted", "en_route", "in_service", "completed"]
    # Today in Beijing (08:00-22:00 local): the board holds today's work, so a finished order
    # of yesterday would not be on it, and UTC's day is yesterday in Beijing after 16:00 UTC.
    today = local_day(now)
    day = datetime(today.year, today.month, today.day, tzinfo=BEIJING).astimezone(UTC)
    for i in range(1, n_orders + 1):
        customer = customers[rng.randrange(n_customers)]
        status = rng.choice(statuses)
        start = day + timedelta(minutes=30 * rng.randrange(16, 44))
        orders.append(
            {
                "id": i,
                "version": 1,
                "updated_at": now,
                "created_at": now,
                "code": f"SM{today:%Y%m%d}-{i:06d}",
                "customer_id": customer["id"],
                "provider_id": None if status == "pending" else rng.randrange(1, n_providers + 1),
                "category": rng.choice(categories),
                "status": status,
                "district": customer["district"],
                "address": customer["address"],
                "lat": customer["lat"],
                "lng": customer["lng"],
                "scheduled_start": start,
                "scheduled_end": start + timedelta(hours=2),
                "dispatch_by": start - timedelta(hours=2),
                "price_cents": rng.randrange(9900, 59900, 100),
                "premium": rng.random() < 0.1,
                "note": "",
                "cancel_reason": "",
                "override_reason": "",
                "rating": None,
            }
        )
    with db.write() as s:
        for entity, table, rows in (
            ("customer", t.Customer, customers),
            ("provider", t.Provider, providers),
            ("order", t.Order, orders),
        ):
            s.execute(insert(table), rows)
            record_rows(s, entity, [project_row(entity, r) for r in rows], now)
    _bench_user(db, now)
    return {"customer": n_customers, "provider": n_providers, "order": n_orders}


# -- the server process ----------------------------------------------------------------------


@contextmanager
def server(data_dir: Path) -> Iterator[str]:
    """The server on ``data_dir`` (its log beside it, outside the data folder)."""
    with server_process(data_dir, log_path=data_dir.parent / "server.log") as url:
        yield url


# -- measurements ------------------------------------------------------------------------------


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    t0 = time.perf_counter()
    out = fn()
    return time.perf_counter() - t0, out


def apply_with_cache(path: Path, pages: list[tuple[list[dict[str, Any]], str]]) -> None:
    cache = Cache(path)
    for changes, cursor in pages:
        cache.apply_page(changes, cursor)
    cache.close()


def raw_connection(path: Path, entities: set[str]) -> sqlite3.Connection:
    """The same tables as the Cache's, on a plain sqlite3 connection with the same pragmas."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    conn.execute("PRAGMA temp_store=MEMORY")
    for entity in sorted(entities | set(EXTRACTED)):
        table = table_of(entity)
        extra = "".join(f", {n} {k}" for n, k in EXTRACTED.get(entity, ()))
        conn.execute(
            f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, version INTEGER NOT NULL, "
            f"data TEXT NOT NULL{extra})"
        )
        for col in INDEXES.get(entity, ()):
            conn.execute(f"CREATE INDEX ix_{table}_{col} ON {table} ({col})")
    return conn


def apply_raw(conn: sqlite3.Connection, prepared: list[dict[str, list[tuple[Any, ...]]]]) -> None:
    for page in prepared:
        conn.execute("BEGIN")
        for entity, rows in page.items():
            marks = ", ".join("?" * len(rows[0]))
            conn.executemany(f"INSERT INTO {table_of(entity)} VALUES ({marks})", rows)
        conn.execute("COMMIT")


def fetch_all(api: ApiClient, page_size: int) -> list[tuple[list[dict[str, Any]], str]]:
    pages: list[tuple[list[dict[str, Any]], str]] = []
    cursor, more = "", True
    while more:
        page = api.changes(cursor, page_size, 0)
        pages.append((page.changes, page.cursor))
        cursor, more = page.cursor, page.has_more
    return pages


def fetch_snapshot(api: ApiClient) -> int:
    """The snapshot read and parsed, nothing applied; returns its rows."""
    return sum(len(batch) for batch in api.snapshot().batches)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--orders", type=int, help="default 100,000 (--tiny: 1,000)")
    ap.add_argument(
        "--seeder",
        choices=["demo", "orders"],
        default="demo",
        help="demo: the demo seeder's lean order-volume set (orders with their events, "
        "customers, providers); orders: orders, customers and providers only",
    )
    ap.add_argument("--page-size", type=int, default=5000)
    ap.add_argument("--no-prefetch", action="store_true")
    ap.add_argument("--data-dir", type=Path, help="reuse a seeded server data folder")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    ap.add_argument("--seed-into", type=Path, help=argparse.SUPPRESS)
    add_size_args(ap)
    args = ap.parse_args()
    if args.orders is None:
        args.orders = 1_000 if args.tiny else 100_000
    if args.seed_into is not None:
        print(f"seeded {seed(args.seed_into, args.orders, args.seeder)}")
        return 0

    work = Path(tempfile.mkdtemp(prefix="shangmen-bench-"))
    try:
        data_dir = args.data_dir or work / "data"
        if args.data_dir is None:
            # A separate process, so that the peak RSS below is the client's alone.
            t0 = time.perf_counter()
            subprocess.run(
                [
                    sys.executable,
                    __file__,
                    "--seed-into",
                    str(data_dir),
                    "--orders",
                    str(args.orders),
                    "--seeder",
                    args.seeder,
                ],
                check=True,
            )
            print(f"(seeding took {time.perf_counter() - t0:.1f} s, not timed below)")
        with server(data_dir) as url:
            api = ApiClient(url, timeout=120)
            api.login("bench", PASSWORD)

            def sync(path: Path, *, snapshot: bool) -> int:
                cache = Cache(path)
                engine = SyncEngine(
                    api,
                    cache,
                    Outbox(":memory:"),
                    page_size=args.page_size,
                    prefetch=not args.no_prefetch,
                    snapshot=snapshot,
                )
                n = engine.initial_sync()
                cache.close()
                return n

            t_sync, applied = timed(lambda: sync(work / "cache.sqlite3", snapshot=True))
            sync_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            cache = Cache(work / "cache.sqlite3")
            counts = {e: cache.count(e) for e in ("order", "order_event", "customer", "provider")}
            t_board, rows = timed(lambda: board_rows(cache))
            # Sync done and the board loaded: the client's peak so far.
            peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
            del rows
            t_board2, _ = timed(lambda: board_rows(cache))  # pools and pinyin warm
            cache.close()
            # The old path: the feed from the beginning, page by page, into another cache.
            t_old, applied_old = timed(lambda: sync(work / "feed.sqlite3", snapshot=False))
            # The feed alone (HTTP + JSON parse, nothing applied): the server's share.
            t_feed, pages = timed(lambda: fetch_all(api, args.page_size))
            t_snap, snap_rows = timed(lambda: fetch_snapshot(api))
            api.close()

        # The same rows, applied by the Cache and by raw executemany into equal tables.
        builders: dict[str, Any] = {}
        prepared: list[dict[str, list[tuple[Any, ...]]]] = []
        for changes, _ in pages:
            grouped: dict[str, list[tuple[Any, ...]]] = {}
            for c in changes:
                build = builders.setdefault(c["entity"], _row_builder(c["entity"]))
                grouped.setdefault(c["entity"], []).append(build(c))
            prepared.append(grouped)
        t_cache, _ = timed(lambda: apply_with_cache(work / "local.sqlite3", pages))
        raw = raw_connection(work / "raw.sqlite3", set(builders))
        t_raw, _ = timed(lambda: apply_raw(raw, prepared))
        raw.close()

        figures = Figures()
        print(f"rows applied: {applied:,}  {counts}")
        figures.check(counts["order"] == args.orders, f"{counts['order']} orders cached")
        figures.check(applied_old == applied, f"feed path applied {applied_old:,} rows")
        figures.figure(
            "initial sync, end to end",
            t_sync,
            "s",
            budget=5.0,
            baseline=t_old,
            baseline_name="feed only (old path)",
            note=f"snapshot + feed; aim 2.5 s; prefetch {'off' if args.no_prefetch else 'on'}",
        )
        figures.figure(
            "initial sync, feed only (old path)",
            t_old,
            "s",
            budget=5.0,
            note=f"page {args.page_size}",
        )
        figures.figure(
            "snapshot alone (HTTP + gunzip + split lines)",
            t_snap,
            "s",
            baseline=t_feed,
            baseline_name="feed alone",
            note=f"{snap_rows:,} rows",
        )
        figures.figure("feed alone (HTTP + JSON parse)", t_feed, "s")
        figures.figure(
            "local apply (Cache)",
            t_cache,
            "s",
            baseline=t_raw,
            baseline_name="raw sqlite3 executemany",
            note=f"{t_cache / max(applied, 1) * 1e6:.1f} us/row",
        )
        figures.figure("local apply / raw executemany", t_cache / t_raw, "x", budget=3.0)
        figures.figure("board_rows()", t_board, "s", note=f"again, pools warm: {t_board2:.2f} s")
        figures.figure("peak RSS after sync", sync_mb, "MB")
        figures.figure("peak RSS (sync+board)", peak_mb, "MB", budget=400)
    finally:
        if args.keep:
            print(f"kept {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    sys.exit(main())
