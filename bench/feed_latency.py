"""Feed delivery latency: one server process, N long-polling clients, one writer.

Prints p50/p95/p99 of (change received by a client) - (writer sent the command), for
N = 200 and N = 1,000. Budget (DESIGN.md): p99 <= 100 ms at 200, <= 500 ms at 1,000.
The clients are a minimal asyncio HTTP/1.1 client in this process, so the server and the
clients share the machine's 2 cores, as they would not in production: the figures are
pessimistic.

    .venv/bin/python bench/feed_latency.py [--clients 200 1000] [--writes 20]
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

from bench._server import server_process


def prepare(data_dir: Path) -> None:
    """One dispatcher and one customer in a fresh database (schema made by a first start)."""
    from app.models import tables as t
    from app.server.db import Database
    from app.server.security import hash_password

    db = Database(f"sqlite:///{data_dir / 'server.sqlite3'}")
    now = datetime.now(UTC)
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


async def measure(url: str, token: str, clients: int, writes: int) -> list[float]:
    host, port = url.removeprefix("http://").split(":")
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {token}"
    head = session.get(f"{url}/api/v1/changes", params={"limit": 5000}, timeout=30).json()
    pollers = [Poller(host, int(port), token, head["cursor"]) for _ in range(clients)]
    stop = asyncio.Event()
    tasks = [asyncio.create_task(p.run(stop)) for p in pollers]
    await asyncio.sleep(2.0)  # let every client reach its long-poll
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
        await asyncio.sleep(0.5)
    await asyncio.sleep(2.0)
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
    if missing:
        print(f"  WARNING: {missing} (client, change) pairs not delivered")
    return latencies


def pct(values: list[float], p: float) -> float:
    return statistics.quantiles(values, n=1000)[int(p * 10) - 1] if len(values) > 1 else values[0]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--clients", type=int, nargs="+", default=[200, 1000])
    ap.add_argument("--writes", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp)
        with server_process(data):
            pass  # first start creates the schema
        prepare(data)
        with server_process(data) as url:
            token = requests.post(
                f"{url}/api/v1/auth/login",
                json={"username": "bench", "password": "bench"},
                timeout=10,
            ).json()["access_token"]
            budgets = {200: 100.0, 1000: 500.0}
            for n in args.clients:
                lat = asyncio.run(measure(url, token, n, args.writes))
                p50, p95, p99 = pct(lat, 50), pct(lat, 95), pct(lat, 99)
                budget = budgets.get(n)
                verdict = (
                    f" (budget {budget:.0f} ms: {'OK' if p99 <= budget else 'OVER'})"
                    if budget
                    else ""
                )
                print(
                    f"feed delivery, {n} waiting clients, {len(lat)} deliveries: "
                    f"p50 {p50:.1f} ms, p95 {p95:.1f} ms, p99 {p99:.1f} ms{verdict}"
                )


if __name__ == "__main__":
    main()
