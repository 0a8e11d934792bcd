"""UI responsiveness while syncing: the longest time the UI thread's event loop was blocked.

A real server holding N orders (seeded by bench/initial_sync.py's seeder), the real sync
worker and the real board page (offscreen). A 5 ms QTimer on the UI thread records how late
each tick fires; the worst lateness is how long the UI could not react. Measured over the
initial sync and board load, then over a stretch of live feed changes.
Budget (DESIGN.md): never blocked more than 50 ms. The baseline is the same timer's worst
lateness with the page shown and nothing syncing, just before: what the machine alone costs.

    .venv/bin/python bench/ui_stall.py [--orders 100000] [--changes 200] [--tiny]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QElapsedTimer, QSettings, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.client import endpoints  # noqa: E402
from app.client.api import ApiClient  # noqa: E402
from app.client.outbox import Outbox  # noqa: E402
from app.views.app import connect  # noqa: E402
from app.views.board.page import BoardPage  # noqa: E402
from bench._report import Figures, add_size_args  # noqa: E402
from bench.initial_sync import PASSWORD, server  # noqa: E402

BUDGET_MS = 50.0


class StallMeter:
    """Worst and 99th-percentile lateness of a 5 ms timer on the UI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.gaps: list[float] = []
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self._last = 0.0

    def start(self) -> None:
        self.gaps.clear()
        self.clock.start()
        self._last = 0.0
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self._last - 5.0)
        self._last = now

    def stop(self) -> tuple[float, float, int]:
        """(worst, p99, ticks) since :meth:`start`."""
        self.timer.stop()
        gaps = sorted(self.gaps)
        worst = gaps[-1] if gaps else 0.0
        p99 = gaps[int(len(gaps) * 0.99)] if gaps else 0.0
        return worst, p99, len(gaps)

    def report(self, figures: Figures, label: str, idle_worst: float) -> float:
        worst, p99, ticks = self.stop()
        return figures.figure(
            label,
            worst,
            "ms",
            budget=BUDGET_MS,
            baseline=idle_worst,
            baseline_name="idle UI",
            note=f"p99 {p99:.1f} ms, {ticks} ticks",
        )


def wait_until(app: QApplication, done: object, timeout: float, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while not done():  # type: ignore[operator]
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.0f} s waiting for {what or done}")
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--orders", type=int, help="default 100,000 (--tiny: 1,000)")
    ap.add_argument("--changes", type=int, help="live changes; default 200 (--tiny: 20)")
    add_size_args(ap)
    args = ap.parse_args()
    orders = args.orders or (1_000 if args.tiny else 100_000)
    changes = args.changes or (20 if args.tiny else 200)
    figures = Figures()
    app = QApplication(sys.argv[:1])
    work = Path(tempfile.mkdtemp(prefix="shangmen-stall-"))
    data = work / "data"
    subprocess.run(
        [
            sys.executable,
            str(ROOT / "bench" / "initial_sync.py"),
            "--seed-into",
            str(data),
            "--orders",
            str(orders),
            "--seeder",
            "orders",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    with server(data) as url:
        api = ApiClient(url, timeout=30)
        api.login("bench", PASSWORD)
        assert api.token is not None
        total = api.get(endpoints.ORDERS, {"limit": 1})["count"]
        outbox = Outbox(work / "outbox.sqlite3")
        link, data = connect(url, api.token, work / "cache.sqlite3", outbox, wait=1.0)
        settings = QSettings(str(work / "ui.ini"), QSettings.Format.IniFormat)
        page = BoardPage(link, role="dispatcher", settings=settings, data=data)
        page.resize(1280, 800)
        page.show()
        meter = StallMeter()
        meter.start()
        idle_until = time.monotonic() + (0.5 if args.tiny else 2.0)
        wait_until(app, lambda: time.monotonic() > idle_until, 10)
        idle_worst, _, _ = meter.stop()
        figures.figure("UI thread idle (baseline)", idle_worst, "ms")
        meter.start()
        t0 = time.perf_counter()
        link.start()
        wait_until(
            app,
            lambda: page.model.rowCount() >= total,
            60 if args.tiny else 300,
            f"the board to show all {total:,} seeded orders",
        )
        figures.figure(
            "initial sync + board", time.perf_counter() - t0, "s", note=f"{total:,} orders"
        )
        meter.report(figures, "UI thread during initial sync", idle_worst)

        customer = api.get(endpoints.collection("customer"), {"limit": 1})["data"][0]["id"]
        meter.start()
        start = (datetime.now(UTC) + timedelta(hours=5)).isoformat()
        # Another workstation writes (a separate process, as it would be); this UI only receives.
        script = (
            "import sys, uuid, json\n"
            "from app.client.api import ApiClient\n"
            "from app.client import endpoints\n"
            f"api = ApiClient({url!r}, token={api.token!r}, timeout=30)\n"
            "ids = [api.command(endpoints.ORDERS, json.loads(sys.argv[1]), if_match=None,\n"
            "       idempotency_key=str(uuid.uuid4()))['id'] for _ in range(int(sys.argv[2]))]\n"
            "print(json.dumps(ids))\n"
        )
        body = {
            "customer_id": customer,
            "category": "cleaning",
            "scheduled_start": start,
            "duration_minutes": 120,
            "price_cents": 19900,
        }
        writer = subprocess.Popen(
            [sys.executable, "-c", script, json.dumps(body), str(changes)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        wait_until(app, lambda: writer.poll() is not None, 120)
        assert writer.stdout is not None
        created: list[int] = json.loads(writer.stdout.read())
        writer.stdout.close()
        wait_until(app, lambda: all(page.model.row_of(i) is not None for i in created), 120)
        meter.report(figures, "UI thread during live changes", idle_worst)
        print(f"  ({changes} live changes, written by another process)")
        figures.check(link.stop(), "the sync thread did not stop")
        figures.check(data.stop(), "the background reads did not stop")
        api.close()
    return figures.exit_status(args.strict)


if __name__ == "__main__":
    sys.exit(main())
