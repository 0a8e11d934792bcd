"""A real server process on loopback (``python -m app.server``) for the client's live tests.

Started with ``--demo`` once the demo seeder exists; until then the accounts and a little
master data are written into the server's database here, with change-log rows so that the
feed carries them like any other write.
"""

from __future__ import annotations

import atexit
import secrets
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import requests

from app.client import endpoints
from app.client.api import ApiClient
from app.client.sync import SyncEngine
from app.models import tables as t
from app.models.enums import Role
from app.rules.beijing import local_day

ROOT = Path(__file__).resolve().parents[2]
DEMO_PASSWORD = "shangmen-demo"
START_TIMEOUT = 60.0


def demo_seeder_exists() -> bool:
    return (ROOT / "app" / "server" / "demo" / "seed.py").is_file()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def closed_port() -> int:
    """A loopback port nobody listens on (bound and released at once)."""
    return free_port()


@dataclass
class ServerProcess:
    """``python -m app.server`` on ``port`` with its SQLite database in ``data_dir``."""

    data_dir: Path
    port: int
    demo: bool
    proc: subprocess.Popen[bytes] | None = None
    tls: tuple[Path, Path] | None = None  # (certificate, key): serve HTTPS

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://127.0.0.1:{self.port}"

    @property
    def log_path(self) -> Path:
        return self.data_dir.parent / f"server-{self.port}.log"

    def start(self) -> None:
        args = [sys.executable, "-m", "app.server", "--data-dir", str(self.data_dir)]
        # --exit-on-stdin-eof: a test run that dies never leaves a server behind.
        args += ["--port", str(self.port), "--log-level", "warning", "--exit-on-stdin-eof"]
        if self.demo:
            args.append("--demo")
        if self.tls:
            args += ["--ssl-certfile", str(self.tls[0]), "--ssl-keyfile", str(self.tls[1])]
        self.data_dir.mkdir(parents=True, exist_ok=True)
        with open(self.log_path, "ab") as log:
            self.proc = subprocess.Popen(
                args, cwd=ROOT, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT
            )
        self._wait_healthy()

    def _wait_healthy(self) -> None:
        assert self.proc is not None
        deadline = time.monotonic() + START_TIMEOUT
        # Per request: a session-level verify would lose to $REQUESTS_CA_BUNDLE.
        verify = str(self.tls[0]) if self.tls else True
        with requests.Session() as s:
            while time.monotonic() < deadline:
                try:
                    health = s.get(f"{self.url}/api/v1/health", timeout=0.5, verify=verify)
                    if health.status_code == 200:
                        return
                except requests.RequestException:
                    pass
                try:  # waits a little and notices a server that died on start
                    self.proc.wait(timeout=0.05)
                except subprocess.TimeoutExpired:
                    continue
                raise RuntimeError(f"server exited on start:\n{self.log_tail()}")
        self.stop()
        raise RuntimeError(f"server not healthy after {START_TIMEOUT:.0f} s:\n{self.log_tail()}")

    def stop(self) -> None:
        if self.proc is None:
            return
        self.proc.terminate()
        try:
            self.proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc = None

    def log_tail(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-4000:]
        except OSError:
            return "(no log)"


def seed_minimal(data_dir: Path) -> None:
    """Accounts (password ``shangmen-demo``), two customers and two providers, with their
    change-log rows; used while the demo seeder does not exist yet."""
    from app.server.changes import record_change
    from app.server.db import Database
    from app.server.security import hash_password

    now = datetime.now(UTC)
    db = Database(f"sqlite:///{data_dir / 'server.sqlite3'}")
    try:
        with db.write() as s:
            if s.query(t.User).count():
                return
            pw = hash_password(DEMO_PASSWORD)
            rows: list[t.Base] = [
                t.User(
                    username=role.value,
                    display_name=f"{role.value} 测试",
                    role=role.value,
                    password_hash=pw,
                    active=True,
                    updated_at=now,
                )
                for role in Role
            ]
            rows += [
                t.Customer(
                    code=f"C{i}",
                    name=name,
                    phone=f"1381234567{i}",
                    district="chaoyang",
                    address=f"朝阳区建国路{80 + i}号院3号楼2单元501",
                    lat=39.91,
                    lng=116.46,
                    vip=False,
                    updated_at=now,
                )
                for i, name in enumerate(("张三", "李四"), start=1)
            ]
            rows += [
                t.Provider(
                    code=f"P{i}",
                    name=name,
                    phone=f"1390000111{i}",
                    id_number=f"11010119900101123{i}",
                    home_district="chaoyang",
                    home_lat=39.92,
                    home_lng=116.44,
                    districts_served=["chaoyang"],
                    categories=["cleaning"],
                    level="standard",
                    status="active",
                    rating=4.9,
                    rating_count=12,
                    daily_cap=4,
                    updated_at=now,
                )
                for i, name in enumerate(("王秀英", "赵师傅"), start=1)
            ]
            for row in rows:
                s.add(row)
                s.flush()
                record_change(s, row, now)
    finally:
        db.dispose()


# The demo database, seeded once per test process and copied for each server: seeding takes
# most of a server's start (7-8 s on a loaded machine). The demo is seeded around "now" (today's
# schedule, SLA clocks), so a copy is at most TEMPLATE_MAX_AGE old, and of the same Beijing day.
TEMPLATE_MAX_AGE = timedelta(minutes=5)
_template: list[tuple[datetime, Path]] = []


def _demo_template() -> Path:
    now = datetime.now(UTC)
    if _template:
        made, data_dir = _template[0]
        if now - made <= TEMPLATE_MAX_AGE and local_day(made) == local_day(now):
            return data_dir
        _template.clear()
    where = Path(tempfile.mkdtemp(prefix="shangmen-demo-template-"))
    atexit.register(shutil.rmtree, where, True)
    seeded = ServerProcess(where / "data", free_port(), demo=True)
    seeded.start()  # migrates and seeds, as any demo server's first start
    seeded.stop()
    _template.append((now, seeded.data_dir))
    return seeded.data_dir


def _copy_demo(data_dir: Path) -> None:
    """The demo template into ``data_dir``, with a feed epoch of its own: to a client, each
    server is another database, as if it had been seeded for it."""
    shutil.copytree(_demo_template(), data_dir, dirs_exist_ok=True)
    with sqlite3.connect(data_dir / "server.sqlite3") as conn:
        conn.execute(
            "UPDATE server_meta SET value = ? WHERE key = 'feed_epoch'", (secrets.token_hex(6),)
        )
    conn.close()


def start_server(data_dir: Path, port: int | None = None) -> ServerProcess:
    """Start a server (seeding accounts when there is no demo seeder) and wait until healthy."""
    server = ServerProcess(data_dir, port or free_port(), demo=demo_seeder_exists())
    if server.demo and not (data_dir / "server.sqlite3").exists():
        _copy_demo(data_dir)
    server.start()
    if not server.demo:
        try:
            seed_minimal(data_dir)
        except BaseException:
            server.stop()
            raise
    return server


def new_order(
    api: ApiClient,
    customer_id: int,
    *,
    hours_ahead: float = 6,
    at: datetime | None = None,
    category: str = "cleaning",
) -> dict[str, Any]:
    """Create an order through the API (as the logged-in dispatcher or supervisor), starting
    ``at`` or else ``hours_ahead`` from now."""
    start = at or datetime.now(UTC) + timedelta(hours=hours_ahead)
    body = {
        "customer_id": customer_id,
        "category": category,
        "scheduled_start": start.isoformat(),
        "duration_minutes": 120,
        "price_cents": 19900,
    }
    return api.command(endpoints.ORDERS, body, if_match=None, idempotency_key=str(uuid.uuid4()))


def first_id(api: ApiClient, entity: str, **filters: str) -> int:
    page = api.get(endpoints.collection(entity), {"limit": 1, **filters})
    assert page["data"], f"the server has no {entity}"
    return int(page["data"][0]["id"])


def all_order_ids(api: ApiClient) -> set[int]:
    ids: set[int] = set()
    offset = 0
    while True:
        page = api.get(endpoints.ORDERS, {"limit": 500, "offset": offset})
        ids.update(int(o["id"]) for o in page["data"])
        offset += len(page["data"])
        if not page["data"] or offset >= page["count"]:
            return ids


def step_until(engine: SyncEngine, done: Callable[[], bool], *, steps: int = 20) -> None:
    """Long-poll the feed until ``done()``; bounded, so a lost change fails the test."""
    for _ in range(steps):
        if done():
            return
        engine.step(wait=5)
    assert done(), "the change did not arrive through the feed"
