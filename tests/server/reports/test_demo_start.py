"""A fresh demo server: its past days are seeded, and its leader keeps the due 日报 at once,
so a supervisor opening the dashboard finds yesterday's report (not five minutes later)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

from app.models.enums import Role
from app.rules.kpi import schedule as sch
from tests.server.conftest import LiveServer, ThreadedServer, free_port, settings_for


def test_a_fresh_demo_keeps_the_due_daily_report_at_first_start(tmp_path: Path) -> None:
    cfg = settings_for(tmp_path, demo=True, demo_history_days=2, report_check_seconds=3600)
    port = free_port()
    with ThreadedServer(cfg, port):
        live = LiveServer(f"http://127.0.0.1:{port}", None, {})  # type: ignore[arg-type]
        sup = live.login(Role.SUPERVISOR, "shangmen-demo")
        due = dict(sch.due(datetime.now(UTC)))
        pause = threading.Event()
        kept: list[dict[str, str]] = []
        for _ in range(600):  # the leader's first run renders it in the background
            kept = sup.get(live.api("/reports"), timeout=30).json()["data"]
            if any(r["kind"] == "daily" for r in kept):
                break
            pause.wait(0.1)
        daily = [r for r in kept if r["kind"] == "daily"]
        assert [r["period_start"] for r in daily] == [str(due[sch.ReportKind.DAILY])]
        assert daily[0]["generated_by"] == "system"
        orders = sup.get(live.api("/orders"), params={"limit": 1}, timeout=30).json()["count"]
        assert orders > 1500  # today's and the two days before
