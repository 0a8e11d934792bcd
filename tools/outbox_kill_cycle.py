"""Kill-cycle check of the Outbox: commands stored, clients and servers killed, counted after.

Loopback only. Starts a demo server (SQLite, simulator off) in a temporary folder, then runs
cycles of a client process that stores order-creating commands in the user's Outbox (the
same ``open_user_outbox`` the desktop uses at login) and replays them on a second thread,
as the desktop's UI and sync threads do. Each cycle SIGKILLs the client at a random moment
and, every other cycle, SIGKILLs the server too and restarts it on a *new* port (as the
embedded server does). A command counts as "queued" once the client printed ``STORED i``,
i.e. after ``Outbox.enqueue`` returned: the moment the desktop says "Queued". At the end a
client drains the outbox and the server's orders are counted by their tag (a price in
cents that no demo order has).

    .venv/bin/python tools/outbox_kill_cycle.py --cycles 24 --per-cycle 10
"""

from __future__ import annotations

import argparse
import collections
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.client import endpoints
from app.client.api import ApiClient
from app.client.embedded import EmbeddedServer
from app.client.errors import ClientError

USER, PASSWORD = "dispatcher", "shangmen-demo"
TAG = 7_000_000  # price_cents = TAG + i marks command i


def _body(i: int, customer_id: int) -> dict[str, Any]:
    start = datetime.now(UTC) + timedelta(hours=8)
    return {
        "customer_id": customer_id,
        "category": "cleaning",
        "scheduled_start": start.isoformat(),
        "duration_minutes": 120,
        "price_cents": TAG + i,
    }


# ---- the client process ----------------------------------------------------------------------


def client(url: str, token: str, data_dir: Path, first: int, count: int, drain: bool) -> int:
    from app.client.outbox_files import open_user_outbox

    api = ApiClient(url, token=token, timeout=5.0, retries=1)
    deadline = time.monotonic() + 60
    while True:
        try:
            epoch = api.check_server().feed_epoch
            customer = int(api.get(endpoints.collection("customer"), {"limit": 1})["data"][0]["id"])
            break
        except ClientError:
            if time.monotonic() > deadline:
                return 2
            time.sleep(0.2)
    outbox, _report = open_user_outbox(data_dir, url, USER, epoch)
    print("READY", flush=True)
    stop = threading.Event()

    def replay_loop() -> None:
        while not stop.is_set():
            try:
                if outbox.count():
                    outbox.replay(api, api.check_server().feed_epoch)
            except ClientError:
                pass
            time.sleep(0.02)

    sender = threading.Thread(target=replay_loop, daemon=True)
    sender.start()
    rng = random.Random(first)
    for i in range(first, first + count):
        outbox.enqueue(
            endpoints.ORDERS, _body(i, customer), if_match=None, entity="order", entity_id=0,
            label=f"kill-cycle {i}",
        )  # fmt: skip
        print(f"STORED {i}", flush=True)
        time.sleep(rng.uniform(0, 0.3))
    while drain and outbox.count():  # pending ones: sent, or held for another database
        time.sleep(0.05)
        if time.monotonic() > deadline + 120:
            return 3
    if drain:
        time.sleep(0.1)  # the replay thread settles its last command
        print(f"DRAINED held={len(outbox.held())} unsent={outbox.unsent()}", flush=True)
        stop.set()
        sender.join()
        return 0
    stop.wait()  # keep replaying until killed
    return 0


# ---- the harness -----------------------------------------------------------------------------


def _start_server(server_dir: Path) -> EmbeddedServer:
    server = EmbeddedServer(server_dir, simulate=0, demo=True)  # a new free port each time
    server.start()
    server.wait_ready(timeout=300)
    return server


def _kill_server(server: EmbeddedServer) -> None:
    if server.pid is not None:
        os.kill(server.pid, signal.SIGKILL)
    server.stop()


def _spawn(url: str, token: str, client_dir: Path, first: int, count: int, drain: bool) -> Any:
    args = [sys.executable, __file__, "--client", url, token, str(client_dir), str(first)]
    args += [str(count)] + (["--drain"] if drain else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, text=True)


def _collect(proc: Any, stored: set[int]) -> tuple[threading.Thread, threading.Event]:
    """Collect the client's STORED lines on a thread, until its stdout closes."""
    ready = threading.Event()

    def read() -> None:
        for line in proc.stdout:
            if line.startswith("STORED "):
                stored.add(int(line.split()[1]))
            elif line.startswith("READY"):
                ready.set()
        ready.set()

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    return reader, ready


def _count_orders(url: str, token: str) -> collections.Counter[int]:
    api = ApiClient(url, token=token)
    found: collections.Counter[int] = collections.Counter()
    offset = 0
    while True:
        page = api.get(endpoints.ORDERS, {"limit": 500, "offset": offset})
        for order in page["data"]:
            price = int(order.get("price_cents") or 0)
            if price >= TAG:
                found[price - TAG] += 1
        offset += len(page["data"])
        if not page["data"] or offset >= page["count"]:
            api.close()
            return found


def _drain(url: str, token: str, client_dir: Path, first: int) -> dict[str, int]:
    """Run a client until nothing is pending; its figures (held, unsent), or {} if stuck."""
    proc = _spawn(url, token, client_dir, first, 0, drain=True)
    out, _ = proc.communicate(timeout=600)
    for line in out.splitlines():
        if line.startswith("DRAINED"):
            return {k: int(v) for k, v in (part.split("=") for part in line.split()[1:])}
    return {}


def _login(url: str) -> str:
    api = ApiClient(url)
    token = api.login(USER, PASSWORD).token
    api.close()
    return token


def reset_phase(server: EmbeddedServer, work: Path, first: int, count: int) -> int:
    """The server's database is replaced while commands wait: they must be held, not sent."""
    client_dir = work / "client"
    token = _login(server.url)
    stored: set[int] = set()
    proc = _spawn(server.url, token, client_dir, first, count, drain=False)
    reader, ready = _collect(proc, stored)
    ready.wait(60)
    _kill_server(server)  # the user keeps working offline: commands are queued
    deadline = time.monotonic() + 60
    while len(stored) < count and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    reader.join(5)
    fresh = _start_server(work / "server-reset")  # another database: a new feed epoch
    token = _login(fresh.url)
    figures = _drain(fresh.url, token, client_dir, first + count)
    found = _count_orders(fresh.url, token)
    fresh.stop()
    wrong = sum(1 for i in stored if found[i])
    print(f"database reset: commands queued against the old one {len(stored)}, "
          f"held {figures.get('held', -1)}, sent into the new database {wrong}")  # fmt: skip
    return 0 if wrong == 0 and figures.get("held") == len(stored) else 1


def harness(cycles: int, per_cycle: int, seed: int, keep: bool = False, reset: bool = False) -> int:
    rng = random.Random(seed)
    work = Path(tempfile.mkdtemp(prefix="outbox-kill-"))
    server_dir, client_dir = work / "server", work / "client"
    server = _start_server(server_dir)
    token = _login(server.url)
    stored: set[int] = set()
    client_kills = server_kills = 0
    first = 0
    for cycle in range(cycles):
        proc = _spawn(server.url, token, client_dir, first, per_cycle, drain=False)
        reader, ready = _collect(proc, stored)
        ready.wait(60)  # the client's imports and login take a second or two
        kill_at = time.monotonic() + rng.uniform(0.05, 3.0)
        if cycle % 2 == 1:  # the server dies mid-cycle too, and comes back on a new port
            time.sleep(rng.uniform(0.0, 1.0))
            _kill_server(server)
            server_kills += 1
            server = _start_server(server_dir)
        time.sleep(max(0.0, kill_at - time.monotonic()))
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        reader.join(5)
        client_kills += 1
        first += per_cycle
    figures = _drain(server.url, token, client_dir, first)
    drained = figures.get("unsent") == 0
    found = _count_orders(server.url, token)
    once = sum(1 for i in stored if found[i] == 1)
    lost = sum(1 for i in stored if found[i] == 0)
    duplicated = sum(1 for i in found if found[i] > 1)
    unacknowledged = sum(1 for i in found if i not in stored)
    print(f"cycles {cycles}, client kills {client_kills}, server kills+restarts on a new port "
          f"{server_kills}")  # fmt: skip
    print(f"commands queued (stored before 'Queued') {len(stored)}")
    print(f"applied once {once}, lost {lost}, duplicated {duplicated}")
    print(f"applied though the client died before saying 'Queued' {unacknowledged}")
    print(f"final drain {'complete' if drained else 'INCOMPLETE'}")
    ok = lost == duplicated == 0 and drained
    if reset:
        ok = reset_phase(server, work, first + 1000, per_cycle) == 0 and ok
    else:
        server.stop()
    if ok and not keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        print(f"work folder kept: {work}")
    return 0 if ok else 1


def main() -> int:
    if len(sys.argv) > 1 and sys.argv[1] == "--client":
        url, token, data_dir, first, count = sys.argv[2:7]
        return client(url, token, Path(data_dir), int(first), int(count), "--drain" in sys.argv)
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--cycles", type=int, default=12)
    p.add_argument("--per-cycle", type=int, default=10)
    p.add_argument("--seed", type=int, default=15)
    p.add_argument("--keep", action="store_true", help="keep the work folder")
    p.add_argument(
        "--reset", action="store_true", help="then replace the server's database while "
        "commands wait, and check that they are held, not sent into the new one",
    )  # fmt: skip
    args = p.parse_args()
    return harness(args.cycles, args.per_cycle, args.seed, args.keep, args.reset)


if __name__ == "__main__":
    sys.exit(main())
