"""Feed delivery latency: one server process, N long-polling clients, one writer.

Prints p50/p95/p99 of (change received by a client) - (writer sent the command), for
N = 200 and N = 1,000. Budget (DESIGN.md): p99 <= 100 ms at 200, <= 500 ms at 1,000.
The clients are a minimal asyncio HTTP/1.1 client in this process, so the server and the
clients share the machine's 2 cores, as they would not in production: the figures are
pessimistic. The baseline is the median round trip of a plain feed read (no wait) on the
same server, measured just before.

    .venv/bin/python bench/feed_latency.py [--clients 200 1000] [--writes 20] [--tiny]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import requests

from bench._report import Figures, add_size_args
from bench._server import server_process


def prepare(data_dir: Path) -> None:
    """A fresh database (made as the server makes it) with one dispatcher and one customer."""
    from app.models import tables as t
    from app.server.db import Database
    from app.server.schema import prepare_database
    from app.server.security import hash_password
    from app.server.settings import ServerSettings

    cfg = ServerSettings(data_dir=data_dir, database_url="", demo=False, simulate=0.0)
    db = Database(cfg.resolved_database_url())
    now = datetime.now(UTC)
    prepare_database(db, cfg, now)
    with db.write() as s:
        s.add(
            t.User(
                username="bench",
                display_name="bench",
                role="dispatcher",
                password_hash=hash_password("bench"),
                active=True,
                updated_at=now,
            )
        )
        s.add(
            t.Customer(
                code="C1",
                name="张三",
                phone="13812345678",
                district="chaoyang",
                address="朝阳区建国路88号",
                lat=39.9,
                lng=116.45,
                vip=False,
                updated_at=now,
            )
        )
    db.dispose()


class Poller:
    """One long-polling client on its own keep-alive connection."""

    def __init__(self, host: str, port: int, token: str, cursor: str) -> None:
        self.host, self.port, self.token, self.cursor = host, port, token, cursor
        self.received: dict[int, float] = {}  # order id -> time seen

    async def run(self, stop: asyncio.Event) -> None:
        reader, writer = await asyncio.open_connection(self.host, self.port)
        try:
            while not stop.is_set():
                req = (
                    f"GET /api/v1/changes?cursor={self.cursor}&wait=5&limit=1000 HTTP/1.1\r\n"
                    f"Host: {self.host}\r\nAuthorization: Bearer {self.token}\r\n\r\n"
                )
                writer.write(req.encode())
                await writer.drain()
                status = await reader.readline()
                length = 0
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b""):
                        break
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                body = await reader.readexactly(length)
                now = time.perf_counter()
                if not status.startswith(b"HTTP/1.1 200"):
                    raise RuntimeError(status.decode() + body.decode()[:200])
                page = json.loads(body)
                self.cursor = page["cursor"]
                for c in page["changes"]:
                    if c["entity"] == "order":
                        self.received.setdefault(c["id"], now)
        finally:
            writer.close()


async def measure(
    url: str, token: str, clients: int, writes: int, pace: float
) -> tuple[list[float], int]:
    """Latencies in ms of every (client, change) delivered, and how many were not."""
    host, port = url.removeprefix("http://").split(":")
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    head = session.get(f"{url}/api/v1/changes", params={"limit": 5000}, timeout=30).json()
    pollers = [Poller(host, int(port), token, head["cursor"]) for _ in range(clients)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(p.run(stop)) for p in pollers]
    await asyncio.sleep(4 * pace)  # let every client reach its long-poll
    sent: dict[int, float] = {}
    start = (datetime.now(UTC) + timedelta(hours=3)).isoformat()
    body = {
        "customer_id": 1,
        "category": "cleaning",
        "scheduled_start": start,
        "duration_minutes": 120,
        "price_cents": 19900,
    }
    for _ in range(writes):
        t0 = time.perf_counter()
        r = await asyncio.to_thread(session.post, f"{url}/api/v1/orders", json=body, timeout=30)
        sent[r.json()["id"]] = t0
        await asyncio.sleep(pace)
    deadline = time.perf_counter() + 30
    while time.perf_counter() < deadline and not all(
        p.received.keys() >= sent.keys() for p in pollers
    ):
        await asyncio.sleep(0.05)
    stop.set()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    latencies = []
    missing = 0
    for p in pollers:
        for order_id, t0 in sent.items():
            got = p.received.get(order_id)
            if got is None:
                missing += 1
            else:
                latencies.append((got - t0) * 1000)
    return latencies, missing


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] if len(values) > 1 else values[0]


def round_trip_ms(url: str, token: str, n: int) -> float:
    """Median of ``n`` plain feed reads at the head (nothing to wait for, nothing to send)."""
    with requests.Session() as session:
        session.headers["Authorization"] = f"Bearer {token}"
        head = session.get(f"{url}/api/v1/changes", params={"limit": 5000}, timeout=30).json()
        times = []
        for _ in range(n):
            t0 = time.perf_counter()
            r = session.get(
                f"{url}/api/v1/changes", params={"cursor": head["cursor"], "wait": 0}, timeout=30
            )
            times.append((time.perf_counter() - t0) * 1000)
            r.raise_for_status()
    return statistics.median(times)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--clients", type=int, nargs="+")
    ap.add_argument("--writes", type=int)
    add_size_args(ap)
    args = ap.parse_args()
    clients = args.clients or ([5] if args.tiny else [200, 1000])
    writes = args.writes or (3 if args.tiny else 20)
    pace = 0.1 if args.tiny else 0.5  # seconds between writes
    figures = Figures()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        prepare(data)
        with server_process(data) as url:
            token = requests.post(
                f"{url}/api/v1/auth/login",
                json={"username": "bench", "password": "bench"},
                timeout=10,
            ).json()["access_token"]
            budgets = {200: 100.0, 1000: 500.0}
            for n in clients:
                base = round_trip_ms(url, token, 5 if args.tiny else 50)
                lat, missing = asyncio.run(measure(url, token, n, writes, pace))
                figures.check(bool(lat), f"{n} clients: nothing delivered")
                if not lat:
                    continue
                print(f"feed delivery, {n} waiting clients, {len(lat)} deliveries:")
                figures.figure(f"feed delivery p50, {n} clients", pct(lat, 50), "ms")
                figures.figure(f"feed delivery p95, {n} clients", pct(lat, 95), "ms")
                figures.figure(
                    f"feed delivery p99, {n} clients",
                    pct(lat, 99),
                    "ms",
                    budget=budgets.get(n),
                    baseline=base,
                    baseline_name="a plain feed read",
                )
                figures.figure(f"undelivered, {n} clients", missing, "pairs", budget=0)
                figures.check(missing == 0, f"{missing} (client, change) pairs not delivered")
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    raise SystemExit(main())
